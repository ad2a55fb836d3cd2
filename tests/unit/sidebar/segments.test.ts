import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/model/lang.ts';
import { parseMarkup } from '../../../src/model/markup.ts';
import { parseReleaseText, type Paragraph } from '../../../src/model/text.ts';
import { paragraphRuns } from '../../../src/sidebar/segments.ts';
import { loadFirstRelease } from '../support/real-release.ts';

const release = loadFirstRelease();

const joined = (paragraph: Paragraph) =>
  paragraphRuns(paragraph)
    .map((s) => s.runs.map((r) => r.text).join('') + s.trailing)
    .join('');

const allParagraphs = (lang: Lang) => [release.text[lang].title, ...release.text[lang].paragraphs];

describe.each(['sv', 'en'] as const)('paragraphRuns on the first release (%s)', (lang) => {
  const paragraphs = allParagraphs(lang);

  it('gives back each paragraph text exactly, title included', () => {
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const p of paragraphs) expect(joined(p)).toBe(p.text);
  });

  it('has one entry per sentence, in order, with the sentence references', () => {
    for (const p of paragraphs) {
      expect(paragraphRuns(p).map((s) => s.ref)).toEqual(p.sentences.map((s) => s.ref));
    }
  });

  it('turns every mention into runs that carry it and spell its label', () => {
    for (const p of paragraphs) {
      const runs = paragraphRuns(p).flatMap((s) => s.runs);
      for (const mention of p.mentions) {
        const own = runs.filter((r) => r.mention === mention);
        expect(own.length).toBeGreaterThan(0);
        expect(own.map((r) => r.text).join('')).toBe(p.text.slice(mention.start, mention.end));
      }
    }
  });

  it('never returns empty runs', () => {
    for (const p of paragraphs) {
      for (const s of paragraphRuns(p)) for (const r of s.runs) expect(r.text).not.toBe('');
    }
  });
});

describe('paragraphRuns on the Swedish text', () => {
  const sv = release.text.sv;

  it('links the names in the title: "Kiev" is the place kyiv', () => {
    const [title] = paragraphRuns(sv.title);
    const kiev = title?.runs.find((r) => r.mention);
    expect(kiev?.text).toBe('Kiev');
    expect(kiev?.mention).toMatchObject({ kind: 'place', id: 'kyiv' });
  });

  it('keeps the first paragraph\u2019s mentions in reading order', () => {
    const [first] = sv.paragraphs;
    if (!first) throw new Error('no first paragraph');
    const mentions = paragraphRuns(first)
      .flatMap((s) => s.runs)
      .flatMap((r) => (r.mention ? [`${r.mention.kind}:${r.mention.id}`] : []));
    expect(mentions).toEqual([
      'actor:kvarnstrom',
      'place:kyiv',
      'delegation:adviser-group',
      'actor:nato',
      'actor:eu',
    ]);
  });

  it('keeps the quote\u2019s dash and the text between sentences', () => {
    const quote = sv.paragraphs.find((p) => p.isQuote);
    if (!quote) throw new Error('no quoted paragraph');
    const sentences = paragraphRuns(quote);
    expect(sentences[0]?.runs[0]?.text.startsWith('– ')).toBe(true);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences.slice(0, -1)) expect(s.trailing).toMatch(/^\s+$/);
    expect(sentences.at(-1)?.trailing).toBe('');
  });
});

describe('paragraphRuns on made-up text', () => {
  const paragraph = (source: string): Paragraph => {
    const text = parseReleaseText(`# T\n\n${source}`, 'en');
    const [p] = text.paragraphs;
    if (!p) throw new Error('no paragraph');
    return p;
  };

  it('handles a mention at the very start and the very end', () => {
    const p = paragraph('[Kyiv](place:kyiv) hosted [NATO](actor:nato)');
    expect(joined(p)).toBe('Kyiv hosted NATO');
    const runs = paragraphRuns(p).flatMap((s) => s.runs);
    expect(runs.map((r) => [r.text, r.mention?.id])).toEqual([
      ['Kyiv', 'kyiv'],
      [' hosted ', undefined],
      ['NATO', 'nato'],
    ]);
  });

  it('splits a mention that spans two sentences, keeping it on both halves', () => {
    const source = 'They met [in Kyiv. Then in Paris](meeting:m) again.';
    const p = paragraph(source);
    expect(p.sentences.length).toBe(2);
    expect(joined(p)).toBe(parseMarkup(source).text);
    const [first, second] = paragraphRuns(p);
    // The space between the sentences belongs to neither sentence, so not to the link either.
    expect(first?.runs.at(-1)).toMatchObject({ text: 'in Kyiv.', mention: { id: 'm' } });
    expect(first?.trailing).toBe(' ');
    expect(second?.runs[0]).toMatchObject({ text: 'Then in Paris', mention: { id: 'm' } });
  });
});
