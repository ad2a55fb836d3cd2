/**
 * Countries named in a text ("Ukraina", Swedish genitive "Ukrainas", "USA:s", "Ukraine’s",
 * "the United Kingdom"), and nationality adjectives that tie a person to a country.
 */
import { countryCode } from '../../geo/countries.ts';
import type { Lang } from '../../src/model/lang.ts';
import { adjacent, isCapitalised, tokenise, type Span, type Token } from './words.ts';

export interface CountryFind extends Span {
  /** What is linked in the text: the name without an English or ":s" possessive. */
  label: string;
  code: string;
  /** "Ukrainas", "USA:s", "Ukraine’s": the country owns what follows. */
  genitive: boolean;
}

/** The name with a possessive removed, and whether there was one. */
function withoutPossessive(name: string, lang: Lang): { base: string; genitive: boolean }[] {
  const forms = [{ base: name, genitive: false }];
  const colon = /^(.+):s$/u.exec(name) ?? /^(.+)['’]s$/u.exec(name);
  if (colon?.[1]) forms.push({ base: colon[1], genitive: true });
  else if (lang === 'sv' && /[^s]s$/u.test(name))
    forms.push({ base: name.slice(0, -1), genitive: true });
  return forms;
}

const lookup = (name: string, lang: Lang): string | undefined =>
  countryCode(name, lang) ?? countryCode(name, lang === 'sv' ? 'en' : 'sv');

/** Longest run of up to four words from `i` that names a country, if any. */
function countryAt(text: string, tokens: Token[], i: number, lang: Lang): CountryFind | undefined {
  const first = tokens[i];
  if (!first || !isCapitalised(first.text) || /^the$/i.test(first.text)) return undefined;
  let last = i;
  while (last + 1 < tokens.length && last - i < 3) {
    const a = tokens[last];
    const b = tokens[last + 1];
    if (!a || !b || !adjacent(text, a, b) || b.sentence !== first.sentence) break;
    last++;
  }
  for (let j = last; j >= i; j--) {
    const lastTok = tokens[j];
    if (!lastTok) continue;
    // A country's name ends on a capitalised word or a Swedish definite noun ("Förenade kungariket").
    const name = text.slice(first.start, lastTok.end);
    for (const { base, genitive } of withoutPossessive(name, lang)) {
      const code = lookup(base, lang);
      if (!code) continue;
      // "US" and "UK" are English words only in capitals; "us" is not the United States.
      if (/^(us|uk)$/i.test(base) && base !== base.toUpperCase()) continue;
      const labelEnd = lang === 'en' || /:s$/.test(name) ? first.start + base.length : lastTok.end;
      return {
        start: first.start,
        end: labelEnd,
        label: text.slice(first.start, labelEnd),
        code,
        genitive,
      };
    }
  }
  return undefined;
}

export function findCountries(text: string, lang: Lang): CountryFind[] {
  const tokens = tokenise(text, lang);
  const found: CountryFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = countryAt(text, tokens, i, lang);
    if (!hit) continue;
    found.push(hit);
    while (i + 1 < tokens.length && (tokens[i + 1]?.start ?? Infinity) < hit.end) i++;
  }
  return found;
}

/** Nationality adjectives (all inflections we expect) → ISO code. */
const ADJECTIVES: Record<Lang, Record<string, string>> = {
  sv: {
    amerikansk: 'US',
    ukrainsk: 'UA',
    svensk: 'SE',
    fransk: 'FR',
    tysk: 'DE',
    brittisk: 'GB',
    polsk: 'PL',
    finsk: 'FI',
    finländsk: 'FI',
    norsk: 'NO',
    dansk: 'DK',
    estnisk: 'EE',
    lettisk: 'LV',
    litauisk: 'LT',
    italiensk: 'IT',
    spansk: 'ES',
    nederländsk: 'NL',
    kanadensisk: 'CA',
    rysk: 'RU',
    moldavisk: 'MD',
    japansk: 'JP',
    kinesisk: 'CN',
    indisk: 'IN',
    turkisk: 'TR',
    isländsk: 'IS',
    belgisk: 'BE',
    vitrysk: 'BY',
    belarusisk: 'BY',
    österrikisk: 'AT',
    schweizisk: 'CH',
    ungersk: 'HU',
    tjeckisk: 'CZ',
    slovakisk: 'SK',
    rumänsk: 'RO',
    bulgarisk: 'BG',
    grekisk: 'GR',
    portugisisk: 'PT',
    irländsk: 'IE',
    georgisk: 'GE',
  },
  en: {
    american: 'US',
    us: 'US',
    ukrainian: 'UA',
    swedish: 'SE',
    french: 'FR',
    german: 'DE',
    british: 'GB',
    uk: 'GB',
    polish: 'PL',
    finnish: 'FI',
    norwegian: 'NO',
    danish: 'DK',
    estonian: 'EE',
    latvian: 'LV',
    lithuanian: 'LT',
    italian: 'IT',
    spanish: 'ES',
    dutch: 'NL',
    canadian: 'CA',
    russian: 'RU',
    moldovan: 'MD',
    japanese: 'JP',
    chinese: 'CN',
    indian: 'IN',
    turkish: 'TR',
    icelandic: 'IS',
    belgian: 'BE',
    belarusian: 'BY',
    austrian: 'AT',
    swiss: 'CH',
    hungarian: 'HU',
    czech: 'CZ',
    slovak: 'SK',
    romanian: 'RO',
    bulgarian: 'BG',
    greek: 'GR',
    portuguese: 'PT',
    irish: 'IE',
    georgian: 'GE',
  },
};

/**
 * Nationality words in a text ("Finnish", "finska", "svenska"), as mentions of their country.
 * English ones are capitalised; "us" and "uk" are left to findCountries.
 */
export function findDemonyms(text: string, lang: Lang): CountryFind[] {
  return tokenise(text, lang).flatMap((t): CountryFind[] => {
    if (lang === 'en' && (!isCapitalised(t.text) || /^(us|uk)$/i.test(t.text))) return [];
    if (lang === 'sv' && isCapitalised(t.text) && !t.sentenceInitial) return [];
    const code = nationality(t.text, lang);
    return code ? [{ start: t.start, end: t.end, label: t.text, code, genitive: false }] : [];
  });
}

/** "amerikanska", "ukrainske", "American" → the country; undefined for any other word. */
export function nationality(word: string, lang: Lang): string | undefined {
  const w = word.toLowerCase();
  if (lang === 'en') return ADJECTIVES.en[w];
  const stem = w.replace(/(a|e|t)$/u, '');
  return ADJECTIVES.sv[stem] ?? ADJECTIVES.sv[w];
}
