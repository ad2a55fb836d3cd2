/**
 * The suggestions as the data files hold them: ids ("kyiv-advisers-2026-01-03"), titles in
 * both languages, sentence references in reading order, and for each item a `draft` saying
 * what the editor should check.
 */
import type { Bilingual, Lang } from '../../src/model/lang.ts';
import type { FieldBasis, Journey, Meeting, Participant } from '../../src/model/schema.ts';
import { statesDate, statesMode } from '../../src/model/stated.ts';
import type { PlaceEntity, Registry } from './entities.ts';

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
  /** Why the date is what it is, when the release does not give it. */
  dateWhy?: Bilingual;
  approximateDate?: boolean;
  /** Why the place is what it is, when the release does not name it. */
  placeWhy?: Bilingual;
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

/** The cited sentences of the annotated release: their text and the mentions in them. */
export type Cited = (refs: string[]) => Array<{ text: string; mentions: Set<string> }>;

/** How each value is checked against the sentences it cites, as check:data checks it. */
export interface Reading {
  lang: Lang;
  visitDate: string;
  cited: Cited;
}

const GENERIC = {
  date: {
    sv: 'Härlett: de meningar som berättar om det ger inget datum.',
    en: 'Inferred: the sentences that tell of it give no date.',
  },
  place: {
    sv: 'Härlett: de meningar som berättar om mötet nämner inte orten.',
    en: 'Inferred: the sentences that tell of the meeting do not name the place.',
  },
  presence: {
    sv: 'Härlett: de meningar som berättar om mötet nämner inte deltagaren.',
    en: 'Inferred: the sentences that tell of the meeting do not name this participant.',
  },
  inPerson: {
    sv: 'Härlett: pressmeddelandet säger inte om deltagandet sker på plats eller på distans. På plats är vår läsning.',
    en: 'Inferred: the release does not say whether they take part in person or remotely. In person is our reading.',
  },
  remote: {
    sv: 'Härlett: pressmeddelandet säger inte att deltagandet sker på distans. På distans är vår läsning.',
    en: 'Inferred: the release does not say they take part remotely. Remotely is our reading.',
  },
  travel: {
    sv: 'Härlett: pressmeddelandet säger inte att de reser dit. En resa på plats är vår läsning.',
    en: 'Inferred: the release does not say they travel there. Travel in person is our reading.',
  },
  from: {
    sv: 'Härlett: resans föregående anhalt. Pressmeddelandet anger inte varifrån resan gick.',
    en: 'Inferred: the previous stop of the trip. The release does not say where the journey began.',
  },
  legDate: {
    sv: 'Härlett: dagen för resans sista anhalt. Pressmeddelandet anger inte när resan tillbaka gick.',
    en: 'Inferred: the day of the trip’s last stop. The release does not say when the way back was.',
  },
} satisfies Record<string, Bilingual>;

const inferredBasis = (reason: Bilingual, approximate = false): FieldBasis => ({
  inferred: true,
  reason,
  ...(approximate ? { approximate: true as const } : {}),
});

export function toSuggestions(
  states: MeetingState[],
  journeyStates: JourneyState[],
  trips: Map<string, Trip>,
  registry: Registry,
  reading: Reading,
): Suggestions {
  const { lang, visitDate, cited } = reading;
  const mentioned = (refs: string[], key: string) => cited(refs).some((c) => c.mentions.has(key));
  const saidBy = (refs: string[], test: (text: string) => boolean) =>
    cited(refs).some((c) => test(c.text));
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
    const participants = [...m.participants.entries()].map(([who, p]): Participant => {
      const refs = ordered(p.refs);
      const basis: NonNullable<Participant['basis']> = {};
      if (!mentioned(refs, `actor:${who}`)) basis.presence = inferredBasis(GENERIC.presence);
      if (!m.video && !saidBy(refs, (t) => statesMode(t, p.mode)))
        basis.mode = inferredBasis(p.mode === 'remote' ? GENERIC.remote : GENERIC.inPerson);
      return {
        who,
        mode: p.mode,
        ...(Object.keys(basis).length > 0 ? { basis } : {}),
        provenance: { sentences: refs },
        draft: `Suggested: ${who} ${p.note}, ${p.mode}. Check who took part and how.`,
      };
    });
    const refs = ordered(m.refs);
    const basis: NonNullable<Meeting['basis']> = {};
    if (m.approximateDate || !saidBy(refs, (t) => statesDate(t, lang, m.date, visitDate)))
      basis.date = inferredBasis(m.dateWhy ?? GENERIC.date, m.approximateDate === true);
    if (m.placeWhy || !mentioned(refs, `place:${m.place.id}`))
      basis.place = inferredBasis(m.placeWhy ?? GENERIC.place);
    const heads = [...m.participants.keys()].some((id) => registry.actor(id)?.head);
    const kind: Meeting['kind'] =
      m.flavour === 'advisers'
        ? 'adviser-meeting'
        : m.flavour === 'leaders'
          ? 'leaders-meeting'
          : m.visit
            ? 'visit'
            : heads
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
      ...(Object.keys(basis).length > 0 ? { basis } : {}),
      provenance: { sentences: refs },
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
    const refs = ordered(j.refs);
    const video = isMeeting(j.to) && j.to.video;
    const basis: NonNullable<Journey['basis']> = {};
    if (!video && !saidBy(refs, (t) => statesMode(t, j.mode)))
      basis.mode = inferredBasis(j.mode === 'remote' ? GENERIC.remote : GENERIC.travel);
    if (!toMeeting && j.date && !saidBy(refs, (t) => statesDate(t, lang, j.date ?? '', visitDate)))
      basis.date = inferredBasis(GENERIC.legDate);
    // A start the cited sentences do not name is inferred, whatever the events made of it.
    const origin = j.inferred ?? (mentioned(refs, `place:${j.from.id}`) ? undefined : GENERIC.from);
    return {
      id,
      who: j.who,
      from: j.from.id,
      to,
      ...(!toMeeting ? { date: j.date ?? '' } : {}),
      ...(j.trip ? { trip: j.trip } : {}),
      mode: j.mode,
      ...(origin ? { origin: { inferred: true as const, reason: origin } } : {}),
      ...(Object.keys(basis).length > 0 ? { basis } : {}),
      provenance: { sentences: refs },
      draft: `Suggested: ${j.who} ${what} ${to} ${j.notes.join('; ')}. Check the origin${toMeeting ? '' : ' and date'}.`,
    };
  });
  return { meetings, journeys };
}
