/**
 * `npm run geocode` and `npm run check:data` as editors run them: a mistyped folder, a file,
 * malformed JSON: a message naming the file (and line), never a stack trace; one bad release
 * does not stop the others.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RELEASES_DIR } from '../../scripts/lib/release-folders.ts';
import { FIRST_RELEASE_ID } from './support/real-release.ts';

const scratch = mkdtempSync(join(tmpdir(), 'diplomap-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const STACK = /\n\s+at /;

const tool = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('npm run geocode', () => {
  test('reports each bad release by file and line and still geocodes the others', () => {
    const root = join(scratch, 'geocode');
    const copy = (id: string) => {
      cpSync(join(RELEASES_DIR, FIRST_RELEASE_ID), join(root, id), { recursive: true });
      return join(root, id, 'places.json');
    };
    const comma = copy('2026-01-01-comma');
    writeFileSync(comma, readFileSync(comma, 'utf8').replace(/}\n]\s*$/, '},\n]\n'));
    const bom = copy('2026-01-02-bom');
    writeFileSync(bom, `\ufeff${readFileSync(bom, 'utf8')}`);
    const twice = copy('2026-01-03-twice');
    writeFileSync(twice, readFileSync(twice, 'utf8').replace('"kind":', '"kind": "city", "kind":'));
    const good = copy('2026-01-04-good');
    const places = JSON.parse(readFileSync(good, 'utf8')) as Array<{ geocoded?: unknown }>;
    for (const place of places) delete place.geocoded;
    writeFileSync(good, JSON.stringify(places));
    mkdirSync(join(root, '2026-01-05-empty'));

    const run = tool('geocode', [], { DIPLOMAP_RELEASES: root });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).toMatch(
      /2026-01-01-comma\/places\.json: is not valid JSON at line \d+, column \d+/,
    );
    expect(run.stderr).toContain('2026-01-02-bom/places.json: starts with a byte order mark');
    expect(run.stderr).toMatch(
      /2026-01-03-twice\/places\.json: has the key "kind" twice in one object, at line \d+/,
    );
    expect(run.stderr).toContain('2026-01-05-empty/places.json: is missing; nothing to geocode');
    // The good release after the bad ones is geocoded; the empty folder gets no places.json.
    const after = JSON.parse(readFileSync(good, 'utf8')) as Array<{ geocoded?: unknown }>;
    expect(after.every((p) => p.geocoded !== undefined)).toBe(true);
    expect(existsSync(join(root, '2026-01-05-empty', 'places.json'))).toBe(false);
  }, 60_000);

  test.each([
    ['a missing folder', 'no/such/release', 'no/such/release: no such folder'],
    ['a file', 'package.json', 'package.json: is not a folder'],
  ])(
    'given %s, says so',
    (_what, arg, message) => {
      const run = tool('geocode', [arg]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(STACK);
    },
    60_000,
  );
});

describe('npm run check:data', () => {
  test.each([
    ['a missing folder', ['no/such/release'], {}, 'no/such/release: no such folder'],
    ['a file', ['package.json'], {}, 'package.json: is not a folder'],
    [
      'a missing DIPLOMAP_RELEASES',
      [],
      { DIPLOMAP_RELEASES: 'no/such/releases' },
      'no/such/releases: no such folder of releases',
    ],
  ])(
    'given %s, says so',
    (_what, args, env, message) => {
      const run = tool('check-data', args, env);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(STACK);
    },
    60_000,
  );
});
