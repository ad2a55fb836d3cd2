// Builds the embedded, offline country basemap from Natural Earth TopoJSON (world-atlas).
// Pure on purpose: no fs, no DOM, so it runs in the Vite plugin, in scripts and in unit tests alike.
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import { DETAIL_PRECISION, detailKey, type DetailIndexEntry } from './detail.ts';
import type { Topology } from 'topojson-specification';

/** A lon/lat box: [west, south, east, north], west < east (no antimeridian crossing). */
export type Region = readonly [west: number, south: number, east: number, north: number];

export interface BasemapOptions {
  /** Countries with any polygon touching this box are taken from the fine topology. */
  region: Region;
  /** Decimals kept on coordinates inside `region`. */
  precision: number;
  /**
   * Decimals kept on coordinates outside `region`: all of the coarse topology and the far
   * reaches of fine countries (Russia east of the Urals, Greenland, French Guiana).
   * Defaults to `precision`. Journeys are European, so detail out there only costs bytes.
   */
  coarsePrecision?: number;
}

export interface CountryProperties {
  /** ISO 3166-1 numeric code as world-atlas spells it ("040"), or null where it has none (Kosovo). */
  id: string | null;
  name: string;
}

export type CountryGeometry = Polygon | MultiPolygon;
export type CountryFeature = Feature<CountryGeometry, CountryProperties>;
export type Basemap = FeatureCollection<CountryGeometry, CountryProperties>;

/** Europe plus its fringe (Iceland, the Azores, Cyprus, the Caucasus), where journeys happen. */
export const EUROPE: Region = [-25, 34, 45, 72];

/**
 * What the app ships: 0.01° (≈1 km, under a pixel at zoom 7) in Europe, 0.1° elsewhere
 * (under a pixel at zoom 3, the widest view).
 */
export const DEFAULT_BASEMAP_OPTIONS: BasemapOptions = {
  region: EUROPE,
  precision: 2,
  coarsePrecision: 1,
};

// Antarctica is never a destination and is a large, point-heavy shape; it is dropped.
const ANTARCTICA_ID = '010';

type Ring = Position[];
type PolygonRings = Ring[];
type LonLat = [lon: number, lat: number];
/** Decimals to keep at a point: detail depends on where a point lies, not on its country. */
type PrecisionAt = (point: LonLat) => number;

/**
 * Country shapes for the whole world minus Antarctica, detailed only where journeys happen:
 * countries touching `options.region` come from `fine` (world-atlas countries-50m), the rest
 * from `coarse` (countries-110m). Arcs are simplified by no more than rounding moves points,
 * coordinates are rounded, polygons crossing the antimeridian are cut in two, and rings that
 * degenerate are dropped. Properties are reduced to `{ id, name }`.
 */
export function buildBasemap(fine: Topology, coarse: Topology, options: BasemapOptions): Basemap {
  const precisionAt = regionalPrecision(options);
  const fineCountries = countriesOf(simplifyTopology(fine, precisionAt)).filter(
    (country) => !isAntarctica(country) && touchesRegion(country.geometry, options.region),
  );
  // A country is drawn once: from the fine data when it touches the region, else from the coarse.
  const fineKeys = new Set(fineCountries.map(countryKey));
  const coarseCountries = countriesOf(simplifyTopology(coarse, precisionAt)).filter(
    (country) => !isAntarctica(country) && !fineKeys.has(countryKey(country)),
  );

  const features = [...fineCountries, ...coarseCountries]
    .map((country) => toCountryFeature(country, precisionAt))
    .filter((country): country is CountryFeature => country !== null);

  return { type: 'FeatureCollection', features: recogniseBorders(features) };
}

/**
 * Natural Earth draws de facto control; diplomap draws internationally recognised borders
 * (UN General Assembly resolution 68/262 on Crimea). Each entry moves the polygon that
 * contains `inside` from one country to another.
 */
export const RECOGNISED_BORDERS = [
  { name: 'Crimea', from: '643', to: '804', inside: [34.1, 44.95] as LonLat },
];

export function recogniseBorders(features: CountryFeature[]): CountryFeature[] {
  let result = features;
  for (const { from, to, inside } of RECOGNISED_BORDERS) {
    const source = result.find((f) => f.properties.id === from);
    const target = result.find((f) => f.properties.id === to);
    if (!source || !target) continue;
    const polygons = polygonsOf(source.geometry);
    const moved = polygons.filter((polygon) => polygon[0] && ringContains(polygon[0], inside));
    if (moved.length === 0) continue;
    const rest = polygons.filter((polygon) => !moved.includes(polygon));
    result = result.flatMap((f) => {
      if (f === source) {
        const geometry = toGeometry(rest);
        return geometry ? [{ ...f, geometry }] : [];
      }
      if (f === target) {
        const geometry = toGeometry([...polygonsOf(f.geometry), ...moved]);
        return geometry ? [{ ...f, geometry }] : [f];
      }
      return [f];
    });
  }
  return result;
}

/** Even-odd ray casting; enough for the few tests of which polygon a known point lies in. */
export function ringContains(ring: Ring, [x, y]: LonLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export interface BasemapStats {
  features: number;
  polygons: number;
  rings: number;
  points: number;
}

/** Counts used by the benchmark and to judge the cost of drawing the basemap as SVG. */
export function basemapStats(basemap: Basemap): BasemapStats {
  const stats: BasemapStats = {
    features: basemap.features.length,
    polygons: 0,
    rings: 0,
    points: 0,
  };
  for (const country of basemap.features) {
    for (const polygon of polygonsOf(country.geometry)) {
      stats.polygons += 1;
      stats.rings += polygon.length;
      for (const ring of polygon) stats.points += ring.length;
    }
  }
  return stats;
}

/**
 * Rounds a linear ring to `precision` decimals and drops consecutive duplicates that rounding
 * creates. Returns null unless the result is a valid GeoJSON ring: closed, at least 4 positions
 * and enclosing some area (a ring collapsed onto a line draws nothing but costs bytes).
 */
export function roundRing(ring: Ring, precision: number): Ring | null {
  return snapRing(ring, () => precision);
}

function regionalPrecision(options: BasemapOptions): PrecisionAt {
  const [west, south, east, north] = options.region;
  const outside = options.coarsePrecision ?? options.precision;
  return ([lon, lat]) =>
    lon >= west && lon <= east && lat >= south && lat <= north ? options.precision : outside;
}

// --- Simplification -------------------------------------------------------------------------
// Rounding alone leaves the 50m data's point density (Russia's Arctic coast is thousands of
// points 0.1° apart). Simplifying the TopoJSON arcs, before they are turned into rings, keeps
// shared borders identical in both neighbours, so no slivers or gaps open between countries.

/** Returns the topology with absolute (unquantized) arcs, each simplified. */
function simplifyTopology(topology: Topology, precisionAt: PrecisionAt): Topology {
  const arcs = decodeArcs(topology).map((arc) => simplifyArc(arc, precisionAt));
  return { ...topology, arcs, transform: undefined };
}

// Quantized TopoJSON stores arcs as integer deltas; see the TopoJSON spec, §2.1.2.
function decodeArcs(topology: Topology): LonLat[][] {
  const { transform } = topology;
  if (transform === undefined) return topology.arcs.map((arc) => arc.map(lonLat));
  const [scaleX, scaleY] = transform.scale;
  const [translateX, translateY] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((delta) => {
      const [dx, dy] = lonLat(delta);
      x += dx;
      y += dy;
      return [x * scaleX + translateX, y * scaleY + translateY];
    });
  });
}

/**
 * Douglas–Peucker with a tolerance of half a unit in the last kept decimal: simplification moves
 * the outline no further than rounding will, so it is invisible wherever rounding is.
 */
function simplifyArc(arc: LonLat[], precisionAt: PrecisionAt): LonLat[] {
  const keep = new Set([0, arc.length - 1]);
  const spans: [number, number][] = [[0, arc.length - 1]];
  for (let span = spans.pop(); span !== undefined; span = spans.pop()) {
    const [first, last] = span;
    const start = pointAt(arc, first);
    const end = pointAt(arc, last);
    let worst = -1;
    let worstExcess = 1;
    for (let i = first + 1; i < last; i += 1) {
      const point = pointAt(arc, i);
      const tolerance = 0.5 * 10 ** -precisionAt(point);
      const excess = segmentDistance(point, start, end) / tolerance;
      if (excess > worstExcess) {
        worst = i;
        worstExcess = excess;
      }
    }
    if (worst !== -1) {
      keep.add(worst);
      spans.push([first, worst], [worst, last]);
    }
  }
  return arc.filter((_, i) => keep.has(i));
}

// Planar distance in degrees: good enough for choosing which points to keep at this scale.
function segmentDistance(point: LonLat, start: LonLat, end: LonLat): number {
  const [px, py] = point;
  const [ax, ay] = start;
  const [bx, by] = end;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  // A closed arc (a whole island) starts and ends on the same point.
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function pointAt(arc: LonLat[], index: number): LonLat {
  const point = arc[index];
  if (point === undefined) throw new RangeError(`Arc has no point ${index}`);
  return point;
}

// --- Countries ------------------------------------------------------------------------------

function countriesOf(topology: Topology): Feature[] {
  const object = topology.objects['countries'];
  if (object === undefined) throw new Error('Topology has no "countries" object');
  const decoded = feature(topology, object);
  return decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
}

// Some world-atlas countries have no ISO code (Kosovo, N. Cyprus, Somaliland); their name is
// the same in the 50m and 110m files, so it stands in for the id when matching them.
function countryKey(country: Feature): string {
  return idOf(country) ?? nameOf(country);
}

function idOf(country: Feature): string | null {
  return country.id === undefined ? null : String(country.id);
}

function nameOf(country: Feature): string {
  const name: unknown = country.properties?.['name'];
  return typeof name === 'string' ? name : '';
}

function isAntarctica(country: Feature): boolean {
  return idOf(country) === ANTARCTICA_ID;
}

function polygonsOf(geometry: Geometry | null): PolygonRings[] {
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

// Tested per polygon, not per country: the bounding boxes of the United States (the Aleutians)
// and Fiji span the antimeridian and would otherwise "touch" Europe.
function touchesRegion(geometry: Geometry | null, region: Region): boolean {
  return polygonsOf(geometry).some((polygon) => {
    const outer = polygon[0];
    return outer !== undefined && boxesOverlap(ringBox(outer), region);
  });
}

function ringBox(ring: Ring): Region {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const position of ring) {
    const [lon, lat] = lonLat(position);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

function boxesOverlap(a: Region, b: Region): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function toCountryFeature(country: Feature, precisionAt: PrecisionAt): CountryFeature | null {
  const polygons = polygonsOf(country.geometry)
    .flatMap(splitAtAntimeridian)
    .map((polygon) => snapPolygon(polygon, precisionAt))
    .filter((polygon): polygon is PolygonRings => polygon !== null);
  const geometry = toGeometry(polygons);
  if (geometry === null) return null;
  const properties: CountryProperties = { id: idOf(country), name: nameOf(country) };
  return { type: 'Feature', properties, geometry };
}

function toGeometry(polygons: PolygonRings[]): CountryGeometry | null {
  const [only] = polygons;
  if (only === undefined) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

// --- Antimeridian ----------------------------------------------------------------------------
// world-atlas is made for spherical renderers: a few rings (Russia's Chukotka and Wrangel Island,
// Fiji) jump from +180 to -180 and back within one ring. A planar renderer like Leaflet draws
// those jumps as bands across the whole map, so such polygons are cut in two at the antimeridian,
// as RFC 7946 §3.1.9 asks.

function splitAtAntimeridian(polygon: PolygonRings): PolygonRings[] {
  const unwrapped: LonLat[][] = [];
  for (const ring of polygon) {
    const continuous = unwrapRing(ring);
    // A ring that does not close once unwrapped circles a pole (Antarctica); leave it be.
    if (continuous === null) return [polygon];
    unwrapped.push(continuous);
  }
  const outer = unwrapped[0];
  if (outer === undefined) return [polygon];
  const [west, , east] = ringBox(outer);
  if (west >= -180 && east <= 180) return [polygon];

  // Each 360°-wide window the ring reaches becomes one polygon, shifted back into [-180, 180].
  const pieces: PolygonRings[] = [];
  for (let turn = Math.floor((west + 180) / 360); turn * 360 - 180 < east; turn += 1) {
    const rings = unwrapped
      .map((ring) => clipToLongitudes(ring, turn * 360 - 180, turn * 360 + 180))
      .map((ring) => ring.map(([lon, lat]): Position => [lon - turn * 360, lat]));
    const [clippedOuter, ...holes] = rings;
    if (clippedOuter !== undefined && clippedOuter.length >= 4) {
      pieces.push([clippedOuter, ...holes.filter((hole) => hole.length >= 4)]);
    }
  }
  return pieces;
}

/** Makes longitudes continuous (no step over 180°); null if the ring then fails to close. */
function unwrapRing(ring: Ring): LonLat[] | null {
  const unwrapped: LonLat[] = [];
  for (const position of ring) {
    const [lon, lat] = lonLat(position);
    const previous = unwrapped.at(-1);
    if (previous === undefined) {
      unwrapped.push([lon, lat]);
    } else {
      const step = lon - previous[0];
      unwrapped.push([previous[0] + step - 360 * Math.round(step / 360), lat]);
    }
  }
  const first = unwrapped[0];
  const last = unwrapped.at(-1);
  return first !== undefined && last !== undefined && first[0] === last[0] ? unwrapped : null;
}

/** Sutherland–Hodgman clip of a closed ring to west ≤ lon ≤ east; returns a closed ring. */
function clipToLongitudes(ring: LonLat[], west: number, east: number): LonLat[] {
  const open = ring.slice(0, -1);
  const clipped = clipHalfPlane(clipHalfPlane(open, west, 1), east, -1);
  const first = clipped[0];
  return first === undefined ? [] : [...clipped, [...first]];
}

/** Keeps the side of the meridian `lon` where side * (x - lon) ≥ 0. Takes and returns open rings. */
function clipHalfPlane(open: LonLat[], lon: number, side: 1 | -1): LonLat[] {
  const inside = ([x]: LonLat): boolean => side * (x - lon) >= 0;
  const clipped: LonLat[] = [];
  open.forEach((current, i) => {
    const previous = pointAt(open, (i + open.length - 1) % open.length);
    if (inside(current) !== inside(previous))
      clipped.push(meridianCrossing(previous, current, lon));
    if (inside(current)) clipped.push(current);
  });
  return clipped;
}

function meridianCrossing([x0, y0]: LonLat, [x1, y1]: LonLat, lon: number): LonLat {
  return [lon, y0 + ((lon - x0) * (y1 - y0)) / (x1 - x0)];
}

// --- Rounding -------------------------------------------------------------------------------

// An island that rounds away takes its holes with it; a hole that rounds away just disappears.
function snapPolygon(polygon: PolygonRings, precisionAt: PrecisionAt): PolygonRings | null {
  const [outer, ...holes] = polygon;
  const snappedOuter = outer === undefined ? null : snapRing(outer, precisionAt);
  if (snappedOuter === null) return null;
  const snappedHoles = holes
    .map((hole) => snapRing(hole, precisionAt))
    .filter((hole): hole is Ring => hole !== null);
  return [snappedOuter, ...snappedHoles];
}

// Rounding is per point, so a border shared by two countries rounds identically in both.
function snapRing(ring: Ring, precisionAt: PrecisionAt): Ring | null {
  const snapped: Ring = [];
  for (const position of ring) {
    const point = lonLat(position);
    const rounded = roundPoint(point, precisionAt(point));
    const previous = snapped.at(-1);
    if (previous === undefined || !samePosition(previous, rounded)) snapped.push(rounded);
  }
  const first = snapped[0];
  const last = snapped.at(-1);
  if (first !== undefined && last !== undefined && !samePosition(first, last)) {
    snapped.push([...first]);
  }
  return snapped.length >= 4 && twiceRingArea(snapped) !== 0 ? snapped : null;
}

function roundPoint([lon, lat]: LonLat, precision: number): LonLat {
  return [roundTo(lon, precision), roundTo(lat, precision)];
}

// Dividing the rounded integer gives the double nearest k / 10^precision, which JSON prints
// with at most `precision` decimals. Adding 0 turns -0 into 0, so a parsed copy equals this one.
function roundTo(value: number, precision: number): number {
  const factor = 10 ** precision;
  return Math.round(value * factor) / factor + 0;
}

function lonLat(position: Position): LonLat {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined) throw new Error('Position needs a lon and a lat');
  return [lon, lat];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

// Shoelace formula; only whether it is zero matters here, so no halving.
function twiceRingArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const [x0, y0] = lonLat(ring[i - 1] ?? []);
    const [x1, y1] = lonLat(ring[i] ?? []);
    twiceArea += x0 * y1 - x1 * y0;
  }
  return twiceArea;
}

// --- Detail for close zooms ------------------------------------------------------------------

/**
 * Natural Earth 10m country shapes for the countries touching `region`, one feature each,
 * keyed for one file per country, with an index of their extents: the app loads only the
 * countries in view, and only when zoomed in beyond DETAIL_ZOOM.
 */
export function buildDetail(
  fine: Topology,
  region: Region,
  precision = DETAIL_PRECISION,
): { index: DetailIndexEntry[]; features: Map<string, CountryFeature> } {
  const empty: Topology = {
    type: 'Topology',
    arcs: [],
    objects: { countries: { type: 'GeometryCollection', geometries: [] } },
  };
  const basemap = buildBasemap(fine, empty, { region, precision });
  const features = new Map<string, CountryFeature>();
  const index: DetailIndexEntry[] = [];
  for (const country of basemap.features) {
    const key = detailKey(country.properties);
    const boxes = polygonsOf(country.geometry).flatMap((p) => (p[0] ? [ringBox(p[0])] : []));
    if (boxes.length === 0) continue;
    features.set(key, country);
    index.push({
      key,
      box: [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ],
    });
  }
  return { index, features };
}
