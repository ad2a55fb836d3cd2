/**
 * Drawing thousands of routes on one canvas, pure: the routes' screen geometry at a zoom (with
 * the fan-in at hubs and arrowheads of a release's arcs), drawn in one stroke per look, and hit
 * testing. Kept apart from Leaflet (routeBundle.ts) so it is tested directly.
 */
import { fanIn } from '../map/fanIn.ts';
import { screenArrow, type ScreenPoint } from '../map/geometry.ts';
import { arcStyle, arrowStyle } from '../map/styles.ts';

/** A route's arc as the map draws it: its points, and the place it arrives at. */
export interface RouteArc {
  key: string;
  /** The destination's id: arcs that share it fan in, so their heads stay apart. */
  to: string;
  /** Latitude, longitude pairs. */
  path: Float64Array;
}

/** What a route looks like in view: its width by trips, dashed if every trip was remote. */
export interface RouteLook {
  weight: number;
  remote: boolean;
}

/** A route at one zoom, in layer pixels: line and head as flat x, y lists, and its box. */
export interface RouteGeometry {
  line: Float64Array;
  head: Float64Array;
  box: [minX: number, minY: number, maxX: number, maxY: number];
}

/** The overview's arcs end at a dot of this radius with a head this long, as a release's do. */
export const END = { radius: 6, head: 9 };

const flat = (points: ScreenPoint[]) => Float64Array.from(points.flat());

function boxOf(...lists: Float64Array[]): RouteGeometry['box'] {
  const box: RouteGeometry['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const list of lists)
    for (let i = 0; i + 1 < list.length; i += 2) {
      const [x, y] = [list[i] ?? 0, list[i + 1] ?? 0];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return box;
}

/**
 * Every route's geometry at the current zoom (`toPoint` projects). All routes fan in, not only
 * those in view, so a filter never moves an arc; a zoom is the only reason to call this again.
 */
export function routeGeometry(
  arcs: RouteArc[],
  toPoint: (lat: number, lon: number) => ScreenPoint,
  /** Drops points a pixel or less off the line: a busy map strokes far fewer. */
  simplify: (points: ScreenPoint[]) => ScreenPoint[] = (points) => points,
): Map<string, RouteGeometry> {
  const byPlace = new Map<string, { key: string; points: ScreenPoint[] }[]>();
  for (const arc of arcs) {
    const group = byPlace.get(arc.to) ?? [];
    const points: ScreenPoint[] = [];
    for (let i = 0; i + 1 < arc.path.length; i += 2)
      points.push(toPoint(arc.path[i] ?? 0, arc.path[i + 1] ?? 0));
    group.push({ key: arc.key, points });
    byPlace.set(arc.to, group);
  }
  const trim = END.radius + 1.5;
  const out = new Map<string, RouteGeometry>();
  for (const group of byPlace.values()) {
    const fanned = fanIn(group.map(({ points }) => ({ points, trim, head: END.head })));
    group.forEach(({ key }, i) => {
      const drawn = screenArrow(fanned[i] ?? [], trim, END.head);
      const [line, head] = [flat(simplify(drawn.line)), flat(drawn.head)];
      out.set(key, { line, head, box: boxOf(line, head) });
    });
  }
  return out;
}

/** What routeBundle.ts draws on: the part of CanvasRenderingContext2D it uses. */
export type Pen = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
  | 'globalAlpha'
  | 'lineWidth'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineCap'
  | 'lineJoin'
>;

const dashes = (dashArray: string | number[] | undefined): number[] =>
  typeof dashArray === 'string'
    ? dashArray.split(/[ ,]+/).filter(Boolean).map(Number)
    : (dashArray ?? []);

function trace(pen: Pen, points: Float64Array, closed: boolean): void {
  for (let i = 0; i + 1 < points.length; i += 2) {
    const [x, y] = [points[i] ?? 0, points[i + 1] ?? 0];
    if (i === 0) pen.moveTo(x, y);
    else pen.lineTo(x, y);
  }
  if (closed) pen.closePath();
}

/**
 * Traces a line (flat x, y list) moved `by` pixels to its side: each point along the normal of
 * the line through its neighbours, so a gentle curve keeps its shape. Positive is to the right
 * of the direction of travel on screen (y down). Computed as it is traced: thousands of lines
 * are offset on every new view, and kept copies would be garbage at once.
 */
export function traceOffset(pen: Pick<Pen, 'moveTo' | 'lineTo'>, points: Float64Array, by: number) {
  const n = points.length >> 1;
  for (let i = 0; i < n; i++) {
    const [a, b] = [Math.max(0, i - 1), Math.min(n - 1, i + 1)];
    const dx = (points[2 * b] ?? 0) - (points[2 * a] ?? 0);
    const dy = (points[2 * b + 1] ?? 0) - (points[2 * a + 1] ?? 0);
    const length = Math.hypot(dx, dy) || 1;
    const x = (points[2 * i] ?? 0) - (dy / length) * by;
    const y = (points[2 * i + 1] ?? 0) + (dx / length) * by;
    if (i === 0) pen.moveTo(x, y);
    else pen.lineTo(x, y);
  }
}

/**
 * Lines at most this many device pixels wide are drawn as three hairlines side by side (a
 * device pixel wide each, at the centre and half a pixel inside either edge), in one path: the
 * same width and, translucent, the same weight on screen as the stroke, but rasterised by the
 * canvas's hairline path, which in Chromium's software rasteriser is more than twice as fast as
 * a stroke of 2 pixels. Most routes of an archive (one trip each) are that thin.
 */
export const HAIRLINES_UP_TO = 2;

/**
 * Draws the routes `shown` (key → look), thinner looks first so the busiest routes lie on top,
 * each head after its line. The opacity is set once per look; each route is its own path,
 * since a translucent path of thousands of lines is far slower to stroke than its parts. The
 * looks are the release's arc styles (styles.ts), so the overview reads like a release map.
 */
export function drawRoutes(
  pen: Pen,
  shown: Map<string, RouteLook>,
  geometry: Map<string, RouteGeometry>,
  colour: string,
  /** The part of the layer to draw (min x, min y, max x, max y): routes outside are skipped. */
  view?: RouteGeometry['box'],
  /** Device pixels per layer pixel (2 on a retina screen). */
  scale = 1,
): void {
  const byLook = new Map<string, { look: RouteLook; keys: string[] }>();
  for (const [key, look] of shown) {
    const id = `${look.weight}|${look.remote}`;
    const group = byLook.get(id) ?? { look, keys: [] };
    group.keys.push(key);
    byLook.set(id, group);
  }
  const head = arrowStyle({ colour, remote: false, external: false, emphasis: 'normal' });
  const groups = [...byLook.values()].sort((a, b) => a.look.weight - b.look.weight);
  // Butt ends and mitred joins rasterise a third faster than round ones, and at a route's
  // width they look the same: its ends lie under the dot and the head, its bends are slight.
  pen.lineCap = 'butt';
  pen.fillStyle = head.fillColor ?? colour;
  for (const { look, keys } of groups) {
    const style = arcStyle({ colour, external: false, emphasis: 'normal', ...look });
    const width = style.weight ?? 1;
    const hairlines = width * scale <= HAIRLINES_UP_TO;
    // The outer hairlines' centres half a device pixel inside the line's edges.
    const edge = width / 2 - 0.5 / scale;
    pen.globalAlpha = style.opacity ?? 1;
    for (const key of keys) {
      const g = geometry.get(key);
      if (!g || (view && !overlaps(g.box, view))) continue;
      pen.setLineDash(dashes(style.dashArray));
      pen.lineWidth = hairlines ? Math.min(width, 1 / scale) : width;
      pen.strokeStyle = style.color ?? colour;
      pen.lineJoin = 'miter';
      pen.beginPath();
      trace(pen, g.line, false);
      if (hairlines && edge > 0) {
        traceOffset(pen, g.line, -edge);
        traceOffset(pen, g.line, edge);
      }
      pen.stroke();
      if (g.head.length < 6) continue;
      pen.setLineDash([]);
      pen.lineWidth = head.weight ?? 1;
      pen.strokeStyle = head.color ?? '#ffffff';
      pen.lineJoin = 'round';
      pen.beginPath();
      trace(pen, g.head, true);
      pen.fill();
      pen.stroke();
    }
  }
}

const overlaps = (a: RouteGeometry['box'], b: RouteGeometry['box']) =>
  a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The route in view under a point, within half its width and `tolerance` pixels: of several,
 * the one drawn on top (the widest). Null if none.
 */
export function routeAt(
  x: number,
  y: number,
  shown: Map<string, RouteLook>,
  geometry: Map<string, RouteGeometry>,
  tolerance = 3,
): string | null {
  let best: { key: string; weight: number } | null = null;
  for (const [key, look] of shown) {
    const g = geometry.get(key);
    const reach = look.weight / 2 + tolerance;
    if (!g || (best && look.weight < best.weight)) continue;
    const [minX, minY, maxX, maxY] = g.box;
    if (x < minX - reach || x > maxX + reach || y < minY - reach || y > maxY + reach) continue;
    const line = g.line;
    for (let i = 2; i + 1 < line.length; i += 2) {
      const d = toSegment(x, y, line[i - 2] ?? 0, line[i - 1] ?? 0, line[i] ?? 0, line[i + 1] ?? 0);
      if (d <= reach) {
        best = { key, weight: look.weight };
        break;
      }
    }
  }
  return best?.key ?? null;
}
