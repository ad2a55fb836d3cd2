import { describe, expect, it } from 'vitest';
import { buildArcs } from '../../../src/map/arcs.ts';
import {
  arcPath,
  arrowHead,
  assignLanes,
  boundsOf,
  greatCircle,
  type LatLon,
} from '../../../src/map/geometry.ts';
import { indexFirstRelease } from '../support/real-release.ts';

const STOCKHOLM: LatLon = { lat: 59.3294, lon: 18.0687 };
const WASHINGTON: LatLon = { lat: 38.8951, lon: -77.0364 };
const CANBERRA: LatLon = { lat: -35.282, lon: 149.1286 };
const TOKYO: LatLon = { lat: 35.6895, lon: 139.6917 };
const LOS_ANGELES: LatLon = { lat: 34.0522, lon: -118.2437 };
const BRUSSELS: LatLon = { lat: 50.8505, lon: 4.3488 };
const KYIV: LatLon = { lat: 50.4547, lon: 30.5238 };
const ROME: LatLon = { lat: 41.8919, lon: 12.5113 };
const PARIS: LatLon = { lat: 48.8534, lon: 2.3488 };

const RAD = Math.PI / 180;

/** Angle between two points seen from the centre of the Earth, in degrees (haversine). */
function centralAngle(a: LatLon, b: LatLon): number {
  const h =
    Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / RAD;
}

/** Web Mercator, the plane the map is drawn in: x is longitude, y grows northward. */
const mercator = (p: LatLon): [number, number] => [
  p.lon,
  Math.log(Math.tan(Math.PI / 4 + (p.lat * RAD) / 2)) / RAD,
];
const cross = (u: [number, number], v: [number, number]) => u[0] * v[1] - u[1] * v[0];
const dot = (u: [number, number], v: [number, number]) => u[0] * v[0] + u[1] * v[1];
const minus = (p: [number, number], q: [number, number]): [number, number] => [
  p[0] - q[0],
  p[1] - q[1],
];

function expectSamePoint(actual: LatLon | undefined, expected: LatLon, digits = 6) {
  expect(actual).toBeDefined();
  expect(actual?.lat).toBeCloseTo(expected.lat, digits);
  expect(actual?.lon).toBeCloseTo(expected.lon, digits);
}

const at = <T>(items: T[], i: number): T => {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
};
const middle = <T>(items: T[]): T => at(items, Math.floor(items.length / 2));
const last = <T>(items: T[]): T => at(items, items.length - 1);

const steps = (path: LatLon[]) =>
  path.slice(1).map((p, i) => ({ dlat: p.lat - at(path, i).lat, dlon: p.lon - at(path, i).lon }));

describe('greatCircle', () => {
  it.each([
    ['Stockholm → Washington', STOCKHOLM, WASHINGTON],
    ['Stockholm → Canberra', STOCKHOLM, CANBERRA],
    ['Brussels → Kyiv', BRUSSELS, KYIV],
  ])('%s starts and ends at the given places', (_, a, b) => {
    const path = greatCircle(a, b);
    expectSamePoint(path[0], a);
    expectSamePoint(last(path), b);
  });

  it('has one point more than it has segments', () => {
    expect(greatCircle(STOCKHOLM, KYIV, 10)).toHaveLength(11);
    expect(greatCircle(STOCKHOLM, KYIV, 1)).toHaveLength(2);
  });

  it.each([
    ['Stockholm → Washington', STOCKHOLM, WASHINGTON],
    ['Stockholm → Canberra', STOCKHOLM, CANBERRA],
    ['Tokyo → Los Angeles', TOKYO, LOS_ANGELES],
  ])('%s takes the shorter way round, in small continuous steps', (_, a, b) => {
    const path = greatCircle(a, b);
    // The length of the drawn path equals the great-circle distance, which is at most 180°;
    // the long way round would measure 360° minus that.
    const travelled = steps(path).reduce(
      (sum, _step, i) => sum + centralAngle(at(path, i), at(path, i + 1)),
      0,
    );
    const distance = centralAngle(a, b);
    expect(distance).toBeLessThan(180);
    expect(travelled).toBeCloseTo(distance, 3);
    for (const { dlat, dlon } of steps(path)) {
      expect(Math.abs(dlat)).toBeLessThan(10);
      expect(Math.abs(dlon)).toBeLessThan(10);
    }
  });

  it('goes west from Stockholm to Washington and east from Stockholm to Canberra', () => {
    for (const { dlon } of steps(greatCircle(STOCKHOLM, WASHINGTON))) expect(dlon).toBeLessThan(0);
    for (const { dlon } of steps(greatCircle(STOCKHOLM, CANBERRA))) expect(dlon).toBeGreaterThan(0);
  });

  it('crosses the Pacific from Tokyo to Los Angeles with longitudes beyond 180° instead of a jump', () => {
    const path = greatCircle(TOKYO, LOS_ANGELES);
    for (const { dlon } of steps(path)) {
      expect(dlon).toBeGreaterThan(0);
      expect(dlon).toBeLessThan(10);
    }
    expect(Math.max(...path.map((p) => p.lon))).toBeGreaterThan(180);
    // It ends at Los Angeles, one turn of the globe further east.
    expect(last(path).lon).toBeCloseTo(LOS_ANGELES.lon + 360, 6);
    expect(last(path).lat).toBeCloseTo(LOS_ANGELES.lat, 6);
  });

  it('crosses the antimeridian westwards with longitudes below -180°', () => {
    const path = greatCircle(LOS_ANGELES, TOKYO);
    for (const { dlon } of steps(path)) expect(dlon).toBeLessThan(0);
    expect(last(path).lon).toBeCloseTo(TOKYO.lon - 360, 6);
  });

  it('bends towards the pole: Stockholm → Washington rises to the vertex Clairaut predicts', () => {
    const path = greatCircle(STOCKHOLM, WASHINGTON);
    // Initial bearing from Stockholm, then Clairaut's relation cos φmax = |sin α| cos φ1.
    const [φ1, φ2, Δλ] = [
      STOCKHOLM.lat * RAD,
      WASHINGTON.lat * RAD,
      (WASHINGTON.lon - STOCKHOLM.lon) * RAD,
    ];
    const bearing = Math.atan2(
      Math.sin(Δλ) * Math.cos(φ2),
      Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ),
    );
    expect(Math.cos(bearing)).toBeGreaterThan(0); // it sets off north of west
    const vertex = Math.acos(Math.abs(Math.sin(bearing)) * Math.cos(φ1)) / RAD;

    const northernmost = Math.max(...path.map((p) => p.lat));
    expect(northernmost).toBeCloseTo(vertex, 1);
    expect(northernmost).toBeGreaterThan(STOCKHOLM.lat + 2);
    expect(northernmost).toBeGreaterThan(WASHINGTON.lat);
    // Halfway along it is far north of halfway on a straight line across the map.
    expect(middle(path).lat).toBeGreaterThan((STOCKHOLM.lat + WASHINGTON.lat) / 2 + 5);
  });

  it('stays at a place for a journey that does not move', () => {
    for (const p of greatCircle(KYIV, KYIV, 8)) expectSamePoint(p, KYIV);
  });
});

describe('arcPath', () => {
  /** Sideways displacement of the arc's middle from the great circle's, in map units. */
  function bowAt(a: LatLon, b: LatLon, lane = 0): [number, number] {
    return minus(mercator(middle(arcPath(a, b, { lane }))), mercator(middle(greatCircle(a, b))));
  }

  it('starts and ends at the given places, on every lane', () => {
    for (const lane of [0, 1, 3]) {
      const path = arcPath(STOCKHOLM, WASHINGTON, { lane });
      expectSamePoint(path[0], STOCKHOLM);
      expectSamePoint(last(path), WASHINGTON);
    }
    const pacific = arcPath(TOKYO, LOS_ANGELES);
    expectSamePoint(pacific[0], TOKYO);
    expectSamePoint(last(pacific), { lat: LOS_ANGELES.lat, lon: LOS_ANGELES.lon + 360 });
  });

  it('is the plain great circle with no bow', () => {
    const plain = greatCircle(BRUSSELS, KYIV);
    arcPath(BRUSSELS, KYIV, { bow: 0 }).forEach((p, i) => expectSamePoint(p, at(plain, i)));
  });

  it('bows to the left of travel: north going east, south going west, west going north', () => {
    const gcMiddle = (a: LatLon, b: LatLon) => middle(greatCircle(a, b));
    expect(middle(arcPath(BRUSSELS, KYIV)).lat).toBeGreaterThan(gcMiddle(BRUSSELS, KYIV).lat);
    expect(middle(arcPath(KYIV, BRUSSELS)).lat).toBeLessThan(gcMiddle(KYIV, BRUSSELS).lat);
    expect(middle(arcPath(ROME, STOCKHOLM)).lon).toBeLessThan(gcMiddle(ROME, STOCKHOLM).lon);
    expect(middle(arcPath(STOCKHOLM, ROME)).lon).toBeGreaterThan(gcMiddle(STOCKHOLM, ROME).lon);
  });

  it.each([
    ['Brussels → Kyiv', BRUSSELS, KYIV],
    ['Stockholm → Washington', STOCKHOLM, WASHINGTON],
    ['Stockholm → Canberra', STOCKHOLM, CANBERRA],
    ['Tokyo → Los Angeles', TOKYO, LOS_ANGELES],
  ])('%s bows to the left of its chord on the map', (_, a, b) => {
    const chord = minus(mercator(last(greatCircle(a, b))), mercator(a));
    expect(cross(chord, bowAt(a, b))).toBeGreaterThan(0);
  });

  it('puts an outbound and a return leg between the same places on opposite sides', () => {
    const out = middle(arcPath(BRUSSELS, KYIV));
    const back = middle(arcPath(KYIV, BRUSSELS));
    const centre = middle(greatCircle(BRUSSELS, KYIV));
    expect(Math.hypot(out.lat - back.lat, out.lon - back.lon)).toBeGreaterThan(1);
    expect(Math.sign(out.lat - centre.lat)).toBe(-Math.sign(back.lat - centre.lat));
  });

  it('bows further on each lane, always to the same side', () => {
    const bows = [0, 1, 2, 3].map((lane) => bowAt(BRUSSELS, KYIV, lane));
    const sizes = bows.map(([x, y]) => Math.hypot(x, y));
    for (let i = 1; i < sizes.length; i++) expect(at(sizes, i)).toBeGreaterThan(at(sizes, i - 1));
    for (const bow of bows) expect(bow[1]).toBeGreaterThan(0);
  });

  it('does not produce NaN for a journey that does not move', () => {
    for (const p of arcPath(PARIS, PARIS)) expectSamePoint(p, PARIS);
  });
});

describe('arrowHead', () => {
  /** The arrow's tip and wings, and the direction of the path where the tip sits, on the map. */
  function arrow(path: LatLon[]) {
    const head = arrowHead(path);
    expect(head).toHaveLength(3);
    const [left, tip, right] = [at(head, 0), at(head, 1), at(head, 2)].map(mercator) as [
      [number, number],
      [number, number],
      [number, number],
    ];
    const onPath = at(head, 1);
    const i = path.findIndex((p) => Math.hypot(p.lat - onPath.lat, p.lon - onPath.lon) < 1e-6);
    expect(i).toBeGreaterThan(0);
    const heading = minus(tip, mercator(at(path, i - 1)));
    return { left, tip, right, heading, share: i / (path.length - 1) };
  }

  it('sits on the path, past its middle, with its tip further along than its wings', () => {
    const { left, tip, right, heading, share } = arrow(arcPath(BRUSSELS, KYIV));
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.9);
    for (const wing of [left, right]) expect(dot(minus(tip, wing), heading)).toBeGreaterThan(0);
    // One wing on each side of the path.
    expect(Math.sign(cross(heading, minus(left, tip)))).toBe(
      -Math.sign(cross(heading, minus(right, tip))),
    );
  });

  it('points east on the way to Kyiv and west on the way back', () => {
    const out = arrowHead(arcPath(BRUSSELS, KYIV));
    expect(at(out, 1).lon).toBeGreaterThan(Math.max(at(out, 0).lon, at(out, 2).lon));
    const back = arrowHead(arcPath(KYIV, BRUSSELS));
    expect(at(back, 1).lon).toBeLessThan(Math.min(at(back, 0).lon, at(back, 2).lon));
  });

  it('can be placed elsewhere along the path', () => {
    const path = arcPath(BRUSSELS, KYIV);
    expect(at(arrowHead(path, 0.3), 1).lon).toBeLessThan(at(arrowHead(path, 0.7), 1).lon);
  });

  it('is empty for a path too short to have a direction', () => {
    expect(arrowHead([])).toEqual([]);
    expect(arrowHead([KYIV])).toEqual([]);
  });
});

describe('assignLanes', () => {
  it('numbers journeys on the same directed route 0, 1, 2…, each route on its own', () => {
    const lanes = assignLanes([
      { id: 'a', from: 'brussels', to: 'kyiv' },
      { id: 'b', from: 'brussels', to: 'kyiv' },
      { id: 'c', from: 'kyiv', to: 'brussels' },
      { id: 'd', from: 'stockholm', to: 'kyiv' },
      { id: 'e', from: 'brussels', to: 'kyiv' },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, c: 0, d: 0, e: 2 });
  });

  it('is empty for no journeys', () => {
    expect(assignLanes([]).size).toBe(0);
  });
});

describe('boundsOf', () => {
  it('is undefined for no points', () => {
    expect(boundsOf([])).toBeUndefined();
  });

  it('gives the south-west and north-east corners', () => {
    expect(boundsOf([STOCKHOLM, CANBERRA, WASHINGTON])).toEqual([
      [CANBERRA.lat, WASHINGTON.lon],
      [STOCKHOLM.lat, CANBERRA.lon],
    ]);
    expect(boundsOf([KYIV])).toEqual([
      [KYIV.lat, KYIV.lon],
      [KYIV.lat, KYIV.lon],
    ]);
  });

  it('covers a trans-Pacific arc with its unwrapped longitudes', () => {
    const bounds = boundsOf(arcPath(TOKYO, LOS_ANGELES));
    expect(bounds?.[0][1]).toBeCloseTo(TOKYO.lon, 6);
    expect(bounds?.[1][1]).toBeCloseTo(LOS_ANGELES.lon + 360, 6);
  });
});

describe('buildArcs on the first release', () => {
  const index = indexFirstRelease();
  const arcs = buildArcs(index);

  it('makes one arc per journey, keyed by journey id', () => {
    expect(arcs.size).toBe(index.release.journeys.length);
    expect([...arcs.keys()].sort()).toEqual(index.release.journeys.map((j) => j.id).sort());
  });

  it('runs each arc from its place of departure to its meeting, with an arrowhead', () => {
    for (const j of index.journeys) {
      const arc = arcs.get(j.journey.id);
      expectSamePoint(arc?.path[0], { lat: j.from.geocoded.lat, lon: j.from.geocoded.lon }, 4);
      expectSamePoint(arc && last(arc.path), { lat: j.to.geocoded.lat, lon: j.to.geocoded.lon }, 4);
      expect(arc?.head).toHaveLength(3);
    }
  });

  it('keeps journeys on the same route apart: NATO and the EU both go Brussels → Kyiv', () => {
    const nato = arcs.get('nato-to-kyiv');
    const eu = arcs.get('eu-to-kyiv');
    expect(nato && eu).toBeTruthy();
    if (!nato || !eu) return;
    const [n, e] = [middle(nato.path), middle(eu.path)];
    expect(Math.hypot(n.lat - e.lat, n.lon - e.lon)).toBeGreaterThan(0.5);

    // And in general: any two arcs on one directed route part in the middle.
    const byRoute = new Map<string, string[]>();
    for (const j of index.journeys) {
      const route = `${j.from.id}→${j.to.id}`;
      byRoute.set(route, [...(byRoute.get(route) ?? []), j.journey.id]);
    }
    const shared = [...byRoute.values()].filter((journeys) => journeys.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const journeys of shared) {
      const middles = journeys.map((id) => middle(arcs.get(id)?.path ?? []));
      for (let i = 0; i < middles.length; i++) {
        for (let k = i + 1; k < middles.length; k++) {
          const [p, q] = [at(middles, i), at(middles, k)];
          expect(Math.hypot(p.lat - q.lat, p.lon - q.lon)).toBeGreaterThan(0.5);
        }
      }
    }
  });
});

describe('antipodal places', () => {
  it('draws a continuous path between antipodal places', () => {
    const path = greatCircle({ lat: 0, lon: 0 }, { lat: 0, lon: 180 });
    expect(path[0]).toEqual({ lat: 0, lon: 0 });
    expect(path.at(-1)?.lon).toBeCloseTo(180);
    for (let i = 1; i < path.length; i++) {
      const [p, q] = [path[i - 1]!, path[i]!];
      expect(Math.hypot(q.lat - p.lat, q.lon - p.lon)).toBeLessThan(10);
    }
  });
});
