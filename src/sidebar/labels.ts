/** Text labels shared by the journey list, the details and the map's accessible names. */
import { formatDate, formatShortDate } from '../i18n/format';
import type { FieldMark } from '../model/basis';
import type { Messages } from '../i18n/messages';
import type { Lang } from '../model/lang';
import { placeName, whoName, type JourneyView, type ReleaseIndex } from '../model/view';

/** A value with its mark in words, for text that has no room for badges: "travel (inferred)". */
export function marked(value: string, mark: FieldMark, t: Messages): string {
  const marks = [
    mark.mark === 'inferred'
      ? t.inferred
      : mark.mark === 'external' && mark.own
        ? t.markExternal
        : '',
  ].filter(Boolean);
  return marks.length > 0 ? `${value} (${marks.join(', ')})` : value;
}

/** A date in words, "around …" when it is approximate; a month-only date reads as the month. */
export function whenText(
  date: string,
  mark: FieldMark,
  lang: Lang,
  t: Messages,
  weekday = true,
): string {
  const text = formatDate(date, lang, weekday);
  return mark.approximate ? t.aroundDate(text) : text;
}

/** Short form for lists and the timeline: "c. 6 Jan" for an approximate date. */
export function shortWhen(date: string, mark: FieldMark, lang: Lang): string {
  const text = formatShortDate(date, lang);
  return mark.approximate ? `${lang === 'sv' ? 'ca' : 'c.'} ${text}` : text;
}

export function journeyLabel(index: ReleaseIndex, j: JourneyView, lang: Lang, t: Messages): string {
  const mode = j.journey.mode === 'remote' ? t.remote : t.travel;
  return t.journeyLabel(
    whoName(index, j.journey.who, lang),
    marked(placeName(j.from, lang), j.marks.from, t),
    placeName(j.to, lang),
    marked(whenText(j.date, j.marks.date, lang, t), j.marks.date, t),
    marked(mode, j.marks.mode, t),
  );
}
