/**
 * The picture's arcs drawn as the map draws them (useArcLayer): arcs that share a destination
 * fan in so their heads stay apart, each line stops at the edge of the destination's dot, and
 * its head, of one size (slender at a hub), has its tip on that edge. The legend says the arrow
 * shows the direction; a head part-way along the arc, as large as the arc is long, said less.
 */
import { fanIn } from '../map/fanIn.ts';
import { screenArrow } from '../map/geometry.ts';
import { CROWDED_ARRIVALS, HEAD, HUB_HEAD } from '../map/styles.ts';
import type { Point, SceneArc } from './scene.ts';

export interface DrawnArc {
  arc: SceneArc;
  line: Point[];
  head: Point[];
}

/** Dot radii at the destinations in the picture's pixels, and its scale against the map's. */
export interface ArrowSizes {
  meetingRadius: number;
  originRadius: number;
  scale: number;
}

export function drawnArcs(arcs: SceneArc[], sizes: ArrowSizes): DrawnArc[] {
  const byPlace = new Map<string, SceneArc[]>();
  for (const arc of arcs) {
    const group = byPlace.get(arc.to) ?? [];
    group.push(arc);
    byPlace.set(arc.to, group);
  }
  const drawn = new Map<string, DrawnArc>();
  for (const group of byPlace.values()) {
    const look: { head: number; width?: number } =
      group.length > CROWDED_ARRIVALS ? HUB_HEAD : HEAD;
    const [head, width] = [look.head * sizes.scale, (look.width ?? look.head) * sizes.scale];
    const arrivals = group.map((arc) => ({
      points: arc.points,
      trim: (arc.toMeeting ? sizes.meetingRadius : sizes.originRadius) + 1.5,
      head,
      width,
    }));
    const fanned = fanIn(arrivals);
    group.forEach((arc, i) => {
      const trim = arrivals[i]?.trim ?? 0;
      const { line, head: tip } = screenArrow(fanned[i] ?? arc.points, trim, head, width);
      drawn.set(arc.id, { arc, line, head: tip });
    });
  }
  // In the scene's order: later arcs lie on top, as on the map.
  return arcs.flatMap((arc) => drawn.get(arc.id) ?? []);
}
