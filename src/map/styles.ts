/**
 * How arcs and markers look in each state. Plain data: the layer hooks compare style keys and
 * only restyle what changed.
 */
import type { PathOptions } from 'leaflet';
import type { Meeting } from '../model/schema.ts';

/**
 * Colour per meeting, in date order: blue, vermillion, teal, then pink, sky and umber. Chosen
 * (tests/unit/map/palette.test.ts) so that, simulated for deuteranopia and protanopia, the first
 * three stay far apart (CIEDE2000 ≥ 15) and all six apart (≥ 10), each at 3:1 on the land.
 */
export const MEETING_COLOURS = ['#0b5cad', '#c45a00', '#0f7f6a', '#d4447c', '#2b8cc4', '#6b4f00'];

/** Legs home, or to a place without a meeting. */
export const NO_MEETING_COLOUR = '#5b6875';

/** More arcs than this arriving at one place make it a hub: thinner strokes, smaller heads. */
export const CROWDED_ARRIVALS = 6;
/** Arrowheads in pixels: length, and width at the base (as long as wide unless given). */
export const HEAD = { head: 9 };
/** Slender heads at a hub, so more of them fit side by side around its dot. */
export const HUB_HEAD = { head: 7, width: 3 };

export function meetingColours(meetings: Meeting[]): Map<string, string> {
  const sorted = [...meetings].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  return new Map(
    sorted.map((m, i) => [m.id, MEETING_COLOURS[i % MEETING_COLOURS.length] ?? '#444']),
  );
}

export type Emphasis = 'normal' | 'highlight' | 'selected' | 'dimmed';

export interface ArcLook {
  colour: string;
  remote: boolean;
  external: boolean;
  emphasis: Emphasis;
  /** Stroke width at normal emphasis (the overview's width by number of trips); 2.5 if unset. */
  weight?: number;
}

export const arcKey = (look: ArcLook): string =>
  `${look.colour}|${look.remote}|${look.external}|${look.emphasis}|${look.weight ?? ''}`;

export function arcStyle({
  colour,
  remote,
  external,
  emphasis,
  weight: base = 2.5,
}: ArcLook): PathOptions {
  // Emphasis stands out the same on every arc: a hub's thinner arcs widen from the usual width.
  const emphasised = Math.max(base, 2.5);
  const weight = {
    normal: base,
    highlight: emphasised + 2,
    selected: emphasised + 2.5,
    dimmed: base - 0.5,
  }[emphasis];
  const opacity = { normal: 0.85, highlight: 1, selected: 1, dimmed: 0.2 }[emphasis];
  return {
    color: colour,
    // Never below half a pixel: a dense hub's hairlines, dimmed and dotted, still show.
    weight: Math.max(0.5, external ? weight - 0.5 : weight),
    opacity: external && emphasis === 'normal' ? 0.6 : opacity,
    // Remote participation is dashed; facts from other sources are dotted.
    dashArray: remote ? '10 7' : external ? '1 6' : undefined,
    lineCap: 'round',
    fill: false,
  };
}

export function arrowStyle(look: ArcLook): PathOptions {
  const line = arcStyle(look);
  return {
    ...line,
    // A thin white edge: heads that meet at a busy place stay apart; and the head keeps its
    // size on screen at every emphasis.
    color: '#ffffff',
    opacity: line.opacity,
    weight: 0.75,
    lineJoin: 'round',
    dashArray: undefined,
    fill: true,
    fillColor: look.colour,
    fillOpacity: line.opacity,
  };
}

/** The journeys a selection and a hover emphasise, from their `kind:id` key sets. */
export function journeyEmphasis(
  selectedKey: string | null,
  /** Key sets whose journeys are highlighted: related, hovered, read, followed. */
  highlighted: Set<string>[],
): Map<string, Emphasis> {
  const emphasised = new Map<string, Emphasis>();
  for (const keys of highlighted)
    for (const key of keys)
      if (key.startsWith('journey:')) emphasised.set(key.slice(8), 'highlight');
  if (selectedKey?.startsWith('journey:')) emphasised.set(selectedKey.slice(8), 'selected');
  return emphasised;
}
