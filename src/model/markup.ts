/**
 * Mentions in release text are written in Markdown link syntax, `[Kiev](place:kyiv)`, so the
 * paragraph source stays readable for an editor. Stripping them gives back the exact source text.
 */

export const MENTION_KINDS = ['place', 'actor', 'delegation', 'meeting'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface Mention {
  kind: MentionKind;
  id: string;
  /** Offsets into the stripped text. */
  start: number;
  end: number;
}

export interface MarkedText {
  text: string;
  mentions: Mention[];
}

// Only a link whose target is one of our kinds is a mention; any other brackets are text.
// Neither the label nor the id may hold a bracket, so a failed match stops at the next one and
// the scan stays linear: `[a[a[a…` no longer tries every `[` against the rest of the paragraph.
const MENTION = /\[([^[\]\n]+)\]\((place|actor|delegation|meeting):([^)[\]\s]*)\)/g;

export function parseMarkup(source: string): MarkedText {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const match of source.matchAll(MENTION)) {
    const [whole, label, kind, id] = match as unknown as [string, string, MentionKind, string];
    text += source.slice(last, match.index);
    mentions.push({ kind, id, start: text.length, end: text.length + label.length });
    text += label;
    last = match.index + whole.length;
  }
  text += source.slice(last);
  return { text, mentions };
}

export function stripMarkup(source: string): string {
  return parseMarkup(source).text;
}
