/**
 * Splits a paragraph into sentences and, inside each, plain runs and mentions, so the text can
 * be rendered as React elements (never as HTML) with sentences and mentions highlightable.
 */
import type { Mention } from '../model/markup.ts';
import type { Paragraph } from '../model/text.ts';

export interface Run {
  text: string;
  mention?: Mention;
}

export interface SentenceRuns {
  ref: string;
  runs: Run[];
  /** White space between this sentence and the next. */
  trailing: string;
}

export function paragraphRuns(paragraph: Paragraph): SentenceRuns[] {
  const { text, mentions, sentences } = paragraph;
  return sentences.map((sentence, i) => {
    const next = sentences[i + 1]?.start ?? text.length;
    const runs: Run[] = [];
    let at = sentence.start;
    for (const mention of mentions) {
      if (mention.end <= sentence.start || mention.start >= sentence.end) continue;
      const start = Math.max(mention.start, sentence.start);
      const end = Math.min(mention.end, sentence.end);
      if (start > at) runs.push({ text: text.slice(at, start) });
      runs.push({ text: text.slice(start, end), mention });
      at = end;
    }
    if (at < sentence.end) runs.push({ text: text.slice(at, sentence.end) });
    return { ref: sentence.ref, runs, trailing: text.slice(sentence.end, next) };
  });
}
