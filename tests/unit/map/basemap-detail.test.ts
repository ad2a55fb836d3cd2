import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDetail } from '../../../geo/basemap.ts';
import { basemapSource, readWorldAtlas } from '../../../geo/vite-plugin-basemap.ts';
import { countryLabelPoints, labelPoint } from '../../../src/map/countryLabels.ts';
import type { Basemap } from '../../../geo/basemap.ts';

const OSLO: [number, number] = [10.75, 59.91];

describe('buildDetail', () => {
  const detail = buildDetail(readWorldAtlas('countries-10m'), [-25, 34, 45, 72]);
  const shipped = JSON.parse(basemapSource()) as Basemap;
  const points = (geometry: { coordinates: unknown }) =>
    (JSON.stringify(geometry.coordinates).match(/\],\[/g) ?? []).length;

  it('has Norway at 10m, finer than the shipped shape, with an index box around Oslo', () => {
    const norway = detail.features.get('578');
    const coarse = shipped.features.find((f) => f.properties.id === '578');
    if (!norway || !coarse) throw new Error('Norway missing');
    expect(points(norway.geometry)).toBeGreaterThan(5 * points(coarse.geometry));
    const entry = detail.index.find((e) => e.key === '578');
    const [w, s, e, n] = entry?.box ?? [0, 0, 0, 0];
    expect(OSLO[0]).toBeGreaterThan(w);
    expect(OSLO[0]).toBeLessThan(e);
    expect(OSLO[1]).toBeGreaterThan(s);
    expect(OSLO[1]).toBeLessThan(n);
  });

  it('covers only countries touching Europe, each once, keyed by id or name', () => {
    const keys = detail.index.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('752'); // Sweden
    expect(keys).toContain('Kosovo');
    expect(keys).not.toContain('036'); // Australia
  });
});

describe('country label points', () => {
  it('sit inside an L-shaped country, not in the notch of its bounding box', () => {
    const ring: Position[] = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
      [0, 0],
    ];
    const [x = 0, y = 0] = labelPoint(ring) ?? [];
    expect(x < 2 || y < 2).toBe(true);
  });

  it('put Norway, Sweden and Ukraine inside their own borders', () => {
    const shipped = JSON.parse(basemapSource()) as Basemap;
    const found = new Map(countryLabelPoints(shipped).map((p) => [p.code, p]));
    // Rough boxes of each country's mainland, where the label must fall.
    const expected: Record<string, [number, number, number, number]> = {
      NO: [5, 58, 31, 71],
      SE: [11, 55, 24, 69],
      UA: [22, 44, 40, 52.5],
    };
    for (const [code, [w, s, e, n]] of Object.entries(expected)) {
      const p = found.get(code);
      expect(p, code).toBeDefined();
      expect(p && p.lon > w && p.lon < e && p.lat > s && p.lat < n, code).toBe(true);
    }
    // Norway's label is not in Sweden.
    const no = found.get('NO');
    expect(no && !(no.lon > 13 && no.lon < 20 && no.lat > 56 && no.lat < 64)).toBe(true);
  });
});
