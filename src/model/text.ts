/**
 * A release text: a `# Title` line, then paragraphs separated by blank lines. Paragraphs are
 * split into sentences with Intl.Segmenter so facts can cite "p3.s2".
 */
import { parseMarkup, type Mention } from './markup.ts';
import type { Lang } from './lang.ts';
import { invisibleTextProblem } from './visible.ts';

export interface Sentence {
  /** "title" or "p3.s2". */
  ref: string;
  /** Offsets into the paragraph text, trailing white space excluded. */
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based, as in sentence references. */
  index: number;
  text: string;
  mentions: Mention[];
  sentences: Sentence[];
  /** A statement quoted from a person: led by a dash (Swedish style) or an opening quote mark. */
  isQuote: boolean;
}

export interface ReleaseText {
  title: Paragraph;
  paragraphs: Paragraph[];
}

export class TextFormatError extends Error {}

const QUOTE_LEAD = /^(– |— |“|")/;

/** One segmenter per language: making one costs a hundred times more than using it. */
const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export function splitSentences(text: string, lang: Lang, paragraphIndex: number): Sentence[] {
  const segmenter = segmenterFor(lang);
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed.length === 0) continue;
    sentences.push({
      ref: `p${paragraphIndex}.s${sentences.length + 1}`,
      start: index,
      end: index + trimmed.length,
    });
  }
  return sentences;
}

function paragraph(source: string, index: number, lang: Lang): Paragraph {
  const { text, mentions } = parseMarkup(source);
  const sentences =
    index === 0
      ? [{ ref: 'title', start: 0, end: text.length }]
      : splitSentences(text, lang, index);
  return { index, text, mentions, sentences, isQuote: QUOTE_LEAD.test(text) };
}

/** A release text is a few kilobytes; these bound the work a hostile or mistaken file can cause. */
export const MAX_TEXT_CHARS = 400_000;
export const MAX_PARAGRAPH_CHARS = 20_000;

/** The text without its trailing newlines (a loop: /\n+$/ is quadratic on a long run of them). */
function trimNewlines(source: string): string {
  let end = source.length;
  while (end > 0 && source[end - 1] === '\n') end--;
  return source.slice(0, end);
}

export function parseReleaseText(source: string, lang: Lang): ReleaseText {
  if (source.length > MAX_TEXT_CHARS) {
    throw new TextFormatError(
      `is ${source.length} characters long, more than the ${MAX_TEXT_CHARS} a release text may have`,
    );
  }
  const blocks = trimNewlines(source).split('\n\n');
  const [heading, ...body] = blocks;
  if (heading === undefined || !heading.startsWith('# ')) {
    throw new TextFormatError('must start with a "# Title" line');
  }
  if (body.length === 0) throw new TextFormatError('has no paragraphs after the title');
  const empty = body.findIndex((block) => block.trim() === '');
  if (empty !== -1) throw new TextFormatError(`paragraph ${empty + 1} is empty`);
  for (const [i, block] of blocks.entries()) {
    const problem = invisibleTextProblem(i === 0 ? block.slice(2) : block);
    if (problem)
      throw new TextFormatError(`${i === 0 ? 'the title' : `paragraph ${i}`} ${problem}`);
  }
  const long = blocks.findIndex((block) => block.length > MAX_PARAGRAPH_CHARS);
  if (long !== -1) {
    const where = long === 0 ? 'the title' : `paragraph ${long}`;
    throw new TextFormatError(
      `${where} is ${blocks[long]?.length} characters long, more than the ${MAX_PARAGRAPH_CHARS} a paragraph may have`,
    );
  }
  return {
    title: paragraph(heading.slice(2), 0, lang),
    paragraphs: body.map((block, i) => paragraph(block, i + 1, lang)),
  };
}

/** The text of a cited sentence, or undefined when the reference does not exist. */
export function sentenceText(release: ReleaseText, ref: string): string | undefined {
  for (const p of [release.title, ...release.paragraphs]) {
    const sentence = p.sentences.find((s) => s.ref === ref);
    if (sentence) return p.text.slice(sentence.start, sentence.end);
  }
  return undefined;
}
