import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  basemapStats,
  buildBasemap,
  DEFAULT_BASEMAP_OPTIONS,
  EUROPE,
  roundRing,
  type Basemap,
  type BasemapOptions,
  type CountryFeature,
} from '../../geo/basemap.ts';
import { basemapSource, readWorldAtlas } from '../../geo/vite-plugin-basemap.ts';

type Ring = Position[];

function ringsOf(country: CountryFeature): Ring[] {
  const { geometry } = country;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function allPositions(basemap: Basemap): Position[] {
  return basemap.features.flatMap((country) => ringsOf(country).flat());
}

// Even-odd ray casting over every ring of the country, so holes count as outside.
function contains(country: CountryFeature, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of ringsOf(country)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// Planar distance in degrees from a point to the nearest edge of the country.
function distanceToOutline(country: CountryFeature, [x, y]: [number, number]): number {
  let nearest = Infinity;
  for (const ring of ringsOf(country)) {
    for (let i = 1; i < ring.length; i += 1) {
      const [ax = 0, ay = 0] = ring[i - 1] ?? [];
      const [bx = 0, by = 0] = ring[i] ?? [];
      const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
      const t =
        lengthSquared === 0
          ? 0
          : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
      nearest = Math.min(nearest, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
    }
  }
  return nearest;
}

// Counts decimals as JSON.stringify writes them; exponent notation would count as unbounded.
function decimals(value: number): number {
  const text = String(value);
  return text.includes('e') ? Infinity : (text.split('.')[1]?.length ?? 0);
}

function isClosed(ring: Ring): boolean {
  const first = ring[0];
  const last = ring.at(-1);
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

describe('buildBasemap on world-atlas', () => {
  const options = DEFAULT_BASEMAP_OPTIONS;
  const basemap = buildBasemap(
    readWorldAtlas('countries-50m'),
    readWorldAtlas('countries-110m'),
    options,
  );
  const byName = (name: string): CountryFeature => {
    const country = basemap.features.find((candidate) => candidate.properties.name === name);
    if (country === undefined) throw new Error(`${name} is missing from the basemap`);
    return country;
  };

  it('draws Crimea as part of Ukraine, by internationally recognised borders', () => {
    const simferopol: [number, number] = [34.1, 44.95];
    const sevastopol: [number, number] = [33.52, 44.6];
    expect(contains(byName('Ukraine'), simferopol)).toBe(true);
    expect(contains(byName('Ukraine'), sevastopol)).toBe(true);
    expect(contains(byName('Russia'), simferopol)).toBe(false);
    // Russia keeps the rest of its territory.
    expect(contains(byName('Russia'), [37.62, 55.75])).toBe(true);
  });

  it('is a FeatureCollection of countries carrying only id and name', () => {
    expect(basemap.type).toBe('FeatureCollection');
    for (const country of basemap.features) {
      expect(country.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(country.geometry.type);
      expect(Object.keys(country.properties).sort()).toEqual(['id', 'name']);
    }
    expect(byName('Sweden').properties.id).toBe('752');
    expect(byName('Kosovo').properties.id).toBeNull();
  });

  it('covers Europe in detail and the rest of the world coarsely, each country once', () => {
    for (const name of ['Sweden', 'Ukraine', 'France', 'Canada', 'United States of America']) {
      expect(byName(name)).toBeDefined();
    }
    // Microstates exist only in the 50m data: their presence shows Europe is the fine one.
    for (const name of ['Malta', 'Andorra', 'Liechtenstein', 'Monaco'])
      expect(byName(name)).toBeDefined();
    expect(basemap.features.some((country) => country.properties.name === 'Antarctica')).toBe(
      false,
    );
    const keys = basemap.features.map(
      (country) => country.properties.id ?? country.properties.name,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  // Offenders are collected and compared once: an expect per point would take seconds.
  it('has only closed rings of at least four positions', () => {
    const invalid = basemap.features.flatMap((country) =>
      ringsOf(country)
        .filter((ring) => ring.length < 4 || !isClosed(ring))
        .map((ring) => ({ country: country.properties.name, ring })),
    );
    expect(invalid).toEqual([]);
  });

  it('rounds to the precision, and coarser outside the region', () => {
    const [west, south, east, north] = EUROPE;
    const coarse = options.coarsePrecision ?? options.precision;
    const tooPrecise = allPositions(basemap).filter(([lon = NaN, lat = NaN]) => {
      const inRegion = lon >= west && lon <= east && lat >= south && lat <= north;
      const allowed = inRegion ? options.precision : coarse;
      return Math.max(decimals(lon), decimals(lat)) > allowed;
    });
    expect(tooPrecise).toEqual([]);
  });

  it('stays within [-180, 180] with no ring jumping across the antimeridian', () => {
    const outOfRange = allPositions(basemap).filter(
      ([lon = NaN, lat = NaN]) => !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90),
    );
    expect(outOfRange).toEqual([]);
    const jumps = basemap.features.flatMap((country) =>
      ringsOf(country).flatMap((ring) =>
        ring
          .map(([lon = NaN], i) => Math.abs(lon - (ring[i - 1]?.[0] ?? lon)))
          .filter((step) => !(step < 180))
          .map((step) => ({ country: country.properties.name, step })),
      ),
    );
    expect(jumps).toEqual([]);
  });

  it('puts the capitals of journeys on land in the right country', () => {
    expect(contains(byName('Sweden'), [17.64, 59.86])).toBe(true); // Uppsala
    expect(contains(byName('France'), [2.35, 48.86])).toBe(true); // Paris
    expect(contains(byName('Ukraine'), [30.52, 50.45])).toBe(true); // Kyiv
    expect(contains(byName('United States of America'), [-77.04, 38.91])).toBe(true); // Washington
    expect(contains(byName('Canada'), [-75.7, 45.42])).toBe(true); // Ottawa
    expect(contains(byName('Sweden'), [2.35, 48.86])).toBe(false);
  });

  // Natural Earth 50m generalises some coasts so far that a few capitals fall just offshore:
  // Stockholm lies in its Saltsjön inlet, Copenhagen, Lisbon and Monaco just off the coastline.
  // This is the source data, not the rounding; the pin still sits on the country's outline.
  it('keeps coastal capitals within 0.1° of their country', () => {
    expect(distanceToOutline(byName('Sweden'), [18.07, 59.33])).toBeLessThan(0.1); // Stockholm
    expect(distanceToOutline(byName('Denmark'), [12.57, 55.68])).toBeLessThan(0.1); // Copenhagen
    expect(distanceToOutline(byName('Portugal'), [-9.14, 38.72])).toBeLessThan(0.1); // Lisbon
    expect(distanceToOutline(byName('Monaco'), [7.42, 43.74])).toBeLessThan(0.1);
  });

  it('leaves the sea empty', () => {
    const northSea: [number, number] = [3, 56];
    expect(basemap.features.filter((country) => contains(country, northSea))).toEqual([]);
  });

  it('counts features and points', () => {
    const stats = basemapStats(basemap);
    expect(stats.features).toBe(basemap.features.length);
    expect(stats.points).toBe(allPositions(basemap).length);
    expect(stats.rings).toBeGreaterThanOrEqual(stats.polygons);
  });

  it('is what the Vite plugin serves', () => {
    expect(JSON.parse(basemapSource())).toEqual(basemap);
    expect(basemapSource()).toBe(basemapSource());
  });
});

interface Shape {
  id?: string;
  name: string;
  /** polygons → rings → [lon, lat] */
  polygons: number[][][][];
}

// One arc per ring keeps the fixtures readable; sharing arcs is world-atlas's business.
function topology(shapes: Shape[]): Topology {
  const arcs: Position[][] = [];
  const geometries = shapes.map((shape) => ({
    type: 'MultiPolygon' as const,
    id: shape.id,
    properties: { name: shape.name },
    arcs: shape.polygons.map((rings) =>
      rings.map((ring) => {
        arcs.push(ring);
        return [arcs.length - 1];
      }),
    ),
  }));
  return {
    type: 'Topology',
    arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };
}

const square = (west: number, south: number, size: number): number[][] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('buildBasemap on synthetic topologies', () => {
  const options: BasemapOptions = { region: [0, 0, 10, 10], precision: 2, coarsePrecision: 1 };
  const names = (basemap: Basemap): string[] =>
    basemap.features.map((country) => country.properties.name).sort();

  it('takes countries touching the region from the fine topology and the rest from the coarse', () => {
    const fine = topology([
      { id: '1', name: 'Inside fine', polygons: [[square(1, 1, 2)]] },
      { id: '2', name: 'Outside fine', polygons: [[square(50, 50, 2)]] },
    ]);
    const coarse = topology([
      { id: '1', name: 'Inside coarse', polygons: [[square(1, 1, 2)]] },
      { id: '2', name: 'Outside coarse', polygons: [[square(50, 50, 2)]] },
      { name: 'No id', polygons: [[square(60, 60, 2)]] },
      { id: '010', name: 'Antarctica', polygons: [[square(0, -80, 5)]] },
    ]);
    expect(names(buildBasemap(fine, coarse, options))).toEqual([
      'Inside fine',
      'No id',
      'Outside coarse',
    ]);
  });

  it('rounds, drops repeated points and keeps rings closed', () => {
    const ring = [
      [1.001, 1.001],
      [1.004, 1.002],
      [2.0049, 1],
      [2, 2.0001],
      [1, 2],
      [1.001, 1.001],
    ];
    const fine = topology([{ id: '1', name: 'Blocky', polygons: [[ring]] }]);
    const [country] = buildBasemap(fine, topology([]), options).features;
    expect(country?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1, 1],
          [2, 1],
          [2, 2],
          [1, 2],
          [1, 1],
        ],
      ],
    });
  });

  it('uses the coarse precision outside the region', () => {
    const coarse = topology([{ id: '3', name: 'Far', polygons: [[square(50.04, 50.04, 1.03)]] }]);
    const [country] = buildBasemap(topology([]), coarse, options).features;
    expect(country?.geometry.coordinates).toEqual([square(50, 50, 1.1)]);
  });

  it('drops islands and holes that round away, and countries left with nothing', () => {
    const speck = square(5, 5, 0.001);
    const fine = topology([
      { id: '1', name: 'Holey', polygons: [[square(1, 1, 2), square(1.5, 1.5, 0.002)], [speck]] },
      { id: '2', name: 'Gone', polygons: [[speck]] },
    ]);
    const basemap = buildBasemap(fine, topology([]), options);
    expect(names(basemap)).toEqual(['Holey']);
    expect(basemap.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [square(1, 1, 2)],
    });
  });

  it('decodes quantized, delta-encoded arcs', () => {
    const quantized: Topology = {
      ...topology([{ id: '1', name: 'Quantized', polygons: [[[]]] }]),
      transform: { scale: [0.5, 0.25], translate: [1, 2] },
      arcs: [
        [
          [0, 0],
          [4, 0],
          [0, 8],
          [-4, 0],
          [0, -8],
        ],
      ],
    };
    const [country] = buildBasemap(quantized, topology([]), options).features;
    expect(country?.geometry.coordinates).toEqual([square(1, 2, 2)]);
  });

  it('cuts a polygon crossing the antimeridian in two', () => {
    const straddling = [
      [179, 60],
      [-179, 60],
      [-179, 62],
      [179, 62],
      [179, 60],
    ];
    const coarse = topology([{ id: '4', name: 'Straddling', polygons: [[straddling]] }]);
    const [country] = buildBasemap(topology([]), coarse, options).features;
    if (country?.geometry.type !== 'MultiPolygon') throw new Error('expected two polygons');
    const boxes = country.geometry.coordinates.map((polygon) => {
      const lons = (polygon[0] ?? []).map(([lon = NaN]) => lon);
      return [Math.min(...lons), Math.max(...lons)];
    });
    expect(boxes.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
      [-180, -179],
      [179, 180],
    ]);
  });
});

describe('roundRing', () => {
  it('closes a ring that rounding left open', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0.004, 0.004],
        ],
        2,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('rejects rings that collapse to fewer than four positions or to a line', () => {
    expect(roundRing(square(0, 0, 0.004), 2)).toBeNull();
    expect(
      roundRing(
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [0, 0],
        ],
        2,
      ),
    ).toBeNull();
  });
});
