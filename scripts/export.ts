/**
 * npm run export -- [--release <id>] [--meeting <id>] [--hide-external] [--out <file> [--force]]
 * Writes the view as GeoJSON, the same as the app's Export button.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { viewToGeoJSON } from '../src/export/geojson.ts';
import { formatProblem } from '../src/model/problems.ts';
import { loadRelease } from '../src/model/release.ts';
import { indexRelease } from '../src/model/view.ts';
import { visibleItems } from '../src/state/selection.ts';
import {
  isDirectory,
  readReleaseFolders,
  RELEASES_DIR,
  releasesRoot,
} from './lib/release-folders.ts';
import { checkExportFile } from './lib/safe-out.ts';

const USAGE =
  'usage: npm run export -- [--release <id>] [--meeting <id>] [--hide-external] [--out <file> [--force]]';

function fail(message: string, code = 1): never {
  console.error(code === 2 ? `${message}\n${USAGE}` : message);
  process.exit(code);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        release: { type: 'string' },
        meeting: { type: 'string' },
        'hide-external': { type: 'boolean', default: false },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // Unknown flag, a flag without its value: node's message says which.
    return fail((error as Error).message, 2);
  }
})();

const root = releasesRoot();
if (!isDirectory(root)) fail(`${root}: no such folder of releases`);
const folders = readReleaseFolders(root);
const ids = folders.map((f) => f.dir.split(/[\\/]/).pop() ?? '');
const id = values.release ?? ids.at(-1);
const folder = folders[id === undefined ? -1 : ids.indexOf(id)];
if (!id || !folder) fail(`Unknown release "${id ?? ''}". Releases: ${ids.join(', ')}`);
const refused = values.out && checkExportFile(values.out, [root, RELEASES_DIR], values.force);
if (refused) fail(refused, 2);

const result = loadRelease(folder.files);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(folder.dir, p));
  process.exit(1);
}
const index = indexRelease(result.release);
if (values.meeting && !index.meetings.has(values.meeting)) {
  fail(
    `Release "${id}" has no meeting "${values.meeting}". Meetings: ${[...index.meetings.keys()].join(', ')}`,
  );
}
const geojson = viewToGeoJSON(
  index,
  visibleItems(index, { meeting: values.meeting ?? null, external: !values['hide-external'] }),
  !values['hide-external'],
);
const text = `${JSON.stringify(geojson, null, 2)}\n`;
if (values.out) {
  // 'wx' unless --force: a file that appeared since the check is still not replaced.
  writeFileSync(values.out, text, { flag: values.force ? 'w' : 'wx' });
  console.error(`wrote ${geojson.features.length} features to ${values.out}`);
} else {
  process.stdout.write(text);
}
