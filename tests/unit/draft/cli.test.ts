/** `npm run draft`: the command as an editor runs it, twice over the same folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR } from './support.ts';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-draft-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const draft = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/draft.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // The scratch folder stands in for the folder of releases: the draft writes only in one.
    env: { ...process.env, DIPLOMAP_RELEASES: scratch },
  });

describe('npm run draft', () => {
  test('prints the table, writes the folder, and keeps confirmed items on a second run', () => {
    const out = join(scratch, '2026-02-10-copenhagen');
    const input = join(FIXTURES_DIR, 'visit-and-back.source.sv.md');
    const first = draft(input, '--out', out, '--date', '2026-02-05');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /Swedish \(detected: \d+ Swedish and \d+ English stop words\), visit 2026-02-10/,
    );
    expect(first.stdout).toMatch(
      /p1\.s1\s+Köpenhamn\s+place\s+copenhagen → Copenhagen, DK \(55\.67594, 12\.56553\)/,
    );
    expect(first.stdout).toMatch(/wrote .*source\.sv\.md/);
    expect(first.stdout).toMatch(
      /For the editor to confirm or fill in before npm run check:data .* passes \(\d+\):/,
    );
    expect(first.stdout).toMatch(/places\.json at \[0\]\.draft: is a draft suggestion/);

    const placesFile = join(out, 'places.json');
    const places = JSON.parse(readFileSync(placesFile, 'utf8')) as Array<Record<string, unknown>>;
    delete places[0]?.draft;
    writeFileSync(placesFile, JSON.stringify(places, null, 2));
    const second = draft(input, '--out', out, '--date', '2026-02-05', '--lang', 'sv');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('kept place copenhagen: confirmed, kept as it is');
    expect(second.stdout).not.toMatch(/wrote .*text\.sv\.md/);
    expect(JSON.parse(readFileSync(placesFile, 'utf8'))[0].draft).toBeUndefined();
  }, 60_000);

  test('refuses bad arguments with its usage', () => {
    const result = draft(join(FIXTURES_DIR, 'english.source.en.md'), '--lang', 'de');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /--lang must be sv or en, not "de"\nusage: npm run draft -- <file>/,
    );
  }, 30_000);
});
