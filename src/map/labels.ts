/** Accessible names for map features, in the interface language. */
import { meetingLine } from '../sidebar/labels.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import type { Place } from '../model/release.ts';
import { placeName, type ReleaseIndex } from '../model/view.ts';
import type { Visible } from '../state/selection.ts';
import { atPlace } from './symbols.ts';

/** "Kyiv: Security advisers in Kyiv, Saturday 3 January 2026 (held). 1 departure." */
export function placeSummary(
  index: ReleaseIndex,
  visible: Visible,
  place: Place,
  lang: Lang,
  t: Messages,
): string {
  const parts = [
    place.geocoded.approximate
      ? `${placeName(place, lang)} (${t.approximatePosition})`
      : placeName(place, lang),
  ];
  const { meetings, departures } = atPlace(visible, place.id);
  if (meetings.length > 0) {
    parts.push(t.meetingsAt(meetings.map((m) => meetingLine(m, lang, t, true)).join('; ')));
  }
  if (departures.length > 0) parts.push(t.departuresFrom(departures.length));
  return sentences(parts);
}

/** Parts as sentences: a part that already ends a sentence ("Washington, D.C.") gets no second stop. */
export const sentences = (parts: string[]): string =>
  parts.map((p, i) => (i < parts.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p)).join(' ');
