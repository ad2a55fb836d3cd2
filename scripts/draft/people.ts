/**
 * People named with a title: "president Zelenskyj", "statsminister Ulf Kristersson",
 * "Foreign Minister Maria Malmer Stenergard", "the US envoy Steve Witkoff". A title word from
 * a list per language, followed by capitalised names; a country before the title
 * ("Ukrainas", "USA:s", "amerikanska", "the US") is taken as the person's affiliation.
 * A Swedish office in the definite form with no name ("statsministern", "the Prime Minister")
 * is the Swedish office-holder.
 */
import type { Bilingual, Lang } from '../../src/model/lang.ts';
import { countryName } from '../../geo/countries.ts';
import { findCountries, nationality } from './countries.ts';
import { findOrganisations } from './organisations.ts';
import { isNotAName, tokenise, type Span } from './words.ts';

export interface Title {
  sv: string;
  en: string;
  /** Head of state or government: their meetings are leaders' meetings. */
  head?: boolean;
  /** An office of the Swedish Government, meant when named in the definite form without a name. */
  swedishOffice?: boolean;
}

export interface PersonFind extends Span {
  label: string;
  /** Missing for an office named without its holder ("statsministern"). */
  name?: string;
  title: Title;
  /** The role as written, when a country or organisation comes before the title ("Ukrainas … chefsförhandlare"). */
  roleText?: string;
  /** Affiliation: from a country or nationality word before the title. */
  country?: string;
  /** Affiliation: an organisation named before the title ("Natos generalsekreterare"). */
  organisation?: string;
  /** Set for a Swedish office named without a name: the country is our assumption. */
  assumedSwedish?: boolean;
}

interface TitleRule {
  pattern: string;
  title: Title | ((match: RegExpExecArray) => Title);
}

// Compound Swedish ministers ("utrikesminister") → English titles; other prefixes are "Minister".
const MINISTERS: Record<string, string> = {
  utrikes: 'Minister for Foreign Affairs',
  försvars: 'Minister for Defence',
  finans: 'Minister for Finance',
  justitie: 'Minister for Justice',
  utrikeshandels: 'Minister for Foreign Trade',
  'bistånds- och utrikeshandels':
    'Minister for International Development Cooperation and Foreign Trade',
  energi: 'Minister for Energy',
  närings: 'Minister for Enterprise',
  civil: 'Minister for Civil Defence',
  social: 'Minister for Social Affairs',
  'eu-': 'Minister for EU Affairs',
  eu: 'Minister for EU Affairs',
};

const EN_MINISTERS: Record<string, string> = {
  foreign: 'utrikesminister',
  defence: 'försvarsminister',
  defense: 'försvarsminister',
  finance: 'finansminister',
  trade: 'handelsminister',
  justice: 'justitieminister',
  energy: 'energiminister',
  interior: 'inrikesminister',
};

const RULES: Record<Lang, TitleRule[]> = {
  sv: [
    {
      pattern: 'stats-?minister(?:n)?',
      title: { sv: 'statsminister', en: 'Prime Minister', head: true, swedishOffice: true },
    },
    {
      pattern: 'premiärminister(?:n)?',
      title: { sv: 'premiärminister', en: 'Prime Minister', head: true },
    },
    { pattern: 'vicepresident(?:en)?', title: { sv: 'vicepresident', en: 'Vice President' } },
    { pattern: 'president(?:en)?', title: { sv: 'president', en: 'President', head: true } },
    {
      pattern: 'förbundskansler(?:n)?',
      title: { sv: 'förbundskansler', en: 'Federal Chancellor', head: true },
    },
    { pattern: 'kansler(?:n)?', title: { sv: 'kansler', en: 'Chancellor', head: true } },
    {
      pattern: '(\\p{L}+(?:- och \\p{L}+)?-?)minister(?:n)?',
      title: (m) => {
        const prefix = (m[1] ?? '').toLowerCase();
        return {
          sv: `${prefix}minister`,
          en: MINISTERS[prefix] ?? 'Minister',
          swedishOffice: true,
        };
      },
    },
    { pattern: 'minister(?:n)?', title: { sv: 'minister', en: 'Minister' } },
    { pattern: 'statssekreterare(?:n)?', title: { sv: 'statssekreterare', en: 'State Secretary' } },
    {
      pattern: 'generalsekreterare(?:n)?',
      title: { sv: 'generalsekreterare', en: 'Secretary General' },
    },
    { pattern: 'kommissionär(?:en)?', title: { sv: 'kommissionär', en: 'Commissioner' } },
    { pattern: 'ordförande(?:n)?', title: { sv: 'ordförande', en: 'President' } },
    { pattern: 'kung(?:en)?', title: { sv: 'kung', en: 'King', head: true, swedishOffice: true } },
    { pattern: 'drottning(?:en)?', title: { sv: 'drottning', en: 'Queen', swedishOffice: true } },
    {
      pattern: 'kronprinsessa(?:n)?',
      title: { sv: 'kronprinsessa', en: 'Crown Princess', swedishOffice: true },
    },
    { pattern: 'kronprins(?:en)?', title: { sv: 'kronprins', en: 'Crown Prince' } },
    { pattern: 'specialsändebud(?:et)?', title: { sv: 'specialsändebud', en: 'Special Envoy' } },
    { pattern: 'sändebud(?:et)?', title: { sv: 'sändebud', en: 'Envoy' } },
    { pattern: 'ambassadör(?:en)?', title: { sv: 'ambassadör', en: 'Ambassador' } },
    {
      pattern: 'nationell(?:a|e)? säkerhetsrådgivare(?:n)?',
      title: { sv: 'nationell säkerhetsrådgivare', en: 'National Security Adviser' },
    },
    {
      pattern: 'säkerhetsrådgivare(?:n)?',
      title: { sv: 'säkerhetsrådgivare', en: 'Security Adviser' },
    },
    {
      pattern: 'chefsförhandlare(?:n)?',
      title: { sv: 'chefsförhandlare', en: 'Chief Negotiator' },
    },
    { pattern: 'överbefälhavare(?:n)?', title: { sv: 'överbefälhavare', en: 'Supreme Commander' } },
    { pattern: 'talman(?:nen)?', title: { sv: 'talman', en: 'Speaker' } },
    { pattern: 'borgmästare(?:n)?', title: { sv: 'borgmästare', en: 'Mayor' } },
  ],
  en: [
    {
      pattern: 'prime minister',
      title: { sv: 'premiärminister', en: 'Prime Minister', head: true, swedishOffice: true },
    },
    { pattern: 'vice president', title: { sv: 'vicepresident', en: 'Vice President' } },
    { pattern: 'president', title: { sv: 'president', en: 'President', head: true } },
    {
      pattern: 'federal chancellor',
      title: { sv: 'förbundskansler', en: 'Federal Chancellor', head: true },
    },
    { pattern: 'chancellor', title: { sv: 'kansler', en: 'Chancellor', head: true } },
    {
      pattern:
        'minister for ([a-z]+(?: [a-z]+)*? affairs|defen[cs]e|finance|justice|energy|foreign trade)',
      title: (m) => ({
        sv: m[1]?.toLowerCase().startsWith('foreign affairs') ? 'utrikesminister' : 'minister',
        en: `Minister for ${m[1] ?? ''}`
          .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
          .replace(/ For /, ' for '),
        swedishOffice: true,
      }),
    },
    {
      pattern: '(foreign|defen[cs]e|finance|trade|justice|energy|interior) minister',
      title: (m) => ({
        sv: EN_MINISTERS[(m[1] ?? '').toLowerCase()] ?? 'minister',
        en: `${(m[1] ?? '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())} Minister`,
        swedishOffice: true,
      }),
    },
    { pattern: 'minister', title: { sv: 'minister', en: 'Minister' } },
    {
      pattern: 'secretary[- ]general',
      title: { sv: 'generalsekreterare', en: 'Secretary General' },
    },
    { pattern: 'secretary of state', title: { sv: 'utrikesminister', en: 'Secretary of State' } },
    { pattern: 'state secretary', title: { sv: 'statssekreterare', en: 'State Secretary' } },
    { pattern: 'commissioner', title: { sv: 'kommissionär', en: 'Commissioner' } },
    { pattern: 'king', title: { sv: 'kung', en: 'King', head: true, swedishOffice: true } },
    { pattern: 'queen', title: { sv: 'drottning', en: 'Queen', swedishOffice: true } },
    {
      pattern: 'crown princess',
      title: { sv: 'kronprinsessa', en: 'Crown Princess', swedishOffice: true },
    },
    { pattern: 'crown prince', title: { sv: 'kronprins', en: 'Crown Prince' } },
    { pattern: 'special envoy', title: { sv: 'specialsändebud', en: 'Special Envoy' } },
    { pattern: 'envoy', title: { sv: 'sändebud', en: 'Envoy' } },
    { pattern: 'ambassador', title: { sv: 'ambassadör', en: 'Ambassador' } },
    {
      pattern: 'national security adviser',
      title: { sv: 'nationell säkerhetsrådgivare', en: 'National Security Adviser' },
    },
    { pattern: 'security adviser', title: { sv: 'säkerhetsrådgivare', en: 'Security Adviser' } },
    { pattern: 'chief negotiator', title: { sv: 'chefsförhandlare', en: 'Chief Negotiator' } },
    { pattern: 'speaker', title: { sv: 'talman', en: 'Speaker' } },
    { pattern: 'mayor', title: { sv: 'borgmästare', en: 'Mayor' } },
  ],
};

const TITLE_PATTERN: Record<Lang, RegExp> = {
  sv: new RegExp(
    `(?<![\\p{L}-])(?:${RULES.sv.map((r) => `(${r.pattern})`).join('|')})(?![\\p{L}])`,
    'giu',
  ),
  en: new RegExp(
    `(?<![\\p{L}-])(?:${RULES.en.map((r) => `(${r.pattern})`).join('|')})(?![\\p{L}])`,
    'giu',
  ),
};

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}’'-]*";
const PARTICLE = '(?:von|van|der|den|de|la|le|af|al|bin|di|da)';
const NAME = new RegExp(`\\s+(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,3})`, 'uy');

const groupCount = (pattern: string): number =>
  (new RegExp(`${pattern}|`, 'u').exec('')?.length ?? 1) - 1;

/** For each rule, the index of its group in TITLE_PATTERN (each rule is wrapped in one group). */
const RULE_GROUPS: Record<Lang, number[]> = { sv: [], en: [] };
for (const lang of ['sv', 'en'] as const) {
  let group = 1;
  for (const rule of RULES[lang]) {
    RULE_GROUPS[lang].push(group);
    group += 1 + groupCount(rule.pattern);
  }
}

/** The rule whose group matched, and the title matched against it alone (for its own groups). */
function ruleOf(
  lang: Lang,
  match: RegExpMatchArray,
): { rule: TitleRule; sub: RegExpExecArray } | undefined {
  const index = RULE_GROUPS[lang].findIndex((group) => match[group] !== undefined);
  const rule = RULES[lang][index];
  if (!rule) return undefined;
  const sub = new RegExp(`^(?:${rule.pattern})$`, 'iu').exec(match[0]);
  return sub ? { rule, sub } : undefined;
}

/**
 * The name as far as it goes: it stops at a word that is no name (a month, "Government"), a
 * country ("statsministern Litauens president …") or an organisation; an English possessive
 * is dropped.
 */
function trimName(name: string, lang: Lang): string {
  const kept: string[] = [];
  for (const word of name.split(/\s+/)) {
    if (
      isNotAName(word) ||
      findCountries(word, lang).length > 0 ||
      findOrganisations(word).length > 0
    )
      break;
    kept.push(word);
  }
  while (kept.length > 0 && /^\p{Ll}/u.test(kept[kept.length - 1] ?? '')) kept.pop();
  let out = kept.join(' ');
  if (lang === 'en') out = out.replace(/['’]s$/u, '');
  return out.replace(/[-’']+$/u, '');
}

/** "… of Ukraine", "… of the United Kingdom" right after an English name. */
function countryAfter(text: string, at: number, lang: Lang): string | undefined {
  if (lang !== 'en') return undefined;
  const m = /^,?\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u.exec(
    text.slice(at),
  );
  if (!m?.[1]) return undefined;
  return findCountries(m[1].replace(/^the\s+/u, ''), lang)[0]?.code;
}

export function findPeople(text: string, lang: Lang): PersonFind[] {
  const tokens = tokenise(text, lang);
  const countries = findCountries(text, lang);
  const organisations = findOrganisations(text);
  const found: PersonFind[] = [];
  for (const match of text.matchAll(TITLE_PATTERN[lang])) {
    const which = ruleOf(lang, match);
    if (!which) continue;
    const title =
      typeof which.rule.title === 'function' ? which.rule.title(which.sub) : which.rule.title;
    const titleStart = match.index;
    const titleEnd = titleStart + match[0].length;
    const titleToken = tokens.findIndex((t) => t.end > titleStart);
    const sentence = tokens[titleToken]?.sentence;

    // A country or nationality word up to four words before the title, in the same sentence.
    let country: string | undefined;
    let organisation: string | undefined;
    let roleStart = titleStart;
    for (let k = titleToken - 1; k >= 0 && k >= titleToken - 4; k--) {
      const t = tokens[k];
      if (!t || t.sentence !== sentence) break;
      // A genitive ("Ukrainas", "Sweden’s"), a nationality ("amerikanska") or a country
      // right before the title ("the US envoy").
      const named = countries.find(
        (c) => c.start === t.start && (c.genitive || k === titleToken - 1),
      );
      // An organisation ending right before the title ("Europeiska kommissionens ordförande").
      const org = organisations.find(
        (o) => o.start === t.start && /^\s+$/u.test(text.slice(o.end, titleStart)),
      );
      if (org) {
        organisation = org.organisation.id;
        roleStart = t.start;
        break;
      }
      const code = named?.code ?? nationality(t.text, lang);
      if (code) {
        country = code;
        roleStart = t.start;
        break;
      }
    }

    NAME.lastIndex = titleEnd;
    const nameMatch = NAME.exec(text);
    const rawName = nameMatch?.[1];
    const name = rawName === undefined ? '' : trimName(rawName, lang);
    const nameStart = nameMatch
      ? titleEnd + nameMatch[0].length - (rawName ?? '').length
      : titleEnd;
    const roleText = roleStart < titleStart ? text.slice(roleStart, titleEnd) : undefined;
    // A Swedish title in the definite form takes a name only after an article ("det amerikanska
    // sändebudet Steve Witkoff"): in "besöker statsministern Oslo" the word is the verb's object.
    const definiteSv =
      lang === 'sv' &&
      /(?:n|en|et)$/iu.test(match[0]) &&
      match[0].toLowerCase() !== title.sv &&
      !/(?:^|\s)(?:den|det|de)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(0, titleStart));
    if (name && !definiteSv && !isNotAName(name) && name !== name.toUpperCase()) {
      country ??= countryAfter(text, nameStart + name.length, lang);
      // A Swedish office with no other country named: in a Swedish release, Sweden's.
      const assumedSwedish = country === undefined && !organisation && title.swedishOffice === true;
      found.push({
        start: nameStart,
        end: nameStart + name.length,
        label: name,
        name,
        title,
        ...(roleText ? { roleText } : {}),
        ...(country ? { country } : assumedSwedish ? { country: 'SE' } : {}),
        ...(organisation ? { organisation } : {}),
        ...(assumedSwedish ? { assumedSwedish } : {}),
      });
      continue;
    }
    // "statsministern", "utrikesministern", "the Prime Minister": the Swedish office-holder.
    const definite =
      lang === 'sv'
        ? /(?:n|en|et)$/iu.test(match[0]) && match[0].toLowerCase() !== title.sv
        : /\bthe\s+$/iu.test(text.slice(Math.max(0, titleStart - 4), titleStart));
    if (
      title.swedishOffice &&
      definite &&
      !organisation &&
      (country === undefined || country === 'SE')
    ) {
      found.push({
        start: titleStart,
        end: titleEnd,
        label: match[0],
        title,
        ...(roleText ? { roleText } : {}),
        country: 'SE',
        assumedSwedish: country === undefined,
      });
    }
  }
  return found;
}

/** "USA" → "USA:s", "Ukraina" → "Ukrainas", "Schweiz" → "Schweiz". */
const swedishGenitive = (name: string) =>
  /[sxz]$/u.test(name) ? name : /^\p{Lu}+$/u.test(name) ? `${name}:s` : `${name}s`;
const NORDIC = new Set(['SE', 'FI', 'NO', 'DK', 'IS']);
const THE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines']);

/** Where the text uses a title word ("Foreign Minister", "statsministern"), named or not. */
export function findTitles(text: string, lang: Lang): Span[] {
  return [...text.matchAll(TITLE_PATTERN[lang])].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A role in both languages: as written where the release gives more than the title, else from our table. */
export function roleOf(person: PersonFind, lang: Lang): Bilingual {
  const country = person.country;
  const composed = (l: Lang): string => {
    // The Government calls the Nordic heads of government "statsminister", others "premiärminister".
    const title =
      l === 'sv' && person.title.en === 'Prime Minister' && country && NORDIC.has(country)
        ? 'statsminister'
        : person.title[l];
    if (!country) return l === 'en' ? title : title;
    const name = countryName(country, l) ?? country;
    return l === 'sv'
      ? `${swedishGenitive(name)} ${title}`
      : `${title} of ${THE.has(name) ? 'the ' : ''}${name}`;
  };
  const role: Bilingual = { sv: composed('sv'), en: composed('en') };
  if (person.roleText) {
    role[lang] =
      lang === 'en' ? person.roleText.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : person.roleText;
  }
  return role;
}
