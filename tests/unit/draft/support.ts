/** Shared by the draft tests: the geocoder (loaded once per test file), fixtures, folders. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import exonyms from '../../../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../../../geo/gazetteer';
import { createGeocoder, type Geocoder } from '../../../geo/geocoder';
import type { Lang } from '../../../src/model/lang';
import type { Journey, Meeting } from '../../../src/model/schema';
import { buildDraft, type DraftResult } from '../../../scripts/draft/build';

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
  /** The release's date, as given with --date. */
  date: string;
}

/** One fixture per shape of visit. */
export const FIXTURES: Fixture[] = [
  { name: 'visit-and-back', lang: 'sv', date: '2026-02-05' },
  { name: 'two-cities', lang: 'sv', date: '2026-03-12' },
  { name: 'leader-to-sweden', lang: 'sv', date: '2026-03-02' },
  { name: 'country-only', lang: 'sv', date: '2026-04-15' },
  { name: 'video', lang: 'sv', date: '2026-02-09' },
  { name: 'english', lang: 'en', date: '2026-01-16' },
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
    { source: fixtureSource(f), releaseDate: f.date, today: TODAY, ...(id ? { id } : {}) },
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

/** The editor confirms every suggestion and writes the translation. */
export function confirmFolder(dir: string, files: Record<string, string>, f: Fixture): void {
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.json'))
      writeFileSync(
        join(dir, name),
        `${JSON.stringify(withoutDraft(JSON.parse(text)), null, 2)}\n`,
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
