/**
 * Names on a still picture of the map (scene.ts): every meeting place, and the places journeys
 * leave from where there is room, most travelled first, placed as on the interactive map
 * (map/placement.ts): beside or at a corner of the dot, never on another name or dot, never
 * under the title or legend bands. Each painter measures its own text and sizes its own dots.
 */
import { placeLabels, type LabelRequest, type Side } from '../map/placement.ts';
import type { Box } from '../map/framing.ts';
import type { Scene, ScenePlace } from './scene.ts';

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

function anchorOf(side: Side, box: Box): Pick<SceneLabel, 'anchor' | 'x'> {
  if (side === 'left' || side === 'above-left' || side === 'below-left')
    return { anchor: 'end', x: box.right };
  if (side === 'above' || side === 'below' || side === 'centre')
    return { anchor: 'middle', x: (box.left + box.right) / 2 };
  return { anchor: 'start', x: box.left };
}

const radiusOf = (place: ScenePlace, style: LabelStyle) =>
  place.meeting ? style.meetingRadius : style.originRadius;

export function placeSceneLabels(scene: Scene, style: LabelStyle): SceneLabel[] {
  const requests: LabelRequest[] = scene.places.map((place) => ({
    id: place.id,
    x: place.at[0],
    y: place.at[1],
    ...style.measure(place.name, place.meeting !== null),
    radius: radiusOf(place, style),
    priority: (place.meeting ? 1000 : 0) + place.journeys,
  }));
  const dots: Box[] = scene.places.map((place) => {
    const r = radiusOf(place, style);
    const [x, y] = place.at;
    return { left: x - r, right: x + r, top: y - r, bottom: y + r };
  });
  const frame = { left: 4, top: style.top + 4, right: scene.width - 4, bottom: style.bottom - 4 };
  const placed = placeLabels(requests, dots, [], frame);
  return scene.places.flatMap((place) => {
    const spot = placed.get(place.id);
    if (!spot) return [];
    const { box, side } = spot;
    const meeting = place.meeting !== null;
    return [{ id: place.id, text: place.name, meeting, box, ...anchorOf(side, box) }];
  });
}
