import { LOCALES, type Lang } from '../model/lang';

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
