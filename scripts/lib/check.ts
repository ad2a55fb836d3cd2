/** The rules of `npm run check:data`, as a function the tests can call on fixture folders. */
import { basename } from 'node:path';
import { checkGeocoding } from '../../geo/places.ts';
import { countriesAt } from '../../geo/shapes.ts';
import type { Geocoder } from '../../geo/geocoder.ts';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import { loadRelease } from '../../src/model/release.ts';
import { placesFile } from '../../src/model/schema.ts';
import { unmarkedValues } from '../../src/model/stated.ts';
import { OVERVIEW } from '../../src/state/url.ts';
import type { ReleaseFolder } from './release-folders.ts';

export function checkReleaseFolder(folder: ReleaseFolder, geocoder: Geocoder): string[] {
  // Entries that were not read (symbolic links, stray files) come first: they fail the build.
  let problems: Problem[] = [...(folder.refused ?? [])];
  const result = loadRelease(folder.files);
  if (!result.ok) problems = problems.concat(result.problems);
  else problems = problems.concat(unmarkedValues(result.release));
  if (result.ok && result.release.id === OVERVIEW) {
    problems.push({
      file: 'release.json',
      path: 'id',
      message: `is "${OVERVIEW}", which is reserved: "?release=${OVERVIEW}" opens the overview of all releases`,
    });
  } else if (result.ok && result.release.id !== basename(folder.dir)) {
    problems.push({
      file: 'release.json',
      path: 'id',
      message: `is "${result.release.id}" but the folder is "${basename(folder.dir)}": they must match`,
    });
  }
  // Geocoding is checked whenever places.json parses, even if other files have problems.
  const places = placesFile.safeParse(safeJson(folder.files['places.json']));
  if (places.success)
    problems = problems.concat(checkGeocoding(geocoder, places.data, 'places.json', countriesAt));
  return problems.map((p) => formatProblem(folder.dir, p));
}

function safeJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
