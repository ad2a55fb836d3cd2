/** `npm run check:data`: the command editors run, on the real data and on broken folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import exonyms from '../../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../../geo/gazetteer.ts';
import { createGeocoder } from '../../geo/geocoder.ts';
import { checkReleaseFolder } from '../../scripts/lib/check.ts';
import { readReleaseFolder, RELEASES_DIR } from '../../scripts/lib/release-folders.ts';
import { FIRST_RELEASE } from './model/release-fixture.ts';

const geocoder = createGeocoder(loadGazetteer(), exonyms);
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the first release in a scratch folder, changed by `edit`. */
function brokenCopy(name: string, edit: (dir: string) => void): string {
  const dir = join(scratch, name);
  cpSync(join(RELEASES_DIR, FIRST_RELEASE.dir.split('/').pop() ?? ''), dir, { recursive: true });
  edit(dir);
  return dir;
}

function editJson(dir: string, file: string, edit: (data: unknown) => void) {
  const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
}

type Place = { id: string; query: { name: string }; geocoded: { lat: number } };

describe('check:data', () => {
  test('the first release passes, geocoding included', () => {
    expect(checkReleaseFolder(FIRST_RELEASE, geocoder)).toEqual([]);
  });

  test('coordinates typed in by hand are caught', () => {
    const dir = brokenCopy(FIRST_RELEASE.dir.split('/').pop() ?? '', (d) =>
      editJson(d, 'places.json', (places) => {
        (places as Place[])[0]!.geocoded.lat = 50.5;
      }),
    );
    expect(checkReleaseFolder(readReleaseFolder(dir), geocoder)).toEqual([
      expect.stringMatching(
        /places\.json at \[0\]\.geocoded: "kyiv" differs from what the gazetteer gives for "Kyiv": run npm run geocode/,
      ),
    ]);
  });

  test('a place name the gazetteer does not know is named in the message', () => {
    const dir = brokenCopy('unknown-place', (d) =>
      editJson(d, 'places.json', (places) => {
        (places as Place[])[1]!.query.name = 'Xanadu-on-Sea';
      }),
    );
    const messages = checkReleaseFolder(readReleaseFolder(dir), geocoder);
    expect(messages).toContainEqual(
      expect.stringMatching(/places\.json at \[1\]\.query: No place named "Xanadu-on-Sea"/),
    );
  });

  test('a folder whose name is not the release id is caught', () => {
    const dir = brokenCopy('renamed-folder', () => undefined);
    expect(checkReleaseFolder(readReleaseFolder(dir), geocoder)).toEqual([
      expect.stringMatching(
        /release\.json at id: is "2026-01-03-kyiv-security-advisers" but the folder is "renamed-folder"/,
      ),
    ]);
  });

  test('the command exits non-zero and prints one line per problem', () => {
    const dir = brokenCopy('cli-broken', (d) =>
      editJson(d, 'meetings.json', (data) => {
        (data as { journeys: Array<{ from: string }> }).journeys[0]!.from = 'atlantis';
      }),
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'cli-broken/meetings.json at journeys[0].from: refers to the place "atlantis", which does not exist',
    );
    expect(run.stderr).toMatch(/problems? in the release data/);
    // A child process with its own TypeScript loader and gazetteer: slow on a busy machine.
  }, 60_000);
});
