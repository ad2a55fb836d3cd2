/**
 * Arc geometry, pure and computed once per dataset: great-circle paths bowed sideways so short
 * hops still read as arcs, lanes so parallel journeys do not overlap, arrowheads for direction.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

const RAD = Math.PI / 180;

/** Points along the shorter great circle from a to b; longitudes stay continuous across ±180°. */
export function greatCircle(a: LatLon, b: LatLon, segments = 48): LatLon[] {
  const [φ1, λ1, φ2, λ2] = [a.lat * RAD, a.lon * RAD, b.lat * RAD, b.lon * RAD];
  const p1 = [Math.cos(φ1) * Math.cos(λ1), Math.cos(φ1) * Math.sin(λ1), Math.sin(φ1)] as const;
  const p2 = [Math.cos(φ2) * Math.cos(λ2), Math.cos(φ2) * Math.sin(λ2), Math.sin(φ2)] as const;
  const dot = Math.min(1, Math.max(-1, p1[0] * p2[0] + p1[1] * p2[1] + p1[2] * p2[2]));
  const ω = Math.acos(dot);
  // Antipodes have no single great circle: go by a point 90° east on the equator's side.
  if (1 + dot < 1e-12) {
    const via = { lat: 0, lon: a.lon + 90 };
    const half = Math.max(1, Math.round(segments / 2));
    return unwrap([...greatCircle(a, via, half), ...greatCircle(via, b, half).slice(1)], a.lon);
  }
  const points: LatLon[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    // Spherical linear interpolation; for coincident points it degenerates to a itself.
    const [s1, s2] =
      ω < 1e-9 ? [1 - t, t] : [Math.sin((1 - t) * ω) / Math.sin(ω), Math.sin(t * ω) / Math.sin(ω)];
    const x = s1 * p1[0] + s2 * p2[0];
    const y = s1 * p1[1] + s2 * p2[1];
    const z = s1 * p1[2] + s2 * p2[2];
    points.push({ lat: Math.atan2(z, Math.hypot(x, y)) / RAD, lon: Math.atan2(y, x) / RAD });
  }
  return unwrap(points, a.lon);
}

/** Keeps each longitude within 180° of the previous one, so a line never jumps. */
function unwrap(points: LatLon[], start: number): LatLon[] {
  let previous = start;
  return points.map(({ lat, lon }) => {
    const continuous = lon + 360 * Math.round((previous - lon) / 360);
    previous = continuous;
    return { lat, lon: continuous };
  });
}

/** Web Mercator in degrees-like units, the plane the map is drawn in. */
function project(p: LatLon): [number, number] {
  const φ = Math.max(-85, Math.min(85, p.lat)) * RAD;
  return [p.lon, Math.log(Math.tan(Math.PI / 4 + φ / 2)) / RAD];
}
function unproject([x, y]: [number, number]): LatLon {
  return { lat: (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD, lon: x };
}

export interface ArcOptions {
  /** Sideways bow as a share of the arc's length on the map. */
  bow?: number;
  /** 0, 1, 2…: journeys on the same route get increasing bows, so they do not overlap. */
  lane?: number;
  /** Extra bow per lane. */
  laneStep?: number;
  segments?: number;
}

/**
 * A great-circle path displaced to the left of its direction of travel by a sine profile.
 * Because the bow is to the left, an outbound and a return leg fall on opposite sides.
 */
export function arcPath(a: LatLon, b: LatLon, options: ArcOptions = {}): LatLon[] {
  const { bow = 0.15, lane = 0, laneStep = 0.08, segments = 48 } = options;
  const path = greatCircle(a, b, segments).map(project);
  const [x0, y0] = project(a);
  const [x1, y1] = path[segments] ?? project(b);
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (length === 0) return path.map(unproject);
  // Unit normal to the left of the chord a→b.
  const [nx, ny] = [-(y1 - y0) / length, (x1 - x0) / length];
  const height = (bow + lane * laneStep) * length;
  return path.map(([x, y], i) => {
    const lift = height * Math.sin((Math.PI * i) / segments);
    return unproject([x + nx * lift, y + ny * lift]);
  });
}

/**
 * An arrowhead (left wing, tip, right wing) on the path at share `at` of its points, pointing
 * along it; its size is a share of the arc's length so it scales with the arc.
 */
export function arrowHead(path: LatLon[], at = 0.7, size = 0.06): LatLon[] {
  const projected = path.map(project);
  const i = Math.max(1, Math.min(projected.length - 1, Math.round(at * (projected.length - 1))));
  const [tip, before, first, last] = [i, i - 1, 0, projected.length - 1].map((k) => projected[k]);
  if (!tip || !before || !first || !last) return [];
  const [tx, ty] = tip;
  const [px, py] = before;
  const length = Math.max(
    0.5,
    Math.min(3, Math.hypot(last[0] - first[0], last[1] - first[1]) * size),
  );
  const heading = Math.atan2(ty - py, tx - px);
  const wing = (angle: number): [number, number] => [
    tx - length * Math.cos(heading + angle),
    ty - length * Math.sin(heading + angle),
  ];
  return [unproject(wing(0.45)), unproject([tx, ty]), unproject(wing(-0.45))];
}

/**
 * A lane for each item: 0 for the first on a directed route (from → to), then 1, 2…; a
 * return leg has its own lanes and bows to the other side anyway.
 */
export function assignLanes<T extends { id: string; from: string; to: string }>(
  items: T[],
): Map<string, number> {
  const used = new Map<string, number>();
  const lanes = new Map<string, number>();
  for (const item of items) {
    const route = `${item.from}→${item.to}`;
    const lane = used.get(route) ?? 0;
    used.set(route, lane + 1);
    lanes.set(item.id, lane);
  }
  return lanes;
}

/** South-west and north-east corners of a set of points; undefined when there are none. */
export function boundsOf(points: LatLon[]): [[number, number], [number, number]] | undefined {
  if (points.length === 0) return undefined;
  let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lat, lon } of points) {
    s = Math.min(s, lat);
    n = Math.max(n, lat);
    w = Math.min(w, lon);
    e = Math.max(e, lon);
  }
  return [
    [s, w],
    [n, e],
  ];
}

export type ScreenPoint = [x: number, y: number];

/**
 * An arc as drawn at the current zoom, in screen pixels: the line stops short of the
 * destination dot (`trim` pixels from the end) and carries an arrowhead of `size` pixels whose
 * tip touches the dot's edge. The head never takes more than a third of the arc's length on
 * screen, so a short hop seen from afar keeps a line; an arc shorter than its trim has no head.
 * `width` is the head's width at its base (as long as it is wide unless given).
 */
export function screenArrow(
  points: ScreenPoint[],
  trim: number,
  size = 9,
  width = size,
): { line: ScreenPoint[]; head: ScreenPoint[] } {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    lengths.push((lengths[i - 1] ?? 0) + (a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0));
  }
  const total = lengths[lengths.length - 1] ?? 0;
  const usable = total - trim;
  if (points.length < 2 || usable <= 1) return { line: points, head: [] };
  const head = Math.min(size, usable / 3);
  /** The point `distance` along the path, and the index of the segment it lies on. */
  const along = (distance: number): { point: ScreenPoint; index: number } => {
    let i = 1;
    while (i < lengths.length - 1 && (lengths[i] ?? 0) < distance) i++;
    const a: ScreenPoint = points[i - 1] ?? [0, 0];
    const b: ScreenPoint = points[i] ?? [0, 0];
    const span = (lengths[i] ?? 0) - (lengths[i - 1] ?? 0);
    const t = span === 0 ? 0 : (distance - (lengths[i - 1] ?? 0)) / span;
    return { point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], index: i };
  };
  const tip = along(usable).point;
  const base = along(usable - head);
  // The line runs half way into the head, so its round cap hides under it, never past the tip.
  const end = along(usable - head / 2);
  const line = [...points.slice(0, end.index), end.point];
  const [dx, dy] = [tip[0] - base.point[0], tip[1] - base.point[1]];
  const norm = Math.hypot(dx, dy) || 1;
  const half = (head * width) / size / 2;
  const [nx, ny] = [(-dy / norm) * half, (dx / norm) * half];
  return {
    line,
    head: [[base.point[0] + nx, base.point[1] + ny], tip, [base.point[0] - nx, base.point[1] - ny]],
  };
}
