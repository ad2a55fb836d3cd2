/**
 * Everything in a release folder is published, so a symbolic link or a stray file in one must
 * never reach the build: check:data refuses them with a message, and the build fails on them.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { summarise } from '../../../build/release-index.ts';
import { readReleaseFolder, RELEASES_DIR } from '../../../scripts/lib/release-folders.ts';
import { FIRST_RELEASE } from '../model/release-fixture.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ID = FIRST_RELEASE.dir.split('/').pop() ?? '';
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-leaks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SECRET = 'DEPLOY_TOKEN=s3cr3t-4f9a';
const PRIVATE = 'editor-only remark 7c21';

/** A folder of releases with one release holding a link to a secret and a private file. */
function hostileRoot(name: string): { root: string; release: string } {
  const root = join(scratch, name);
  const release = join(root, ID);
  mkdirSync(root);
  cpSync(join(RELEASES_DIR, ID), release, { recursive: true });
  const secret = join(scratch, `${name}-environ`);
  writeFileSync(secret, `${SECRET}\n`);
  symlinkSync(secret, join(release, 'notes.md'));
  writeFileSync(join(release, 'editor-private.json'), JSON.stringify({ note: PRIVATE }));
  return { root, release };
}

/** Every file under `dir`, as text. */
function allText(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('a release folder holds only the files the model defines', () => {
  test('a symbolic link and a stray file are not read, and are reported', () => {
    const { release } = hostileRoot('read');
    const folder = readReleaseFolder(release);
    expect(Object.keys(folder.files).sort()).toEqual([
      'actors.json',
      'meetings.json',
      'places.json',
      'release.json',
      'source.sv.md',
      'text.en.md',
      'text.sv.md',
    ]);
    expect(JSON.stringify(folder.files)).not.toContain(SECRET);
    expect(JSON.stringify(folder.files)).not.toContain(PRIVATE);
    expect(folder.refused?.map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(/^editor-private\.json: is not a release file: .*move it out/),
      expect.stringMatching(/^notes\.md: is a symbolic link/),
    ]);
  });

  test('a text file that is a link to a secret does not reach the picker either', () => {
    const { root, release } = hostileRoot('title');
    rmSync(join(release, 'text.en.md'));
    symlinkSync(join(scratch, 'title-environ'), join(release, 'text.en.md'));
    expect(JSON.stringify(summarise(root))).not.toContain('s3cr3t');
  });

  test('npm run build checks the DIPLOMAP_RELEASES folder it builds and stops on them', () => {
    const { root } = hostileRoot('check');
    const outDir = join(scratch, 'check-dist');
    const run = spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DIPLOMAP_RELEASES: root },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${ID}/notes.md: is a symbolic link`);
    expect(run.stderr).toContain(`${ID}/editor-private.json: is not a release file`);
    expect(allText(outDir)).toBe('');
    // A child process with its own TypeScript loader and gazetteer: slow on a busy machine.
  }, 120_000);

  test('vite build fails on them on its own, and publishes neither', async () => {
    const { root } = hostileRoot('build');
    const outDir = join(scratch, 'build-dist');
    const previous = process.env.DIPLOMAP_RELEASES;
    process.env.DIPLOMAP_RELEASES = root;
    try {
      await expect(
        build({
          root: ROOT,
          logLevel: 'silent',
          build: { outDir, emptyOutDir: true, sourcemap: false },
        }),
      ).rejects.toThrow(/notes\.md: is a symbolic link/);
    } finally {
      if (previous === undefined) delete process.env.DIPLOMAP_RELEASES;
      else process.env.DIPLOMAP_RELEASES = previous;
    }
    const published = allText(outDir);
    expect(published).not.toContain(SECRET);
    expect(published).not.toContain(PRIVATE);
  }, 120_000);
});
