/**
 * Dates in Swedish and English. chrono-node finds and reads them ("den 3 januari", "3 January
 * 2026", "på tisdag", "on Tuesday", "imorgon", "July 2021"); our own code keeps what is
 * particular to government releases: the Swedish definite weekday before a date ("lördagen den
 * 3 januari", which chrono's Swedish parser leaves out), "i tisdags", "i morgon" written apart,
 * weeks and vague times ("nästa vecka", "senare i år", flagged), a month alone ("i juli 2021"),
 * dates inside a quotation, and the choice of year: a weekday fixes it, --date gives it, and a
 * year is never guessed.
 */
import * as chronoEn from 'chrono-node/en';
import * as chronoSv from 'chrono-node/sv';
import type { ParsedResult } from 'chrono-node';
import type { Lang } from '../../src/model/lang.ts';
import { splitSentences } from '../../src/model/text.ts';
import { MONTHS, WEEKDAYS, type Span } from './words.ts';

export type DateExpression =
  | {
      type: 'absolute';
      day: number;
      month: number;
      year?: number;
      weekday?: number;
      endDay?: number;
    }
  /** "i juli 2021", "July 2021": a month, not a day. */
  | { type: 'month'; month: number; year?: number }
  /** "på tisdag": strictly after the anchor; "i tisdags": strictly before; "lördagen": the nearest. */
  | {
      type: 'weekday';
      weekday: number;
      direction: 'next' | 'previous' | 'nearest' | 'on-or-after' | 'on-or-before';
      /** Counted from the release's date rather than the visit's ("i tisdags", "met on Tuesday"). */
      fromRelease?: boolean;
      ambiguous?: string;
    }
  /** "i dag" 0, "i morgon" +1, "i går" −1. */
  | { type: 'offset'; days: number }
  /** "nästa vecka" +1, "förra veckan" −1, "this week" 0. */
  | { type: 'week'; weeks: number }
  /** A time we cannot turn into a day. */
  | { type: 'vague' };

export interface DateFind extends Span {
  label: string;
  expression: DateExpression;
  /** Inside a quotation: a date the speaker recalls ("Den 22 juli 2011 …"), not the visit's. */
  quoted?: boolean;
}

export interface DateResolution {
  /** yyyy-mm-dd, when the expression gives (or approximates) a day. */
  date?: string;
  /** How it was worked out, for the editor. */
  note: string;
  /** Set when the day is not pinned: why, and what to check. */
  problem?: string;
}

const alt = (words: string[]) => words.join('|');
const SV_DAY = `(${alt(WEEKDAYS.sv)})(en|s)?`;

interface Rule {
  pattern: RegExp;
  read: (m: RegExpMatchArray) => DateExpression | undefined;
}

const weekdayOf = (name: string | undefined, lang: Lang): number | undefined => {
  const i = WEEKDAYS[lang].indexOf((name ?? '').toLowerCase());
  return i === -1 ? undefined : i;
};

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string) => new RegExp(`${B}${source}${E}`, 'giu');

/** What chrono does not read, or reads otherwise than a government release means it. */
const RULES: Record<Lang, Rule[]> = {
  sv: [
    {
      // "i tisdags", "förra tisdagen", "tisdagen" alone; "på tisdag" is chrono's.
      pattern: re(`(i|förra)\\s+${SV_DAY}`),
      read: (m) => {
        const weekday = weekdayOf(m[2], 'sv');
        if (weekday === undefined) return undefined;
        if ((m[1] ?? '').toLowerCase() === 'i' && (m[3] ?? '').toLowerCase() !== 's')
          return undefined;
        return { type: 'weekday', weekday, direction: 'previous', fromRelease: true };
      },
    },
    {
      pattern: re(`(på|nu på|kommande|nästa)\\s+${SV_DAY}`),
      read: (m) => {
        const weekday = weekdayOf(m[2], 'sv');
        if (weekday === undefined) return undefined;
        return (m[1] ?? '').toLowerCase() === 'nästa'
          ? {
              type: 'weekday',
              weekday,
              direction: 'next',
              ambiguous: `"${m[0]}" may mean the one after the coming one`,
            }
          : { type: 'weekday', weekday, direction: 'next' };
      },
    },
    {
      pattern: re(`(${alt(WEEKDAYS.sv)})en`),
      read: (m) => {
        const weekday = weekdayOf(m[1], 'sv');
        return weekday === undefined
          ? undefined
          : { type: 'weekday', weekday, direction: 'nearest' };
      },
    },
    {
      pattern: re('(i dag|i morgon|i övermorgon|i går)'),
      read: (m) => {
        const days: Record<string, number> = {
          'i dag': 0,
          'i morgon': 1,
          'i övermorgon': 2,
          'i går': -1,
        };
        return { type: 'offset', days: days[(m[1] ?? '').toLowerCase()] ?? 0 };
      },
    },
    {
      pattern: re('(?:i |under )?(nästa|kommande|förra|denna|den här) veckan?'),
      read: (m) => {
        const which = (m[1] ?? '').toLowerCase();
        return {
          type: 'week',
          weeks: which === 'förra' ? -1 : which === 'nästa' || which === 'kommande' ? 1 : 0,
        };
      },
    },
    {
      pattern: re(`(?<!\\d\\s*)(?:i |under )?(${alt(MONTHS.sv)})(?:\\s+(\\d{4}))?`),
      read: (m) => {
        const month = MONTHS.sv.indexOf((m[1] ?? '').toLowerCase()) + 1;
        // "maj" alone is too often a name; a month needs "i" or a year.
        if (month === 0 || (!m[2] && !/^(i|under) /iu.test(m[0]))) return undefined;
        return { type: 'month', month, ...(m[2] ? { year: Number(m[2]) } : {}) };
      },
    },
    {
      pattern: re(
        '(?:(?:nästa|kommande|förra) (?:månad|år)|senare i (?:år|vår|höst|månaden)|inom kort|inom (?:de närmaste|kort) \\p{L}+|i början av \\p{L}+|i slutet av \\p{L}+)',
      ),
      read: () => ({ type: 'vague' }),
    },
  ],
  en: [
    {
      pattern: re('(next|last|this|the coming) week'),
      read: (m) => {
        const which = (m[1] ?? '').toLowerCase();
        return { type: 'week', weeks: which === 'last' ? -1 : which === 'this' ? 0 : 1 };
      },
    },
    {
      pattern: re(
        '(?:(?:next|last) (?:month|year)|later this (?:year|month|spring|autumn|year)|this (?:spring|summer|autumn|fall|winter)|in the coming (?:weeks|months)|soon|(?:early|late) (?:next )?(?:' +
          alt(MONTHS.en) +
          '|spring|summer|autumn|winter))',
      ),
      read: () => ({ type: 'vague' }),
    },
  ],
};

/** Verbs in the past tense decide which "on Tuesday" is meant in English. */
const PAST =
  /\b(was|were|had|met|visited|held|took place|said|called|attended|travelled|traveled|arrived|received|discussed|signed|returned|joined)\b/i;

/** Any fixed instant: chrono is used to find and read dates, not to place them in time. */
const READ_AT = { instant: new Date(Date.UTC(2000, 0, 5, 12)), timezone: 0 };

/** A date chrono read, as an expression; undefined for what we do not take from it (times). */
function fromChrono(result: ParsedResult, lang: Lang): DateExpression | undefined {
  const start = result.start;
  const known = (c: 'day' | 'month' | 'year' | 'weekday') =>
    start.isCertain(c) ? (start.get(c) ?? undefined) : undefined;
  const day = known('day');
  const month = known('month');
  const year = known('year');
  const weekday = known('weekday');
  const text = result.text.toLowerCase();
  // "It may 5 times be said": "may" in lower case is the verb.
  if (lang === 'en' && /(?<![\p{L}])may(?![\p{L}])/u.test(result.text)) return undefined;
  if (/^(today|tomorrow|yesterday|idag|imorgon|igår|i ?förrgår|övermorgon)$/u.test(text)) {
    const date = start.date().getTime();
    return { type: 'offset', days: Math.round((date - READ_AT.instant.getTime()) / DAY_MS) };
  }
  // "next week", "in two days": relative spans, read by our rules or left out.
  if (
    /(?<![\p{L}])(?:weeks?|months?|years?|days?|veck\p{L}*|månad\p{L}*|år|dag\p{L}*)(?![\p{L}])/u.test(
      text,
    )
  )
    return undefined;
  if (day !== undefined && month !== undefined) {
    const endDay = result.end?.isCertain('day') ? (result.end.get('day') ?? undefined) : undefined;
    return {
      type: 'absolute',
      day,
      month,
      ...(year === undefined ? {} : { year }),
      ...(weekday === undefined ? {} : { weekday }),
      ...(endDay === undefined || endDay === day ? {} : { endDay }),
    };
  }
  if (month !== undefined && year !== undefined) return { type: 'month', month, year };
  if (weekday !== undefined && day === undefined) {
    // Only whole weekday names: chrono's Swedish abbreviations include "to" and "on".
    if (!WEEKDAYS[lang].some((w) => text.includes(w))) return undefined;
    if (/^(last|förra|senaste)\b/u.test(text))
      return { type: 'weekday', weekday, direction: 'previous', fromRelease: true };
    if (/^(next|nästa)\b/u.test(text))
      return {
        type: 'weekday',
        weekday,
        direction: 'next',
        ambiguous: `"${result.text}" may mean the one after the coming one`,
      };
    return { type: 'weekday', weekday, direction: 'on-or-after' };
  }
  return undefined;
}

/** Spans of the paragraph inside a quotation: a paragraph led by a dash or quote mark up to
 * its attribution ("…, säger X", "… says X"), or text between quote marks. */
export function quotations(text: string): Span[] {
  const spans: Span[] = [];
  if (/^(– |— |[“”"])/u.test(text)) {
    const said = /,?\s(?:säger|sa|sade|kommenterar|says|said|comments)\s/iu.exec(text);
    spans.push({ start: 0, end: said ? said.index : text.length });
  }
  for (const m of text.matchAll(/[“”"]([^“”"]+)[“”"]/gu))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function findDates(text: string, lang: Lang): DateFind[] {
  const sentences = splitSentences(text, lang, 1);
  const sentenceOf = (offset: number) =>
    sentences.reduce((found, s) => (offset >= s.start ? s : found), sentences[0]);
  const found: DateFind[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  const chrono = lang === 'sv' ? chronoSv : chronoEn;
  for (const result of chrono.parse(text, READ_AT)) {
    let start = result.index;
    const end = start + result.text.length;
    let expression = fromChrono(result, lang);
    if (!expression) continue;
    if (expression.type === 'absolute' && lang === 'sv') {
      // "lördagen den 3 januari": the weekday before the date is part of it.
      const before = new RegExp(`${B}${SV_DAY}\\s+$`, 'iu').exec(text.slice(0, start));
      const weekday = before ? weekdayOf(before[1], 'sv') : undefined;
      if (before && weekday !== undefined) {
        start = before.index;
        expression = { ...expression, weekday };
      }
    }
    if (expression.type === 'weekday' && expression.direction === 'on-or-after' && lang === 'en') {
      // "They met on Tuesday": the Tuesday before the release; "will meet on Tuesday": the next.
      const sentence = sentenceOf(start);
      const past = sentence ? PAST.test(text.slice(sentence.start, sentence.end)) : false;
      if (/^last\b/i.test(result.text)) expression = { ...expression, direction: 'previous' };
      else if (past) expression = { ...expression, direction: 'on-or-before', fromRelease: true };
    }
    // chrono's "on Tuesday" covers "on"; in Swedish "på tisdag" is ours, bare "tisdag" too vague.
    if (expression.type === 'weekday' && lang === 'sv') continue;
    if (taken(start, end)) continue;
    found.push({ start, end, label: text.slice(start, end), expression });
  }
  // Then our rules, where chrono found nothing: "i tisdags", "på tisdag", weeks, months.
  for (const rule of RULES[lang]) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const expression = rule.read(match);
      if (expression) found.push({ start, end, label: match[0], expression });
    }
  }
  const quoted = quotations(text);
  return found
    .map((f) =>
      quoted.some((q) => q.start <= f.start && f.end <= q.end) ? { ...f, quoted: true } : f,
    )
    .sort((a, b) => a.start - b.start);
}

const DAY_MS = 86_400_000;
const parse = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const weekdayAt = (ms: number): number => new Date(ms).getUTCDay();
const weekdayName = (weekday: number): string =>
  (WEEKDAYS.en[weekday] ?? '').replace(/^./, (c) => c.toUpperCase());

/** A real calendar day, or undefined ("31 februari"). */
function calendarDay(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? ms
    : undefined;
}

export interface DateContext {
  /** The release's date or month (--date 2026-01-05, --date 2021-07): counts "i dag" and picks years. */
  releaseDate?: string;
  /** The visit's date, the first absolute date of the release: counts "på tisdag". */
  visitDate?: string;
  /** Today: no year is picked after it. */
  today: string;
  /** A date of the release whose year is certain (given, or fixed by its weekday). */
  pinned?: string;
}

/** How far back a weekday is looked for when it alone tells the year. */
const WEEKDAY_YEARS = 30;
const monthName = (month: number) =>
  (MONTHS.en[month - 1] ?? '').replace(/^./, (c) => c.toUpperCase());

/** The year a day or month without one is in: from --date, a date of the release, or refused. */
function referenceOf(context: DateContext): { ms: number; what: string } | undefined {
  if (context.releaseDate) {
    const day =
      context.releaseDate.length === 7 ? `${context.releaseDate}-15` : context.releaseDate;
    return { ms: parse(day), what: `the release date ${context.releaseDate}` };
  }
  if (context.pinned)
    return { ms: parse(context.pinned), what: `${context.pinned}, a date of the release` };
  return undefined;
}

const NO_YEAR =
  'the release gives no year, and no weekday to tell it by: give --date with the release’s date or month (e.g. --date 2021-07)';

export function resolveDate(expression: DateExpression, context: DateContext): DateResolution {
  // A day to count from: --date when it is a day (not a month), else the visit.
  const releaseDay = context.releaseDate?.length === 10 ? context.releaseDate : undefined;
  switch (expression.type) {
    case 'absolute': {
      const { day, month, weekday } = expression;
      const range =
        expression.endDay === undefined
          ? ''
          : ` (a range to day ${expression.endDay}: its first day is used)`;
      if (expression.year !== undefined) {
        const ms = calendarDay(expression.year, month, day);
        if (ms === undefined)
          return {
            note: 'not a calendar day',
            problem: `there is no day ${day} in month ${month}`,
          };
        const date = iso(ms);
        if (weekday !== undefined && weekdayAt(ms) !== weekday)
          return {
            date,
            note: `${date}${range}`,
            problem: `${date} is a ${weekdayName(weekdayAt(ms))}, not a ${weekdayName(weekday)}`,
          };
        return { date, note: `${date}${range}` };
      }
      const reference = referenceOf(context);
      if (!reference) {
        // Only the weekday can tell the year: the latest such day up to today, never a later one.
        if (weekday === undefined) return { note: 'no year', problem: NO_YEAR };
        const today = parse(context.today);
        const year = Number(context.today.slice(0, 4));
        for (let y = year; y > year - WEEKDAY_YEARS; y--) {
          const ms = calendarDay(y, month, day);
          if (ms === undefined || ms > today || weekdayAt(ms) !== weekday) continue;
          const date = iso(ms);
          return {
            date,
            note: `${date}${range}; year from the weekday: the latest ${day} ${monthName(month)} on a ${weekdayName(weekday)} up to today (${context.today})`,
          };
        }
        return {
          note: 'no year',
          problem: `no ${day} ${monthName(month)} on a ${weekdayName(weekday)} in the last ${WEEKDAY_YEARS} years: give --date`,
        };
      }
      const refYear = new Date(reference.ms).getUTCFullYear();
      const days = [refYear, refYear - 1, refYear + 1]
        .map((y) => calendarDay(y, month, day))
        .filter((ms): ms is number => ms !== undefined);
      if (days.length === 0)
        return { note: 'not a calendar day', problem: `there is no day ${day} in month ${month}` };
      const fits = days.filter((ms) => weekday === undefined || weekdayAt(ms) === weekday);
      const best = [...(fits.length > 0 ? fits : days)].sort(
        (a, b) => Math.abs(a - reference.ms) - Math.abs(b - reference.ms),
      )[0] as number;
      const date = iso(best);
      const note = `${date}${range}; year from ${reference.what}`;
      if (weekday !== undefined && weekdayAt(best) !== weekday)
        return {
          date,
          note,
          problem: `${date} is a ${weekdayName(weekdayAt(best))}, not a ${weekdayName(weekday)}`,
        };
      return { date, note };
    }
    case 'month': {
      const reference = referenceOf(context);
      const year =
        expression.year ??
        (reference
          ? [0, -1, 1]
              .map((k) => new Date(reference.ms).getUTCFullYear() + k)
              .sort(
                (a, b) =>
                  Math.abs(Date.UTC(a, expression.month - 1, 15) - reference.ms) -
                  Math.abs(Date.UTC(b, expression.month - 1, 15) - reference.ms),
              )[0]
          : undefined);
      if (year === undefined) return { note: 'a month', problem: NO_YEAR };
      return {
        note: `${monthName(expression.month)} ${year}`,
        problem: `a month, not a day (${year}-${String(expression.month).padStart(2, '0')})`,
      };
    }
    case 'weekday': {
      const fromRelease = expression.fromRelease === true && releaseDay !== undefined;
      const anchor = fromRelease ? releaseDay : (context.visitDate ?? releaseDay);
      if (!anchor) return { note: 'a weekday', problem: 'no date to count it from: give --date' };
      const from = parse(anchor);
      const shift = (expression.weekday - weekdayAt(from) + 7) % 7;
      // Without the release's date, a past "on Friday" is counted on from the visit.
      const direction =
        expression.fromRelease && !fromRelease && expression.direction === 'on-or-before'
          ? 'on-or-after'
          : expression.direction;
      let ms: number;
      switch (direction) {
        case 'next':
          ms = from + (shift === 0 ? 7 : shift) * DAY_MS;
          break;
        case 'on-or-after':
          ms = from + shift * DAY_MS;
          break;
        case 'previous':
          ms = from - (shift === 0 ? 7 : 7 - shift) * DAY_MS;
          break;
        case 'on-or-before':
          ms = from - (shift === 0 ? 0 : 7 - shift) * DAY_MS;
          break;
        case 'nearest':
          ms = shift <= 3 ? from + shift * DAY_MS : from - (7 - shift) * DAY_MS;
          break;
      }
      const which = fromRelease || !context.visitDate ? 'the release date' : 'the visit';
      const note = `${iso(ms)}, counted from ${which} ${anchor} (${weekdayName(weekdayAt(from))})`;
      return expression.ambiguous
        ? { date: iso(ms), note, problem: expression.ambiguous }
        : { date: iso(ms), note };
    }
    case 'offset': {
      const anchor = releaseDay ?? context.visitDate;
      if (!anchor)
        return {
          note: 'a day relative to the release',
          problem: 'no date to count it from: give --date',
        };
      const date = iso(parse(anchor) + expression.days * DAY_MS);
      return {
        date,
        note: `${date}, counted from ${releaseDay ? 'the release date' : 'the visit'} ${anchor}`,
      };
    }
    case 'week': {
      const anchor = releaseDay ?? context.visitDate;
      if (!anchor) return { note: 'a week', problem: 'no date to count it from: give --date' };
      const from = parse(anchor);
      const monday = from - ((weekdayAt(from) + 6) % 7) * DAY_MS + expression.weeks * 7 * DAY_MS;
      const date = iso(monday);
      return {
        date,
        note: `the week of ${date}`,
        problem: `a week, not a day (${date} to ${iso(monday + 6 * DAY_MS)}): the Monday is used`,
      };
    }
    case 'vague':
      return { note: 'not a day', problem: 'cannot be pinned to a day' };
  }
}

/**
 * Resolves the dates of a release in reading order. The first absolute date outside a quotation
 * is taken as the visit's date, which weekdays ("på tisdag") are counted from.
 */
export function resolveDates<T extends DateFind>(
  finds: readonly T[],
  context: Omit<DateContext, 'visitDate'>,
): { dates: Array<T & { resolution: DateResolution }>; visitDate?: string } {
  // A year the release pins (given, or the only one where the weekday fits) is the reference
  // for dates without one, unless --date gives the release's own date.
  // A date inside a quotation is one the speaker recalls, not the visit's.
  const own = finds.filter((f) => f.quoted !== true);
  let pinned: string | undefined;
  let pin: { find: T; resolution: DateResolution } | undefined;
  if (!context.releaseDate) {
    for (const find of own) {
      const e = find.expression;
      if (e.type !== 'absolute' || (e.year === undefined && e.weekday === undefined)) continue;
      const r = resolveDate(e, context);
      if (r.date && !r.problem) {
        pinned = r.date;
        pin = { find, resolution: r };
        break;
      }
    }
  }
  const base: Omit<DateContext, 'visitDate'> = pinned ? { ...context, pinned } : context;
  let visitDate: string | undefined;
  for (const find of own) {
    if (find.expression.type !== 'absolute') continue;
    const resolution = resolveDate(find.expression, base);
    if (resolution.date) {
      visitDate = resolution.date;
      break;
    }
  }
  const full: DateContext = { ...base, ...(visitDate ? { visitDate } : {}) };
  const dates = finds.map((find) => ({
    ...find,
    // The date that pins the year keeps the note on how its own year was found.
    resolution: find === pin?.find ? pin.resolution : resolveDate(find.expression, full),
  }));
  return { dates, ...(visitDate ? { visitDate } : {}) };
}
