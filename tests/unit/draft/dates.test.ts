/**
 * Dates: Swedish and English (read by chrono-node), absolute and relative, the year a weekday
 * tells, quoted dates, and the ones that cannot be pinned.
 */
import { describe, expect, test } from 'vitest';
import { findDates, resolveDate, resolveDates } from '../../../scripts/draft/dates.ts';
import type { Lang } from '../../../src/model/lang.ts';

const TODAY = '2026-05-01';

/** label → resolved date (or the problem) for every date in a text. */
function dates(text: string, lang: Lang, releaseDate?: string) {
  const { dates, visitDate } = resolveDates(findDates(text, lang), {
    today: TODAY,
    ...(releaseDate ? { releaseDate } : {}),
  });
  return {
    visitDate,
    found: dates.map((d) => [d.label, d.resolution.date ?? null, d.resolution.problem ?? null]),
  };
}

describe('Swedish dates', () => {
  test('"lördagen den 3 januari" fixes the year by its weekday; "på tisdag" counts from it', () => {
    expect(
      dates(
        'Besöket genomfördes under lördagen den 3 januari. Ett möte planeras i Paris på tisdag.',
        'sv',
      ),
    ).toEqual({
      visitDate: '2026-01-03',
      found: [
        ['lördagen den 3 januari', '2026-01-03', null],
        ['på tisdag', '2026-01-06', null],
      ],
    });
  });

  test('"den 6 januari" takes its year from a date of the release that has one', () => {
    expect(dates('Mötet den 6 januari följer besöket den 3 januari 2026.', 'sv').found).toEqual([
      ['den 6 januari', '2026-01-06', null],
      ['den 3 januari 2026', '2026-01-03', null],
    ]);
  });

  test('no year and no weekday: refused, never guessed; --date gives it without a flag', () => {
    expect(dates('Mötet hålls den 6 juni.', 'sv').found).toEqual([
      [
        'den 6 juni',
        null,
        'the release gives no year, and no weekday to tell it by: give --date with the release’s date or month (e.g. --date 2021-07)',
      ],
    ]);
    expect(dates('Mötet hölls den 20 december.', 'sv', '2027-01-04').found).toEqual([
      ['den 20 december', '2026-12-20', null],
    ]);
  });

  test('a weekday tells the year: the latest such day up to today, never a future one', () => {
    // Thursday 22 July: 2021 and 2027; today is 2026-05-01.
    expect(dates('Statsministern besöker Norge torsdagen den 22 juli.', 'sv')).toEqual({
      visitDate: '2021-07-22',
      found: [['torsdagen den 22 juli', '2021-07-22', null]],
    });
    expect(
      dates('Kristersson will welcome Sanna Marin on Wednesday 30 November.', 'en').visitDate,
    ).toBe('2022-11-30');
  });

  test('--date may be a month: "den 22 juli" takes its year from it', () => {
    expect(dates('Besöket äger rum den 22 juli.', 'sv', '2021-07')).toEqual({
      visitDate: '2021-07-22',
      found: [['den 22 juli', '2021-07-22', null]],
    });
    expect(dates('Ett nytt möte hålls i september.', 'sv', '2021-07').found).toEqual([
      ['i september', null, 'a month, not a day (2021-09)'],
    ]);
  });

  test('a date inside a quotation is the speaker’s, in its own year, not the visit’s', () => {
    const text =
      '– Den 22 juli 2011 är en dag vi aldrig glömmer, säger statsministern, som besöker Oslo torsdagen den 22 juli.';
    const found = findDates(text, 'sv');
    expect(found.map((f) => [f.label, f.quoted ?? false])).toEqual([
      ['Den 22 juli 2011', true],
      ['torsdagen den 22 juli', false],
    ]);
    expect(dates(text, 'sv')).toEqual({
      visitDate: '2021-07-22',
      found: [
        ['Den 22 juli 2011', '2011-07-22', null],
        ['torsdagen den 22 juli', '2021-07-22', null],
      ],
    });
  });

  test('i tisdags, i morgon, nästa vecka', () => {
    expect(
      dates('I tisdags ringde han. I morgon reser hon. Nästa vecka kommer de.', 'sv', '2026-01-08')
        .found,
    ).toEqual([
      ['I tisdags', '2026-01-06', null],
      ['I morgon', '2026-01-09', null],
      [
        'Nästa vecka',
        '2026-01-12',
        'a week, not a day (2026-01-12 to 2026-01-18): the Monday is used',
      ],
    ]);
  });

  test('a weekday that does not fit the date is flagged', () => {
    expect(dates('Mötet hölls måndagen den 3 januari 2026.', 'sv').found).toEqual([
      ['måndagen den 3 januari 2026', '2026-01-03', '2026-01-03 is a Saturday, not a Monday'],
    ]);
  });

  test('what cannot be pinned is flagged: a vague time, no anchor, no such day', () => {
    expect(dates('Ett nytt möte hålls senare i år.', 'sv').found).toEqual([
      ['senare i år', null, 'cannot be pinned to a day'],
    ]);
    expect(dates('Mötet hålls på tisdag.', 'sv').found).toEqual([
      ['på tisdag', null, 'no date to count it from: give --date'],
    ]);
    // chrono reads no day 31 of February, and "februari 2026" is not taken for a month.
    expect(dates('Mötet hålls den 31 februari 2026.', 'sv').found).toEqual([]);
  });
});

describe('English dates', () => {
  test('"3 January 2026", "Saturday, January 3" and "on Tuesday"', () => {
    expect(
      dates(
        'The visit took place on Saturday 3 January 2026. A follow-up meeting will be held on Tuesday.',
        'en',
      ),
    ).toEqual({
      visitDate: '2026-01-03',
      found: [
        ['on Saturday 3 January 2026', '2026-01-03', null],
        ['on Tuesday', '2026-01-06', null],
      ],
    });
    expect(dates('Talks on Saturday, January 3.', 'en', '2026-01-04').found).toEqual([
      ['on Saturday, January 3', '2026-01-03', null],
    ]);
  });

  test('"on Tuesday" in the past tense is the Tuesday before the release', () => {
    expect(dates('They met on Tuesday.', 'en', '2026-01-08').found).toEqual([
      ['on Tuesday', '2026-01-06', null],
    ]);
  });

  test('"next week" is a week; "next Tuesday" is flagged as ambiguous', () => {
    expect(
      dates('She travels next week and again next Tuesday.', 'en', '2026-01-08').found,
    ).toEqual([
      [
        'next week',
        '2026-01-12',
        'a week, not a day (2026-01-12 to 2026-01-18): the Monday is used',
      ],
      ['next Tuesday', '2026-01-13', '"next Tuesday" may mean the one after the coming one'],
    ]);
  });

  test('"may" the verb is not May the month', () => {
    expect(findDates('It may 5 times be said.', 'en')).toEqual([]);
  });

  test('"later this year" and a weekday with nothing to count from are flagged', () => {
    expect(dates('A summit is planned later this year, and talks on Tuesday.', 'en').found).toEqual(
      [
        ['later this year', null, 'cannot be pinned to a day'],
        ['on Tuesday', null, 'no date to count it from: give --date'],
      ],
    );
  });
});

describe('resolveDate', () => {
  test('counts in UTC, across month and year ends', () => {
    expect(
      resolveDate({ type: 'offset', days: 1 }, { releaseDate: '2025-12-31', today: TODAY }),
    ).toMatchObject({
      date: '2026-01-01',
    });
    expect(
      resolveDate(
        { type: 'weekday', weekday: 1, direction: 'next' },
        { visitDate: '2026-02-28', today: TODAY },
      ),
    ).toMatchObject({ date: '2026-03-02' });
  });
});
