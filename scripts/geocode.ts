/**
 * npm run geocode [folder…]: fills in `geocoded` for every place of every release (or of the
 * folders given) from the offline
 * gazetteer. What the editor wrote (id, kind, query) is kept as it is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGeocoder, GeocodeError } from '../geo/geocoder';
import { loadGazetteer } from '../geo/gazetteer';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { geocodePlace } from '../geo/places';
import { placesFile, type PlaceInput } from '../src/model/schema';
import { formatPath } from '../src/model/problems';
import { resolve } from 'node:path';
import { readReleaseFolder, readReleaseFolders } from './lib/release-folders';

const geocoder = createGeocoder(loadGazetteer(), exonyms);
let failed = false;
const args = process.argv.slice(2);
const folders =
  args.length > 0 ? args.map((dir) => readReleaseFolder(resolve(dir))) : readReleaseFolders();
for (const folder of folders) {
  const file = join(folder.dir, 'places.json');
  const parsed = placesFile.safeParse(JSON.parse(folder.files['places.json'] ?? '[]'));
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`${file} at ${formatPath(issue.path)}: ${issue.message}`);
    failed = true;
    continue;
  }
  const places = parsed.data.map((place, i): PlaceInput => {
    try {
      return { ...place, geocoded: geocodePlace(geocoder, place) };
    } catch (error) {
      if (!(error instanceof GeocodeError)) throw error;
      console.error(`${file} at [${i}].query: ${error.message}`);
      failed = true;
      // Old coordinates would look current: the place is left ungeocoded until fixed.
      return { ...place, geocoded: undefined };
    }
  });
  writeFileSync(file, `${JSON.stringify(places, null, 2)}\n`);
  for (const p of places) {
    if (p.geocoded)
      console.log(
        `${file}: ${p.id} → ${p.geocoded.name.en}, ${p.geocoded.country} (${p.geocoded.lat}, ${p.geocoded.lon}) ${p.geocoded.geonameId ? `geonames:${p.geocoded.geonameId}` : 'cited position'}`,
      );
  }
}
process.exitCode = failed ? 1 : 0;
