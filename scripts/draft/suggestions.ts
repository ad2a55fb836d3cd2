/**
 * The suggestions as the data files hold them: ids ("kyiv-advisers-2026-01-03"), titles in
 * both languages, sentence references in reading order, and for each item a `draft` saying
 * what the editor should check.
 */
import type { Bilingual } from '../../src/model/lang';
import type { Journey, Meeting, Participant } from '../../src/model/schema';
import type { PlaceEntity, Registry } from './entities';

export interface Suggestions {
  meetings: Meeting[];
  journeys: Journey[];
}

export const isMeeting = (to: MeetingState | PlaceEntity): to is MeetingState =>
  'participants' in to;

export type Flavour = 'advisers' | 'leaders';

export interface MeetingState {
  place: PlaceEntity;
  date: string;
  dateNote: string;
  dateProblem?: string;
  flavour?: Flavour;
  video: boolean;
  visit: boolean;
  status: 'held' | 'planned';
  statusNote: string;
  refs: string[];
  participants: Map<string, { mode: Participant['mode']; refs: string[]; note: string }>;
  notes: string[];
  /** Held "i samband med" another meeting: its date and place are that meeting's, approximately. */
  connectedTo?: { meeting: MeetingState; phrase: string };
}

export interface JourneyState {
  who: string;
  from: PlaceEntity;
  to: MeetingState | PlaceEntity;
  date?: string;
  mode: Journey['mode'];
  inferred?: Bilingual;
  refs: string[];
  notes: string[];
  trip?: string;
}

export interface Trip {
  legs: JourneyState[];
  last: PlaceEntity;
  lastDate: string;
  origin: PlaceEntity;
}

const FLAVOUR_TITLES: Record<Flavour, { title: Bilingual; short: Bilingual }> = {
  advisers: {
    title: {
      sv: 'Nationella säkerhetsrådgivares möte i {sv}',
      en: 'National security advisers’ meeting in {en}',
    },
    short: { sv: 'Säkerhetsrådgivare i {sv}', en: 'Security advisers in {en}' },
  },
  leaders: {
    title: { sv: 'Ledarmöte i {sv}', en: 'Leaders’ meeting in {en}' },
    short: { sv: 'Ledarmöte i {sv}', en: 'Leaders in {en}' },
  },
};

const fill = (text: Bilingual, place: PlaceEntity): Bilingual => ({
  sv: text.sv.replace('{sv}', place.names.sv),
  en: text.en.replace('{en}', place.names.en),
});

function titles(m: MeetingState): { title: Bilingual; shortTitle: Bilingual } {
  if (m.flavour) {
    const t = FLAVOUR_TITLES[m.flavour];
    return { title: fill(t.title, m.place), shortTitle: fill(t.short, m.place) };
  }
  if (m.video) {
    const t = { sv: 'Videomöte ({sv})', en: 'Video meeting ({en})' };
    return { title: fill(t, m.place), shortTitle: { sv: 'Videomöte', en: 'Video meeting' } };
  }
  if (m.visit) {
    return {
      title: fill({ sv: 'Besök i {sv}', en: 'Visit to {en}' }, m.place),
      shortTitle: fill({ sv: 'Besök i {sv}', en: 'Visit to {en}' }, m.place),
    };
  }
  const t = { sv: 'Möte i {sv}', en: 'Meeting in {en}' };
  return { title: fill(t, m.place), shortTitle: fill(t, m.place) };
}

export const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
/** Sorts sentence references in reading order: title, p1.s1, p1.s2, p2.s1… */
export const refOrder = (ref: string): number => {
  const m = /^p(\d+)\.s(\d+)$/.exec(ref);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : 0;
};
/** Sentence references once each, in reading order (the title first). */
const ordered = (refs: string[]): string[] => uniq(refs).sort((a, b) => refOrder(a) - refOrder(b));

export function toSuggestions(
  states: MeetingState[],
  journeyStates: JourneyState[],
  trips: Map<string, Trip>,
  registry: Registry,
): Suggestions {
  // Ids: place, kind of meeting and date, as in "kyiv-advisers-2026-01-03".
  const ids = new Map<MeetingState, string>();
  const taken = new Set(registry.places.map((p) => p.id));
  for (const m of states) {
    const base = [m.place.id, m.flavour ?? (m.video ? 'video' : undefined), m.date]
      .filter(Boolean)
      .join('-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(m, id);
  }
  const hosts = (m: MeetingState) => {
    const country = m.place.geocoded?.country ?? m.place.country;
    return registry.actors.find((a) => a.kind === 'country' && a.country === country);
  };

  const meetings = states.map((m): Meeting => {
    const participants = [...m.participants.entries()].map(([who, p]): Participant => ({
      who,
      mode: p.mode,
      provenance: { sentences: ordered(p.refs) },
      draft: `Suggested: ${who} ${p.note}, ${p.mode}. Check who took part and how.`,
    }));
    const heads = [...m.participants.keys()].some((id) => registry.actor(id)?.head);
    const kind =
      m.flavour === 'advisers'
        ? 'adviser-meeting'
        : m.flavour === 'leaders' || heads
          ? 'leaders-meeting'
          : 'adviser-meeting';
    const host = hosts(m);
    const checks = [
      `Suggested ${m.visit ? 'visit' : 'meeting'} in ${m.place.names.en} on ${m.date} (${m.dateNote}), ${m.status} (${m.statusNote}).`,
      m.dateProblem ? `Date not pinned: ${m.dateProblem}.` : '',
      m.flavour
        ? ''
        : `The kind "${kind}" is a guess${heads ? ' (a head of state or government takes part)' : ''}.`,
      host ? `Host taken to be ${host.id}.` : '',
      ...m.notes.map((n) => `${n.replace(/^./, (c) => c.toUpperCase())}.`),
      'Check the date, place, status and titles.',
    ];
    return {
      id: ids.get(m) ?? '',
      kind,
      ...titles(m),
      date: m.date,
      place: m.place.id,
      status: m.status,
      ...(host ? { host: host.id } : {}),
      ...(m.video ? { format: 'video' as const } : {}),
      participants,
      provenance: { sentences: ordered(m.refs) },
      draft: checks.filter(Boolean).join(' '),
    };
  });

  // Trips: legs of one traveller's journey share an id once there is more than one.
  for (const [who, trip] of trips) {
    if (trip.legs.length > 1) for (const leg of trip.legs) leg.trip = `${who}-trip`;
  }
  const journeyIds = new Set<string>();
  const journeys = journeyStates.map((j): Journey => {
    const toMeeting = isMeeting(j.to);
    const target = isMeeting(j.to) ? j.to.place.id : j.to.id;
    const base = toMeeting
      ? `${j.who}-${j.mode === 'remote' ? 'calls' : 'to'}-${target}`
      : `${j.who}-back-to-${target}`;
    let id = base;
    for (let n = 2; journeyIds.has(id); n++) id = `${base}-${n}`;
    journeyIds.add(id);
    const to = isMeeting(j.to) ? (ids.get(j.to) ?? '') : j.to.id;
    const what = toMeeting ? (j.mode === 'remote' ? 'calls in to' : 'travels to') : 'goes back to';
    return {
      id,
      who: j.who,
      from: j.from.id,
      to,
      ...(!toMeeting ? { date: j.date ?? '' } : {}),
      ...(j.trip ? { trip: j.trip } : {}),
      mode: j.mode,
      ...(j.inferred ? { origin: { inferred: true as const, reason: j.inferred } } : {}),
      provenance: { sentences: ordered(j.refs) },
      draft: `Suggested: ${j.who} ${what} ${to} ${j.notes.join('; ')}. Check the origin${toMeeting ? '' : ' and date'}.`,
    };
  });
  return { meetings, journeys };
}
