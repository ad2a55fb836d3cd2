/**
 * `virtual:release-search`: the words each release can be found by (title, places, people,
 * organisations, countries, meetings and dates, in Swedish and English), loaded by the release
 * picker on first use so start-up does not carry it. Read from the data files without
 * validation: a malformed file adds no words, and the data check reports it.
 */
import { join } from 'node:path';
import { readReleaseFolder } from '../scripts/lib/release-folders.ts';
import type { ReleaseSummary } from '../src/data/summary.ts';
import { searchWords, type SearchEntry } from '../src/data/search.ts';
import { LANGS, LOCALES, type Lang } from '../src/model/lang.ts';

type Json = Record<string, unknown>;

function parse(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Json)[key] : undefined;
const strings = (...values: unknown[]): string[] =>
  values.flatMap((v) => (typeof v === 'string' ? [v] : []));
/** Both languages of a `{ sv, en }` field. */
const bilingual = (value: unknown): string[] => strings(field(value, 'sv'), field(value, 'en'));

const regions = LANGS.map((lang) => new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }));
const countryNames = (code: unknown): string[] =>
  typeof code === 'string' && /^[A-Z]{2}$/.test(code) ? regions.map((r) => r.of(code) ?? code) : [];

const dateFormats = LANGS.map(
  (lang: Lang) =>
    new Intl.DateTimeFormat(LOCALES[lang], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
/** "2026-01-03", "lördag 3 januari 2026", "Saturday 3 January 2026". */
const dateWords = (iso: unknown): string[] =>
  typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? [iso, ...dateFormats.map((f) => f.format(new Date(`${iso}T12:00:00Z`)))]
    : [];

/** The words of one release folder. */
export function releaseWords(dir: string): string {
  // Through the same reader as the build, so only the files it would publish are read.
  const { files } = readReleaseFolder(dir);
  const places = list(parse(files['places.json']));
  const actorsFile = parse(files['actors.json']);
  const meetingsFile = parse(files['meetings.json']);
  const actors = list(field(actorsFile, 'actors'));
  const texts: string[] = [
    ...places.flatMap((p) => [
      ...bilingual(field(p, 'geocoded') && field(field(p, 'geocoded'), 'name')),
      ...strings(field(field(p, 'query'), 'name')),
      ...countryNames(field(field(p, 'geocoded'), 'country')),
    ]),
    ...actors.flatMap((a) => [
      ...bilingual(field(a, 'name')),
      ...bilingual(field(a, 'role')),
      ...countryNames(field(field(a, 'affiliation'), 'country')),
    ]),
    ...list(field(actorsFile, 'delegations')).flatMap((d) => bilingual(field(d, 'name'))),
    ...list(field(meetingsFile, 'meetings')).flatMap((m) => [
      ...bilingual(field(m, 'title')),
      ...dateWords(field(m, 'date')),
    ]),
    ...list(field(meetingsFile, 'journeys')).flatMap((j) => dateWords(field(j, 'date'))),
    ...dateWords(field(parse(files['release.json']), 'visitDate')),
  ];
  return searchWords(texts);
}

export function searchModule(root: string, summaries: ReleaseSummary[]): string {
  const entries: SearchEntry[] = summaries.map((s) => ({
    ...s,
    words: releaseWords(join(root, s.id)),
  }));
  return `export default ${JSON.stringify(entries)};\n`;
}
