import { describe, expect, test } from 'vitest';
import {
  firstOfGroups,
  normalise,
  searchReleases,
  searchWords,
  type SearchEntry,
} from '../../../src/data/search.ts';
import { releaseWords } from '../../../build/release-search.ts';
import { summarise } from '../../../build/release-index.ts';

const entry = (id: string, visitDate: string, words: string, title = id): SearchEntry => ({
  id,
  visitDate,
  title: { sv: title, en: title },
  words: searchWords([words]),
});

const ENTRIES = [
  entry('a', '2024-05-02', 'Kiev Kyiv Ukraina Ukraine Zelenskyj Zelenskyy'),
  entry('b', '2026-01-03', 'Kiev Kyiv Paris lördag januari Saturday January'),
  entry('c', '2025-11-20', 'Stockholm Berlin Tyskland Germany'),
  entry('d', '2026-02-10', 'Berlin Tyskland Germany'),
];

const ids = (query: string) =>
  searchReleases(ENTRIES, query).groups.flatMap((g) => g.releases.map((r) => r.id));

describe('normalise', () => {
  test('folds case, accents and punctuation', () => {
    expect(normalise('Zelenskyj, Malmö – ”Kyiv”')).toBe('zelenskyj malmo kyiv');
  });
});

describe('searchReleases', () => {
  test('an empty query lists every release, grouped by year, newest first', () => {
    const result = searchReleases(ENTRIES, '  ');
    expect(result.count).toBe(4);
    expect(result.groups.map((g) => [g.year, g.releases.map((r) => r.id)])).toEqual([
      ['2026', ['d', 'b']],
      ['2025', ['c']],
      ['2024', ['a']],
    ]);
  });

  test('finds by any word in either language, as a prefix, ignoring case and accents', () => {
    expect(ids('kiev')).toEqual(['b', 'a']);
    expect(ids('KYIV')).toEqual(['b', 'a']);
    expect(ids('tysk')).toEqual(['d', 'c']);
    expect(ids('Germany')).toEqual(['d', 'c']);
    expect(ids('zelenskyy')).toEqual(['a']);
  });

  test('every word of the query must match (AND), and words match only at their start', () => {
    expect(ids('berlin stockholm')).toEqual(['c']);
    expect(ids('kyiv paris')).toEqual(['b']);
    expect(ids('erlin')).toEqual([]);
    expect(searchReleases(ENTRIES, 'madrid')).toEqual({ count: 0, groups: [] });
  });

  test('the date and title count even before the words have loaded', () => {
    const bare: SearchEntry[] = [
      { id: 'x', visitDate: '2023-09-01', title: { sv: 'Besök i Oslo', en: 'Visit to Oslo' } },
    ];
    expect(searchReleases(bare, 'besok').count).toBe(1);
    expect(searchReleases(bare, '2023').count).toBe(1);
    expect(searchReleases(bare, 'berlin').count).toBe(0);
  });
});

describe('the words of a release folder', () => {
  const root = 'tests/fixtures/corpus';
  const berlin = releaseWords(`${root}/2026-02-10-berlin-visit`).split(' ');

  test('include places, countries, roles and dates in Swedish and English', () => {
    for (const word of ['berlin', 'stockholm', 'tyskland', 'germany', 'sverige', 'sweden'])
      expect(berlin).toContain(word);
    for (const word of ['utrikesminister', 'foreign', 'februari', 'february', 'tisdag', 'tuesday'])
      expect(berlin).toContain(word);
  });

  test('find the fixture releases by place, person and country', () => {
    const entries = summarise(root).map((s) => ({
      ...s,
      words: releaseWords(`${root}/${s.id}`),
    }));
    const found = (q: string) =>
      searchReleases(entries, q).groups.flatMap((g) => g.releases.map((r) => r.id));
    expect(found('riga')).toEqual(['2026-04-20-baltic-tour']);
    expect(found('estland')).toEqual(['2026-03-05-nordic-video']);
    expect(found('estonia')).toEqual(['2026-03-05-nordic-video']);
    expect(found('berlin')).toEqual(['2026-02-10-berlin-visit']);
  });
});

describe('firstOfGroups', () => {
  test('keeps at most that many releases in all, and each group its full count', () => {
    const groups = firstOfGroups(searchReleases(ENTRIES, '').groups, 2);
    expect(groups.map((g) => [g.year, g.releases.length, g.shown.map((r) => r.id)])).toEqual([
      ['2026', 2, ['d', 'b']],
    ]);
    expect(firstOfGroups(searchReleases(ENTRIES, '').groups, 3).map((g) => g.shown.length)).toEqual(
      [2, 1],
    );
  });
});
