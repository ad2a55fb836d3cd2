/**
 * The date range's ticks under its bars, one bar per month (`2026-02`). A decade's bars are
 * told apart by year; a year's or two need their months named, or three bars read as three
 * anonymous blocks.
 */
import { formatMonthName } from '../i18n/format.ts';
import type { Lang } from '../model/lang.ts';

export interface Tick {
  /** The bar the tick stands at. */
  index: number;
  text: string;
}

/** Up to this many months, the months are named as well as the years. */
const NAMED_MONTHS_UP_TO = 24;

/** The first month and each January, by year. */
export function yearTicks(months: string[]): Tick[] {
  return months.flatMap((month, index) =>
    index === 0 || month.endsWith('-01') ? [{ index, text: month.slice(0, 4) }] : [],
  );
}

/**
 * Each month by name up to a year of bars, each quarter's first month (January, April, July,
 * October) up to two years: a bar is too narrow beyond that for a name under every third.
 * None for a longer span.
 */
export function monthTicks(months: string[], lang: Lang): Tick[] {
  if (months.length > NAMED_MONTHS_UP_TO) return [];
  const step = months.length > 12 ? 3 : 1;
  return months.flatMap((month, index) =>
    (Number(month.slice(5, 7)) - 1) % step === 0
      ? [{ index, text: formatMonthName(month, lang) }]
      : [],
  );
}
