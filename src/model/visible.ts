/**
 * Text that shows nothing or turns the page around. A name made only of zero-width spaces,
 * word joiners or soft hyphens passes "not empty" yet renders blank; a right-to-left override
 * reverses the interface's own text after it. Release data is Swedish and English: it never
 * needs the bidirectional embedding, override or isolate controls.
 */

/** Characters that draw nothing: white space, format and control characters, lone marks, fillers. */
// Combining marks (\p{Mn}, \p{Me}) include the grapheme joiner and variation selectors.
const INVISIBLE = /^[\s\p{Cf}\p{Cc}\p{Mn}\p{Me}\u115f\u1160\u2800\u3164\uffa0]*$/u;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

export const hasVisibleText = (text: string): boolean => !INVISIBLE.test(text);

/** Why a text may not be shown, or undefined. */
export function invisibleTextProblem(text: string): string | undefined {
  if (!hasVisibleText(text)) return 'has no visible character';
  const control = BIDI_CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    return `contains the bidirectional control character U+${code}, which would reorder the text around it: remove it`;
  }
  return undefined;
}

/** Text from outside (a URL) quoted in a message: without bidi controls (url.ts shortens it). */
export function withoutBidiControls(text: string): string {
  return text.replace(new RegExp(BIDI_CONTROL.source, 'gu'), '');
}
