/** Which language a release is written in, from how often each language's stop words occur. */
import type { Lang } from '../../src/model/lang.ts';

const STOP_WORDS: Record<Lang, Set<string>> = {
  sv: new Set(
    'och att det som en på är av för med till den har de inte om ett i var sig under efter mot också samt där vi kommer även eller från'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to in is was for with on at by that will from as this are were which has have also be an it its'.split(
      ' ',
    ),
  ),
};

export interface LanguageGuess {
  lang: Lang;
  /** Stop words of each language found in the text. */
  scores: Record<Lang, number>;
}

export function detectLanguage(text: string): LanguageGuess {
  const scores: Record<Lang, number> = { sv: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (STOP_WORDS.sv.has(word)) scores.sv++;
    if (STOP_WORDS.en.has(word)) scores.en++;
  }
  return { lang: scores.en > scores.sv ? 'en' : 'sv', scores };
}
