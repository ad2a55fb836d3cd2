/**
 * What the map and text show for a view state, and what belongs to a selected item. Pure
 * functions of the release index and the URL state: nothing here is stored.
 */
import type { Place } from '../model/release.ts';
import type { Meeting, Provenance } from '../model/schema.ts';
import type { JourneyView, ReleaseIndex } from '../model/view.ts';
import type { Selection, ViewState } from './url.ts';
import { whoMatcher } from './filters.ts';

export interface Visible {
  meetings: Meeting[];
  journeys: JourneyView[];
  places: Place[];
}

export const keyOf = (s: Selection): string => `${s.kind}:${s.id}`;

export function exists(index: ReleaseIndex, s: Selection): boolean {
  switch (s.kind) {
    case 'place':
      return index.places.has(s.id);
    case 'meeting':
      return index.meetings.has(s.id);
    case 'actor':
      return index.actors.has(s.id);
    case 'delegation':
      return index.delegations.has(s.id);
    case 'journey':
      return index.journeys.some((j) => j.journey.id === s.id);
  }
}

/** The filters combine with AND: meeting, actor, place, and hiding other sources. */
export function visibleItems(
  index: ReleaseIndex,
  state: Pick<ViewState, 'meeting' | 'external'> & Partial<Pick<ViewState, 'actor' | 'place'>>,
): Visible {
  const { actor, place } = state;
  const byMeeting = index.release.meetings.filter((m) => !state.meeting || m.id === state.meeting);
  const meetingIds = new Set(byMeeting.map((m) => m.id));
  const matchesWho = actor ? whoMatcher(index, actor) : () => true;
  // A leg without a meeting (home, say) shows with all meetings, not under one.
  const journeys = index.journeys.filter(
    (j) =>
      (j.meeting ? meetingIds.has(j.meeting.id) : !state.meeting) &&
      (state.external || !j.external) &&
      matchesWho(j.journey.who) &&
      (!place || j.from.id === place || j.to.id === place),
  );
  // A meeting stays when a journey in view goes to it, or when it matches the filters itself.
  const reached = new Set(journeys.map((j) => j.meeting?.id));
  const meetings =
    actor || place
      ? byMeeting.filter(
          (m) =>
            reached.has(m.id) ||
            ((!actor || m.participants.some((p) => matchesWho(p.who))) &&
              (!place || m.place === place)),
        )
      : byMeeting;
  const placeIds = new Set([
    ...meetings.map((m) => m.place),
    ...journeys.flatMap((j) => [j.from.id, j.to.id]),
  ]);
  const places = index.release.places.filter((p) => placeIds.has(p.id));
  return { meetings, journeys, places };
}

/**
 * Whether the filters leave the selection in view: a journey, place or meeting shown, or an
 * actor or delegation with a journey or meeting shown (or with none at all to hide).
 */
export function isShown(index: ReleaseIndex, visible: Visible, s: Selection): boolean {
  switch (s.kind) {
    case 'journey':
      return visible.journeys.some((j) => j.journey.id === s.id);
    case 'place':
      return visible.places.some((p) => p.id === s.id);
    case 'meeting':
      return visible.meetings.some((m) => m.id === s.id);
    case 'actor':
    case 'delegation': {
      // One with neither journey nor meeting (Ukraine, the host) is never on the map, so no
      // filter hides it: its details show what the release says of it.
      const related = relatedKeys(index, s);
      const onMap = (key: string) => key.startsWith('journey:') || key.startsWith('meeting:');
      if (![...related].some(onMap)) return true;
      return (
        visible.journeys.some((j) => related.has(`journey:${j.journey.id}`)) ||
        visible.meetings.some((m) => related.has(`meeting:${m.id}`))
      );
    }
  }
}

/**
 * The state without a selection its filters leave out (`hidden`, else null): a link that names
 * both gets the view changing a filter in the app gives, the filters it asked for and nothing
 * selected.
 */
export function dropHidden(
  index: ReleaseIndex,
  visible: Visible,
  state: ViewState,
): { state: ViewState; hidden: Selection | null } {
  const { selected } = state;
  if (!selected || isShown(index, visible, selected)) return { state, hidden: null };
  return { state: { ...state, selected: null }, hidden: selected };
}

/** Delegations that contain an actor, directly. */
function delegationsOf(index: ReleaseIndex, who: string): string[] {
  return index.release.delegations.filter((d) => d.members.includes(who)).map((d) => d.id);
}

/** Everything that belongs to the selection, as `kind:id` keys, the selection included. */
export function relatedKeys(index: ReleaseIndex, s: Selection): Set<string> {
  const keys = new Set<string>([keyOf(s)]);
  const addJourney = (j: JourneyView) => {
    keys.add(`journey:${j.journey.id}`);
    keys.add(`place:${j.from.id}`);
    keys.add(`place:${j.to.id}`);
    if (j.meeting) keys.add(`meeting:${j.meeting.id}`);
    keys.add(`${index.delegations.has(j.journey.who) ? 'delegation' : 'actor'}:${j.journey.who}`);
  };
  const addMeeting = (m: Meeting) => {
    keys.add(`meeting:${m.id}`);
    keys.add(`place:${m.place}`);
    for (const p of m.participants) {
      keys.add(`${index.delegations.has(p.who) ? 'delegation' : 'actor'}:${p.who}`);
    }
  };
  switch (s.kind) {
    case 'journey':
      index.journeys.filter((j) => j.journey.id === s.id).forEach(addJourney);
      break;
    case 'place':
      index.journeys.filter((j) => j.from.id === s.id || j.to.id === s.id).forEach(addJourney);
      index.release.meetings
        .filter((m) => m.place === s.id)
        .forEach((m) => keys.add(`meeting:${m.id}`));
      break;
    case 'meeting': {
      const meeting = index.meetings.get(s.id);
      if (meeting) addMeeting(meeting);
      index.journeys.filter((j) => j.meeting?.id === s.id).forEach(addJourney);
      break;
    }
    case 'actor':
    case 'delegation': {
      const members = index.delegations.get(s.id)?.members ?? [];
      const who = new Set([s.id, ...members, ...delegationsOf(index, s.id)]);
      index.journeys.filter((j) => who.has(j.journey.who)).forEach(addJourney);
      for (const id of delegationsOf(index, s.id)) keys.add(`delegation:${id}`);
      index.release.meetings
        .filter((m) => m.participants.some((p) => who.has(p.who)))
        .forEach((m) => keys.add(`meeting:${m.id}`));
      break;
    }
  }
  return keys;
}

/** The provenance that states a selected item, for quoting its source sentence. */
export function provenanceOf(index: ReleaseIndex, s: Selection): Provenance | undefined {
  switch (s.kind) {
    case 'journey':
      return index.journeys.find((j) => j.journey.id === s.id)?.journey.provenance;
    case 'meeting':
      return index.meetings.get(s.id)?.provenance;
    case 'actor':
      return index.actors.get(s.id)?.provenance;
    case 'delegation':
      return index.delegations.get(s.id)?.provenance;
    case 'place':
      return undefined;
  }
}

/** Paragraphs (1-based) whose sentences these provenances cite. */
const paragraphsCited = (provenances: Provenance[]): number[] =>
  provenances
    .flatMap((p) => p.sentences ?? [])
    .map((ref) => /^p(\d+)\./.exec(ref)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);

/** Paragraphs (1-based) that concern a meeting: cited by it, its participants or journeys, or mentioning it. */
export function paragraphsOfMeeting(index: ReleaseIndex, meetingId: string): Set<number> {
  const meeting = index.meetings.get(meetingId);
  if (!meeting) return new Set();
  const provenances = [
    meeting.provenance,
    ...meeting.participants.map((p) => p.provenance),
    ...index.journeys.filter((j) => j.meeting?.id === meetingId).map((j) => j.journey.provenance),
  ];
  const cited = paragraphsCited(provenances);
  const mentioning = index.release.text.sv.paragraphs
    .filter((p) => p.mentions.some((m) => m.kind === 'meeting' && m.id === meetingId))
    .map((p) => p.index);
  return new Set([...cited, ...mentioning]);
}

/**
 * Paragraphs the filters narrow the text to; null when nothing is filtered. The meeting filter
 * alone keeps its meeting's paragraphs; an actor or place filter keeps the paragraphs that state
 * a journey or meeting in view, or that mention the actor or place filtered by.
 */
export function paragraphsInFocus(
  index: ReleaseIndex,
  state: Pick<ViewState, 'meeting' | 'actor' | 'place'>,
  visible: Visible,
): Set<number> | null {
  const byMeeting = state.meeting ? paragraphsOfMeeting(index, state.meeting) : null;
  if (!state.actor && !state.place) return byMeeting;
  const matchesWho = state.actor ? whoMatcher(index, state.actor) : () => true;
  const provenances = [
    ...visible.journeys.map((j) => j.journey.provenance),
    ...visible.meetings.flatMap((m) => [
      ...(!state.place || m.place === state.place ? [m.provenance] : []),
      ...m.participants.filter((p) => matchesWho(p.who)).map((p) => p.provenance),
    ]),
  ];
  const cited = paragraphsCited(provenances);
  const mentioned = index.release.text.sv.paragraphs
    .filter((p) =>
      p.mentions.some(
        (m) =>
          (m.kind === 'place' && m.id === state.place) ||
          ((m.kind === 'actor' || m.kind === 'delegation') && !!state.actor && matchesWho(m.id)),
      ),
    )
    .map((p) => p.index)
    .filter((n) => !byMeeting || byMeeting.has(n));
  return new Set([...cited, ...mentioned]);
}
