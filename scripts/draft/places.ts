/**
 * Place names in a text, resolved with the offline gazetteer. A capitalised word or phrase
 * counts as a place only where that is plausible: it is in the exonym table, or it is a
 * populated place big enough for its context (smaller after "i", "till", "in", "to"…).
 */
import exonyms from '../../geo/exonyms.json' with { type: 'json' };
import type { GeocodedPlace, Geocoder } from '../../geo/geocoder.ts';
import { normaliseName } from '../../geo/normalize.ts';
import type { Lang } from '../../src/model/lang.ts';
import { findCountries } from './countries.ts';
import { hasCue } from './cues.ts';
import {
  adjacent,
  isCapitalised,
  isNotAName,
  tokenise,
  wordBefore,
  type Span,
  type Token,
} from './words.ts';

/** Words that put a place name after them. */
export const PLACE_CUES: Record<Lang, Set<string>> = {
  sv: new Set(['i', 'till', 'från', 'mot', 'via', 'utanför', 'nära', 'ifrån', 'på']),
  en: new Set(['in', 'to', 'from', 'via', 'at', 'near', 'outside', 'towards', 'toward']),
};

/**
 * "på Utøya", "på Harpsund": "på" names an island or an estate only where someone goes, meets
 * or takes part earlier in the sentence; "fokus låg på Donald" names no place.
 */
function goesThere(text: string, tokens: Token[], i: number, lang: Lang): boolean {
  const token = tokens[i];
  const first = tokens.find((t) => t.sentence === token?.sentence);
  const before = text.slice(first?.start ?? 0, token?.start ?? 0);
  return (['visit', 'participate', 'meet', 'receiveActive'] as const).some((c) =>
    hasCue(c, lang, before),
  );
}

/** Population a place needs to count without a cue, and after one. */
export const MIN_POPULATION = { uncued: 100_000, cued: 15_000 };
/** A second candidate in another country with at least this share of the first's population makes the name ambiguous. */
export const AMBIGUOUS_SHARE = 0.25;

// Lower-case words allowed inside a place name ("Rio de Janeiro", "Frankfurt am Main").
const CONNECTORS = new Set(['de', 'del', 'da', 'do', 'la', 'le', 'am', 'an', 'upon', 'sur']);

const EXONYM_KEYS = new Set(
  exonyms.places.flatMap((p) => [p.sv, p.en, ...p.variants].map(normaliseName)),
);

/** The name as written is in our exonym table (with a Swedish genitive -s or a possessive removed). */
export function isExonym(name: string, lang: Lang): boolean {
  const forms = [name, name.replace(/['’]s$/u, '')];
  if (lang === 'sv') forms.push(name.replace(/s$/u, ''));
  return forms.some((f) => EXONYM_KEYS.has(normaliseName(f)));
}

export type PlaceStatus = 'resolved' | 'ambiguous' | 'unresolved';

export interface PlaceFind extends Span {
  label: string;
  status: PlaceStatus;
  /** The gazetteer's best match; missing when unresolved. */
  place?: GeocodedPlace;
  /** For an ambiguous name: the other candidates that could be meant. */
  alternatives: GeocodedPlace[];
  exonym: boolean;
  /** The preposition before the name, if any. */
  cue?: string;
}

export interface FindPlacesOptions {
  /** Countries named in the release: an ambiguous name is settled by one of them. */
  countries?: readonly string[];
}

/** Other candidates in other countries with a population close to the best one's. */
export function rivals(candidates: GeocodedPlace[]): GeocodedPlace[] {
  const [best, ...rest] = candidates;
  if (!best) return [];
  const seen = new Set([best.country]);
  const found: GeocodedPlace[] = [];
  for (const c of rest) {
    if (seen.has(c.country)) continue;
    seen.add(c.country);
    if (c.population >= Math.max(1, best.population) * AMBIGUOUS_SHARE) found.push(c);
  }
  return found;
}

/** Possible names starting at token i: up to three words, longest first. */
function spansFrom(text: string, tokens: Token[], i: number): Span[] {
  const spans: Span[] = [];
  const first = tokens[i];
  if (!first) return spans;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j];
    if (!t) break;
    if (j > i) {
      const prev = tokens[j - 1];
      if (!prev || !adjacent(text, prev, t) || t.sentence !== first.sentence) break;
      if (!isCapitalised(t.text) && !CONNECTORS.has(t.text)) break;
    }
    if (isCapitalised(t.text)) spans.unshift({ start: first.start, end: t.end });
  }
  return spans;
}

/** The label without an English possessive ("Kyiv’s" → "Kyiv"); Swedish keeps "Kievs" whole. */
function labelEnd(text: string, span: Span, lang: Lang): number {
  const name = text.slice(span.start, span.end);
  return lang === 'en' && /['’]s$/u.test(name) ? span.end - 2 : span.end;
}

export function findPlaces(
  text: string,
  lang: Lang,
  geocoder: Geocoder,
  options: FindPlacesOptions = {},
): PlaceFind[] {
  const tokens = tokenise(text, lang);
  const found: PlaceFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !isCapitalised(token.text)) continue;
    const before = wordBefore(text, tokens, i);
    const cue =
      before !== undefined &&
      PLACE_CUES[lang].has(before) &&
      (before !== 'på' || goesThere(text, tokens, i, lang))
        ? before
        : undefined;
    let hit: PlaceFind | undefined;
    for (const span of spansFrom(text, tokens, i)) {
      const name = text.slice(span.start, span.end);
      if (isNotAName(name)) continue;
      const exonym = isExonym(name, lang);
      if (token.sentenceInitial && !exonym) continue;
      const candidates = geocoder.candidates({ name, lang });
      let best = candidates[0];
      if (!best) continue;
      const minimum = exonym ? 0 : cue ? MIN_POPULATION.cued : MIN_POPULATION.uncued;
      if (best.population < minimum) continue;
      let alternatives = exonym ? [] : rivals(candidates);
      if (alternatives.length > 0) {
        // A country named elsewhere in the release settles it ("Valencia … Spanien").
        const named = [best, ...alternatives].filter((c) => options.countries?.includes(c.country));
        if (named.length === 1 && named[0]) {
          best = named[0];
          alternatives = [];
        }
      }
      const end = labelEnd(text, span, lang);
      hit = {
        start: span.start,
        end,
        label: text.slice(span.start, end),
        status: alternatives.length > 0 ? 'ambiguous' : 'resolved',
        place: best,
        alternatives,
        exonym,
        ...(cue ? { cue } : {}),
      };
      break;
    }
    if (
      !hit &&
      cue &&
      !token.sentenceInitial &&
      !isNotAName(token.text) &&
      token.text !== token.text.toUpperCase() &&
      findCountries(token.text, lang).length === 0
    ) {
      // After a preposition a capitalised word is probably a place we do not know.
      const end = labelEnd(text, token, lang);
      hit = {
        start: token.start,
        end,
        label: text.slice(token.start, end),
        status: 'unresolved',
        alternatives: [],
        exonym: false,
        cue,
      };
    }
    if (hit) {
      found.push(hit);
      const end = hit.end;
      while (i + 1 < tokens.length && (tokens[i + 1]?.start ?? Infinity) < end) i++;
    }
  }
  return found;
}
