/**
 * The words around a picture of the map: title line, legend, attribution. Shared by the share
 * image the build renders and the image the browser downloads.
 */
import { formatDate } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { meetingColours, NO_MEETING_COLOUR } from '../map/styles.ts';
import { meetingMark } from '../model/basis.ts';
import { shortWhen } from '../sidebar/labels.ts';
import type { ReleaseIndex } from '../model/view.ts';
import type { Visible } from '../state/selection.ts';

/** A place's symbol in a picture: a meeting held or planned there, or a place of departure. */
export type PlaceSymbol = 'held' | 'planned' | 'origin';

export interface LegendItem {
  /** A journey's line (in `colour`, with `dash`), or a place's symbol. */
  symbol: 'line' | PlaceSymbol;
  colour: string;
  label: string;
  dash: number[];
}

export interface PictureText {
  title: string;
  /** Date of the visit and what is shown. */
  subtitle: string;
  legend: LegendItem[];
  attribution: string;
}

export function pictureText(
  index: ReleaseIndex,
  visible: Visible,
  lang: Lang,
  t: Messages,
): PictureText {
  const colours = meetingColours(index.release.meetings);
  // A meeting's colour is drawn by its journeys: one without any in view has no line to explain.
  const drawn = new Set(visible.journeys.flatMap((j) => (j.meeting ? [j.meeting.id] : [])));
  const legend: LegendItem[] = visible.meetings
    .filter((m) => drawn.has(m.id))
    .map((m) => ({
      colour: colours.get(m.id) ?? NO_MEETING_COLOUR,
      // "c. 6 Jan" for a date the release does not state exactly, as in the meeting filter.
      label: `${m.shortTitle[lang]}, ${shortWhen(m.date, meetingMark(m, 'date'), lang)} (${t[m.status]})`,
      symbol: 'line' as const,
      dash: [],
    }));
  // The places' symbols, as the scene draws them: a place with a meeting held there is held.
  const hosts = new Set(visible.meetings.map((m) => m.place));
  const held = new Set(visible.meetings.filter((m) => m.status === 'held').map((m) => m.place));
  const place = (symbol: PlaceSymbol, label: string): LegendItem => ({
    symbol,
    colour: NO_MEETING_COLOUR,
    label,
    dash: [],
  });
  if (held.size > 0) legend.push(place('held', t.legendHeld));
  if ([...hosts].some((id) => !held.has(id))) legend.push(place('planned', t.legendPlanned));
  if (visible.places.some((p) => !hosts.has(p.id))) legend.push(place('origin', t.legendOrigin));
  const line = (label: string, dash: number[]): LegendItem => ({
    symbol: 'line',
    colour: NO_MEETING_COLOUR,
    label,
    dash,
  });
  if (visible.journeys.some((j) => j.journey.mode === 'remote'))
    legend.push(line(t.legendRemote, [10, 7]));
  // The dotted arcs, as the map's own legend explains them (squares here: the legend's line
  // has square ends, the arcs' dots are round).
  if (visible.journeys.some((j) => j.external)) legend.push(line(t.legendExternal, [4, 6]));
  // Narrowed by a filter, the picture says which meetings it shows rather than the visit's date.
  const narrowed = visible.meetings.length < index.release.meetings.length;
  const when = narrowed
    ? visible.meetings
        .map((m) => `${m.shortTitle[lang]}, ${shortWhen(m.date, meetingMark(m, 'date'), lang)}`)
        .join('; ')
    : formatDate(index.release.meta.visitDate, lang);
  return {
    title: index.release.text[lang].title.text,
    subtitle: `${when} · ${t.journeysCount(visible.journeys.length)}`,
    legend,
    attribution: t.imageAttribution,
  };
}

/** Splits text into at most `lines` lines of about `width` characters, ending with … if cut. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]?.replace(/[\s,.;:]*\S{0,12}$/, '')}…`;
  return kept;
}
