import { LOCALES, type Lang } from '../model/lang';

/** "lördag 3 januari 2026" / "Saturday 3 January 2026", from an ISO date, in the locale's words. */
export function formatDate(isoDate: string, lang: Lang, withWeekday = true): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const locale = LOCALES[lang];
  const dayMonthYear = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  if (!withWeekday) return dayMonthYear;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    date,
  );
  return `${weekday} ${dayMonthYear}`;
}

/** "3 jan." / "3 Jan", for compact lists such as the meeting filter. */
export function formatShortDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A country's name in the interface language, from its ISO code. */
export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }).of(code) ?? code;
}
