/**
 * Words of a paragraph with their offsets, and the small word lists the extractors share.
 * Pure: no file system, no gazetteer.
 */
import type { Lang } from '../../src/model/lang.ts';
import { splitSentences } from '../../src/model/text.ts';
import { normaliseName } from '../../geo/normalize.ts';

export interface Span {
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** The first word of its sentence (after any quote mark or dash). */
  sentenceInitial: boolean;
  /** Index of the sentence it is in, counted from 0. */
  sentence: number;
}

// A word: letters, with inner hyphens or apostrophes ("Euro-atlantisk", "Kyiv’s") and a
// Swedish genitive after an abbreviation ("USA:s").
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-’'][\p{L}\p{M}\p{N}]+)*(?::s(?![\p{L}]))?/gu;

export function tokenise(text: string, lang: Lang): Token[] {
  const sentences = splitSentences(text, lang, 1);
  const tokens: Token[] = [];
  let sentence = 0;
  let firstInSentence = true;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    while (sentence < sentences.length - 1 && start >= (sentences[sentence + 1]?.start ?? 0)) {
      sentence++;
      firstInSentence = true;
    }
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      sentenceInitial: firstInSentence,
      sentence,
    });
    firstInSentence = false;
  }
  return tokens;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Only white space (or a hyphen) between two tokens: they can form one name. */
export function adjacent(text: string, a: Span, b: Span): boolean {
  return /^(?: |-)$/.test(text.slice(a.end, b.start));
}

/** The word before a token if only white space separates them, lowercased. */
export function wordBefore(text: string, tokens: Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  if (!prev || !tok || !/^\s+$/.test(text.slice(prev.end, tok.start))) return undefined;
  return prev.text.toLowerCase();
}

export const MONTHS: Record<Lang, string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
};

/** Weekday names indexed like Date#getUTCDay (Sunday first). */
export const WEEKDAYS: Record<Lang, string[]> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
};

/**
 * Capitalised words that are never a place or a person's name on their own: months,
 * weekdays, regions, and words English capitalises in titles and institutions.
 */
const CALENDAR = new Set(
  [...MONTHS.sv, ...MONTHS.en, ...WEEKDAYS.sv, ...WEEKDAYS.en, 'the', 'a', 'an'].map(normaliseName),
);

/** Months, weekdays and articles: capitalised in English, never names. */
export const isCalendarWord = (word: string): boolean => CALENDAR.has(normaliseName(word));

const NOT_NAMES = new Set(
  [
    ...CALENDAR,
    'europa',
    'europe',
    'norden',
    'nordic',
    'baltic',
    'östersjön',
    'arktis',
    'arctic',
    'afrika',
    'africa',
    'asien',
    'asia',
    'mellanöstern',
    'middle east',
    'balkan',
    'the',
    'a',
    'an',
    'and',
    'of',
    'in',
    'on',
    'to',
    'president',
    'prime minister',
    'minister',
    'government',
    'regeringen',
    'regeringskansliet',
    'government offices',
    'sweden',
    'coalition',
    'union',
    'council',
    'commission',
    'state',
    'secretary',
  ].map(normaliseName),
);

export const isNotAName = (phrase: string): boolean => NOT_NAMES.has(normaliseName(phrase));

/** Lowercase id from a name: "Niclas Kvarnström" → "niclas-kvarnstrom". */
export function slugify(name: string): string {
  return normaliseName(name)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}
