/**
 * Suggests meetings and journeys from the sentences of an annotated release: who went where,
 * when, in person or remotely. Rules of thumb, each suggestion citing the sentences it comes
 * from and saying what the editor should check:
 *
 * - a visit verb with places (or a country) after it: a meeting at each, journeys in order
 *   from the traveller's seat of government (inferred) and on from one stop to the next;
 * - a foreign leader visiting Sweden: a meeting in Stockholm, the journey from their seat;
 * - "ringde in", "called in", "by video": a remote participant of the current meeting;
 * - "videomöte", "video meeting": a meeting held by video, everyone remote;
 * - "återvände", "and back", "returned": a leg home with its date;
 * - a meeting word with a place ("möte … i Paris den 6 januari"): a meeting there, planned or
 *   held by its date, with the people of the sentence taking part.
 */
import type { Bilingual, Lang } from '../../src/model/lang.ts';
import type { MentionKind } from '../../src/model/markup.ts';
import type { Journey, Participant } from '../../src/model/schema.ts';
import { cueAt, cueEnd, hasCue } from './cues.ts';
import { HOME, type ActorEntity, type PlaceEntity, type Registry } from './entities.ts';
import { inProse, organisationById } from './organisations.ts';
import {
  toSuggestions,
  uniq,
  type Flavour,
  type JourneyState,
  type MeetingState,
  type Suggestions,
  type Trip,
  type Cited,
} from './suggestions.ts';

export interface SentenceMention {
  kind: MentionKind;
  id: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

export interface SentenceDate {
  start: number;
  end: number;
  label: string;
  date?: string;
  note: string;
  problem?: string;
}

export interface SentenceView {
  ref: string;
  text: string;
  mentions: SentenceMention[];
  dates: SentenceDate[];
}

/** A date for a suggestion, how it was found, and why, when the release does not give it. */
interface When {
  date: string;
  note: string;
  problem?: string;
  refs: string[];
  why?: Bilingual;
  approximate?: boolean;
}

export interface EventContext {
  lang: Lang;
  /** Countries that frame the trip: linked as countries, their places are the stops. */
  frames?: ReadonlySet<string>;
  /** The cited sentences, to tell which values they state. */
  cited: Cited;
  registry: Registry;
  visitDate?: string;
  /** The sentence the visit's date comes from. */
  visitDateRef?: string;
  releaseDate?: string;
  today: string;
}

const REASONS = {
  seat: {
    sv: 'Härlett: regeringens säte. Pressmeddelandet anger inte varifrån resan började.',
    en: 'Inferred: the seat of government. The release does not say where the journey began.',
  },
  seatCall: {
    sv: 'Härlett: regeringens säte. Pressmeddelandet anger inte varifrån samtalet kom.',
    en: 'Inferred: the seat of government. The release does not say where the call came from.',
  },
  organisation: {
    sv: 'Härlett: organisationens säte. Pressmeddelandet anger inte varifrån resan började.',
    en: 'Inferred: the organisation’s seat. The release does not say where the journey began.',
  },
  organisationCall: {
    sv: 'Härlett: organisationens säte. Pressmeddelandet anger inte varifrån samtalet kom.',
    en: 'Inferred: the organisation’s seat. The release does not say where the call came from.',
  },
  assumedSwedish: {
    sv: 'Härlett: den svenska regeringens säte. Pressmeddelandet anger inte varifrån resan började.',
    en: 'Inferred: the Swedish Government’s seat. The release does not say where the journey began.',
  },
  previousStop: {
    sv: 'Härlett: resans föregående anhalt. Pressmeddelandet anger inte varifrån resan fortsatte.',
    en: 'Inferred: the previous stop of the trip. The release does not say where it continued from.',
  },
  dateOfVisit: {
    sv: 'Härlett: besökets datum. Pressmeddelandet ger inget eget datum för detta.',
    en: 'Inferred: the date of the visit. The release gives this no date of its own.',
  },
  dateOfPreviousStop: {
    sv: 'Härlett: datumet för resans föregående anhalt. Pressmeddelandet ger inget eget datum för denna.',
    en: 'Inferred: the date of the trip’s previous stop. The release gives this stop no date of its own.',
  },
  dateOfRelease: {
    sv: 'Härlett: pressmeddelandets datum. Pressmeddelandet ger inget datum för detta.',
    en: 'Inferred: the date of the release. The release gives no date for this.',
  },
  placeHome: {
    sv: 'Härlett: Stockholm, regeringens säte. Pressmeddelandet anger ingen ort.',
    en: 'Inferred: Stockholm, the seat of the Government. The release names no place.',
  },
  placeConnected: {
    sv: 'Härlett: det mötets ort som detta hålls i samband med. Pressmeddelandet säger inte uttryckligen var det hålls.',
    en: 'Inferred: the place of the meeting it is held in connection with. The release does not say where it is held.',
  },
} satisfies Record<string, Bilingual>;

/** The date of a meeting held "i samband med" another: that meeting's, and so approximate. */
const connectedDate = (phrase: string): Bilingual => ({
  sv: `Härlett och ungefärligt: pressmeddelandet ger inget eget datum, mötet hålls ”${phrase}”, och datumet är det mötets.`,
  en: `Inferred and approximate: the release gives it no date of its own; it is held “${phrase}”, and the date is that meeting’s.`,
});

/** Which kind of meeting the sentence speaks of: the first of the adviser or leader words. */
function flavourOf(lang: Lang, text: string): Flavour | undefined {
  const advisers = cueAt('advisers', lang, text);
  const leaders = cueAt('leaders', lang, text);
  if (advisers === undefined) return leaders === undefined ? undefined : 'leaders';
  if (leaders === undefined) return 'advisers';
  return advisers < leaders ? 'advisers' : 'leaders';
}

/** Offsets where a sentence turns to a new stop: "och", "and", a comma before "then"… */
function boundaries(text: string): number[] {
  return [...text.matchAll(/,?\s(?:och|samt|and|then|därefter|sedan)\s|;\s/giu)].map(
    (m) => m.index,
  );
}

export function suggestEvents(
  sentences: readonly SentenceView[],
  context: EventContext,
): Suggestions {
  const { lang, registry } = context;
  const meetings: MeetingState[] = [];
  const journeys: JourneyState[] = [];
  const trips = new Map<string, Trip>();
  let current: MeetingState | undefined;
  let lastSubject: string | undefined;
  const now = context.releaseDate ?? context.visitDate;
  const placeCountry = (p: PlaceEntity) => p.geocoded?.country ?? p.country;

  const actorsIn = (s: SentenceView) =>
    s.mentions
      .filter((m) => m.kind === 'actor')
      .map((m) => ({ mention: m, actor: registry.actor(m.id) }))
      .filter((x): x is { mention: SentenceMention; actor: ActorEntity } => x.actor !== undefined);
  const travellersIn = (s: SentenceView) => actorsIn(s).filter((x) => x.actor.kind !== 'country');
  const placesIn = (s: SentenceView) =>
    s.mentions
      .filter((m) => m.kind === 'place')
      .map((m) => ({ mention: m, place: registry.place(m.id) }))
      .filter(
        (x): x is { mention: SentenceMention; place: PlaceEntity } =>
          x.place !== undefined && !isFrame(x.place),
      );
  const afterFrom = (s: SentenceView, m: SentenceMention) =>
    /(?:från|ifrån|from)\s+$/iu.test(s.text.slice(0, m.start));
  /** "EU:s konkurrenskraft", "NATO’s summit": the actor owns a topic, it does not take part. */
  const possessive = (s: SentenceView, m: SentenceMention) =>
    /^(?::s|['’]s)(?![\p{L}])/u.test(s.text.slice(m.end));
  const meetersIn = (s: SentenceView) => travellersIn(s).filter((t) => !possessive(s, t.mention));
  /**
   * A country that contains a place the release names is the frame of the trip ("besöker Norge"
   * with Utøya and Oslo), not a stop of its own.
   */
  const frames = new Set([
    ...(context.frames ?? []),
    ...registry.places
      .filter((p) => p.kind !== 'country' && p.origin === 'text' && placeCountry(p))
      .map((p) => placeCountry(p)),
  ]);
  const isFrame = (p: PlaceEntity) => p.kind === 'country' && frames.has(p.country);
  // A place the gazetteer lacks (Utøya) is taken to be in the one country the trip goes to.
  const countries = [
    ...new Set([
      ...(context.frames ?? []),
      ...registry.places
        .filter((p) => p.kind === 'country' && p.origin === 'text')
        .map((p) => p.country),
    ]),
  ];
  const only = countries.length === 1 ? countries[0] : undefined;
  if (only)
    for (const p of registry.places)
      if (p.status === 'unresolved' && p.country === undefined) {
        p.country = only;
        frames.add(only);
      }

  const dateFor = (
    s: SentenceView,
    picked: SentenceDate | undefined,
    fallback?: { date: string; note: string; problem?: string; why?: Bilingual },
  ): When => {
    if (picked?.date) {
      return {
        date: picked.date,
        note: `"${picked.label}" (${s.ref}): ${picked.note}`,
        ...(picked.problem ? { problem: `"${picked.label}" ${picked.problem}` } : {}),
        refs: [],
      };
    }
    if (fallback) return { ...fallback, refs: [] };
    if (context.visitDate) {
      return {
        date: context.visitDate,
        why: REASONS.dateOfVisit,
        note: `no date in ${s.ref}: the visit's date${context.visitDateRef ? ` (${context.visitDateRef})` : ''}`,
        refs: context.visitDateRef ? [context.visitDateRef] : [],
        ...(picked?.problem ? { problem: `"${picked.label}" ${picked.problem}` } : {}),
      };
    }
    const date = context.releaseDate ?? context.today;
    return {
      date,
      why: REASONS.dateOfRelease,
      note: `no date found: ${context.releaseDate ? 'the release date' : 'today'}`,
      problem: `the release gives no date for it${picked ? ` ("${picked.label}" ${picked.problem ?? ''})` : ''}: set the date`,
      refs: [],
    };
  };

  const statusOf = (
    date: string,
    s: SentenceView,
  ): { status: 'held' | 'planned'; note: string } => {
    const future = hasCue('future', lang, s.text) && !hasCue('past', lang, s.text);
    if (now && date !== now) {
      const planned = date > now;
      return {
        status: planned ? 'planned' : 'held',
        note: `${planned ? 'after' : 'before'} the ${context.releaseDate ? 'release date' : 'visit'} ${now}`,
      };
    }
    return {
      status: future ? 'planned' : 'held',
      note: future
        ? `the wording of ${s.ref} is in the future`
        : `the wording of ${s.ref} is in the past`,
    };
  };

  const meetingAt = (
    place: PlaceEntity,
    s: SentenceView,
    when: When,
    options: {
      flavour?: Flavour;
      video?: boolean;
      visit?: boolean;
      force?: boolean;
      summary?: boolean;
    },
  ): MeetingState => {
    const found = options.force
      ? undefined
      : meetings.find(
          (m) =>
            m.place === place &&
            (m.date === when.date || options.summary === true) &&
            (options.flavour === undefined ||
              m.flavour === undefined ||
              m.flavour === options.flavour),
        );
    if (found) {
      if (options.flavour && !found.flavour) found.flavour = options.flavour;
      if (options.summary) cite(found.refs, s.ref);
      return found;
    }
    const status = statusOf(when.date, s);
    const m: MeetingState = {
      place,
      date: when.date,
      dateNote: when.note,
      ...(when.problem ? { dateProblem: when.problem } : {}),
      ...(when.why ? { dateWhy: when.why } : {}),
      ...(when.approximate ? { approximateDate: true } : {}),
      ...(options.flavour ? { flavour: options.flavour } : {}),
      video: options.video === true,
      visit: options.visit === true,
      status: status.status,
      statusNote: status.note,
      refs: uniq([s.ref, ...when.refs]),
      participants: new Map(),
      notes: [],
    };
    meetings.push(m);
    return m;
  };

  const cite = (list: string[], ref: string) => {
    if (!list.includes(ref)) list.push(ref);
  };

  /** Where an actor sets out from for a meeting; undefined if local or unknown. */
  const originOf = (
    actor: ActorEntity,
    meeting: MeetingState,
    role: 'traveller' | 'other',
    mode: Journey['mode'],
  ): { place: PlaceEntity; reason: Bilingual; note: string } | undefined => {
    const here = placeCountry(meeting.place);
    const org =
      actor.organisation ?? (actor.memberOf ? organisationById(actor.memberOf) : undefined);
    if (org) {
      const place = registry.organisationSeat(org);
      if (!place) return undefined;
      return {
        place,
        reason: mode === 'remote' ? REASONS.organisationCall : REASONS.organisation,
        note: `from ${place.names.en}, the seat of ${inProse(org)} (inferred)`,
      };
    }
    const country = actor.country;
    if (country === undefined) {
      // Someone the release names without a country: a traveller abroad is taken to be Swedish.
      if (role !== 'traveller' || here === HOME.country) return undefined;
      return {
        place: registry.home(),
        reason: REASONS.assumedSwedish,
        note: 'from Stockholm: the release does not say whom they represent, so they are taken to travel from Sweden (inferred)',
      };
    }
    if (country === here && mode === 'travel') return undefined;
    const place = country === HOME.country ? registry.home() : registry.seatOfGovernment(country);
    if (!place) return undefined;
    return {
      place,
      reason: mode === 'remote' ? REASONS.seatCall : REASONS.seat,
      note: `from ${place.names.en}, the seat of government (inferred)`,
    };
  };

  const join = (
    meeting: MeetingState,
    actor: ActorEntity,
    mode: Participant['mode'],
    s: SentenceView,
    why: string,
    role: 'traveller' | 'other',
  ) => {
    const existing = meeting.participants.get(actor.id);
    if (existing) {
      cite(existing.refs, s.ref);
      return;
    }
    const effective = meeting.video ? 'remote' : mode;
    meeting.participants.set(actor.id, { mode: effective, refs: [s.ref], note: why });
    cite(meeting.refs, s.ref);
    const journeyMode: Journey['mode'] = effective === 'remote' ? 'remote' : 'travel';
    const origin = originOf(actor, meeting, role, journeyMode);
    if (!origin || origin.place === meeting.place) {
      if (
        !origin &&
        actor.country === undefined &&
        !actor.organisation &&
        !actor.memberOf &&
        effective === 'remote'
      ) {
        meeting.notes.push(
          `no journey for ${actor.id}: the release does not say where they called in from`,
        );
      }
      return;
    }
    const leg: JourneyState = {
      who: actor.id,
      from: origin.place,
      to: meeting,
      mode: journeyMode,
      inferred: origin.reason,
      refs: [s.ref],
      notes: [origin.note],
    };
    journeys.push(leg);
    // Someone who travels to a meeting may go on from there ("Därefter reser han vidare").
    if (journeyMode === 'travel' && !trips.has(actor.id)) {
      trips.set(actor.id, {
        legs: [leg],
        last: meeting.place,
        lastDate: meeting.date,
        origin: origin.place,
      });
      if (actor.kind === 'person') lastSubject = actor.id;
    }
  };

  /** A traveller's next stop: from their seat, or from the trip's previous stop. */
  const travel = (
    actor: ActorEntity,
    meeting: MeetingState,
    s: SentenceView,
    from: PlaceEntity | undefined,
    onward: boolean,
  ) => {
    const existing = meeting.participants.get(actor.id);
    if (existing) {
      cite(existing.refs, s.ref);
      return;
    }
    meeting.participants.set(actor.id, {
      mode: 'in-person',
      refs: [s.ref],
      note: `travels there (${s.ref})`,
    });
    cite(meeting.refs, s.ref);
    const trip = trips.get(actor.id);
    if (trip && trip.last !== meeting.place && meeting.date >= trip.lastDate) {
      const leg: JourneyState = {
        who: actor.id,
        from: from ?? trip.last,
        to: meeting,
        mode: 'travel',
        ...(from || onward ? {} : { inferred: REASONS.previousStop }),
        refs: [s.ref],
        notes: [
          from
            ? `from ${from.names.en}, as the release says`
            : `on from ${trip.last.names.en}, the previous stop`,
        ],
      };
      journeys.push(leg);
      trip.legs.push(leg);
      trip.last = meeting.place;
      trip.lastDate = meeting.date;
      return;
    }
    const origin = from ? undefined : originOf(actor, meeting, 'traveller', 'travel');
    const start = from ?? origin?.place;
    if (!start || start === meeting.place) return;
    const leg: JourneyState = {
      who: actor.id,
      from: start,
      to: meeting,
      mode: 'travel',
      ...(origin ? { inferred: origin.reason } : {}),
      refs: [s.ref],
      notes: [origin?.note ?? `from ${start.names.en}, as the release says`],
    };
    journeys.push(leg);
    trips.set(actor.id, {
      legs: [leg],
      last: meeting.place,
      lastDate: meeting.date,
      origin: start,
    });
    lastSubject = actor.id;
  };

  const goHome = (
    who: string,
    s: SentenceView,
    place: PlaceEntity | undefined,
    picked: SentenceDate | undefined,
  ) => {
    const trip = trips.get(who);
    if (!trip) return;
    const to = place ?? trip.origin;
    if (to === trip.last) return;
    const date = picked?.date;
    const leg: JourneyState = {
      who,
      from: trip.last,
      to,
      date: date ?? trip.lastDate,
      mode: 'travel',
      refs: [s.ref],
      notes: [
        date
          ? `home on ${date} ("${picked?.label ?? ''}", ${picked?.note ?? ''})`
          : `the release gives no date for the way back: ${trip.lastDate}, the day of the last stop, is assumed`,
      ],
    };
    if (!place)
      leg.inferred = {
        sv: 'Härlett: resan började där. Pressmeddelandet anger inte vart resan gick tillbaka.',
        en: 'Inferred: where the trip began. The release does not say where it went back to.',
      };
    journeys.push(leg);
    trip.legs.push(leg);
    trip.last = to;
  };

  // The title sums up what the body tells: it is read last and only adds itself as a source.
  const reading = [
    ...sentences.filter((s) => s.ref !== 'title'),
    ...sentences.filter((s) => s.ref === 'title'),
  ];
  for (const s of reading) {
    const actors = actorsIn(s);
    const travellers = meetersIn(s);
    // "besöker Norge … efter terrorattentaten i Oslo och på Utøya": in a sentence naming the
    // country that frames the trip, places named with "i"/"på" say where something happened.
    const framed = s.mentions.some((m) => {
      const p = m.kind === 'place' ? registry.place(m.id) : undefined;
      const a = m.kind === 'actor' ? registry.actor(m.id) : undefined;
      return (
        (p !== undefined && isFrame(p)) ||
        (a?.kind === 'country' &&
          a.country !== undefined &&
          frames.has(a.country) &&
          /(?:besök\p{L}*|visit\p{L}*|till|to)\s+$/iu.test(s.text.slice(0, m.start)))
      );
    });
    const places = placesIn(s).filter(
      (p) => !framed || !/(?:^|\s)(?:i|på|in|at|on)\s+$/iu.test(s.text.slice(0, p.mention.start)),
    );
    const firstDate = s.dates.find((d) => d.date);
    const flavour = flavourOf(lang, s.text);
    const summary = s.ref === 'title';
    // A sentence naming the place of a meeting already suggested is about that meeting.
    const focus = [...meetings].reverse().find((m) => places.some((p) => p.place === m.place));

    // A meeting held by video: everyone takes part remotely.
    if (hasCue('video', lang, s.text)) {
      const named = places.find((p) => !afterFrom(s, p.mention))?.place;
      const where = named ?? (current?.video ? current.place : registry.home());
      const reuse =
        current?.video && current.place === where && (!firstDate || firstDate.date === current.date)
          ? current
          : undefined;
      const m =
        reuse ??
        meetingAt(where, s, dateFor(s, firstDate), { flavour, video: true, force: !summary });
      if (reuse) cite(m.refs, s.ref);
      if (!named && !reuse)
        m.notes.push(
          `a video meeting has no place of its own: it is put in ${where.names.en}; move it to where it was hosted if the release says`,
        );
      for (const t of travellers)
        join(m, t.actor, 'remote', s, `takes part by video (${s.ref})`, 'other');
      current = m;
      continue;
    }

    // A visitor received in Sweden: "welcome Finland’s Prime Minister Sanna Marin to Stockholm",
    // "tar emot Finlands statsminister": a meeting in Sweden, the guests' journeys inferred.
    const receiveAt = cueAt('receiveActive', lang, s.text);
    if (receiveAt !== undefined) {
      const isHome = (a: ActorEntity) => a.country === HOME.country && !a.organisation;
      const hosts = travellers.filter((t) => t.mention.end <= receiveAt && isHome(t.actor));
      const guests = travellers.filter(
        (t) => t.mention.start > receiveAt && !isHome(t.actor) && t.actor !== hosts[0]?.actor,
      );
      const abroad = places.some(
        (p) => !afterFrom(s, p.mention) && placeCountry(p.place) !== HOME.country,
      );
      const named = places.find(
        (p) => p.mention.start > receiveAt && placeCountry(p.place) === HOME.country,
      )?.place;
      if (hosts.length > 0 && guests.length > 0 && (named || !abroad)) {
        const where =
          named ??
          (current && placeCountry(current.place) === HOME.country
            ? current.place
            : registry.home());
        const m = meetingAt(where, s, dateFor(s, firstDate), { flavour, visit: true, summary });
        cite(m.refs, s.ref);
        if (!named && !summary && where === registry.home() && !m.placeWhy)
          m.placeWhy = REASONS.placeHome;
        for (const h of hosts)
          join(m, h.actor, 'in-person', s, `receives the visitors (${s.ref})`, 'other');
        for (const g of guests)
          join(m, g.actor, 'in-person', s, `visits Sweden (${s.ref})`, 'traveller');
        current = m;
        continue;
      }
    }

    const visitAt = cueAt('visit', lang, s.text);
    const backAt = cueAt('back', lang, s.text);
    if (visitAt !== undefined) {
      const visitEnd = cueEnd('visit', lang, s.text) ?? visitAt;
      const limit = backAt !== undefined && backAt > visitAt ? backAt : s.text.length;
      const destinations: Array<{ place: PlaceEntity; start: number; end: number }> = places
        .filter(
          (p) => p.mention.start >= visitEnd && p.mention.start < limit && !afterFrom(s, p.mention),
        )
        .map((p) => ({ place: p.place, start: p.mention.start, end: p.mention.end }));
      // A foreign visitor coming to Sweden: the meeting is in Stockholm.
      for (const a of actors) {
        if (
          a.actor.kind === 'country' &&
          a.actor.country === HOME.country &&
          a.mention.start >= visitEnd &&
          a.mention.start < limit
        ) {
          const before = s.text.slice(0, a.mention.start);
          if (/(?:till|to|i|in|besök\p{L}*|visit\p{L}*|gästar|gästade)\s+$/iu.test(before))
            destinations.push({
              place: registry.home(),
              start: a.mention.start,
              end: a.mention.end,
            });
        }
      }
      destinations.sort((a, b) => a.start - b.start);
      if (destinations.length > 0) {
        const explicitFrom = places.find((p) => afterFrom(s, p.mention))?.place;
        // The traveller: a person or organisation before the verb, one right after it
        // (Swedish word order), or "hon"/"he" for the last person named.
        const before = travellers.filter((t) => t.mention.end <= visitAt);
        const rightAfter = travellers.find(
          (t) =>
            t.mention.start >= visitEnd &&
            t.mention.start - visitEnd < 30 &&
            t.mention.start < (destinations[0]?.start ?? 0),
        );
        const pronoun = pronounNear(lang, s.text, visitAt);
        const subject =
          before[before.length - 1]?.actor ??
          rightAfter?.actor ??
          (pronoun && lastSubject ? registry.actor(lastSubject) : undefined);
        const meetAt = [cueAt('meet', lang, s.text), cueAt('receivePassive', lang, s.text)]
          .filter((x): x is number => x !== undefined && x > visitAt)
          .sort((a, b) => a - b)[0];
        const companions = travellers.filter(
          (t) =>
            t.actor !== subject &&
            t.mention.start >= visitEnd &&
            (meetAt === undefined || t.mention.start < meetAt),
        );
        const locals = travellers.filter((t) => meetAt !== undefined && t.mention.start >= meetAt);
        // Someone named after a stop is there ("till Utøya och därefter till Oslo, där han …
        // tillsammans med Erna Solberg"): the last stop named before them, else the first.
        const stopOf = (t: { mention: SentenceMention }) =>
          Math.max(0, destinations.filter((d) => d.start < t.mention.start).length - 1);
        const cuts = boundaries(s.text);
        const onward = hasCue('onward', lang, s.text);
        let previous: MeetingState | undefined;
        destinations.forEach((d, i) => {
          // The date of a stop: one in its own part of the sentence, else the sentence's first.
          const segStart = Math.max(0, ...cuts.filter((c) => c < d.start));
          const nextCut = cuts.find((c) => c >= d.end);
          const segEnd = Math.min(
            nextCut ?? s.text.length,
            destinations[i + 1]?.start ?? s.text.length,
          );
          const own = s.dates.find((x) => x.date && x.start >= segStart && x.start < segEnd);
          const beforeBack = s.dates.find((x) => x.date && x.start < limit);
          const picked = own ?? (i === 0 ? beforeBack : undefined);
          const trip = subject ? trips.get(subject.id) : undefined;
          const fallback = previous
            ? {
                date: previous.date,
                why: REASONS.dateOfPreviousStop,
                note: `no date of its own in ${s.ref}: the previous stop's date`,
              }
            : trip
              ? {
                  date: trip.lastDate,
                  why: REASONS.dateOfPreviousStop,
                  note: `no date in ${s.ref}: the date of the trip's previous stop`,
                  problem: 'the release gives no date for this stop',
                }
              : undefined;
          const when = dateFor(s, picked, picked ? undefined : fallback);
          const sameAsCurrent =
            current && current.place === d.place && !picked ? current : undefined;
          const m = sameAsCurrent ?? meetingAt(d.place, s, when, { flavour, visit: true, summary });
          if (sameAsCurrent && summary) cite(m.refs, s.ref);
          if (subject) travel(subject, m, s, i === 0 ? explicitFrom : undefined, onward || i > 0);
          for (const c of companions.filter((x) => stopOf(x) === i))
            join(
              m,
              c.actor,
              'in-person',
              s,
              `travels there with the group (${s.ref})`,
              'traveller',
            );
          for (const l of locals.filter((x) => stopOf(x) === i))
            join(m, l.actor, 'in-person', s, `meets the visitors there (${s.ref})`, 'other');
          previous = m;
          current = m;
        });
        if (subject && backAt !== undefined && backAt > visitAt) {
          const home = places.find((p) => p.mention.start > backAt)?.place;
          const picked = s.dates.find((x) => x.date && x.start > backAt);
          goHome(subject.id, s, home, picked);
        }
        if (subject) lastSubject = subject.id;
        continue;
      }
    }

    // A leg home in a sentence of its own: "Hon återvände till Stockholm den 13 februari."
    if (backAt !== undefined) {
      const before = travellers.filter((t) => t.mention.end <= backAt);
      const who =
        before[before.length - 1]?.actor.id ??
        (pronounNear(lang, s.text, backAt) ? lastSubject : undefined) ??
        lastSubject;
      if (who && trips.has(who)) {
        const home = places.find((p) => p.mention.start > backAt)?.place;
        goHome(who, s, home, s.dates.find((x) => x.date && x.start > backAt) ?? firstDate);
        continue;
      }
    }

    // Someone calling in to the meeting being described.
    if (current && hasCue('remote', lang, s.text) && travellers.length > 0) {
      for (const t of travellers)
        join(focus ?? current, t.actor, 'remote', s, `takes part remotely (${s.ref})`, 'other');
      continue;
    }

    // A meeting named with a place: "mötet … i Paris den 6 januari".
    const meetingWord =
      hasCue('meetingNoun', lang, s.text) ||
      hasCue('participate', lang, s.text) ||
      hasCue('meet', lang, s.text);
    const where = places.find((p) => !afterFrom(s, p.mention));
    // "Ett uppföljande möte … planeras i samband med ledarmötet i Paris på tisdag": the place
    // and the date belong to the leaders' meeting; the follow-up is held in connection with it.
    const connectAt = cueAt('connection', lang, s.text);
    if (meetingWord && where && connectAt !== undefined && where.mention.start > connectAt) {
      const phrase = s.text.slice(connectAt).replace(/[.!?]+$/u, '');
      const ownFlavour = flavourOf(lang, s.text.slice(0, connectAt));
      const theirFlavour = flavourOf(lang, s.text.slice(connectAt));
      const their = s.dates.find((d) => d.date && d.start > connectAt);
      const anchor =
        [...meetings]
          .reverse()
          .find(
            (m) =>
              m.place === where.place &&
              (!their?.date || m.date === their.date) &&
              (!theirFlavour || !m.flavour || m.flavour === theirFlavour),
          ) ??
        meetingAt(where.place, s, dateFor(s, their), {
          ...(theirFlavour ? { flavour: theirFlavour } : {}),
        });
      cite(anchor.refs, s.ref);
      const m = meetingAt(
        anchor.place,
        s,
        {
          date: anchor.date,
          note: `"${phrase}" (${s.ref}): the release gives it no date or place of its own; those of the meeting it is held in connection with (${anchor.refs[0] ?? s.ref}) are used`,
          problem: `approximate: held ${phrase}, not on a date of its own`,
          why: connectedDate(phrase),
          approximate: true,
          refs: [],
        },
        { ...(ownFlavour ? { flavour: ownFlavour } : {}), force: true },
      );
      m.connectedTo = { meeting: anchor, phrase };
      m.placeWhy = REASONS.placeConnected;
      for (const t of travellers.filter((x) => x.mention.start < connectAt))
        join(m, t.actor, 'in-person', s, `takes part (${s.ref})`, 'other');
      current = m;
      continue;
    }
    if (meetingWord && where) {
      const candidate = focus?.place === where.place ? focus : current;
      const sameAsCurrent =
        candidate &&
        candidate.place === where.place &&
        (!firstDate || firstDate.date === candidate.date) &&
        (!flavour || !candidate.flavour || flavour === candidate.flavour)
          ? candidate
          : undefined;
      const m =
        sameAsCurrent ?? meetingAt(where.place, s, dateFor(s, firstDate), { flavour, summary });
      if (!sameAsCurrent) cite(m.refs, s.ref);
      const passive = cueAt('receivePassive', lang, s.text);
      for (const t of travellers) {
        const local = passive !== undefined && t.mention.start > passive;
        join(
          m,
          t.actor,
          'in-person',
          s,
          local ? `receives the visitors (${s.ref})` : `takes part (${s.ref})`,
          'other',
        );
      }
      current = m;
      continue;
    }

    // More people at the meeting being described: received by, met, talks with, or there.
    const target = focus ?? current;
    if (target && travellers.length > 0) {
      const there = focus !== undefined;
      const meets =
        hasCue('meet', lang, s.text) ||
        hasCue('receivePassive', lang, s.text) ||
        hasCue('receiveActive', lang, s.text) ||
        hasCue('participate', lang, s.text);
      if (there || meets) {
        for (const t of travellers)
          join(target, t.actor, 'in-person', s, `meets the others there (${s.ref})`, 'other');
        current = target;
      }
    }
  }

  return toSuggestions(meetings, journeys, trips, registry, {
    lang,
    visitDate: context.visitDate ?? now ?? context.today,
    cited: context.cited,
  });
}

/** "hon", "han", "she", "he" near a verb: the subject is the last person named. */
function pronounNear(lang: Lang, text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at + 40);
  return hasCue('pronoun', lang, window);
}
