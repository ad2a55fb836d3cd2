/**
 * Names on a still picture of the map (scene.ts): every meeting place, and the places journeys
 * leave from where there is room, most travelled first, placed as on the interactive map
 * (map/placement.ts): beside or at a corner of the dot, never on another name or dot, never
 * under the title or legend bands; and an origin left out of the frame as a pill at the border
 * its journey leaves by, with its distance, as the map's edge markers. Each painter measures
 * its own text and sizes its own dots.
 */
import {
  intersects,
  placeLabels,
  type LabelRequest,
  type Side as LabelSide,
} from '../map/placement.ts';
import type { Box, Side } from '../map/framing.ts';
import type { Point, Scene, ScenePlace } from './scene.ts';

export interface LabelStyle {
  /** Text's width and height in the painter's units; `meeting` names are set in bold. */
  measure: (text: string, meeting: boolean) => { width: number; height: number };
  /** Radius of a meeting place's dot and of another place's dot. */
  meetingRadius: number;
  originRadius: number;
  /** The map's band between the title (top) and the legend (bottom). */
  top: number;
  bottom: number;
}

export interface SceneLabel {
  id: string;
  text: string;
  meeting: boolean;
  box: Box;
  /**
   * Where the text is anchored in its box: at the edge next to the dot (or centred over or
   * under it), so a name whose measure is generous still ends at its own dot.
   */
  anchor: 'start' | 'middle' | 'end';
  x: number;
}

function anchorOf(side: LabelSide, box: Box): Pick<SceneLabel, 'anchor' | 'x'> {
  if (side === 'left' || side === 'above-left' || side === 'below-left')
    return { anchor: 'end', x: box.right };
  if (side === 'above' || side === 'below' || side === 'centre')
    return { anchor: 'middle', x: (box.left + box.right) / 2 };
  return { anchor: 'start', x: box.left };
}

const radiusOf = (place: ScenePlace, style: LabelStyle) =>
  place.meeting ? style.meetingRadius : style.originRadius;

/** A far origin's name and distance at the border its journey leaves by, with an arrow. */
export interface ScenePill {
  id: string;
  text: string;
  box: Box;
}

const ARROWS: Record<Side, string> = { left: '←', right: '→', top: '↑', bottom: '↓' };
const PILL_PADDING = 8;
const INSET = 8;

/**
 * The point where a far journey's path, walked back from its destination, leaves the map
 * band: the pill for its origin sits on that border, level with it.
 */
function exitPoint(path: Point[], band: Box): Point | undefined {
  let last: Point | undefined;
  for (let k = path.length - 1; k >= 0; k--) {
    const p = path[k];
    if (!p) continue;
    const [x, y] = p;
    if (x < band.left || x > band.right || y < band.top || y > band.bottom) break;
    last = p;
  }
  return last ?? path.at(-1);
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * Where a pill of `size` starts along one axis (from `low` to `high`): against the border it
 * leaves by, if that is one of this axis's two, else centred on its exit point, inside the band.
 */
function startOn(
  side: Side,
  lowSide: Side,
  highSide: Side,
  centre: number,
  size: number,
  low: number,
  high: number,
): number {
  if (side === lowSide) return low;
  if (side === highSide) return high - size;
  return clamp(centre - size / 2, low, high - size);
}

export function placeScenePills(scene: Scene, style: LabelStyle): ScenePill[] {
  const band = {
    left: INSET,
    top: style.top + INSET,
    right: scene.width - INSET,
    bottom: style.bottom - INSET,
  };
  const pills = scene.far.map((far) => {
    const text = `${ARROWS[far.side]} ${far.text}`;
    const size = style.measure(text, false);
    const [w, h] = [size.width + 2 * PILL_PADDING, size.height + PILL_PADDING];
    const [x, y] = exitPoint(far.path, band) ?? [band.left, band.top];
    const left = startOn(far.side, 'left', 'right', x, w, band.left, band.right);
    const top = startOn(far.side, 'top', 'bottom', y, h, band.top, band.bottom);
    return {
      id: far.id,
      text,
      side: far.side,
      box: { left, top, right: left + w, bottom: top + h },
    };
  });
  // Pills on one border, in order along it, each moved clear of the one before.
  const along = (p: (typeof pills)[number]) =>
    p.side === 'left' || p.side === 'right' ? p.box.top : p.box.left;
  const placed: typeof pills = [];
  for (const pill of [...pills].sort((a, b) => along(a) - along(b))) {
    const vertical = pill.side === 'left' || pill.side === 'right';
    const clash = () => placed.find((p) => p.side === pill.side && intersects(p.box, pill.box));
    // Each step moves it forward along the border, so this ends.
    for (let other = clash(); other; other = clash()) {
      const { box } = pill;
      const shift = vertical ? other.box.bottom + 4 - box.top : other.box.right + 4 - box.left;
      pill.box = vertical
        ? { ...box, top: box.top + shift, bottom: box.bottom + shift }
        : { ...box, left: box.left + shift, right: box.right + shift };
    }
    placed.push(pill);
  }
  return pills.map(({ id, text, box }) => ({ id, text, box }));
}

export function placeSceneLabels(
  scene: Scene,
  style: LabelStyle,
  pills: ScenePill[] = [],
): SceneLabel[] {
  const requests: LabelRequest[] = scene.places.map((place) => ({
    id: place.id,
    x: place.at[0],
    y: place.at[1],
    ...style.measure(place.name, place.meeting !== null),
    radius: radiusOf(place, style),
    priority: (place.meeting ? 1000 : 0) + place.journeys,
    essential: place.meeting !== null,
  }));
  const dots: Box[] = scene.places.map((place) => {
    const r = radiusOf(place, style);
    const [x, y] = place.at;
    return { left: x - r, right: x + r, top: y - r, bottom: y + r };
  });
  const frame = { left: 4, top: style.top + 4, right: scene.width - 4, bottom: style.bottom - 4 };
  const placed = placeLabels(
    requests,
    dots,
    pills.map((p) => p.box),
    frame,
  );
  return scene.places.flatMap((place) => {
    const spot = placed.get(place.id);
    if (!spot) return [];
    const { box, side } = spot;
    const meeting = place.meeting !== null;
    return [{ id: place.id, text: place.name, meeting, box, ...anchorOf(side, box) }];
  });
}
