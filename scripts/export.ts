/**
 * npm run export -- --release <id> [--meeting <id>] [--hide-external] [--out <file>]
 * Writes the view as GeoJSON, the same as the app's Export button.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { viewToGeoJSON } from '../src/export/geojson';
import { formatProblem } from '../src/model/problems';
import { loadRelease } from '../src/model/release';
import { indexRelease } from '../src/model/view';
import { visibleItems } from '../src/state/selection';
import { readReleaseFolder, readReleaseFolders, RELEASES_DIR } from './lib/release-folders';

const { values } = parseArgs({
  options: {
    release: { type: 'string' },
    meeting: { type: 'string' },
    'hide-external': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const ids = readReleaseFolders().map((f) => f.dir.split('/').pop() ?? '');
const id = values.release ?? ids.at(-1);
if (!id || !ids.includes(id)) {
  console.error(`Unknown release "${id ?? ''}". Releases: ${ids.join(', ')}`);
  process.exit(1);
}
const folder = readReleaseFolder(join(RELEASES_DIR, id));
const result = loadRelease(folder.files);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(folder.dir, p));
  process.exit(1);
}
const index = indexRelease(result.release);
if (values.meeting && !index.meetings.has(values.meeting)) {
  console.error(
    `Release "${id}" has no meeting "${values.meeting}". Meetings: ${[...index.meetings.keys()].join(', ')}`,
  );
  process.exit(1);
}
const geojson = viewToGeoJSON(
  index,
  visibleItems(index, { meeting: values.meeting ?? null, external: !values['hide-external'] }),
  !values['hide-external'],
);
const text = `${JSON.stringify(geojson, null, 2)}\n`;
if (values.out) {
  writeFileSync(values.out, text);
  console.error(`wrote ${geojson.features.length} features to ${values.out}`);
} else {
  process.stdout.write(text);
}
