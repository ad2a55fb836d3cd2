/**
 * The input as a release source: a `# Title` line, a blank line, paragraphs separated by blank
 * lines, one newline at the end. Plain text gets its first line as the title; nothing inside a
 * paragraph is changed.
 */
export interface NormalisedSource {
  text: string;
  /** What was changed, for the editor. */
  changes: string[];
}

export function normaliseSource(raw: string): NormalisedSource {
  const changes: string[] = [];
  let text = raw;
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    changes.push('line endings converted to \\n');
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    changes.push('byte order mark removed');
  }
  const lead = text.match(/^\s*\n/);
  if (lead) {
    text = text.slice(lead[0].length);
    changes.push('blank lines before the title removed');
  }
  if (!text.startsWith('# ')) {
    text = `# ${text.replace(/^#+\s*/, '')}`;
    changes.push('the first line made the "# Title"');
  }
  const titleEnd = text.indexOf('\n');
  if (titleEnd !== -1 && text[titleEnd + 1] !== '\n') {
    text = `${text.slice(0, titleEnd)}\n${text.slice(titleEnd)}`;
    changes.push('a blank line added after the title');
  }
  if (/[ \t]+\n/.test(text)) {
    text = text.replace(/[ \t]+\n/g, '\n');
    changes.push('spaces at line ends removed');
  }
  if (/\n[ \t]*\n[ \t]*\n/.test(text)) {
    text = text.replace(/\n([ \t]*\n){2,}/g, '\n\n');
    changes.push('runs of blank lines made one');
  }
  const trimmed = `${text.replace(/\s+$/, '')}\n`;
  if (trimmed !== text) {
    if (text !== trimmed.slice(0, -1)) changes.push('one newline at the end');
    text = trimmed;
  }
  return { text, changes };
}
