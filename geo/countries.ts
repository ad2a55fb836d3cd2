// Country names in Swedish and English, from the locale files of i18n-iso-countries.
//
// We read the package's locale JSON directly rather than calling its registerLocale()
// / getName() API: the package is CommonJS whose Node entry re-exports through a
// variable (no named ESM exports, and it registers all 80 locales), and we need our
// own normalisation for lookups anyway. The JSON is plain data and bundles for the browser.

import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import svLocale from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import type { Lang } from './geocoder.ts';
import { normaliseName } from './normalize.ts';

type LocaleNames = Record<string, string | string[]>;

const LOCALES: Record<Lang, LocaleNames> = {
  en: enLocale.countries,
  sv: svLocale.countries,
};

/**
 * Display names where the ISO-style first name reads badly in a press-release map
 * ("Russian Federation", "Moldova, Republic of", "Palestinska territoriet, ockuperade").
 */
const DISPLAY: Record<Lang, Record<string, string>> = {
  en: {
    CN: 'China',
    CZ: 'Czechia',
    FM: 'Micronesia',
    IR: 'Iran',
    LA: 'Laos',
    MD: 'Moldova',
    MK: 'North Macedonia',
    PS: 'Palestine',
    RU: 'Russia',
    SY: 'Syria',
    TW: 'Taiwan',
    TZ: 'Tanzania',
    US: 'United States',
    VA: 'Vatican City',
    VG: 'British Virgin Islands',
    VI: 'U.S. Virgin Islands',
  },
  sv: {
    PS: 'Palestina',
  },
};

/** Extra spellings accepted by countryCode() beyond the locale files and DISPLAY. */
const EXTRA_NAMES: Record<Lang, Record<string, string[]>> = {
  en: { MM: ['Burma'], VA: ['Holy See', 'Vatican'] },
  sv: {
    BY: ['Vitryssland'],
    MK: ['Makedonien'],
    CD: ['Kongo-Kinshasa'],
    GB: ['Förenade kungariket'],
    US: ['Förenta staterna'],
    VA: ['Vatikanen'],
  },
};

const namesOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Drops a leading English article so "the Netherlands" and "Netherlands" meet. */
const lookupKey = (name: string): string => normaliseName(name).replace(/^the /, '');

/**
 * normalised name → alpha-2, per language. A name claimed by two countries
 * (English "Congo" is an alias of both CG and CD) is left out rather than guessed.
 */
function buildIndex(lang: Lang): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string): void => {
    const key = lookupKey(name);
    const existing = index.get(key);
    if (existing === undefined) index.set(key, code);
    else if (existing !== code) ambiguous.add(key);
  };
  for (const [code, value] of Object.entries(LOCALES[lang])) {
    for (const name of namesOf(value)) add(name, code);
  }
  for (const [code, name] of Object.entries(DISPLAY[lang])) add(name, code);
  for (const [code, names] of Object.entries(EXTRA_NAMES[lang])) {
    for (const name of names) add(name, code);
  }
  for (const key of ambiguous) index.delete(key);
  return index;
}

const INDEX: Record<Lang, Map<string, string>> = { sv: buildIndex('sv'), en: buildIndex('en') };

/** Display name of an ISO 3166-1 alpha-2 code ("UA", "sv" → "Ukraina"); undefined if unknown. */
export function countryName(code: string, lang: Lang): string | undefined {
  const cc = code.trim().toUpperCase();
  return DISPLAY[lang][cc] ?? namesOf(LOCALES[lang][cc])[0];
}

/**
 * ISO 3166-1 alpha-2 code for a Swedish or English country name, case- and
 * diacritic-insensitive ("Nederländerna", "the Netherlands", "USA" → …).
 * Without `lang`, Swedish is tried before English. Undefined if unknown.
 */
export function countryCode(name: string, lang?: Lang): string | undefined {
  const key = lookupKey(name);
  const langs: Lang[] = lang ? [lang] : ['sv', 'en'];
  for (const l of langs) {
    const code = INDEX[l].get(key);
    if (code) return code;
  }
  return undefined;
}
