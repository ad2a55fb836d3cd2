/** The languages every release and the whole interface are available in. */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** One value per language. Used for every human-readable field, so a missing translation is a type error. */
export type Bilingual<T = string> = Record<Lang, T>;

/** The language a text is not in: Swedish for English and English for Swedish. */
export const otherLang = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** BCP 47 locale used with Intl for each interface language. */
export const LOCALES: Bilingual = { sv: 'sv-SE', en: 'en-GB' };
