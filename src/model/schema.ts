/**
 * Schemas of the data files of a release folder. They check shape only; references between
 * files (a journey's meeting, a mention's actor) are checked in validate.ts.
 */
import * as z from 'zod/mini';
import { externalUrlProblem, MAX_URL_LENGTH } from './external-url.ts';
import { invisibleTextProblem } from './visible.ts';

// zod/mini keeps the app's bundle small; the English locale gives readable default messages.
z.config(z.locales.en());

const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase id like "kyiv-2026-01-03"'));
const text = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.maxLength(2000, 'is longer than 2000 characters'),
  // Zero-width or bidi-control text: see visible.ts.
  z.superRefine((value, ctx) => {
    const problem = invisibleTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);
export const bilingual = z.strictObject({ sv: text, en: text });
const isoDate = z.iso.date('must be a date like 2026-01-03');
/** A date known to the day ("2026-01-03") or only to the month ("2021-07"). */
const isDayOrMonth = (value: string): boolean => {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (month) return true;
  const time = Date.parse(`${value}T00:00:00Z`);
  return day && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
};
const dayOrMonth = z
  .string()
  .check(z.refine(isDayOrMonth, 'must be a date like 2026-01-03 or a month like 2021-07'));
const countryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "SE"'));
// Rules for links a reader follows: see external-url.ts.
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).check(
  z.maxLength(MAX_URL_LENGTH, `is longer than ${MAX_URL_LENGTH} characters`),
  z.superRefine((value, ctx) => {
    const problem = externalUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

/** "title" or "p3.s2": paragraph 3, sentence 2 of the release (both counted from 1). */
export const sentenceRef = z
  .string()
  .check(z.regex(/^(title|p[1-9]\d*\.s[1-9]\d*)$/, 'must be "title" or a sentence like "p3.s2"'));

/**
 * Where a fact comes from: sentences of the release, or an external source listed in
 * release.json. Exactly one of the two.
 */
/** A fact another source adds to an item the release states: shown, and hidden, as external. */
export const externalNote = z.strictObject({ source: id, note: bilingual });

export const provenance = z
  .strictObject({
    sentences: z.optional(z.array(sentenceRef).check(z.minLength(1))),
    source: z.optional(id),
    /** Our note on how the release puts it; a fact from another source goes in `external`. */
    note: z.optional(bilingual),
    external: z.optional(z.array(externalNote).check(z.minLength(1))),
  })
  .check(
    z.refine((p) => (p.sentences === undefined) !== (p.source === undefined), {
      message: 'must cite either "sentences" of the release or an external "source", not both',
    }),
  );

/** A value the release does not state but that follows from it, with the reason shown to readers. */
export const inferred = z.strictObject({ inferred: z.literal(true), reason: bilingual });

// Where one value of an item comes from (a date, a place, a mode, an origin), when that is not
// simply the item's own provenance: stated by other sentences, from an external source, or
// inferred with a reason. `approximate` says the value is near, not exact: a date "in connection
// with" a day, a position near a place.
const approximate = z.optional(z.literal(true));
const statedBasis = z.strictObject({
  sentences: z.array(sentenceRef).check(z.minLength(1)),
  approximate,
});
const externalBasis = z.strictObject({ source: id, note: z.optional(bilingual), approximate });
const inferredBasis = z.strictObject({ inferred: z.literal(true), reason: bilingual, approximate });
export const fieldBasis = z.union([statedBasis, externalBasis, inferredBasis]);
/** The values of an item that can carry their own basis. */
export const BASIS_FIELDS = ['date', 'place', 'mode', 'status', 'presence'] as const;
const basisOf = <K extends (typeof BASIS_FIELDS)[number]>(...keys: K[]) =>
  z.optional(
    z.strictObject(
      Object.fromEntries(keys.map((k) => [k, z.optional(fieldBasis)])) as Record<
        K,
        z.ZodMiniOptional<typeof fieldBasis>
      >,
    ),
  );

export const externalSource = z.strictObject({
  id,
  title: text,
  publisher: text,
  url: httpUrl,
  date: isoDate,
});

/**
 * Set by `npm run draft` on what it suggests or could not settle; the data check fails until an
 * editor has confirmed the item and removed it. The text says what to check.
 */
const draft = z.optional(text);

export const releaseMeta = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  sourceUrl: z.nullable(httpUrl),
  /** The day, or only the month, the release was published; null when not known. */
  published: z.nullable(dayOrMonth),
  /** The language the release was published in; the other is our translation. Defaults to the language of its source.<lang>.md. */
  original: z.optional(z.enum(['sv', 'en'])),
  /** Who translated the release into the other language, named to readers (default: diplomap's editors). */
  translator: z.optional(bilingual),
  /** The date the release's "Saturday" or "on Tuesday" are counted from. */
  visitDate: isoDate,
  sources: z.array(externalSource),
  draft,
});

/** A `country` is a destination the release names only as a country: it is placed at the capital. */
export const placeKind = z.enum(['city', 'venue', 'seat', 'country']);
const latitude = z.number().check(z.gte(-90), z.lte(90));
const longitude = z.number().check(z.gte(-180), z.lte(180));
const geonameId = z.int().check(z.positive());

/**
 * Coordinates for a place the gazetteer lacks (an island, a palace), with the GeoNames or
 * Wikidata entry they come from; check:data verifies they lie inside `country`.
 */
export const citedPosition = z.strictObject({
  lat: latitude,
  lon: longitude,
  country: countryCode,
  source: z.union([
    z.strictObject({ geonames: geonameId, url: httpUrl }),
    z.strictObject({
      wikidata: z.string().check(z.regex(/^Q[1-9]\d*$/, 'must be a Wikidata id like "Q1142503"')),
      url: httpUrl,
    }),
  ]),
});

export const place = z.strictObject({
  id,
  kind: placeKind,
  /**
   * What the geocoder is asked: a name in either language with an optional country hint, for
   * a place of kind `country` just the country, or a gazetteer entry by its GeoNames id.
   */
  query: z.strictObject({
    name: z.optional(text),
    country: z.optional(countryCode),
    geonameId: z.optional(geonameId),
  }),
  /** The place's own name, where it is not the gazetteer entry's (a palace placed at its city). */
  name: z.optional(bilingual),
  /** Instead of a query: coordinates with a cited source. */
  position: z.optional(citedPosition),
  /** The point is near the place, not on it: the reason is shown with "approximate position". */
  approximate: z.optional(z.strictObject({ reason: bilingual })),
  /** Written by `npm run geocode`, never by hand; check:data verifies it. */
  geocoded: z.optional(
    z.strictObject({
      /** Absent for a position cited from Wikidata. */
      geonameId: z.optional(geonameId),
      name: bilingual,
      country: countryCode,
      lat: latitude,
      lon: longitude,
      approximate: z.optional(z.literal(true)),
    }),
  ),
  draft,
});

export const affiliation = z.union([
  z.strictObject({ country: countryCode }),
  z.strictObject({ organisation: id }),
]);

export const actor = z.strictObject({
  id,
  kind: z.enum(['person', 'organisation', 'country', 'group']),
  /** Only where the release (or the cited source) names them: nothing is invented. */
  name: z.optional(bilingual),
  role: z.optional(bilingual),
  affiliation: z.optional(affiliation),
  provenance,
  draft,
});

export const delegation = z.strictObject({
  id,
  name: bilingual,
  members: z.array(id).check(z.minLength(1)),
  /** How many countries the release says took part, when it only gives a count. */
  countryCount: z.optional(z.int().check(z.positive())),
  provenance,
  draft,
});

export const participant = z.strictObject({
  /** An actor or a delegation id. */
  who: id,
  mode: z.enum(['in-person', 'remote']),
  basis: basisOf('mode', 'presence'),
  provenance,
  draft,
});

/** Kinds with a name in the interface; any other kind is given its own name in both languages. */
export const MEETING_KINDS = [
  'adviser-meeting',
  'leaders-meeting',
  'summit',
  'bilateral-talks',
  'commemoration',
  'state-visit',
  'official-visit',
  'working-visit',
  'conference',
  'ministers-meeting',
  'visit',
] as const;
export const meetingKind = z.union([z.enum(MEETING_KINDS), bilingual]);

export const meeting = z.strictObject({
  id,
  kind: meetingKind,
  title: bilingual,
  shortTitle: bilingual,
  date: dayOrMonth,
  place: id,
  /** Relative to the release: held before it was written, or still planned. */
  status: z.enum(['held', 'planned']),
  host: z.optional(id),
  /** A meeting held by video has no travel: everyone takes part remotely. */
  format: z.optional(z.enum(['in-person', 'video'])),
  participants: z.array(participant),
  basis: basisOf('date', 'place', 'status'),
  provenance,
  draft,
});

export const journey = z.strictObject({
  id,
  /** An actor or a delegation id; must take part in the meeting. */
  who: id,
  from: id,
  /** A meeting; or, for a leg that goes home or on to a place with no meeting, a place. */
  to: id,
  /** Required when `to` is a place; a leg to a meeting takes the meeting's date. */
  date: z.optional(dayOrMonth),
  /** Legs of one trip share a trip id: out and back, or several cities in a row. */
  trip: z.optional(id),
  mode: z.enum(['travel', 'remote']),
  /** Set when the journey's sentences do not state where it began: the origin is inferred. */
  origin: z.optional(inferred),
  basis: basisOf('date', 'mode'),
  provenance,
  draft,
});

export const placesFile = z.array(place);
export const actorsFile = z.strictObject({
  actors: z.array(actor),
  delegations: z.array(delegation),
});
export const meetingsFile = z.strictObject({
  meetings: z.array(meeting),
  journeys: z.array(journey),
});

export type Provenance = z.infer<typeof provenance>;
export type ExternalSource = z.infer<typeof externalSource>;
export type ReleaseMeta = z.infer<typeof releaseMeta>;
export type PlaceKind = z.infer<typeof placeKind>;
export type PlaceInput = z.infer<typeof place>;
export type Actor = z.infer<typeof actor>;
export type Delegation = z.infer<typeof delegation>;
export type Participant = z.infer<typeof participant>;
export type Meeting = z.infer<typeof meeting>;
export type Journey = z.infer<typeof journey>;
export type Inferred = z.infer<typeof inferred>;
export type FieldBasis = z.infer<typeof fieldBasis>;
export type MeetingKind = z.infer<typeof meetingKind>;
export type ExternalNote = z.infer<typeof externalNote>;
export type CitedPosition = z.infer<typeof citedPosition>;
