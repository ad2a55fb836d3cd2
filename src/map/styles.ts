/**
 * How arcs and markers look in each state. Plain data: the layer hooks compare style keys and
 * only restyle what changed.
 */
import type { PathOptions } from 'leaflet';
import type { Meeting } from '../model/schema';

/** Colour per meeting, in date order; chosen to stay apart for common colour-vision deficiencies. */
export const MEETING_COLOURS = ['#0b5cad', '#c0392b', '#6c3fa0', '#1b7f5b', '#b8620b', '#5d6d7e'];

/** Legs home, or to a place without a meeting. */
export const NO_MEETING_COLOUR = '#5b6875';

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
}

export const arcKey = (look: ArcLook): string =>
  `${look.colour}|${look.remote}|${look.external}|${look.emphasis}`;

export function arcStyle({ colour, remote, external, emphasis }: ArcLook): PathOptions {
  const weight = { normal: 2.5, highlight: 4.5, selected: 5, dimmed: 2 }[emphasis];
  const opacity = { normal: 0.85, highlight: 1, selected: 1, dimmed: 0.2 }[emphasis];
  return {
    color: colour,
    weight: external ? weight - 0.5 : weight,
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
    // A thin outline of the same colour: the head keeps its size on screen at every emphasis.
    weight: 1,
    lineJoin: 'round',
    dashArray: undefined,
    fill: true,
    fillColor: look.colour,
    fillOpacity: line.opacity,
  };
}
