/**
 * Where a country's name goes on the basemap, pure: inside its largest polygon, at the sampled
 * point farthest from the coast or border (so Norway's name sits in Norway, not in the Swedish
 * notch of its bounding box). Computed once per basemap.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

export interface CountryLabelPoint {
  /** ISO 3166-1 alpha-2, for the name in the interface language. */
  code: string;
  lat: number;
  lon: number;
  /** The largest polygon's extent in degrees: [west, south, east, north]. */
  box: [number, number, number, number];
  /** Its planar area in square degrees (times cos latitude): bigger countries are named first. */
  area: number;
}

const ALPHA2 = new Map((codes as string[][]).map(([a2, , numeric]) => [numeric, a2]));

type Ring = Position[];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

function contains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The point of a grid over the ring that lies inside it and farthest from its vertices. */
export function labelPoint(ring: Ring, grid = 14): [number, number] | null {
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const step = Math.max(1, Math.floor(ring.length / 300));
  const edge = ring.filter((_, i) => i % step === 0);
  const squash = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: [number, number] | null = null;
  let bestDistance = -1;
  for (let i = 0; i <= grid; i++)
    for (let j = 0; j <= grid; j++) {
      const x = w + ((e - w) * (i + 0.5)) / (grid + 1);
      const y = s + ((n - s) * (j + 0.5)) / (grid + 1);
      if (!contains(ring, x, y)) continue;
      let distance = Infinity;
      for (const [px = 0, py = 0] of edge)
        distance = Math.min(distance, Math.hypot((px - x) * squash, py - y));
      if (distance > bestDistance) {
        bestDistance = distance;
        best = [x, y];
      }
    }
  return best;
}

export function countryLabelPoints(
  basemap: FeatureCollection<Polygon | MultiPolygon, { id: string | null }>,
): CountryLabelPoint[] {
  const points: CountryLabelPoint[] = [];
  for (const feature of basemap.features as Feature<
    Polygon | MultiPolygon,
    { id: string | null }
  >[]) {
    const code = feature.properties.id ? ALPHA2.get(feature.properties.id) : undefined;
    if (!code) continue;
    const polygons =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates;
    let largest: Ring | undefined;
    let largestArea = 0;
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer) continue;
      const lat = (outer[0]?.[1] ?? 0) * (Math.PI / 180);
      const area = ringArea(outer) * Math.cos(lat);
      if (area > largestArea) [largest, largestArea] = [outer, area];
    }
    if (!largest) continue;
    const point = labelPoint(largest);
    if (!point) continue;
    const xs = largest.map((p) => p[0] ?? 0);
    const ys = largest.map((p) => p[1] ?? 0);
    points.push({
      code,
      lon: point[0],
      lat: point[1],
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      area: largestArea,
    });
  }
  return points;
}
