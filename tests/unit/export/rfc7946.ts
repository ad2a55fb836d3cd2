/**
 * A small structural check of GeoJSON against RFC 7946, written for the tests: it reports each
 * problem as `path: what is wrong`, so a failing test says where the export breaks the spec.
 * It checks structure and ranges, not topology (ring orientation, self-intersections).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

/** §3.1.1: two or three numbers, longitude first; WGS 84 ranges (§4). */
function checkPosition(value: unknown, path: string, problems: string[]): value is number[] {
  if (!Array.isArray(value)) {
    problems.push(`${path}: a position must be an array of numbers`);
    return false;
  }
  if (value.length < 2 || value.length > 3) {
    problems.push(`${path}: a position has 2 or 3 numbers, not ${value.length}`);
    return false;
  }
  if (!value.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) {
    problems.push(`${path}: a position's members must be finite numbers`);
    return false;
  }
  const [lon = NaN, lat = NaN] = value;
  if (lon < -180 || lon > 180) problems.push(`${path}: longitude ${lon} is outside [-180, 180]`);
  if (lat < -90 || lat > 90) problems.push(`${path}: latitude ${lat} is outside [-90, 90]`);
  return true;
}

/** §3.1.4: two or more positions; §3.1.9: no segment may cross the antimeridian. */
function checkLine(value: unknown, path: string, problems: string[]): void {
  if (!Array.isArray(value)) {
    problems.push(`${path}: a LineString's coordinates must be an array of positions`);
    return;
  }
  if (value.length < 2) problems.push(`${path}: a LineString needs two or more positions`);
  let previous: number[] | undefined;
  value.forEach((position: unknown, i) => {
    if (!checkPosition(position, `${path}[${i}]`, problems)) return;
    if (previous && Math.abs((position[0] ?? 0) - (previous[0] ?? 0)) > 180)
      problems.push(
        `${path}[${i}]: the segment from longitude ${previous[0]} to ${position[0]} crosses the antimeridian; cut the line there (§3.1.9)`,
      );
    previous = position;
  });
}

/** §3.1.6: closed rings of four or more positions. */
function checkPolygon(value: unknown, path: string, problems: string[]): void {
  if (!Array.isArray(value)) {
    problems.push(`${path}: a Polygon's coordinates must be an array of linear rings`);
    return;
  }
  value.forEach((ring: unknown, r) => {
    const at = `${path}[${r}]`;
    if (!Array.isArray(ring) || ring.length < 4) {
      problems.push(`${at}: a linear ring needs four or more positions`);
      return;
    }
    ring.forEach((position: unknown, i) => checkPosition(position, `${at}[${i}]`, problems));
    if (JSON.stringify(ring[0]) !== JSON.stringify(ring.at(-1)))
      problems.push(`${at}: a linear ring must end where it starts`);
  });
}

function checkArrayOf(
  value: unknown,
  path: string,
  problems: string[],
  check: (item: unknown, path: string, problems: string[]) => void,
): void {
  if (!Array.isArray(value)) {
    problems.push(`${path}: must be an array`);
    return;
  }
  value.forEach((item: unknown, i) => check(item, `${path}[${i}]`, problems));
}

function checkGeometry(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path}: a geometry must be an object`);
    return;
  }
  const type = value.type;
  const coordinates = value.coordinates;
  const at = `${path}.coordinates`;
  switch (type) {
    case 'Point':
      checkPosition(coordinates, at, problems);
      return;
    case 'MultiPoint':
      checkArrayOf(coordinates, at, problems, checkPosition);
      return;
    case 'LineString':
      checkLine(coordinates, at, problems);
      return;
    case 'MultiLineString':
      checkArrayOf(coordinates, at, problems, checkLine);
      return;
    case 'Polygon':
      checkPolygon(coordinates, at, problems);
      return;
    case 'MultiPolygon':
      checkArrayOf(coordinates, at, problems, checkPolygon);
      return;
    case 'GeometryCollection':
      checkArrayOf(value.geometries, `${path}.geometries`, problems, checkGeometry);
      return;
    default:
      problems.push(
        `${path}.type: "${String(type)}" is not one of ${GEOMETRY_TYPES.join(', ')} (§3.1)`,
      );
  }
}

/** §3.2: type "Feature", a geometry (or null), a properties object (or null), an optional id. */
function checkFeature(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path}: a Feature must be an object`);
    return;
  }
  if (value.type !== 'Feature') problems.push(`${path}.type: must be "Feature"`);
  if (!('geometry' in value)) problems.push(`${path}: a Feature must have a "geometry" member`);
  else if (value.geometry !== null) checkGeometry(value.geometry, `${path}.geometry`, problems);
  if (!('properties' in value)) problems.push(`${path}: a Feature must have a "properties" member`);
  else if (value.properties !== null && !isObject(value.properties))
    problems.push(`${path}.properties: must be an object or null`);
  if ('id' in value && typeof value.id !== 'string' && typeof value.id !== 'number')
    problems.push(`${path}.id: must be a string or a number`);
}

/** Problems with a GeoJSON FeatureCollection; none means it passes. */
export function featureCollectionProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['(root): must be an object'];
  if (value.type !== 'FeatureCollection') problems.push('(root).type: must be "FeatureCollection"');
  // §4: RFC 7946 has no "crs"; coordinates are always WGS 84.
  if ('crs' in value) problems.push('(root).crs: RFC 7946 removed "crs"');
  if (!Array.isArray(value.features)) problems.push('(root).features: must be an array');
  else value.features.forEach((f: unknown, i) => checkFeature(f, `features[${i}]`, problems));
  return problems;
}

/** The features of a collection already checked with `featureCollectionProblems`. */
export function featuresOf(value: unknown): Json[] {
  if (!isObject(value) || !Array.isArray(value.features)) return [];
  return value.features.filter(isObject);
}

/** A feature's properties as a record (empty if it has none). */
export function propertiesOf(feature: Json): Json {
  return isObject(feature.properties) ? feature.properties : {};
}
