import { describe, expect, test } from 'vitest';
import { parseReleaseText, sentenceText, TextFormatError } from '../../../src/model/text.ts';
import { FIRST_RELEASE } from './release-fixture.ts';

const sv = parseReleaseText(FIRST_RELEASE.files['text.sv.md'] ?? '', 'sv');
const en = parseReleaseText(FIRST_RELEASE.files['text.en.md'] ?? '', 'en');

describe('release text', () => {
  test('has a title and paragraphs split at blank lines', () => {
    expect(sv.title.text).toBe('Nationella säkerhetsrådgivare besökte Kiev den 3 januari');
    expect(en.title.text).toBe('National security advisers visited Kyiv on 3 January');
    expect(sv.paragraphs).toHaveLength(6);
    expect(en.paragraphs).toHaveLength(sv.paragraphs.length);
  });

  test('sentences are cited as p<paragraph>.s<sentence> and align across languages', () => {
    expect(sentenceText(sv, 'p3.s2')).toBe(
      'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.',
    );
    expect(sentenceText(en, 'p3.s2')).toBe(
      'The US envoy Steve Witkoff also called in to parts of the meetings.',
    );
    expect(sentenceText(sv, 'title')).toBe(sv.title.text);
    expect(sentenceText(sv, 'p9.s1')).toBeUndefined();
    sv.paragraphs.forEach((p, i) =>
      expect(en.paragraphs[i]?.sentences.length).toBe(p.sentences.length),
    );
  });

  test('quoted statements are marked as quotations in both languages', () => {
    expect(sv.paragraphs.map((p) => p.isQuote)).toEqual([false, false, false, false, true, true]);
    expect(en.paragraphs.map((p) => p.isQuote)).toEqual(sv.paragraphs.map((p) => p.isQuote));
  });

  test('English uses English conventions for names', () => {
    const english = [en.title, ...en.paragraphs].map((p) => p.text).join('\n');
    expect(english).toContain('Kyiv');
    expect(english).toContain('Zelenskyy');
    expect(english).toContain('Umerov');
    expect(english).not.toMatch(/Kiev|Zelenskyj|Umjerov/);
  });

  test('a text without a title line or without paragraphs is refused with a reason', () => {
    expect(() => parseReleaseText('No title\n\nText.', 'en')).toThrow(TextFormatError);
    expect(() => parseReleaseText('No title\n\nText.', 'en')).toThrow(
      'must start with a "# Title" line',
    );
    expect(() => parseReleaseText('# Title only\n', 'en')).toThrow('has no paragraphs');
  });
});
