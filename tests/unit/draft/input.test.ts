/** What the draft command accepts as its input file and --date. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isCalendarDate, MAX_INPUT_BYTES, readTextInput } from '../../../scripts/lib/input.ts';
import { formatTable } from '../../../scripts/draft/table.ts';

const scratch = mkdtempSync(join(tmpdir(), 'diplomap-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readTextInput', () => {
  test('a 4 MB file is refused with its size, before anything is drafted from it', () => {
    const big = join(scratch, 'big.md');
    writeFileSync(big, `# Rubrik\n\n${'Ord och mening. '.repeat(262_144)}`);
    expect(readTextInput(big)).toEqual({
      error: expect.stringContaining(
        `a press release's text is at most ${MAX_INPUT_BYTES} bytes`,
      ) as unknown as string,
    });
  });

  test('UTF-8 text is read, without its byte order mark', () => {
    const file = join(scratch, 'ok.md');
    writeFileSync(file, '\ufeff# Rubrik\n\nStycke.\n');
    expect(readTextInput(file)).toEqual({ text: '# Rubrik\n\nStycke.\n' });
  });

  test('Latin-1 bytes and NUL bytes are refused', () => {
    const latin1 = join(scratch, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x23, 0x20, 0xe5, 0x0a]));
    expect(readTextInput(latin1)).toEqual({
      error: `${latin1}: is not UTF-8 text; save the release as a UTF-8 text file`,
    });
    const nul = join(scratch, 'nul.md');
    writeFileSync(nul, 'text\0more');
    expect(readTextInput(nul)).toEqual({
      error: `${nul}: holds binary data, not text; give the release's text file`,
    });
  });
});

test('isCalendarDate takes only dates that exist', () => {
  expect(isCalendarDate('2026-01-03')).toBe(true);
  expect(isCalendarDate('2028-02-29')).toBe(true);
  for (const date of [
    '2026-02-31',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '26-01-03',
    '2026-1-3',
  ])
    expect(isCalendarDate(date), date).toBe(false);
});

test('the mention table of 200 000 rows is drawn without overflowing the stack', () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => [`p${i}.s1`, 'Kiev']);
  const table = formatTable(['where', 'mention'], rows);
  expect(table.split('\n')).toHaveLength(200_002);
  expect(table.split('\n')[1]).toBe('----------  -------');
});
