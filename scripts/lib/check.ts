/** The rules of `npm run check:data`, as a function the tests can call on fixture folders. */
import { basename } from 'node:path';
import { checkGeocoding } from '../../geo/places';
import { countriesAt } from '../../geo/shapes';
import type { Geocoder } from '../../geo/geocoder';
import { formatProblem, type Problem } from '../../src/model/problems';
import { loadRelease } from '../../src/model/release';
import { placesFile } from '../../src/model/schema';
import { unmarkedValues } from '../../src/model/stated';
import type { ReleaseFolder } from './release-folders';

export function checkReleaseFolder(folder: ReleaseFolder, geocoder: Geocoder): string[] {
  const problems: Problem[] = [];
  const result = loadRelease(folder.files);
  if (!result.ok) problems.push(...result.problems);
  else problems.push(...unmarkedValues(result.release));
  if (result.ok && result.release.id !== basename(folder.dir)) {
    problems.push({
      file: 'release.json',
      path: 'id',
      message: `is "${result.release.id}" but the folder is "${basename(folder.dir)}": they must match`,
    });
  }
  // Geocoding is checked whenever places.json parses, even if other files have problems.
  const places = placesFile.safeParse(safeJson(folder.files['places.json']));
  if (places.success)
    problems.push(...checkGeocoding(geocoder, places.data, 'places.json', countriesAt));
  return problems.map((p) => formatProblem(folder.dir, p));
}

function safeJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
