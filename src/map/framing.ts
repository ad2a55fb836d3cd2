/**
 * What the map frames and how much room it leaves, pure: the first view shows the meetings and
 * the journeys that reach them from nearby; an origin far beyond the story's extent (Washington
 * for a meeting in Kyiv) is left out of the fit and shown by an edge marker instead. The padding
 * keeps the fitted area clear of whatever floats over the map (legend, zoom buttons, attribution).
 */
import { distanceKm } from '../../geo/distance.ts';
import { boundsOf, type LatLon } from './geometry.ts';

export interface FrameJourney {
  id: string;
  from: { id: string; at: LatLon };
  to: { id: string; at: LatLon };
  path: LatLon[];
  /**
   * Points that bound the path (its box's corners, say): the frame is fitted to these instead
   * of every point of the path, which at 10 000 journeys is half a million points.
   */
  extent?: LatLon[];
  /** The great-circle distance from origin to destination, if already known. */
  km?: number;
}

export interface Frame {
  points: LatLon[];
  /** Origins left out of the fit: each with the journey's destination and the distance to it. */
  far: { id: string; to: string; at: LatLon; km: number; path: LatLon[]; side: Side }[];
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

/**
 * The border of the framed box (south-west, north-east) that a path from origin to
 * destination crosses last, walking back from the destination: where its edge marker will sit.
 */
export function exitSide(
  path: LatLon[],
  [[s, w], [n, e]]: [[number, number], [number, number]],
): Side {
  for (let k = path.length - 1; k >= 0; k--) {
    const p = path[k];
    if (!p) continue;
    if (p.lat > n) return 'top';
    if (p.lat < s) return 'bottom';
    if (p.lon < w) return 'left';
    if (p.lon > e) return 'right';
  }
  return 'left';
}

/** Never call an origin far below this: a tour of Europe is framed whole. */
export const FAR_MIN_KM = 2500;
/** An origin is far when its journey is this many times the median journey's length. */
export const FAR_FACTOR = 2.5;

const median = (values: number[]): number => {
  // A typed array sorts numbers natively: at 10 000 journeys several times faster.
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * The points to fit: every place, and the bowed path of every journey, except origins whose
 * every journey is far longer than the typical one. `keep` are ids never left out (the
 * selection). A release whose journeys are all long (Stockholm to Washington) keeps them all.
 */
export function chooseFrame(
  places: { id: string; at: LatLon }[],
  journeys: FrameJourney[],
  keep: ReadonlySet<string> = new Set(),
): Frame {
  const lengths = journeys.map((j) => j.km ?? distanceKm(j.from.at, j.to.at));
  const limit = Math.max(FAR_MIN_KM, FAR_FACTOR * median(lengths));
  const farJourney = journeys.map((j, i) => (lengths[i] ?? 0) > limit && !keep.has(j.from.id));
  const destinations = new Set(journeys.map((j) => j.to.id));
  const far = new Map<string, Frame['far'][number]>();
  journeys.forEach((j, i) => {
    const km = lengths[i] ?? 0;
    const seen = far.get(j.from.id);
    if (farJourney[i] && !destinations.has(j.from.id) && (!seen || km < seen.km))
      far.set(j.from.id, {
        id: j.from.id,
        to: j.to.id,
        at: j.from.at,
        km,
        path: j.path,
        side: 'left',
      });
  });
  // An origin with any near journey stays in the frame.
  journeys.forEach((j, i) => {
    if (!farJourney[i]) far.delete(j.from.id);
  });
  const points = [
    ...places.filter((p) => !far.has(p.id)).map((p) => p.at),
    ...journeys.filter((j) => !far.has(j.from.id)).flatMap((j) => j.extent ?? j.path),
  ];
  const box = boundsOf(points);
  return {
    points,
    far: [...far.values()].map((f) => ({ ...f, side: box ? exitSide(f.path, box) : f.side })),
  };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  topLeft: [number, number];
  bottomRight: [number, number];
}

/**
 * Padding for fitBounds that keeps the fitted area clear of every obstacle (boxes in the map's
 * own pixels). Each obstacle is kept clear either by reserving the strip beside it (left or
 * right) or the strip above or below it, whichever of all the combinations leaves the largest
 * scale for content of the given aspect (width / height).
 */
export function fitPadding(
  size: { width: number; height: number },
  obstacles: Box[],
  aspect: number,
  base = 24,
  extra: Partial<Record<Side, number>> = {},
): Padding {
  const inMap = obstacles.filter(
    (o) => o.right > 0 && o.bottom > 0 && o.left < size.width && o.top < size.height,
  );
  let best: { padding: Padding; scale: number } | undefined;
  for (let mask = 0; mask < 1 << inMap.length; mask++) {
    let [left, top, right, bottom] = [
      base + (extra.left ?? 0),
      base + (extra.top ?? 0),
      base + (extra.right ?? 0),
      base + (extra.bottom ?? 0),
    ];
    inMap.forEach((o, i) => {
      const horizontal = (mask >> i) & 1;
      if (horizontal) {
        if (o.left + o.right < size.width) left = Math.max(left, o.right + base / 2);
        else right = Math.max(right, size.width - o.left + base / 2);
      } else if (o.top + o.bottom < size.height) top = Math.max(top, o.bottom + base / 2);
      else bottom = Math.max(bottom, size.height - o.top + base / 2);
    });
    const width = Math.max(1, size.width - left - right);
    const height = Math.max(1, size.height - top - bottom);
    const scale = Math.min(width / Math.max(aspect, 1e-9), height);
    if (!best || scale > best.scale)
      best = { padding: { topLeft: [left, top], bottomRight: [right, bottom] }, scale };
  }
  return best?.padding ?? { topLeft: [base, base], bottomRight: [base, base] };
}

/** Room along each border for the edge markers of far origins: a row per marker. */
export function edgeRoom(far: Frame['far'], row = 28, width = 160): Partial<Record<Side, number>> {
  const room: Partial<Record<Side, number>> = {};
  for (const f of far)
    room[f.side] =
      f.side === 'top' || f.side === 'bottom'
        ? (room[f.side] ?? 8) + row
        : Math.max(room[f.side] ?? 0, width);
  return room;
}

/**
 * Where an arc (screen points from origin to destination) leaves `frame` on its way from the
 * destination back to its origin: the border point and the direction towards the origin in
 * degrees (0 = east, 90 = south, screen convention). Null when the origin is inside the frame
 * or the destination is not.
 */
export function edgePoint(
  points: { x: number; y: number }[],
  frame: Box,
): { x: number; y: number; angle: number } | null {
  const inside = (p: { x: number; y: number }) =>
    p.x >= frame.left && p.x <= frame.right && p.y >= frame.top && p.y <= frame.bottom;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || inside(first) || !inside(last)) return null;
  for (let k = points.length - 2; k >= 0; k--) {
    const [a, b] = [points[k + 1], points[k]];
    if (!a || !b || inside(b)) continue;
    // a is inside, b outside: the first border the segment a→b reaches.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.min(
      dx > 0 ? (frame.right - a.x) / dx : dx < 0 ? (frame.left - a.x) / dx : Infinity,
      dy > 0 ? (frame.bottom - a.y) / dy : dy < 0 ? (frame.top - a.y) / dy : Infinity,
    );
    return { x: a.x + dx * t, y: a.y + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
  }
  return null;
}
