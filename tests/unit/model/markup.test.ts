import { describe, expect, test } from 'vitest';
import { parseMarkup, stripMarkup } from '../../../src/model/markup.ts';
import { FIRST_RELEASE } from './release-fixture.ts';

describe('mention markup', () => {
  test('a mention becomes its label, with offsets into the stripped text', () => {
    const { text, mentions } = parseMarkup(
      'I [Kiev](place:kyiv) togs [Zelenskyj](actor:zelenskyy) emot.',
    );
    expect(text).toBe('I Kiev togs Zelenskyj emot.');
    expect(mentions).toEqual([
      { kind: 'place', id: 'kyiv', start: 2, end: 6 },
      { kind: 'actor', id: 'zelenskyy', start: 12, end: 21 },
    ]);
    expect(text.slice(12, 21)).toBe('Zelenskyj');
  });

  test('brackets and links that are not mentions stay text', () => {
    const source = 'See [the site](https://example.org) and [note] (Coalition of the Willing).';
    expect(stripMarkup(source)).toBe(source);
    expect(parseMarkup(source).mentions).toEqual([]);
  });

  test('the Swedish text without its links is the published release, character for character', () => {
    const annotated = FIRST_RELEASE.files['text.sv.md'];
    const source = FIRST_RELEASE.files['source.sv.md'];
    expect(annotated).toBeDefined();
    expect(source).toBeDefined();
    const stripped = stripMarkup(annotated ?? '');
    expect([...stripped].length).toBe([...(source ?? '')].length);
    expect(stripped).toBe(source);
    // The published text's typography survives: a no-break space, ” quotes and – dashes.
    expect(stripped).toContain('Kvarnström\u00a0besökte');
    expect(stripped).toContain('”de villigas koalition”');
    expect(stripped).toContain('– Sverige är');
    expect(annotated).not.toBe(source);
  });
});
