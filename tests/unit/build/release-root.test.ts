/** The folder of releases: every folder in it must be named by a release id the app can open. */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import exonyms from '../../../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../../../geo/gazetteer.ts';
import { createGeocoder } from '../../../geo/geocoder.ts';
import { checkReleaseFolder } from '../../../scripts/lib/check.ts';
import {
  listReleaseRoot,
  readReleaseFolder,
  releaseFolder,
  RELEASES_DIR,
} from '../../../scripts/lib/release-folders.ts';
import { summarise } from '../../../build/release-index.ts';
import { FIRST_RELEASE } from '../model/release-fixture.ts';

const ID = FIRST_RELEASE.dir.split('/').pop() ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-root-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the folder of releases', () => {
  const root = join(scratch, 'releases');
  mkdirSync(root);
  cpSync(join(RELEASES_DIR, ID), join(root, ID), { recursive: true });
  mkdirSync(join(root, 'Kyiv Visit (copy)'));
  mkdirSync(join(root, 'all'));
  symlinkSync(join(root, ID), join(root, 'linked-release'));
  writeFileSync(join(root, 'notes-txt'), 'not a folder');

  test('a folder whose name is not an id, and the reserved id "all", are named', () => {
    const { folders, problems } = listReleaseRoot(root);
    expect(folders).toEqual([join(root, ID)]);
    expect(problems).toEqual([
      expect.stringMatching(/releases\/all: is reserved: "\?release=all" opens the overview/),
      expect.stringMatching(/releases\/Kyiv Visit \(copy\): is not a release id/),
      expect.stringMatching(/releases\/linked-release: /),
    ]);
  });

  test('a release found by its id is one the listing lists, and nothing else is', () => {
    const entries = [ID, 'Kyiv Visit (copy)', 'all', 'linked-release', 'notes-txt', 'missing'];
    const { folders } = listReleaseRoot(root);
    for (const id of entries)
      expect(releaseFolder(root, id), id).toBe(folders.find((dir) => dir === join(root, id)));
    expect(releaseFolder(root, ID)).toBe(join(root, ID));
    // Not a way out of the folder.
    expect(releaseFolder(root, `../${ID}`)).toBeUndefined();
  });

  test('the picker lists only the releases', () => {
    expect(summarise(root).map((r) => r.id)).toEqual([ID]);
  });

  test('a release.json whose id is "all" is refused', () => {
    const dir = join(scratch, 'all');
    cpSync(join(RELEASES_DIR, ID), dir, { recursive: true });
    const meta = JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8')) as { id: string };
    meta.id = 'all';
    writeFileSync(join(dir, 'release.json'), JSON.stringify(meta));
    const geocoder = createGeocoder(loadGazetteer(), exonyms);
    expect(checkReleaseFolder(readReleaseFolder(dir), geocoder)).toContainEqual(
      expect.stringMatching(/release\.json at id: is "all", which is reserved/),
    );
  }, 60_000);
});
