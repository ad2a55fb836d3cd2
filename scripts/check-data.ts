/**
 * npm run check:data [folder…]: validates every release of the folder being built
 * (DIPLOMAP_RELEASES, or src/data/releases), or the release folders given, and exits non-zero
 * with one line per problem: file, path inside it, and what is wrong.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../geo/gazetteer.ts';
import { createGeocoder } from '../geo/geocoder.ts';
import { checkReleaseFolder } from './lib/check.ts';
import {
  isDirectory,
  listReleaseRoot,
  readReleaseFolder,
  releasesRoot,
  type ReleaseFolder,
} from './lib/release-folders.ts';

function exit(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const root = releasesRoot();
const rootShown = relative(process.cwd(), root) || root;
let problems = 0;
const report = (message: string) => {
  problems++;
  console.error(message);
};

let folders: ReleaseFolder[];
if (args.length > 0) {
  folders = args.map((dir) => {
    if (!existsSync(dir)) exit(`${dir}: no such folder`);
    if (!isDirectory(dir)) exit(`${dir}: is not a folder: give the folder of a release`);
    return readReleaseFolder(resolve(dir));
  });
} else {
  if (!existsSync(root)) exit(`${rootShown}: no such folder of releases`);
  if (!isDirectory(root)) exit(`${rootShown}: is not a folder of releases`);
  const listing = listReleaseRoot(root);
  listing.problems.forEach(report);
  folders = listing.folders.map(readReleaseFolder);
}

const geocoder = createGeocoder(loadGazetteer(), exonyms);
for (const folder of folders) {
  const messages = checkReleaseFolder(folder, geocoder);
  messages.forEach(report);
  if (messages.length === 0) console.log(`ok ${folder.dir}`);
}
if (folders.length === 0) {
  console.error(`No release folders found under ${rootShown}.`);
  process.exitCode = 1;
} else if (problems > 0) {
  console.error(`\n${problems} problem${problems === 1 ? '' : 's'} in the release data.`);
  process.exitCode = 1;
} else {
  console.log(
    folders.length === 1 ? 'The release is valid.' : `All ${folders.length} releases are valid.`,
  );
}
