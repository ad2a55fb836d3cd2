import { LOCALES, type Lang } from '../model/lang.ts';

/**
 * Intl formatters are costly to create and cheap to reuse (a language switch formats every
 * journey's date), so each is made once per language.
 */
function perLang<T>(make: (locale: string) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let formatter = made.get(lang);
    if (!formatter) {
      formatter = make(LOCALES[lang]);
      made.set(lang, formatter);
    }
    return formatter;
  };
}

const dayMonthYear = perLang(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const weekday = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
);
const dayMonth = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
);
const regions = perLang((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
const languages = perLang((locale) => new Intl.DisplayNames([locale], { type: 'language' }));
const monthYear = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const shortMonth = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
/** A date known only to the month: "2021-07". */
const isMonth = (date: string) => /^\d{4}-\d{2}$/.test(date);

const noon = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** "lördag 3 januari 2026" / "Saturday 3 January 2026", from an ISO date, in the locale's words. */
export function formatDate(isoDate: string, lang: Lang, withWeekday = true): string {
  if (isMonth(isoDate)) return monthYear(lang).format(noon(`${isoDate}-01`));
  const date = noon(isoDate);
  const text = dayMonthYear(lang).format(date);
  return withWeekday ? `${weekday(lang).format(date)} ${text}` : text;
}

/** "3 jan." / "3 Jan", for compact lists such as the meeting filter. */
export function formatShortDate(isoDate: string, lang: Lang): string {
  if (isMonth(isoDate)) return shortMonth(lang).format(noon(`${isoDate}-01`));
  return dayMonth(lang).format(noon(isoDate));
}

/** "svenska" / "Swedish": a language's name in the interface language. */
export function languageName(code: Lang, lang: Lang): string {
  return languages(lang).of(code) ?? code;
}

/** A country's name in the interface language, from its ISO code. */
export function countryName(code: string, lang: Lang): string {
  return regions(lang).of(code) ?? code;
}

const monthName = perLang(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
);

/** "feb." / "Feb", from `2026-02`: a month's name alone, for ticks under a year's bars. */
export function formatMonthName(month: string, lang: Lang): string {
  return monthName(lang).format(noon(`${month}-15`));
}

/** "januari 2026" / "January 2026" (or "jan. 2026" / "Jan 2026" short), from `2026-01`. */
export function formatMonth(month: string, lang: Lang, short = false): string {
  return (short ? shortMonth : monthYear)(lang).format(noon(`${month}-15`));
}

const numbers = perLang((locale) => new Intl.NumberFormat(locale));

/** "7 800 km" / "7,800 km": rounded to 100 km from 1 000 km on, else to 10 km. */
export function formatDistance(km: number, lang: Lang): string {
  const rounded = km >= 1000 ? Math.round(km / 100) * 100 : Math.round(km / 10) * 10;
  return `${numbers(lang).format(rounded)} km`;
}
