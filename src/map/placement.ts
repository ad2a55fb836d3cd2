/**
 * Label placement and dot clustering in screen space, pure. A short greedy placement of our
 * own: with a few dozen labels per view, trying eight positions per label in priority order is
 * instant and predictable, and needs no library (labelgun's spatial index pays off only with
 * thousands). Run on zoom and move end, never per frame.
 */
import type { Box } from './framing.ts';

export type Side =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left'
  | 'centre';

export interface LabelRequest {
  id: string;
  /** The anchor (a dot's centre) in screen pixels. */
  x: number;
  y: number;
  /** The label's size in pixels. */
  width: number;
  height: number;
  /** The dot's radius: a label is set beside it, never on it (0 for a country name). */
  radius: number;
  /** Higher is placed first: meeting places, then origins by number of journeys, then the rest. */
  priority: number;
  /**
   * A name the map should not lose (a meeting place's): it may stand between its dot and
   * another on its line, where any other name must be clearly nearer its own (CLEARLY_NEARER).
   */
  essential?: boolean;
  /** Positions to try, in order of preference. */
  sides?: Side[];
}

export interface Placed {
  side: Side;
  box: Box;
}

/**
 * The cartographer's order: beside the dot, then at its corners, then above or below. A corner
 * fits where a label set square to the dot does not: a name between two close dots, or one
 * whose dot is near the map's edge (a label centred above or below it would cross the edge).
 */
export const PLACE_SIDES: Side[] = [
  'right',
  'left',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
  'above',
  'below',
];
const GAP = 3;
/**
 * How much nearer its own dot a name must be than another dot on its line, on its other side:
 * between two dots, a name 9 px from its own dot's centre and 21 px from the other's (Tallinn
 * beside Stockholm) still reads as either's. A meeting place's name is spared (`essential`):
 * on a phone it would often find no place at all, and the story is about its meetings.
 */
const CLEARLY_NEARER = 2.5;

export function labelBox(request: LabelRequest, side: Side): Box {
  const { x, y, width, height, radius } = request;
  const off = radius + GAP;
  // At a corner, the label's nearest corner meets the corner of the dot's box: clear of the
  // dot's box (which the other labels keep off too), and about GAP off its circle.
  const corner = radius;
  switch (side) {
    case 'above-right':
      return {
        left: x + corner,
        right: x + corner + width,
        top: y - corner - height,
        bottom: y - corner,
      };
    case 'below-right':
      return {
        left: x + corner,
        right: x + corner + width,
        top: y + corner,
        bottom: y + corner + height,
      };
    case 'above-left':
      return {
        left: x - corner - width,
        right: x - corner,
        top: y - corner - height,
        bottom: y - corner,
      };
    case 'below-left':
      return {
        left: x - corner - width,
        right: x - corner,
        top: y + corner,
        bottom: y + corner + height,
      };
    case 'right':
      return { left: x + off, right: x + off + width, top: y - height / 2, bottom: y + height / 2 };
    case 'left':
      return { left: x - off - width, right: x - off, top: y - height / 2, bottom: y + height / 2 };
    case 'above':
      return { left: x - width / 2, right: x + width / 2, top: y - off - height, bottom: y - off };
    case 'below':
      return { left: x - width / 2, right: x + width / 2, top: y + off, bottom: y + off + height };
    case 'centre':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y - height / 2,
        bottom: y + height / 2,
      };
  }
}

export const intersects = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (a: Box, frame: Box): boolean =>
  a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom;

/** How far a point is from a box (0 inside it). */
const distanceTo = (x: number, y: number, box: Box): number =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

/**
 * Whether another dot (not the label's own, centred where the label's anchor is) is nearer to
 * the label than its own, or about as near; or, when the label lies between its own dot and
 * the other on one line, not clearly (CLEARLY_NEARER) farther.
 */
function nearerThanOwn(dot: Box, request: LabelRequest, box: Box, own: number): boolean {
  const [x, y] = [(dot.left + dot.right) / 2, (dot.top + dot.bottom) / 2];
  if (Math.abs(x - request.x) < 0.5 && Math.abs(y - request.y) < 0.5) return false;
  // By a margin: a name about as near two dots could be either's, and one set between its own
  // and another on its line must be clearly nearer its own.
  const between =
    y >= box.top &&
    y <= box.bottom &&
    ((request.x <= box.left && x >= box.right) || (request.x >= box.right && x <= box.left));
  const margin = between && !request.essential ? CLEARLY_NEARER : 1;
  return distanceTo(x, y, box) < own * margin + GAP;
}

/**
 * Places labels in priority order (ties by id, so the result is stable), each at the first
 * side where it stays inside `frame`, touches no placed label, no dot and no obstacle, and
 * is nearer its own dot than any other (a name set beside a neighbour reads as the
 * neighbour's). A label that fits nowhere is left out (null) and comes back when zooming in
 * makes room.
 */
export function placeLabels(
  requests: LabelRequest[],
  dots: Box[],
  obstacles: Box[],
  frame: Box,
): Map<string, Placed | null> {
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: Box[] = [];
  const result = new Map<string, Placed | null>();
  for (const request of order) {
    let chosen: Placed | null = null;
    for (const side of request.sides ?? PLACE_SIDES) {
      const box = labelBox(request, side);
      if (!inside(box, frame)) continue;
      if (placed.some((b) => intersects(b, box))) continue;
      if (dots.some((d) => intersects(d, box))) continue;
      if (obstacles.some((o) => intersects(o, box))) continue;
      const own = distanceTo(request.x, request.y, box);
      if (dots.some((d) => nearerThanOwn(d, request, box, own))) continue;
      chosen = { side, box };
      break;
    }
    if (chosen) placed.push(chosen.box);
    result.set(request.id, chosen);
  }
  return result;
}

export interface Dot {
  id: string;
  x: number;
  y: number;
  radius: number;
  priority: number;
}

export interface Cluster {
  /** Members, the most important first; a cluster of one is a dot drawn as itself. */
  ids: string[];
  x: number;
  y: number;
}

/**
 * Groups dots that would touch on screen (closer than their radii plus `gap`). Greedy in
 * priority order: a dot joins the first cluster whose extent it touches, so a cluster sits on
 * its most important member. Runs to a fixed point, so no two results touch either.
 */
export function clusterDots(dots: Dot[], gap = 2, clusterRadius = 11): Cluster[] {
  const order = [...dots].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let groups = order.map((d) => ({ ids: [d.id], x: d.x, y: d.y, radius: d.radius }));
  for (let changed = true; changed;) {
    changed = false;
    const next: typeof groups = [];
    for (const g of groups) {
      const host = next.find((h) => Math.hypot(h.x - g.x, h.y - g.y) < h.radius + g.radius + gap);
      if (host) {
        host.ids.push(...g.ids);
        host.radius = Math.max(host.radius, clusterRadius);
        changed = true;
      } else next.push({ ...g, ids: [...g.ids] });
    }
    groups = next;
  }
  return groups.map(({ ids, x, y }) => ({ ids, x, y }));
}

/**
 * Zoom levels to add before the closest pair of `points` (screen pixels at the current zoom)
 * lies `apart` pixels apart; each level doubles distances.
 */
export function zoomToSeparate(points: { x: number; y: number }[], apart: number): number {
  let closest = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i], points[j]];
      if (a && b) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    }
  if (!Number.isFinite(closest)) return 0;
  if (closest === 0) return Infinity;
  return Math.max(1, Math.ceil(Math.log2(apart / closest)));
}
