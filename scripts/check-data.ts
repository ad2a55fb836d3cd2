/**
 * npm run check:data [folder…]: validates every release (or the folders given) and exits
 * non-zero with one line per problem: file, path inside it, and what is wrong.
 */
import { resolve } from 'node:path';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../geo/gazetteer';
import { createGeocoder } from '../geo/geocoder';
import { checkReleaseFolder } from './lib/check';
import { readReleaseFolder, readReleaseFolders } from './lib/release-folders';

const args = process.argv.slice(2);
const folders =
  args.length > 0 ? args.map((dir) => readReleaseFolder(resolve(dir))) : readReleaseFolders();
const geocoder = createGeocoder(loadGazetteer(), exonyms);

let problems = 0;
for (const folder of folders) {
  const messages = checkReleaseFolder(folder, geocoder);
  problems += messages.length;
  for (const message of messages) console.error(message);
  if (messages.length === 0) console.log(`ok ${folder.dir}`);
}
if (folders.length === 0) {
  console.error('No release folders found under src/data/releases.');
  process.exitCode = 1;
} else if (problems > 0) {
  console.error(`\n${problems} problem${problems === 1 ? '' : 's'} in the release data.`);
  process.exitCode = 1;
} else {
  console.log(
    folders.length === 1 ? 'The release is valid.' : `All ${folders.length} releases are valid.`,
  );
}
