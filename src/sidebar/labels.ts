/** Text labels shared by the journey list, the details and the map's accessible names. */
import { formatDate, formatShortDate } from '../i18n/format.ts';
import { meetingMark, type FieldMark } from '../model/basis.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import type { Meeting } from '../model/schema.ts';
import type { Selection } from '../state/url.ts';
import { placeName, whoName, type JourneyView, type ReleaseIndex } from '../model/view.ts';

/** A value's mark in words, when it is not stated by the release: "inferred". */
function markWords(mark: FieldMark, t: Messages): string[] {
  if (mark.mark === 'inferred') return [t.inferred];
  if (mark.mark === 'external' && mark.own) return [t.markExternal];
  return [];
}

/** A value with its mark in words, for text that has no room for badges: "travel (inferred)". */
export function marked(value: string, mark: FieldMark, t: Messages): string {
  const marks = markWords(mark, t);
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

/**
 * A meeting in one line, its date marked as the release gives it: "Security advisers in
 * Paris, around 6 January 2026 (inferred; planned at the time of the release)".
 */
export function meetingLine(meeting: Meeting, lang: Lang, t: Messages, weekday = false): string {
  const mark = meetingMark(meeting, 'date');
  const notes = [...markWords(mark, t), t[meeting.status]];
  const when = whenText(meeting.date, mark, lang, t, weekday);
  return `${meeting.shortTitle[lang]}, ${when} (${notes.join('; ')})`;
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

/** What a selection is called in a sentence: who travels where, or a place's, meeting's or actor's name. */
export function selectionName(index: ReleaseIndex, s: Selection, lang: Lang): string {
  switch (s.kind) {
    case 'journey': {
      // Who and where from and to: short enough for a sentence about it.
      const j = index.journeys.find((journey) => journey.journey.id === s.id);
      if (!j) return s.id;
      const route = `${placeName(j.from, lang)} → ${placeName(j.to, lang)}`;
      return `${whoName(index, j.journey.who, lang)} (${route})`;
    }
    case 'place': {
      const place = index.places.get(s.id);
      return place ? placeName(place, lang) : s.id;
    }
    case 'meeting':
      return index.meetings.get(s.id)?.shortTitle[lang] ?? s.id;
    case 'actor':
    case 'delegation':
      return whoName(index, s.id, lang);
  }
}
