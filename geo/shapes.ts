/**
 * Which country a point lies in, by the shapes the app draws (world-atlas 50m everywhere,
 * with recognised borders), for checking cited positions. Node only: it reads world-atlas.
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import type { Position } from 'geojson';
import { buildBasemap, ringContains, type Basemap } from './basemap.ts';
import { readWorldAtlas } from './vite-plugin-basemap.ts';

const WORLD = [-180, -90, 180, 90] as const;
const numericToAlpha2 = new Map((codes as string[][]).map(([a2 = '', , num = '']) => [num, a2]));

let world: Basemap | undefined;
function shapes(): Basemap {
  const fine = readWorldAtlas('countries-50m');
  world ??= buildBasemap(fine, fine, { region: WORLD, precision: 4 });
  return world;
}

/** A polygon contains a point when its outer ring does and none of its holes does. */
const polygonContains = (rings: Position[][], point: [number, number]) =>
  rings[0] !== undefined &&
  ringContains(rings[0], point) &&
  !rings.slice(1).some((hole) => ringContains(hole, point));

/** ISO alpha-2 codes of the countries whose shape contains the point (normally one, or none at sea). */
export function countriesAt(lat: number, lon: number): string[] {
  const point: [number, number] = [lon, lat];
  return shapes()
    .features.filter((f) => {
      const g = f.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return polygons.some((rings) => polygonContains(rings, point));
    })
    .map((f) => numericToAlpha2.get(f.properties.id ?? '') ?? f.properties.name);
}
