import { describe, expect, it } from 'vitest';
import {
  drawRoutes,
  routeAt,
  routeGeometry,
  traceOffset,
  type Pen,
  type RouteArc,
  type RouteGeometry,
  type RouteLook,
} from '../../../src/overview/routeDrawing.ts';

/** A pen that records what is drawn: each stroke and fill with its points and width. */
function recorder() {
  const marks: Array<{ op: 'stroke' | 'fill'; points: number[][]; width: number; dash: number[] }> =
    [];
  let points: number[][] = [];
  let dash: number[] = [];
  const pen = {
    globalAlpha: 1,
    lineWidth: 1,
    strokeStyle: '',
    fillStyle: '',
    lineCap: 'butt',
    lineJoin: 'miter',
    beginPath: () => {
      points = [];
    },
    moveTo: (x: number, y: number) => points.push([x, y]),
    lineTo: (x: number, y: number) => points.push([x, y]),
    closePath: () => {},
    setLineDash: (d: number[]) => {
      dash = d;
    },
    stroke: () => marks.push({ op: 'stroke', points, width: pen.lineWidth, dash }),
    fill: () => marks.push({ op: 'fill', points, width: pen.lineWidth, dash }),
  };
  return { pen: pen as unknown as Pen, marks };
}

// Screen = lon, lat scaled by 10 (no projection): easy to reason about.
const toPoint = (lat: number, lon: number): [number, number] => [lon * 10, lat * 10];
const flat = (points: Array<{ lat: number; lon: number }>) =>
  Float64Array.from(points.flatMap((p) => [p.lat, p.lon]));
const straight = (key: string, to: string, from: [number, number], end: [number, number]) => ({
  key,
  to,
  path: flat(
    [0, 0.25, 0.5, 0.75, 1].map((t) => ({
      lon: from[0] + (end[0] - from[0]) * t,
      lat: from[1] + (end[1] - from[1]) * t,
    })),
  ),
});
const arcs: RouteArc[] = [
  straight('a>c', 'c', [0, 0], [30, 0]),
  straight('b>c', 'c', [0, 10], [30, 0]),
  straight('d>e', 'e', [0, 30], [30, 30]),
];
const geometry = routeGeometry(arcs, toPoint);

describe('routeGeometry', () => {
  it('stops each line short of its destination and puts a head there, tip at the dot’s edge', () => {
    const g = geometry.get('d>e');
    expect(g).toBeDefined();
    const line = [...(g?.line ?? [])];
    // The destination dot is at (300, 300) with radius 6: the tip 7.5 px before its centre.
    expect(line.at(-2)).toBeLessThan(300 - 7.5);
    const head = [...(g?.head ?? [])];
    expect(head).toHaveLength(6);
    expect(head[2]).toBeCloseTo(300 - 7.5, 5);
    expect(head[3]).toBeCloseTo(300, 5);
  });

  it('fans in arcs that share a destination, so their heads do not overlap', () => {
    // Two arcs arriving at (300, 0) almost together: alone, their tips nearly coincide.
    const dense = (key: string, from: [number, number]) => ({
      key,
      to: 'c',
      path: flat(
        Array.from({ length: 41 }, (_, i) => i / 40).map((t) => ({
          lon: from[0] + (30 - from[0]) * t,
          lat: from[1] * (1 - t),
        })),
      ),
    });
    const pair = [dense('a>c', [0, 0]), dense('b>c', [0, 0.5])];
    const tip = (g: Map<string, RouteGeometry>, key: string) => {
      const head = g.get(key)?.head ?? new Float64Array(6);
      return [head[2] ?? 0, head[3] ?? 0] as const;
    };
    const apart = (g: Map<string, RouteGeometry>, h: Map<string, RouteGeometry>) => {
      const [a, b] = [tip(g, 'a>c'), tip(h, 'b>c')];
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    };
    const together = routeGeometry(pair, toPoint);
    const alone = (i: number) => routeGeometry(pair.slice(i, i + 1), toPoint);
    expect(apart(alone(0), alone(1))).toBeLessThan(1);
    expect(apart(together, together)).toBeGreaterThan(3);
  });

  it('simplifies lines with the given function', () => {
    const two = routeGeometry(arcs, toPoint, (points) => [
      points[0] ?? [0, 0],
      points.at(-1) ?? [0, 0],
    ]);
    expect(two.get('d>e')?.line).toHaveLength(4);
  });
});

describe('drawRoutes', () => {
  const shown = new Map<string, RouteLook>([
    ['d>e', { weight: 6, remote: false }],
    ['a>c', { weight: 2, remote: true }],
  ]);

  // Lines, not the heads' thin white edges (0.75 px).
  const lines = (marks: ReturnType<typeof recorder>['marks']) =>
    marks.filter((m) => m.op === 'stroke' && m.width >= 1);

  it('draws only the routes shown: thinner first, remote dashed, each with its head', () => {
    const { pen, marks } = recorder();
    drawRoutes(pen, shown, geometry, '#0b5cad', undefined, 2);
    const strokes = lines(marks);
    expect(strokes.map((m) => m.width)).toEqual([2, 6]);
    expect(strokes[0]?.dash).toEqual([10, 7]);
    expect(strokes[1]?.dash).toEqual([]);
    expect(marks.filter((m) => m.op === 'fill')).toHaveLength(2);
    // b>c is not shown: nothing is drawn at its start (0, 100).
    expect(marks.some((m) => m.points.some(([x, y]) => x === 0 && y === 100))).toBe(false);
  });

  it('draws a line two device pixels wide as three hairlines: centre and half a pixel either side', () => {
    const { pen, marks } = recorder();
    drawRoutes(pen, new Map([['d>e', { weight: 2, remote: false }]]), geometry, '#0b5cad');
    const [stroke] = lines(marks);
    const line = geometry.get('d>e')?.line ?? new Float64Array();
    const n = line.length / 2;
    expect(stroke?.width).toBe(1);
    expect(stroke?.points).toHaveLength(3 * n);
    // d>e runs left to right at y = 300: its hairlines at 300, 299.5 and 300.5.
    const ys = [0, n, 2 * n].map((i) => stroke?.points[i]?.[1] ?? 0);
    expect(ys[0]).toBeCloseTo(300, 5);
    expect(ys[1]).toBeCloseTo(299.5, 5);
    expect(ys[2]).toBeCloseTo(300.5, 5);
  });

  it('skips routes outside the part being drawn', () => {
    const { pen, marks } = recorder();
    drawRoutes(pen, shown, geometry, '#0b5cad', [0, 250, 400, 400]);
    expect(lines(marks).map((m) => m.width)).toEqual([6]);
  });
});

describe('traceOffset', () => {
  /** The points traced, as a flat list. */
  const traced = (points: number[], by: number) => {
    const out: number[] = [];
    const at = (x: number, y: number) => out.push(x, y);
    traceOffset({ moveTo: at, lineTo: at }, Float64Array.from(points), by);
    return out;
  };

  it('moves a line sideways, to the right of its direction on screen', () => {
    expect(traced([0, 0, 10, 0, 20, 0], 1)).toEqual([0, 1, 10, 1, 20, 1]);
    expect(traced([0, 0, 0, 10], 2)).toEqual([-2, 0, -2, 10]);
  });

  it('keeps every point of a curve the given distance from where it was', () => {
    const curve = Array.from({ length: 9 }, (_, i) => [i * 10, (i - 4) ** 2]).flat();
    const moved = traced(curve, 0.5);
    for (let i = 0; i < curve.length; i += 2)
      expect(
        Math.hypot((moved[i] ?? 0) - (curve[i] ?? 0), (moved[i + 1] ?? 0) - (curve[i + 1] ?? 0)),
      ).toBeCloseTo(0.5, 9);
  });
});

describe('routeAt', () => {
  const shown = new Map<string, RouteLook>([
    ['a>c', { weight: 2, remote: false }],
    ['d>e', { weight: 6, remote: false }],
  ]);

  it('finds the route under a point, within half its width and a few pixels', () => {
    expect(routeAt(100, 300, shown, geometry)).toBe('d>e');
    expect(routeAt(100, 305, shown, geometry)).toBe('d>e');
    expect(routeAt(100, 2, shown, geometry)).toBe('a>c');
  });

  it('finds nothing off every route, and nothing on a route not shown', () => {
    expect(routeAt(100, 200, shown, geometry)).toBeNull();
    // b>c runs from (0, 100) to (300, 0): not shown.
    expect(routeAt(0, 100, shown, geometry)).toBeNull();
  });
});
