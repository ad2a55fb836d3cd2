/** Data files that JSON.parse rejects or quietly changes get a message naming the line. */
import { describe, expect, test } from 'vitest';
import { parseJsonText, scanJson } from '../../../src/model/json.ts';
import { loadRelease } from '../../../src/model/release.ts';
import { withText } from './release-fixture.ts';

describe('parseJsonText', () => {
  test('a trailing comma is named with its line', () => {
    expect(parseJsonText('{\n  "a": 1,\n}\n')).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^is not valid JSON at line 3, column 1: a comma before "}"$/,
      ) as unknown as string,
    });
  });

  test('a byte order mark is named as such', () => {
    expect(parseJsonText('\ufeff[]')).toEqual({
      ok: false,
      message: 'starts with a byte order mark: save it as UTF-8 without one',
    });
  });

  test('a file cut short says where it ends', () => {
    expect(parseJsonText('[\n  1,\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^is not valid JSON at line 3, column 1: the file ends before the data does$/,
      ),
    });
  });

  test('a key written twice in one object is refused, with its line', () => {
    expect(parseJsonText('[\n  { "id": "a",\n    "id": "b" }\n]')).toEqual({
      ok: false,
      message: 'has the key "id" twice in one object, at line 3, column 5: keep one',
    });
  });

  test('the same key in different objects, in strings and escaped, is not a duplicate', () => {
    const text = JSON.stringify({
      a: { id: 1 },
      b: { id: 2, list: [{ id: 3 }, { id: 4 }] },
      'c"\\': '{"a": 1, "a": 2}',
      id: [1, { id: 5 }],
    });
    expect(scanJson(text)).toBeUndefined();
    expect(parseJsonText(text)).toEqual({ ok: true, data: JSON.parse(text) });
    expect(scanJson('{"a\\"b": 1, "a\\"b": 2}')).toEqual({
      kind: 'duplicate',
      key: 'a"b',
      offset: 12,
    });
  });

  test('a release with a duplicate key fails to load, naming the file', () => {
    const files = withText('release.json', (t) =>
      t.replace('{', '{\n  "visitDate": "2026-01-01",'),
    );
    const result = loadRelease(files);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'release.json',
        path: '',
        message: expect.stringMatching(
          /^has the key "visitDate" twice in one object, at line \d+/,
        ) as unknown as string,
      },
    ]);
  });
});

test('scanJson agrees with JSON.parse on what is valid', () => {
  const cases = [
    '',
    ' ',
    '1',
    '-0.5e+3',
    '01',
    '1.',
    '"a\\x"',
    '[1,]',
    '{"a":1,}',
    '{"a" 1}',
    'tru',
    'null',
    '[[[]]]',
    '{"a":[{"b":{}}]}',
    '"\\u00e9"',
    '[1 2]',
    '{}x',
    '"tab\t"',
    '[,1]',
    '{"a":}',
    '{,}',
    '[]',
    '{}',
    ' {"x": [true, false, null, -1.5E-2, "s\\n"]} ',
  ];
  for (const text of cases) {
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(scanJson(text) === undefined, JSON.stringify(text)).toBe(valid);
  }
});

test('ten thousand nested arrays are scanned without recursion', () => {
  expect(scanJson(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBeUndefined();
});
