/** Checks on what an editor gives the command-line tools, each with a message to print. */
import { lstatSync, readFileSync } from 'node:fs';

/** A press release is a few kilobytes; a file far larger is not one. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/**
 * The text of the file at `path`, or why it cannot be a release's text: missing, a folder,
 * too large, or not UTF-8 text (binary data would be drafted as pages of replacement characters).
 */
export function readTextInput(path: string): { text: string } | { error: string } {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return { error: `${path}: no such file` };
  }
  if (stat.isDirectory()) return { error: `${path}: is a folder; give the release's text file` };
  if (stat.isSymbolicLink() || !stat.isFile()) return { error: `${path}: is not a plain file` };
  if (stat.size > MAX_INPUT_BYTES)
    return {
      error: `${path}: is ${stat.size} bytes; a press release's text is at most ${MAX_INPUT_BYTES} bytes`,
    };
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${path}: is not UTF-8 text; save the release as a UTF-8 text file` };
  }
  // Control characters other than tab and line breaks do not occur in text.
  if (hasControlCharacters(text))
    return { error: `${path}: holds binary data, not text; give the release's text file` };
  return { text };
}

/** A calendar date written as YYYY-MM-DD that exists: 2026-02-31 does not. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) return true;
  }
  return false;
}
