/** Shared by the draft tests: the geocoder (loaded once per test file), fixtures, folders. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import exonyms from '../../../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../../../geo/gazetteer.ts';
import { createGeocoder, type Geocoder } from '../../../geo/geocoder.ts';
import type { Lang } from '../../../src/model/lang.ts';
import type { Journey, Meeting } from '../../../src/model/schema.ts';
import { buildDraft, type DraftResult } from '../../../scripts/draft/build.ts';

let geocoder: Geocoder | undefined;
export function getGeocoder(): Geocoder {
  geocoder ??= createGeocoder(loadGazetteer(), exonyms);
  return geocoder;
}

export const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/drafts');
export const TODAY = '2026-05-01';

export interface Fixture {
  name: string;
  lang: Lang;
  /** The release's date or month, as given with --date; none when the text alone must do. */
  date?: string;
}

/** One fixture per shape of visit. */
export const FIXTURES: Fixture[] = [
  { name: 'visit-and-back', lang: 'sv', date: '2026-02-05' },
  { name: 'two-cities', lang: 'sv', date: '2026-03-12' },
  { name: 'leader-to-sweden', lang: 'sv', date: '2026-03-02' },
  { name: 'country-only', lang: 'sv', date: '2026-04-15' },
  { name: 'video', lang: 'sv', date: '2026-02-09' },
  { name: 'english', lang: 'en', date: '2026-01-16' },
  // Issue 10: an incoming visit in English (original) and in Swedish, with no --date: the
  // weekday tells the year.
  { name: 'welcome-finland', lang: 'en' },
  { name: 'tar-emot-finland', lang: 'sv' },
  // A country framing two stops, one of them an island the gazetteer lacks; a month for --date;
  // a past date quoted in a statement.
  { name: 'norway-frame', lang: 'sv', date: '2021-07' },
  // The traveller meets a person.
  { name: 'meets-sanchez', lang: 'sv' },
];

export const other = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

export const fixtureSource = (f: Fixture) =>
  readFileSync(join(FIXTURES_DIR, `${f.name}.source.${f.lang}.md`), 'utf8');
export const fixtureTranslation = (f: Fixture) =>
  readFileSync(join(FIXTURES_DIR, `${f.name}.translation.${other(f.lang)}.md`), 'utf8');

export function fixture(name: string): Fixture {
  const f = FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
}

/** The draft of a fixture, as `npm run draft -- <file> --date <date>` makes it. */
export function draftFixture(f: Fixture, id?: string): DraftResult {
  return buildDraft(
    {
      source: fixtureSource(f),
      ...(f.date ? { releaseDate: f.date } : {}),
      today: TODAY,
      ...(id ? { id } : {}),
    },
    getGeocoder(),
  );
}

export function writeFolder(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Every `draft` key removed, at any depth: what an editor does after checking. */
export function withoutDraft(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDraft);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'draft')
        .map(([key, v]) => [key, withoutDraft(v)]),
    );
  }
  return value;
}

/**
 * What an editor adds that the draft cannot: Utøya, an island the gazetteer lacks, by a cited
 * position (the one the issue's fixture release cites, GeoNames 3133359).
 */
const EDITS: Record<string, (name: string, data: unknown) => unknown> = {
  'norway-frame': (name, data) =>
    name === 'places.json' && Array.isArray(data)
      ? data.map((p: { id?: string }) =>
          p.id === 'utoya'
            ? {
                id: 'utoya',
                kind: 'venue',
                query: {},
                name: { sv: 'Utøya', en: 'Utøya' },
                position: {
                  lat: 60.0225,
                  lon: 10.2475,
                  country: 'NO',
                  source: { geonames: 3133359, url: 'https://www.geonames.org/3133359' },
                },
                geocoded: {
                  geonameId: 3133359,
                  name: { sv: 'Utøya', en: 'Utøya' },
                  country: 'NO',
                  lat: 60.0225,
                  lon: 10.2475,
                },
              }
            : p,
        )
      : data,
};

/** The editor confirms every suggestion, adds what the draft cannot, and writes the translation. */
export function confirmFolder(dir: string, files: Record<string, string>, f: Fixture): void {
  const edit = EDITS[f.name] ?? ((_name: string, data: unknown) => data);
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.json'))
      writeFileSync(
        join(dir, name),
        `${JSON.stringify(edit(name, withoutDraft(JSON.parse(text))), null, 2)}\n`,
      );
  }
  writeFileSync(join(dir, `text.${other(f.lang)}.md`), fixtureTranslation(f));
}

/** Compact views of suggestions for shape assertions. */
export const meetingShape = (m: Meeting) => ({
  id: m.id,
  place: m.place,
  date: m.date,
  status: m.status,
  ...(m.format ? { format: m.format } : {}),
  participants: m.participants.map((p) => `${p.who}:${p.mode}`),
});
export const journeyShape = (j: Journey) =>
  `${j.who}: ${j.from} → ${j.to}${j.date ? ` (${j.date})` : ''} ${j.mode}${j.origin ? ' inferred' : ''}${j.trip ? ` [${j.trip}]` : ''}`;
