/**
 * Input that used to hang or crash: a paragraph of 100 000 `[a`, a 10 MB paragraph, 200 000
 * places. Each finishes (the test's own timeout is the only clock) or is refused with a message.
 */
import { describe, expect, test } from 'vitest';
import { parseMarkup } from '../../../src/model/markup.ts';
import { loadRelease, MAX_JSON_CHARS } from '../../../src/model/release.ts';
import { MAX_PARAGRAPH_CHARS, parseReleaseText, TextFormatError } from '../../../src/model/text.ts';
import { FIRST_RELEASE, withJson } from './release-fixture.ts';

const openBrackets = '[a'.repeat(100_000);

describe('large input', () => {
  test('a 200 KB paragraph of unclosed brackets parses as text, with no mention', () => {
    const source = `${openBrackets}[Kiev](place:kyiv)`;
    const { text, mentions } = parseMarkup(source);
    expect(text).toBe(`${openBrackets}Kiev`);
    expect(mentions).toEqual([{ kind: 'place', id: 'kyiv', start: 200_000, end: 200_004 }]);
  });

  test('an unclosed mention target repeated 20 000 times parses as text', () => {
    const source = '[a](place:'.repeat(20_000);
    expect(parseMarkup(source)).toEqual({ text: source, mentions: [] });
  });

  test('the same paragraph in a release is refused by the paragraph limit, with a message', () => {
    const text = `# Rubrik\n\n${openBrackets}\n`;
    expect(() => parseReleaseText(text, 'sv')).toThrow(TextFormatError);
    expect(() => parseReleaseText(text, 'sv')).toThrow(
      `paragraph 1 is 200000 characters long, more than the ${MAX_PARAGRAPH_CHARS} a paragraph may have`,
    );
  });

  test('a 10 MB text file is refused before it is segmented into sentences', () => {
    const text = `# Rubrik\n\n${'Ord. '.repeat(2_000_000)}\n`;
    const result = loadRelease({ ...FIRST_RELEASE.files, 'text.sv.md': text });
    expect(result.ok ? [] : result.problems).toContainEqual({
      file: 'text.sv.md',
      path: '',
      message: 'is 10000011 characters long, more than the 400000 a release text may have',
    });
  });

  test('a long run of blank lines inside a text is not a hang', () => {
    const text = `# Rubrik\n\nEtt.${'\n'.repeat(200_000)}Två.\n`;
    expect(() => parseReleaseText(text, 'sv')).toThrow('paragraph 2 is empty');
  });

  test('200 000 broken journeys (a 20 MB file): every problem is reported, without overflowing the stack', () => {
    const files = withJson('meetings.json', (data) => {
      const journeys = data.journeys as Array<Record<string, unknown>>;
      const { who, to, mode, provenance } = journeys[0] ?? {};
      for (let i = 0; i < 200_000; i++)
        journeys.push({ id: `j${i}`, who, from: 'x', to, mode, provenance });
    });
    const result = loadRelease(files);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThanOrEqual(200_000);
    expect(problems).toContainEqual({
      file: 'meetings.json',
      path: 'journeys[200000].from',
      message: 'refers to the place "x", which does not exist',
    });
  }, 60_000);

  test('a data file above the size limit is refused with a message, not parsed', () => {
    const huge = `[${' '.repeat(MAX_JSON_CHARS)}]`;
    const result = loadRelease({ ...FIRST_RELEASE.files, 'places.json': huge });
    expect(result.ok ? [] : result.problems).toContainEqual({
      file: 'places.json',
      path: '',
      message: `is ${huge.length} characters long, more than the ${MAX_JSON_CHARS} a data file may have`,
    });
  });
});
