/**
 * JSON.parse with messages an editor can act on: the line and column of a syntax error (the
 * engine does not always give one), a byte order mark named as such, and a key written twice
 * in one object (JSON.parse would keep the last silently, so one of two values would vanish).
 */
export type JsonResult = { ok: true; data: unknown } | { ok: false; message: string };

/** "line 3, column 1" of an offset. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${offset - start + 1}`;
}

export function parseJsonText(text: string): JsonResult {
  if (text.charCodeAt(0) === 0xfeff)
    return { ok: false, message: 'starts with a byte order mark: save it as UTF-8 without one' };
  const problem = scanJson(text);
  if (problem?.kind === 'syntax')
    return {
      ok: false,
      message: `is not valid JSON at ${lineAndColumn(text, problem.offset)}: ${problem.reason}`,
    };
  if (problem?.kind === 'duplicate')
    return {
      ok: false,
      message: `has the key "${problem.key}" twice in one object, at ${lineAndColumn(text, problem.offset)}: keep one`,
    };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${(error as Error).message}` };
  }
}

export type JsonProblem =
  | { kind: 'syntax'; offset: number; reason: string }
  | { kind: 'duplicate'; offset: number; key: string };

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPES = '"\\/bfnrtu';

/**
 * The first syntax error or repeated key of `text`, in one linear pass with an explicit stack
 * (no recursion, so deep nesting cannot overflow it). Undefined for valid JSON without one.
 */
export function scanJson(text: string): JsonProblem | undefined {
  // One entry per open bracket: the keys seen in an object, or null for an array.
  const stack: Array<Set<string> | null> = [];
  let state: 'value' | 'key' | 'colon' | 'next' = 'value';
  let justOpened = false;
  let i = 0;
  const syntax = (offset: number, reason: string): JsonProblem => ({
    kind: 'syntax',
    offset,
    reason,
  });
  /** Reads the string starting at i; returns its end (after the quote) or a problem. */
  const readString = (): number | JsonProblem => {
    let j = i + 1;
    while (j < text.length) {
      const code = text.charCodeAt(j);
      if (code === 34) return j + 1;
      if (code < 0x20) return syntax(j, 'a line break or control character inside a string');
      if (code === 92) {
        if (!ESCAPES.includes(text[j + 1] ?? '')) return syntax(j, 'an unknown escape \\');
        j += 2;
      } else j++;
    }
    return syntax(i, 'a string that is never closed');
  };

  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const top = stack.at(-1);
    const closing = top === undefined ? '' : top === null ? ']' : '}';
    if (justOpened && c === closing) {
      stack.pop();
      state = 'next';
      justOpened = false;
      i++;
      continue;
    }
    justOpened = false;
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? new Set() : null);
        state = c === '{' ? 'key' : 'value';
        justOpened = true;
        i++;
      } else if (c === '"') {
        const end = readString();
        if (typeof end !== 'number') return end;
        i = end;
        state = 'next';
      } else {
        NUMBER.lastIndex = i;
        LITERAL.lastIndex = i;
        const match = NUMBER.exec(text) ?? LITERAL.exec(text);
        if (!match) {
          return syntax(
            i,
            c === ']' || c === '}'
              ? `a comma before "${c}"`
              : `unexpected "${c}" where a value belongs`,
          );
        }
        i += match[0].length;
        state = 'next';
      }
    } else if (state === 'key') {
      if (c !== '"')
        return syntax(i, c === '}' ? 'a comma before "}"' : 'a key in double quotes belongs here');
      const end = readString();
      if (typeof end !== 'number') return end;
      const key = JSON.parse(text.slice(i, end)) as string;
      if (top?.has(key)) return { kind: 'duplicate', offset: i, key };
      top?.add(key);
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return syntax(i, 'a ":" after the key belongs here');
      i++;
      state = 'value';
    } else {
      if (top === undefined) return syntax(i, 'more text after the end of the data');
      if (c === ',') state = top === null ? 'value' : 'key';
      else if (c === closing) stack.pop();
      else return syntax(i, `a "," or "${closing}" belongs here`);
      i++;
    }
  }
  if (stack.length > 0 || state !== 'next')
    return syntax(text.length, 'the file ends before the data does');
  return undefined;
}
