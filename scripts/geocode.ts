/**
 * npm run geocode [folder…]: fills in `geocoded` for every place of every release (or of the
 * folders given) from the offline gazetteer. What the editor wrote (id, kind, query) is kept as
 * it is. A release that cannot be geocoded is reported and the others are still done.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGeocoder, GeocodeError, type Geocoder } from '../geo/geocoder.ts';
import { loadGazetteer } from '../geo/gazetteer.ts';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { geocodePlace } from '../geo/places.ts';
import { parseJsonText } from '../src/model/json.ts';
import { formatPath } from '../src/model/problems.ts';
import { placesFile, type PlaceInput } from '../src/model/schema.ts';
import {
  isDirectory,
  readReleaseFolder,
  readReleaseFolders,
  releasesRoot,
  shown,
  type ReleaseFolder,
} from './lib/release-folders.ts';

/** Geocodes one release; returns its messages, or [] when it went through. */
function geocodeFolder(folder: ReleaseFolder, geocoder: Geocoder): string[] {
  const file = join(folder.dir, 'places.json');
  const text = folder.files['places.json'];
  if (text === undefined) {
    const refused = folder.refused?.find((p) => p.file === 'places.json');
    // Never created here: a folder without places.json may not be a release at all.
    return [`${file}: ${refused ? refused.message : 'is missing; nothing to geocode'}`];
  }
  const json = parseJsonText(text);
  if (!json.ok) return [`${file}: ${json.message}`];
  const parsed = placesFile.safeParse(json.data);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${file} at ${formatPath(i.path)}: ${i.message}`);
  const messages: string[] = [];
  const places = parsed.data.map((place, i): PlaceInput => {
    try {
      return { ...place, geocoded: geocodePlace(geocoder, place) };
    } catch (error) {
      if (!(error instanceof GeocodeError)) throw error;
      messages.push(`${file} at [${i}].query: ${error.message}`);
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
  return messages;
}

const args = process.argv.slice(2);
const argumentProblems = args.flatMap((dir) =>
  !existsSync(dir)
    ? [`${dir}: no such folder`]
    : !isDirectory(dir)
      ? [`${dir}: is not a folder: give the folder of a release`]
      : [],
);
if (argumentProblems.length > 0) {
  for (const message of argumentProblems) console.error(message);
  process.exit(1);
}
const root = releasesRoot();
if (args.length === 0 && !isDirectory(root)) {
  console.error(`${shown(root)}: no such folder of releases`);
  process.exit(1);
}
const folders =
  args.length > 0 ? args.map((dir) => readReleaseFolder(resolve(dir))) : readReleaseFolders(root);

const geocoder = createGeocoder(loadGazetteer(), exonyms);
let failed = false;
for (const folder of folders) {
  let messages: string[];
  try {
    messages = geocodeFolder(folder, geocoder);
  } catch (error) {
    messages = [`${folder.dir}: could not be geocoded: ${(error as Error).message}`];
  }
  for (const message of messages) console.error(message);
  if (messages.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
