/**
 * Finding a release by any word of its title, places, people, countries or dates, in either
 * language. Pure: the build writes each release's words once (build/release-index.ts), and the
 * picker matches typed words against them as prefixes, so "kiev", "Kyiv" and "jan" all find
 * the January release in Kyiv.
 */
import type { Bilingual } from '../model/lang.ts';

export interface SearchEntry {
  id: string;
  /** ISO date of the visit; empty when unknown (such releases group under no year). */
  visitDate: string;
  title: Bilingual;
  /** Normalised words, space-separated; absent until the search index has loaded. */
  words?: string;
}

export interface YearGroup<T extends SearchEntry> {
  /** "2026", or "" for releases without a date. */
  year: string;
  releases: T[];
}

export interface SearchResult<T extends SearchEntry> {
  count: number;
  groups: YearGroup<T>[];
}

/** Lower case, without accents or punctuation: "Zelenskyj," and "zelenskyj" are one word. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every distinct normalised word of the texts, for an entry's `words`. */
export function searchWords(texts: Iterable<string>): string {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of normalise(text).split(' ')) if (word) words.add(word);
  return [...words].join(' ');
}

/** Each entry's words with its title and date, made once: a keystroke only compares strings. */
const haystacks = new WeakMap<SearchEntry, string>();
function haystackOf(entry: SearchEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    const own = normalise(`${entry.title.sv} ${entry.title.en} ${entry.visitDate}`);
    haystack = ` ${entry.words ?? ''} ${own}`;
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/** True when every word of the query starts a word of the entry (its title always counts). */
const matches = (entry: SearchEntry, terms: string[]): boolean =>
  terms.every((term) => haystackOf(entry).includes(` ${term}`));

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * The releases that match every word of the query (all of them for an empty query), grouped by
 * year, newest year and newest release first.
 */
export function searchReleases<T extends SearchEntry>(
  entries: readonly T[],
  query: string,
): SearchResult<T> {
  const terms = normalise(query).split(' ').filter(Boolean);
  const found = terms.length === 0 ? [...entries] : entries.filter((e) => matches(e, terms));
  // ISO dates and ids compare as plain strings; a locale-aware compare costs a keystroke's time.
  found.sort((a, b) => descending(a.visitDate, b.visitDate) || descending(a.id, b.id));
  const groups: YearGroup<T>[] = [];
  for (const entry of found) {
    const year = entry.visitDate.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.releases.push(entry);
    else groups.push({ year, releases: [entry] });
  }
  return { count: found.length, groups };
}

/** The groups as a list shows them: at most `max` releases in all, each group keeping its count. */
export function firstOfGroups<T extends SearchEntry>(
  groups: YearGroup<T>[],
  max: number,
): Array<YearGroup<T> & { shown: T[] }> {
  const out: Array<YearGroup<T> & { shown: T[] }> = [];
  let room = max;
  for (const group of groups) {
    if (room <= 0) break;
    const shown = group.releases.slice(0, room);
    room -= shown.length;
    out.push({ ...group, shown });
  }
  return out;
}
