/** Names that show nothing, and text that would reverse the interface, are refused. */
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/model/release.ts';
import { hasVisibleText, withoutBidiControls } from '../../../src/model/visible.ts';
import { withJson, withText } from './release-fixture.ts';

type Actor = { name?: { sv: string; en: string } };

describe('invisible and bidi-control text', () => {
  test.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a word joiner', '\u2060'],
    ['a soft hyphen', '\u00ad'],
    ['a right-to-left override', '\u202e'],
    ['a byte order mark and a combining mark', '\ufeff\u0301'],
  ])('a name of only %s is refused', (_what, name) => {
    expect(hasVisibleText(name)).toBe(false);
    const files = withJson('actors.json', (data) => {
      const [first] = data.actors as Actor[];
      if (first) first.name = { sv: name, en: 'Visible' };
    });
    const result = loadRelease(files);
    expect(result.ok ? [] : result.problems).toContainEqual({
      file: 'actors.json',
      path: 'actors[0].name.sv',
      message: 'has no visible character',
    });
  });

  test('a right-to-left override inside a visible title is refused, with its code point', () => {
    const files = withJson('meetings.json', (data) => {
      const [first] = data.meetings as Array<{ title: { en: string } }>;
      if (first) first.title.en = 'Paris \u202emeeting';
    });
    const result = loadRelease(files);
    expect(result.ok ? [] : result.problems).toContainEqual({
      file: 'meetings.json',
      path: 'meetings[0].title.en',
      message:
        'contains the bidirectional control character U+202E, which would reorder the text around it: remove it',
    });
  });

  test('a release title of only invisible characters is refused', () => {
    const files = withText('text.en.md', (t) => t.replace(/^# .*$/m, '# \u200b\u2060'));
    const result = loadRelease(files);
    expect(result.ok ? [] : result.problems).toContainEqual({
      file: 'text.en.md',
      path: '',
      message: 'the title has no visible character',
    });
  });

  test('visible text in any script passes', () => {
    for (const name of ['Kyiv', 'Zelenskyj', 'שלום', 'كييف', '—', '·'])
      expect(hasVisibleText(name)).toBe(true);
  });

  test('text from a URL loses its bidi controls', () => {
    expect(withoutBidiControls('\u202eevil\u2066x\u2069')).toBe('evilx');
  });
});
