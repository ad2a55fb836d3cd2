/**
 * A draft fails `npm run check:data` with a list of what to confirm, and passes once an editor
 * has confirmed every suggestion and written the translation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/model/release.ts';
import { checkReleaseFolder } from '../../../scripts/lib/check.ts';
import { readReleaseFolder } from '../../../scripts/lib/release-folders.ts';
import type { Geocoder } from '../../../geo/geocoder.ts';
import {
  confirmFolder,
  draftFixture,
  FIXTURES,
  getGeocoder,
  other,
  writeFolder,
} from './support.ts';

let geocoder: Geocoder;
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-draft-check-'));
beforeAll(() => {
  geocoder = getGeocoder();
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(FIXTURES)('check:data on the draft of $name', (f) => {
  test('fails with what the editor must confirm, then passes once confirmed', () => {
    const d = draftFixture(f);
    const dir = join(scratch, d.id);
    writeFolder(dir, d.files);

    const problems = checkReleaseFolder(readReleaseFolder(dir), geocoder);
    expect(problems.length).toBeGreaterThan(0);
    // Only drafts, TODOs and a place the gazetteer lacks: nothing structurally wrong.
    for (const p of problems)
      expect(p).toMatch(
        /is a draft suggestion: .+ Check it, then remove "draft"\.|is still to be written: TODO|"utoya" has not been geocoded|No place named "Utøya"/,
      );
    expect(problems).toContainEqual(
      expect.stringMatching(/release\.json at \.draft: is a draft suggestion/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`text\\.${other(f.lang)}\\.md at title: is still to be written`),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/meetings\.json at meetings\[0\]\.draft/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/meetings\.json at journeys\[0\]\.draft/),
    );

    confirmFolder(dir, d.files, f);
    const folder = readReleaseFolder(dir);
    const loaded = loadRelease(folder.files);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    expect(checkReleaseFolder(folder, geocoder)).toEqual([]);
  });
});
