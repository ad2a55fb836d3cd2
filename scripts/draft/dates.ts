/**
 * Dates in Swedish and English: "lördagen den 3 januari", "den 6 januari", "3 January 2026",
 * "Saturday, January 3", weekdays ("på tisdag", "i tisdags", "on Tuesday"), days and weeks
 * relative to now ("i morgon", "next week") and vague times ("nästa månad", "later this year"),
 * which are found but flagged. Computed in UTC with Date; no date library.
 */
import type { Lang } from '../../src/model/lang';
import { splitSentences } from '../../src/model/text';
import { MONTHS, WEEKDAYS, type Span } from './words';

export type DateExpression =
  | {
      type: 'absolute';
      day: number;
      month: number;
      year?: number;
      weekday?: number;
      endDay?: number;
    }
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
const EN_DAY = `(${alt(WEEKDAYS.en)})`;

interface Rule {
  pattern: RegExp;
  read: (m: RegExpMatchArray, past: boolean) => DateExpression | undefined;
}

const weekdayOf = (name: string | undefined, lang: Lang): number | undefined => {
  const i = WEEKDAYS[lang].indexOf((name ?? '').toLowerCase());
  return i === -1 ? undefined : i;
};
const monthOf = (name: string | undefined, lang: Lang): number =>
  MONTHS[lang].indexOf((name ?? '').toLowerCase()) + 1;
const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

function absolute(
  lang: Lang,
  weekday: string | undefined,
  day: string | undefined,
  endDay: string | undefined,
  month: string | undefined,
  year: string | undefined,
): DateExpression | undefined {
  const d = num(day);
  const m = monthOf(month, lang);
  if (d === undefined || m === 0) return undefined;
  const w = weekdayOf(weekday, lang);
  const y = num(year);
  const e = num(endDay);
  return {
    type: 'absolute',
    day: d,
    month: m,
    ...(y === undefined ? {} : { year: y }),
    ...(w === undefined ? {} : { weekday: w }),
    ...(e === undefined ? {} : { endDay: e }),
  };
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string) => new RegExp(`${B}${source}${E}`, 'giu');

const RULES: Record<Lang, Rule[]> = {
  sv: [
    {
      pattern: re(
        `(?:${SV_DAY}\\s+)?(?:den\\s+)?(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+(${alt(MONTHS.sv)})(?:\\s+(\\d{4}))?`,
      ),
      read: (m) => absolute('sv', m[1], m[3], m[4], m[5], m[6]),
    },
    {
      pattern: re('(\\d{4})-(\\d{2})-(\\d{2})'),
      read: (m) => ({
        type: 'absolute',
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
      }),
    },
    {
      pattern: re(`(på|nu på|kommande|nästa|i|förra|under)\\s+${SV_DAY}`),
      read: (m) => {
        const weekday = weekdayOf(m[2], 'sv');
        if (weekday === undefined) return undefined;
        const cue = (m[1] ?? '').toLowerCase();
        const suffix = (m[3] ?? '').toLowerCase();
        if (cue === 'i')
          return suffix === 's'
            ? { type: 'weekday', weekday, direction: 'previous', fromRelease: true }
            : undefined;
        if (cue === 'förra')
          return { type: 'weekday', weekday, direction: 'previous', fromRelease: true };
        if (cue === 'nästa')
          return {
            type: 'weekday',
            weekday,
            direction: 'next',
            ambiguous: `"${m[0]}" may mean the one after the coming one`,
          };
        if (suffix === 'en') return { type: 'weekday', weekday, direction: 'nearest' };
        return { type: 'weekday', weekday, direction: 'next' };
      },
    },
    {
      pattern: re('(i dag|idag|i morgon|imorgon|i övermorgon|i går|igår|i förrgår)'),
      read: (m) => {
        const days: Record<string, number> = {
          'i dag': 0,
          idag: 0,
          'i morgon': 1,
          imorgon: 1,
          'i övermorgon': 2,
          'i går': -1,
          igår: -1,
          'i förrgår': -2,
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
      pattern: re(
        '(?:(?:nästa|kommande|förra) (?:månad|år)|i (?:vår|höst|sommar|vinter)|senare i (?:år|vår|höst|månaden)|inom kort|inom (?:de närmaste|kort) \\p{L}+|i början av \\p{L}+|i slutet av \\p{L}+)',
      ),
      read: () => ({ type: 'vague' }),
    },
  ],
  en: [
    {
      pattern: re(
        `(?:${EN_DAY}\\s*,?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${alt(MONTHS.en)})(?:,?\\s+(\\d{4}))?`,
      ),
      read: (m) => absolute('en', m[1], m[2], m[3], m[4], m[5]),
    },
    {
      pattern: re(
        `(?:${EN_DAY}\\s*,?\\s+)?(${alt(MONTHS.en)})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`,
      ),
      read: (m) =>
        /^may$/.test(m[2] ?? '') ? undefined : absolute('en', m[1], m[3], undefined, m[2], m[4]),
    },
    {
      pattern: re('(\\d{4})-(\\d{2})-(\\d{2})'),
      read: (m) => ({
        type: 'absolute',
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
      }),
    },
    {
      pattern: re(`(on|this|this coming|next|last|coming)\\s+${EN_DAY}`),
      read: (m, past) => {
        const weekday = weekdayOf(m[2], 'en');
        if (weekday === undefined) return undefined;
        const cue = (m[1] ?? '').toLowerCase();
        if (cue === 'last')
          return { type: 'weekday', weekday, direction: 'previous', fromRelease: true };
        if (cue === 'next')
          return {
            type: 'weekday',
            weekday,
            direction: 'next',
            ambiguous: `"${m[0]}" may mean the one after the coming one`,
          };
        // "They met on Tuesday": the Tuesday before the release; "will meet on Tuesday": the next.
        if (cue === 'on')
          return past
            ? { type: 'weekday', weekday, direction: 'on-or-before', fromRelease: true }
            : { type: 'weekday', weekday, direction: 'on-or-after' };
        return { type: 'weekday', weekday, direction: 'next' };
      },
    },
    {
      pattern: re('(today|tomorrow|yesterday)'),
      read: (m) => {
        const days: Record<string, number> = { today: 0, tomorrow: 1, yesterday: -1 };
        return { type: 'offset', days: days[(m[1] ?? '').toLowerCase()] ?? 0 };
      },
    },
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

export function findDates(text: string, lang: Lang): DateFind[] {
  const sentences = splitSentences(text, lang, 1);
  const sentenceOf = (offset: number) =>
    sentences.reduce((found, s) => (offset >= s.start ? s : found), sentences[0]);
  const found: DateFind[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const rule of RULES[lang]) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const sentence = sentenceOf(start);
      const past = sentence ? PAST.test(text.slice(sentence.start, sentence.end)) : false;
      const expression = rule.read(match, past);
      if (expression) found.push({ start, end, label: match[0], expression });
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
  /** The release's date (--date): counts "i dag"/"next week" and picks years. */
  releaseDate?: string;
  /** The visit's date, the first absolute date of the release: counts "på tisdag". */
  visitDate?: string;
  /** Today, for a year when the release gives none and no --date is known. */
  today: string;
  /** A date of the release whose year is certain (given, or fixed by its weekday). */
  pinned?: string;
}

export function resolveDate(expression: DateExpression, context: DateContext): DateResolution {
  switch (expression.type) {
    case 'absolute': {
      const { day, month, weekday } = expression;
      const reference = context.releaseDate ?? context.pinned ?? context.today;
      const referenceYear = Number(reference.slice(0, 4));
      const years =
        expression.year === undefined
          ? [referenceYear, referenceYear - 1, referenceYear + 1]
          : [expression.year];
      const days = years
        .map((y) => ({ y, ms: calendarDay(y, month, day) }))
        .filter((c): c is { y: number; ms: number } => c.ms !== undefined);
      if (days.length === 0)
        return { note: 'not a calendar day', problem: `there is no day ${day} in month ${month}` };
      let candidates = days;
      if (weekday !== undefined && expression.year === undefined) {
        const matching = days.filter((c) => weekdayAt(c.ms) === weekday);
        if (matching.length > 0) candidates = matching;
      }
      candidates.sort(
        (a, b) => Math.abs(a.ms - parse(reference)) - Math.abs(b.ms - parse(reference)),
      );
      const best = candidates[0] ?? days[0];
      if (!best) return { note: 'not a calendar day', problem: 'no such day' };
      const date = iso(best.ms);
      const range =
        expression.endDay === undefined
          ? ''
          : ` (a range to day ${expression.endDay}: its first day is used)`;
      const yearNote =
        expression.year !== undefined
          ? ''
          : context.releaseDate
            ? `; year from the release date ${context.releaseDate}`
            : context.pinned
              ? `; year from ${context.pinned}, a date of the release`
              : weekday !== undefined && candidates.length === 1 && days.length > 1
                ? `; year from the weekday (${weekdayName(weekday)})`
                : `; year assumed from today (${context.today})`;
      const note = `${date}${range}${yearNote}`;
      if (weekday !== undefined && weekdayAt(best.ms) !== weekday) {
        return {
          date,
          note,
          problem: `${date} is a ${weekdayName(weekdayAt(best.ms))}, not a ${weekdayName(weekday)}`,
        };
      }
      if (yearNote.includes('assumed'))
        return { date, note, problem: 'the year is not given: check it' };
      return { date, note };
    }
    case 'weekday': {
      const fromRelease = expression.fromRelease === true && context.releaseDate !== undefined;
      const anchor = fromRelease ? context.releaseDate : (context.visitDate ?? context.releaseDate);
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
      const anchor = context.releaseDate ?? context.visitDate;
      if (!anchor)
        return {
          note: 'a day relative to the release',
          problem: 'no date to count it from: give --date',
        };
      const date = iso(parse(anchor) + expression.days * DAY_MS);
      return {
        date,
        note: `${date}, counted from ${context.releaseDate ? 'the release date' : 'the visit'} ${anchor}`,
      };
    }
    case 'week': {
      const anchor = context.releaseDate ?? context.visitDate;
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
 * Resolves the dates of a release in reading order. The first absolute date is taken as the
 * visit's date, which weekdays ("på tisdag") are counted from.
 */
export function resolveDates<T extends DateFind>(
  finds: readonly T[],
  context: Omit<DateContext, 'visitDate'>,
): { dates: Array<T & { resolution: DateResolution }>; visitDate?: string } {
  // A year the release pins (given, or the only one where the weekday fits) is the reference
  // for dates without one, unless --date gives the release's own date.
  let pinned: string | undefined;
  if (!context.releaseDate) {
    for (const find of finds) {
      const e = find.expression;
      if (e.type !== 'absolute' || (e.year === undefined && e.weekday === undefined)) continue;
      const r = resolveDate(e, context);
      if (r.date && !r.problem) {
        pinned = r.date;
        break;
      }
    }
  }
  const base: Omit<DateContext, 'visitDate'> = pinned ? { ...context, pinned } : context;
  let visitDate: string | undefined;
  for (const find of finds) {
    if (find.expression.type !== 'absolute') continue;
    const resolution = resolveDate(find.expression, base);
    if (resolution.date) {
      visitDate = resolution.date;
      break;
    }
  }
  const full: DateContext = { ...base, ...(visitDate ? { visitDate } : {}) };
  const dates = finds.map((find) => ({ ...find, resolution: resolveDate(find.expression, full) }));
  return { dates, ...(visitDate ? { visitDate } : {}) };
}
