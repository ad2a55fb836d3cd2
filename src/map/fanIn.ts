/**
 * Fan-in: where several arcs reach one place, their last few pixels are turned about the
 * destination so each arrives from its own direction and its arrowhead sits apart from its
 * neighbours' on the dot's edge. Pure screen-space geometry, recomputed on zoom end.
 */
import type { ScreenPoint } from './geometry.ts';

const TAU = 2 * Math.PI;
/** The widest a fan opens: beyond it, arcs from one side would curl round the dot. */
const FAN_SPAN = (5 * Math.PI) / 6;

/** The direction ∈ (-π, π] from `from` to `to`, in screen axes (y down). */
const angleOf = (from: ScreenPoint, to: ScreenPoint): number =>
  Math.atan2(to[1] - from[1], to[0] - from[0]);

/**
 * The points `distances` pixels back along the path from its last point (its first point for
 * any beyond its length), in one walk back along it.
 */
export function pointsBack(points: ScreenPoint[], distances: number[]): ScreenPoint[] {
  const order = distances
    .map((_, i) => i)
    .sort((i, j) => (distances[i] ?? 0) - (distances[j] ?? 0));
  const result = new Array<ScreenPoint>(distances.length);
  let next = 0;
  let walked = 0;
  for (let i = points.length - 1; i > 0 && next < order.length; i--) {
    const [b, a] = [points[i], points[i - 1]];
    if (!a || !b) break;
    const span = Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (; next < order.length && span > 0; next++) {
      const index = order[next] ?? 0;
      const left = (distances[index] ?? 0) - walked;
      if (left > span) break;
      const t = left / span;
      result[index] = [b[0] + (a[0] - b[0]) * t, b[1] + (a[1] - b[1]) * t];
    }
    walked += span;
  }
  for (; next < order.length; next++) result[order[next] ?? 0] = points[0] ?? [0, 0];
  return result;
}

/** The point `distance` pixels back along the path from its last point (or its first point). */
export const pointBack = (points: ScreenPoint[], distance: number): ScreenPoint =>
  pointsBack(points, [distance])[0] ?? [0, 0];

/** The direction, seen from the path's end, from which the path arrives at `distance` back. */
export function arrivalAngle(points: ScreenPoint[], distance: number): number {
  const end = points[points.length - 1] ?? [0, 0];
  return angleOf(end, pointBack(points, distance));
}

/**
 * Moves angles apart until neighbours are at least `gap` apart, each as little as possible (in
 * the least-squares sense: pool-adjacent-violators on the angles in circular order, cut at the
 * widest empty sector). Returns the new angles in the input order. When the angles cannot all
 * fit within `maxSpan`, the gap shrinks to share it evenly.
 */
export function spreadAngles(angles: number[], gap: number, maxSpan = Math.PI): number[] {
  const n = angles.length;
  if (n < 2) return [...angles];
  const step = Math.min(gap, maxSpan / (n - 1));
  const order = angles
    .map((angle, index) => ({ angle: ((angle % TAU) + TAU) % TAU, index }))
    .sort((a, b) => a.angle - b.angle);
  // Start just after the widest empty sector, so a group around ±π is not split in two.
  let start = 0;
  let widest = -1;
  for (let i = 0; i < n; i++) {
    const here = order[i]?.angle ?? 0;
    const before = order[(i - 1 + n) % n]?.angle ?? 0;
    const empty = (here - before + TAU) % TAU || TAU;
    if (empty > widest) [widest, start] = [empty, i];
  }
  const first = order[start]?.angle ?? 0;
  const rotated = order.map((_, k) => {
    const item = order[(start + k) % n] ?? { angle: 0, index: 0 };
    return { index: item.index, angle: first + ((item.angle - first + TAU) % TAU) };
  });
  // With y_k = x_k − k·step, "x at least step apart" becomes "y non-decreasing": isotonic
  // regression of a_k − k·step, solved by pooling adjacent violators into blocks of their mean.
  const blocks: { sum: number; count: number }[] = [];
  rotated.forEach(({ angle }, k) => {
    blocks.push({ sum: angle - k * step, count: 1 });
    for (let top = blocks.at(-1), below = blocks.at(-2); top && below;) {
      if (below.sum / below.count <= top.sum / top.count) break;
      below.sum += top.sum;
      below.count += top.count;
      blocks.pop();
      [top, below] = [blocks.at(-1), blocks.at(-2)];
    }
  });
  const result = new Array<number>(n);
  let k = 0;
  for (const { sum, count } of blocks) {
    for (let j = 0; j < count; j++, k++) {
      const item = rotated[k];
      if (item) result[item.index] = sum / count + k * step;
    }
  }
  return result.map((angle) => Math.atan2(Math.sin(angle), Math.cos(angle)));
}

/**
 * The path with its last `reach` pixels turned about its end point by `turn` radians: fully
 * within `hold` pixels of the end (so the head lies straight along the new direction), easing
 * to no turn at `reach`. The tail is resampled every 2 px so the bend is smooth.
 */
export function turnTail(
  points: ScreenPoint[],
  turn: number,
  hold: number,
  reach: number,
): ScreenPoint[] {
  const end = points[points.length - 1];
  if (!end || turn === 0 || points.length < 2) return points;
  const weight = (d: number) => {
    if (d <= hold) return 1;
    if (d >= reach) return 0;
    const t = (reach - d) / (reach - hold);
    return t * t * (3 - 2 * t);
  };
  const rotate = ([x, y]: ScreenPoint): ScreenPoint => {
    const [dx, dy] = [x - end[0], y - end[1]];
    const a = turn * weight(Math.hypot(dx, dy));
    const [c, s] = [Math.cos(a), Math.sin(a)];
    return [end[0] + dx * c - dy * s, end[1] + dx * s + dy * c];
  };
  // Keep the points outside reach; resample the rest along the path.
  let cut = points.length - 1;
  while (cut > 0 && distanceTo(points[cut - 1], end) < reach) cut--;
  const head = points.slice(0, cut);
  const tailLength = pathLength(points.slice(cut));
  const distances: number[] = [];
  for (let d = tailLength; d > 0; d -= 2) distances.push(d);
  const tail = pointsBack(points, distances);
  tail.push(end);
  return [...head, ...tail.map(rotate)];
}

function distanceTo(a: ScreenPoint | undefined, b: ScreenPoint): number {
  return a ? Math.hypot(a[0] - b[0], a[1] - b[1]) : Infinity;
}

function pathLength(points: ScreenPoint[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (a && b) total += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return total;
}

export interface Arrival {
  /** Screen points of the arc, ending at the destination's centre. */
  points: ScreenPoint[];
  /** Pixels from the centre to where the tip of the head touches the dot. */
  trim: number;
  /** Arrowhead length in pixels. */
  head: number;
  /** Arrowhead width at its base in pixels; as long as it is wide if unset. */
  width?: number;
}

/**
 * How far each of the arcs that share a destination turns, in radians: measures where each
 * arrives (at its head's base) and spreads those directions so neighbouring heads do not
 * overlap (within 150°, then closer). Needs every arc's arrival, not its whole path bent.
 */
export function fanTurns(arrivals: Arrival[]): number[] {
  if (arrivals.length < 2) return arrivals.map(() => 0);
  const base = Math.max(...arrivals.map((a) => a.trim + a.head));
  const width = Math.max(...arrivals.map((a) => a.width ?? a.head));
  const angles = arrivals.map((a) => arrivalAngle(a.points, a.trim + a.head));
  const spread = spreadAngles(angles, (width + 1) / base, FAN_SPAN);
  return arrivals.map((_, i) => {
    const change = (spread[i] ?? 0) - (angles[i] ?? 0);
    return Math.atan2(Math.sin(change), Math.cos(change));
  });
}

/** An arc's last pixels turned by `turn` (from fanTurns): its head lies along the new direction. */
export function turnArrival(arrival: Arrival, turn: number): ScreenPoint[] {
  const hold = arrival.trim + arrival.head;
  return turnTail(arrival.points, turn, hold, hold + Math.max(30, 3 * hold));
}

/** Fans in arcs that share a destination: each turned by its share of fanTurns. */
export function fanIn(arrivals: Arrival[]): ScreenPoint[][] {
  if (arrivals.length < 2) return arrivals.map((a) => a.points);
  const turns = fanTurns(arrivals);
  return arrivals.map((a, i) => turnArrival(a, turns[i] ?? 0));
}
