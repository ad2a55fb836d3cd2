/**
 * `npm run draft` as a careless editor runs it: a mistyped --out, a folder of other files, a
 * binary or a folder as input, an impossible date. Nothing outside a release folder is
 * written, and every file the draft did not write stays byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from './support.ts';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-draft-safe-'));
const releases = join(scratch, 'releases');
mkdirSync(releases);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const INPUT = join(FIXTURES_DIR, 'visit-and-back.source.sv.md');

const draft = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/draft.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DIPLOMAP_RELEASES: releases },
  });

/** Every file under `dir` with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dir, path), readFileSync(path).toString('base64')];
      }),
  );
}

describe('npm run draft --out', () => {
  test('does not touch a folder of other files that happen to share the names', () => {
    const out = join(releases, '2026-02-10-maps');
    mkdirSync(out);
    writeFileSync(join(out, 'places.json'), '{"type":"FeatureCollection","features":[]}\n');
    writeFileSync(join(out, 'actors.json'), '{"theme":"dark","actors":3}\n');
    writeFileSync(join(out, 'meetings.json'), '[1, 2, 3]\n');
    const before = snapshot(out);
    const run = draft(INPUT, '--out', out, '--date', '2026-02-05');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /is not a release folder \(actors\.json is not a release's actors\.json/,
    );
    expect(run.stderr).toContain('never replaces a file it did not write');
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  test('does not touch a folder that holds any other file', () => {
    const out = join(releases, '2026-02-11-notes');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const run = draft(INPUT, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('notes.txt is not a release file');
    expect(snapshot(out)).toEqual({ 'notes.txt': Buffer.from('mine').toString('base64') });
  }, 60_000);

  test.each([
    ['a folder outside the repository', () => join(scratch, 'elsewhere-2026')],
    ['/etc', () => '/etc'],
    ['a path that climbs out with ../', () => '../../x'],
  ])(
    'refuses %s',
    (_name, out) => {
      const run = draft(INPUT, '--out', out());
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('is outside the repository');
      expect(existsSync(join(scratch, 'elsewhere-2026'))).toBe(false);
    },
    60_000,
  );

  test('refuses a folder inside a release folder', () => {
    const run = draft(INPUT, '--out', join(releases, '2026-02-10-maps', 'sub'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is inside a release folder');
  }, 60_000);
});

describe('npm run draft refuses input it cannot draft from', () => {
  test('a folder', () => {
    const run = draft(FIXTURES_DIR);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("is a folder; give the release's text file");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  test('binary data', () => {
    const binary = join(scratch, 'random.bin');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    writeFileSync(binary, bytes);
    const run = draft(binary, '--out', join(releases, '2026-03-01-binary'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not UTF-8 text|holds binary data/);
    expect(existsSync(join(releases, '2026-03-01-binary'))).toBe(false);
  }, 60_000);

  test('a date that does not exist', () => {
    const run = draft(INPUT, '--date', '2026-02-31');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--date must be a date like 2026-01-03 or a month like 2021-07, not "2026-02-31"',
    );
  }, 60_000);
});
