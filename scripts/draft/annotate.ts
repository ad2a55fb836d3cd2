/**
 * Writes mentions into a paragraph as `[label](kind:id)` links. Stripping the links must give
 * back the text exactly, so a mention that would not round-trip (a label with brackets, or one
 * next to a bracket in the text) is left out rather than risked.
 */
import { parseMarkup, type MentionKind } from '../../src/model/markup.ts';
import type { Span } from './words.ts';

export interface Mark extends Span {
  kind: MentionKind;
  id: string;
}

/** The paragraph with its marks as links; marks must not overlap. */
export function annotate(text: string, marks: readonly Mark[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const mark of sorted) {
    if (mark.start < last || mark.end <= mark.start) continue;
    const label = text.slice(mark.start, mark.end);
    const before = text[mark.start - 1] ?? '';
    const after = text[mark.end] ?? '';
    if (/[[\]\n]/.test(label) || before === '[' || before === ']' || after === '(' || after === ']')
      continue;
    out += `${text.slice(last, mark.start)}[${label}](${mark.kind}:${mark.id})`;
    last = mark.end;
  }
  out += text.slice(last);
  // The text's own brackets could still combine with a link; fall back to the plain text.
  return parseMarkup(out).text === text ? out : text;
}
