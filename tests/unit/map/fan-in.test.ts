import { describe, expect, it } from 'vitest';
import {
  arrivalAngle,
  fanIn,
  fanTurns,
  pointBack,
  pointsBack,
  spreadAngles,
  turnArrival,
  turnTail,
} from '../../../src/map/fanIn.ts';
import { screenArrow, type ScreenPoint } from '../../../src/map/geometry.ts';

const DEG = Math.PI / 180;

/** Circular distance between two angles. */
const apart = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/** A straight path of `length` px arriving at (0, 0) from direction `angle` (screen axes). */
const from = (angle: number, length = 200, step = 10): ScreenPoint[] => {
  const points: ScreenPoint[] = [];
  for (let d = length; d >= 0; d -= step) points.push([d * Math.cos(angle), d * Math.sin(angle)]);
  return points;
};

describe('spreadAngles', () => {
  it('leaves angles that are already far enough apart where they are', () => {
    const angles = [10 * DEG, 60 * DEG, -100 * DEG];
    expect(spreadAngles(angles, 20 * DEG)).toEqual(angles.map((a) => expect.closeTo(a, 9)));
  });

  it('moves crowded angles apart by the gap, symmetrically about their mean, in input order', () => {
    const spread = spreadAngles([181 * DEG, 179 * DEG, 180 * DEG], 10 * DEG);
    const degrees = spread.map((a) => ((a / DEG + 360) % 360).toFixed(6));
    expect(degrees).toEqual(['190.000000', '170.000000', '180.000000']);
  });

  it('keeps every neighbour at least the gap apart for sixteen arrivals from one side', () => {
    const angles = Array.from({ length: 16 }, (_, i) => (150 + i * 3) * DEG);
    const spread = spreadAngles(angles, 10 * DEG).sort((a, b) => a - b);
    for (let i = 1; i < spread.length; i++)
      expect(apart(spread[i] ?? 0, spread[i - 1] ?? 0)).toBeGreaterThanOrEqual(10 * DEG - 1e-9);
  });

  it('shares the half circle evenly when the gap asked for cannot fit', () => {
    const angles = Array.from({ length: 20 }, () => 0);
    const spread = spreadAngles(angles, 30 * DEG).sort((a, b) => a - b);
    expect((spread.at(-1) ?? 0) - (spread[0] ?? 0)).toBeCloseTo(Math.PI, 9);
  });

  it('does not split a group that straddles ±180°', () => {
    const spread = spreadAngles([179 * DEG, -179 * DEG], 10 * DEG);
    expect(apart(spread[0] ?? 0, 175 * DEG)).toBeLessThan(1e-9);
    expect(apart(spread[1] ?? 0, -175 * DEG)).toBeLessThan(1e-9);
  });
});

describe('pointsBack', () => {
  // Up 40 px to its end at (30, 40) after 30 px along the x axis, with a repeated corner (a
  // segment of no length).
  const path: ScreenPoint[] = [
    [0, 0],
    [30, 0],
    [30, 0],
    [30, 40],
  ];

  it('gives the point each distance back along the path, in the order asked, in one walk', () => {
    expect(pointsBack(path, [50, 0, 10, 40, 70])).toEqual([
      [20, 0],
      [30, 40],
      [30, 30],
      [30, 0],
      [0, 0],
    ]);
  });

  it('gives the first point for distances beyond the path', () => {
    expect(pointsBack(path, [1000, 71])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('is what pointBack gives for one distance', () => {
    expect(pointBack(path, 50)).toEqual([20, 0]);
  });
});

describe('turnTail', () => {
  it('turns the end of the path about its last point and leaves the far part alone', () => {
    const path = from(180 * DEG);
    const turned = turnTail(path, 30 * DEG, 20, 60);
    expect(turned.at(-1)).toEqual([0, 0]);
    expect(turned[0]).toEqual(path[0]);
    expect(arrivalAngle(turned, 15) / DEG).toBeCloseTo(-150, 6);
    expect(arrivalAngle(turned, 100) / DEG).toBeCloseTo(180, 6);
  });

  it('changes nothing without a turn', () => {
    const path = from(45 * DEG);
    expect(turnTail(path, 0, 20, 60)).toBe(path);
  });
});

describe('fanIn', () => {
  it('gives sixteen arcs that arrive from one direction heads that do not overlap', () => {
    const arrivals = Array.from({ length: 16 }, (_, i) => ({
      points: from((170 + i) * DEG),
      trim: 10.5,
      head: 7,
      width: 3,
    }));
    const heads = fanIn(arrivals).map((points) => screenArrow(points, 10.5, 7, 3).head);
    const tip = (h: ScreenPoint[]): ScreenPoint => h[1] ?? [NaN, NaN];
    const baseMiddle = ([l, , r]: ScreenPoint[]): ScreenPoint =>
      l && r ? [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2] : [NaN, NaN];
    const distance = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    // Every tip still touches the dot's edge…
    for (const head of heads) expect(distance(tip(head), [0, 0])).toBeCloseTo(10.5, 1);
    // …and neighbouring heads, side by side around the dot, are at least a head's width apart
    // at their bases (so, being wedges towards the dot, they do not overlap).
    const around = [...heads].sort(
      (a, b) => Math.atan2(tip(a)[1], tip(a)[0]) - Math.atan2(tip(b)[1], tip(b)[0]),
    );
    for (let i = 1; i < around.length; i++)
      expect(
        distance(baseMiddle(around[i] ?? []), baseMiddle(around[i - 1] ?? [])),
      ).toBeGreaterThanOrEqual(3);
  });

  it('leaves a single arc as it is', () => {
    const path = from(0);
    expect(fanIn([{ points: path, trim: 6, head: 9 }])[0]).toBe(path);
  });
});

describe('fanTurns and turnArrival', () => {
  const arrivals = [170, 175, 180, 185].map((deg) => ({
    points: from(deg * DEG),
    trim: 10.5,
    head: 7,
    width: 3,
  }));

  it('turn each arc as fanIn does, so hidden arcs can take their turn later', () => {
    const turns = fanTurns(arrivals);
    expect(turns.some((turn) => Math.abs(turn) > 1e-3)).toBe(true);
    const fanned = fanIn(arrivals);
    arrivals.forEach((arrival, i) => {
      expect(turnArrival(arrival, turns[i] ?? 0)).toEqual(fanned[i]);
    });
  });

  it('leaves a lone arc unturned', () => {
    expect(fanTurns(arrivals.slice(0, 1))).toEqual([0]);
  });
});
