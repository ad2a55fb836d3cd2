/**
 * Indexes and resolved references over a validated release, computed once per release,
 * so components look things up instead of searching arrays on every render.
 */
import type { Lang } from './lang.ts';
import type { Place, Release } from './release.ts';
import type { Actor, Delegation, ExternalSource, Journey, Meeting, Provenance } from './schema.ts';
import { countryName } from '../i18n/format.ts';
import { journeyMark, meetingMark, type FieldMark } from './basis.ts';

export interface JourneyView {
  journey: Journey;
  from: Place;
  to: Place;
  /** The meeting it goes to; none for a leg home or on to a place without a meeting. */
  meeting: Meeting | undefined;
  date: string;
  /** Stated by an external source rather than the release. */
  external: boolean;
  /** Where its date, mode and origin come from; a leg to a meeting has the meeting's date. */
  marks: { date: FieldMark; mode: FieldMark; from: FieldMark };
}

export interface ReleaseIndex {
  release: Release;
  places: Map<string, Place>;
  actors: Map<string, Actor>;
  delegations: Map<string, Delegation>;
  meetings: Map<string, Meeting>;
  journeys: JourneyView[];
}

export const isExternal = (p: Provenance): boolean => p.source !== undefined;

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Looks up an id that validation has already checked; a miss is a bug, so it throws. */
export function required<T>(items: Map<string, T>, id: string, what: string): T {
  const item = items.get(id);
  if (item === undefined) throw new Error(`Unknown ${what} "${id}" in a validated release`);
  return item;
}

export function indexRelease(release: Release): ReleaseIndex {
  const places = byId(release.places);
  const meetings = byId(release.meetings);
  const journeys = release.journeys.map((journey) => {
    const meeting = meetings.get(journey.to);
    return {
      journey,
      meeting,
      date: meeting?.date ?? journey.date ?? '',
      from: required(places, journey.from, 'place'),
      to: required(places, meeting?.place ?? journey.to, 'place'),
      external: isExternal(journey.provenance),
      marks: {
        date:
          meeting && !journey.basis?.date
            ? meetingMark(meeting, 'date')
            : journeyMark(journey, 'date'),
        mode: journeyMark(journey, 'mode'),
        from: journeyMark(journey, 'from'),
      },
    };
  });
  return {
    release,
    places,
    actors: byId(release.actors),
    delegations: byId(release.delegations),
    meetings,
    journeys,
  };
}

/**
 * What to call an actor or delegation. A person the release does not name is described by
 * role and country ("National security adviser, Germany"), never given an invented name.
 */
export function whoName(index: ReleaseIndex, id: string, lang: Lang): string {
  const delegation = index.delegations.get(id);
  if (delegation) return delegation.name[lang];
  const actor = index.actors.get(id);
  if (!actor) return id;
  if (actor.name) return actor.name[lang];
  const role = actor.role?.[lang] ?? id;
  const country =
    actor.affiliation && 'country' in actor.affiliation ? actor.affiliation.country : undefined;
  return country && !role.includes(countryName(country, lang))
    ? `${role}, ${countryName(country, lang)}`
    : role;
}

export const placeName = (place: Place, lang: Lang): string => place.geocoded.name[lang];

/** The external source a fact cites, if it cites one rather than sentences of the release. */
export function sourceOf(index: ReleaseIndex, provenance: Provenance): ExternalSource | undefined {
  return provenance.source === undefined
    ? undefined
    : index.release.meta.sources.find((s) => s.id === provenance.source);
}

/** The release's original language: as release.json says, else the language of its source text. */
export function originalLang(index: ReleaseIndex): Lang {
  return (
    index.release.meta.original ??
    (index.release.hasSource.en && !index.release.hasSource.sv ? 'en' : 'sv')
  );
}

/** Meetings sorted by date, then by title, for lists and the timeline. */
export function meetingsByDate(index: ReleaseIndex, lang: Lang): Meeting[] {
  return [...index.release.meetings].sort(
    (a, b) => a.date.localeCompare(b.date) || a.title[lang].localeCompare(b.title[lang], lang),
  );
}
