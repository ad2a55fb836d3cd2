/**
 * Schemas of the data files of a release folder. They check shape only; references between
 * files (a journey's meeting, a mention's actor) are checked in validate.ts.
 */
import * as z from 'zod/mini';
import { externalUrl } from './external-url';
import { invisibleTextProblem } from './visible';

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
const countryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "SE"'));
// Rules for links a reader follows: see external-url.ts.
const httpUrl = externalUrl;

/** "title" or "p3.s2": paragraph 3, sentence 2 of the release (both counted from 1). */
export const sentenceRef = z
  .string()
  .check(z.regex(/^(title|p[1-9]\d*\.s[1-9]\d*)$/, 'must be "title" or a sentence like "p3.s2"'));

/**
 * Where a fact comes from: sentences of the release, or an external source listed in
 * release.json. Exactly one of the two.
 */
export const provenance = z
  .strictObject({
    sentences: z.optional(z.array(sentenceRef).check(z.minLength(1))),
    source: z.optional(id),
    note: z.optional(bilingual),
  })
  .check(
    z.refine((p) => (p.sentences === undefined) !== (p.source === undefined), {
      message: 'must cite either "sentences" of the release or an external "source", not both',
    }),
  );

/** A value the release does not state but that follows from it, with the reason shown to readers. */
export const inferred = z.strictObject({ inferred: z.literal(true), reason: bilingual });

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
  published: z.nullable(isoDate),
  /** The date the release's "Saturday" or "on Tuesday" are counted from. */
  visitDate: isoDate,
  sources: z.array(externalSource),
  draft,
});

/** A `country` is a destination the release names only as a country: it is placed at the capital. */
export const placeKind = z.enum(['city', 'venue', 'seat', 'country']);
export const place = z.strictObject({
  id,
  kind: placeKind,
  /**
   * What the geocoder is asked: a name in either language with an optional country hint, or
   * for a place of kind `country` just the country.
   */
  query: z.strictObject({ name: z.optional(text), country: z.optional(countryCode) }),
  /** Written by `npm run geocode`, never by hand; check:data verifies it. */
  geocoded: z.optional(
    z.strictObject({
      geonameId: z.int().check(z.positive()),
      name: bilingual,
      country: countryCode,
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
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
  provenance,
  draft,
});

export const meeting = z.strictObject({
  id,
  kind: z.enum(['adviser-meeting', 'leaders-meeting']),
  title: bilingual,
  shortTitle: bilingual,
  date: isoDate,
  place: id,
  /** Relative to the release: held before it was written, or still planned. */
  status: z.enum(['held', 'planned']),
  host: z.optional(id),
  /** A meeting held by video has no travel: everyone takes part remotely. */
  format: z.optional(z.enum(['in-person', 'video'])),
  participants: z.array(participant),
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
  date: z.optional(isoDate),
  /** Legs of one trip share a trip id: out and back, or several cities in a row. */
  trip: z.optional(id),
  mode: z.enum(['travel', 'remote']),
  origin: z.optional(inferred),
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
