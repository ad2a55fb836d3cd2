/** Mentions written as links must strip back to the text exactly. */
import { describe, expect, test } from 'vitest';
import { annotate } from '../../../scripts/draft/annotate.ts';
import { normaliseSource } from '../../../scripts/draft/source.ts';
import { parseMarkup, stripMarkup } from '../../../src/model/markup.ts';

describe('annotate', () => {
  test('writes links and strips back to the text', () => {
    const text = 'I Kiev togs gruppen emot av president Zelenskyj.';
    const out = annotate(text, [
      { start: 2, end: 6, kind: 'place', id: 'kyiv' },
      { start: 38, end: 47, kind: 'actor', id: 'zelenskyj' },
    ]);
    expect(out).toBe(
      'I [Kiev](place:kyiv) togs gruppen emot av president [Zelenskyj](actor:zelenskyj).',
    );
    expect(stripMarkup(out)).toBe(text);
    expect(parseMarkup(out).mentions).toEqual([
      { kind: 'place', id: 'kyiv', start: 2, end: 6 },
      { kind: 'actor', id: 'zelenskyj', start: 38, end: 47 },
    ]);
  });

  test('leaves out a mark next to brackets or overlapping another, so stripping stays exact', () => {
    const text = 'Se [Kiev](https://x) och (Paris) och [Oslo]';
    const out = annotate(text, [
      { start: 4, end: 8, kind: 'place', id: 'kyiv' },
      { start: 26, end: 31, kind: 'place', id: 'paris' },
      { start: 27, end: 30, kind: 'place', id: 'overlap' },
      { start: 38, end: 42, kind: 'place', id: 'oslo' },
    ]);
    expect(stripMarkup(out)).toBe(text);
    expect(out).toContain('([Paris](place:paris))');
    expect(out).not.toContain('place:kyiv');
    expect(out).not.toContain('place:oslo');
  });
});

describe('normaliseSource', () => {
  test('plain text gets a title line and one blank line between paragraphs', () => {
    expect(normaliseSource('Rubrik\r\nFörsta stycket.\r\n\r\n\r\nAndra stycket.  ')).toEqual({
      text: '# Rubrik\n\nFörsta stycket.\n\nAndra stycket.\n',
      changes: [
        'line endings converted to \\n',
        'the first line made the "# Title"',
        'a blank line added after the title',
        'runs of blank lines made one',
        'one newline at the end',
      ],
    });
  });

  test('a release already in shape is unchanged', () => {
    const text = '# Rubrik\n\nStycke ett.\n\n– Citat.\n';
    expect(normaliseSource(text)).toEqual({ text, changes: [] });
  });
});
