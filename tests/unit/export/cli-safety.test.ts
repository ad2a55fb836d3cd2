/**
 * `npm run export --out` as a careless editor runs it: nothing is replaced without --force,
 * nothing is written in a release folder, and a mistake gets a message, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASES_DIR } from '../../../scripts/lib/release-folders.ts';
import { FIRST_RELEASE_ID } from '../support/real-release.ts';

const scratch = mkdtempSync(join(tmpdir(), 'diplomap-export-safe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

const STACK = /\n\s+at /;

describe('npm run export --out', () => {
  it('does not replace an existing file without --force, and does with it', () => {
    const out = join(scratch, 'mine.geojson');
    writeFileSync(out, 'my own work\n');
    const refused = run(['--release', FIRST_RELEASE_ID, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists; add --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('my own work\n');

    const forced = run(['--release', FIRST_RELEASE_ID, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ type: 'FeatureCollection' });
  }, 30_000);

  it('never writes in a release folder, not even over its own meetings.json with --force', () => {
    const releases = join(scratch, 'releases');
    mkdirSync(releases);
    cpSync(join(RELEASES_DIR, FIRST_RELEASE_ID), join(releases, FIRST_RELEASE_ID), {
      recursive: true,
    });
    const meetings = join(releases, FIRST_RELEASE_ID, 'meetings.json');
    const before = readFileSync(meetings);
    for (const out of [meetings, join(releases, FIRST_RELEASE_ID, 'view.geojson')]) {
      const result = run(['--release', FIRST_RELEASE_ID, '--out', out, '--force'], {
        DIPLOMAP_RELEASES: releases,
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('is inside the folder of releases');
    }
    expect(readFileSync(meetings).equals(before)).toBe(true);
    // The real releases too, whatever DIPLOMAP_RELEASES says.
    const real = join(RELEASES_DIR, FIRST_RELEASE_ID, 'meetings.json');
    const realBefore = readFileSync(real);
    const result = run(['--release', FIRST_RELEASE_ID, '--out', real, '--force'], {
      DIPLOMAP_RELEASES: releases,
    });
    expect(result.status).toBe(2);
    expect(readFileSync(real).equals(realBefore)).toBe(true);
  }, 60_000);

  it.each([
    [['--release'], /--release.*argument missing|argument missing/i],
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['--out', '.'], /is a folder; give a file name/],
    [['--out', 'no/such/folder/view.geojson'], /the folder no\/such\/folder does not exist/],
  ])(
    '%j gets a message and its usage, not a stack trace',
    (args, message) => {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK);
    },
    30_000,
  );
});
