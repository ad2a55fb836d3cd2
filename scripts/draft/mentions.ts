/**
 * Everything the extractors find in a release, paragraph by paragraph, with overlaps settled
 * (an organisation beats a person, a person a country, a country a place) and later mentions of
 * a person by surname linked to the first.
 */
import type { Geocoder } from '../../geo/geocoder.ts';
import type { Lang } from '../../src/model/lang.ts';
import { hasCue } from './cues.ts';
import { findCountries, findDemonyms, type CountryFind } from './countries.ts';
import { findDates, type DateFind } from './dates.ts';
import { findOrganisations, type Organisation } from './organisations.ts';
import { findPeople, findTitles, type PersonFind } from './people.ts';
import { findPlaces, type PlaceFind } from './places.ts';
import { splitSentences } from '../../src/model/text.ts';
import { isCalendarWord, isCapitalised, isNotAName, tokenise, type Span } from './words.ts';
import { normaliseName } from '../../geo/normalize.ts';

export type MentionFind = Span & { label: string } & (
    | { kind: 'organisation'; organisation: Organisation }
    | { kind: 'person'; person: PersonFind; key: string }
    | { kind: 'country'; country: CountryFind; destination: boolean }
    | { kind: 'place'; place: PlaceFind }
  );

export interface ParagraphFinds {
  /** 0 for the title, then 1, 2… as in sentence references. */
  index: number;
  text: string;
  mentions: MentionFind[];
  dates: DateFind[];
  /** Capitalised words that look like names but matched nothing. */
  unresolved: Array<Span & { label: string }>;
}

const PRIORITY: Record<MentionFind['kind'], number> = {
  organisation: 0,
  person: 1,
  country: 2,
  place: 3,
};
const rank = (m: MentionFind) =>
  PRIORITY[m.kind] + (m.kind === 'place' && m.place.status === 'unresolved' ? 1 : 0);

/** Keeps the best of overlapping mentions: higher priority, then longer. */
export function settleOverlaps(mentions: MentionFind[]): MentionFind[] {
  const sorted = [...mentions].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: MentionFind[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A key that ties together mentions of one person. */
export function personKey(person: PersonFind): string {
  return person.name ? `name:${normaliseName(person.name)}` : `office:${person.title.en}`;
}

/** A country after a visit verb and "till"/"to"/"i"/"in": where someone goes, not who acts. */
function isDestination(text: string, lang: Lang, country: CountryFind): boolean {
  if (country.genitive) return false;
  const sentence = splitSentences(text, lang, 1).find(
    (s) => s.start <= country.start && country.start < s.end,
  );
  const before = text.slice(sentence?.start ?? 0, country.start);
  return (
    hasCue('visit', lang, before) &&
    /(?:till|to|i|in|besök\p{L}*|visit\p{L}*|gästar|gästade)\s+$/iu.test(before)
  );
}

/** Capitalised words no mention covers, outside sentence starts, grouped into phrases. */
function unresolvedNames(
  text: string,
  lang: Lang,
  mentions: MentionFind[],
  dates: DateFind[],
): Array<Span & { label: string }> {
  const taken = [...mentions, ...dates, ...findTitles(text, lang)];
  const covered = (t: Span) => taken.some((m) => t.start < m.end && m.start < t.end);
  const phrases: Array<Span & { label: string }> = [];
  const tokens = tokenise(text, lang);
  const joins = new Set(['of', 'the', 'and', 'for', 'av', 'och', 'för', 'de', 'la']);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.sentenceInitial || !isCapitalised(t.text) || covered(t) || isCalendarWord(t.text))
      continue;
    // "EU-närmande", "NATO-medlemskap": Swedish compounds, not names.
    if (/^\p{Lu}+-\p{Ll}/u.test(t.text)) continue;
    let end = t.end;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      if (!next || covered(next) || !/^\s+$/.test(text.slice(end, next.start))) break;
      if (isCapitalised(next.text)) {
        end = next.end;
        j++;
        continue;
      }
      // "Coalition of the Willing": lower-case joining words between capitalised ones.
      let k = j;
      while (tokens[k] && joins.has(tokens[k]?.text ?? '')) k++;
      const after = tokens[k];
      if (k > j && after && isCapitalised(after.text) && !covered(after)) {
        end = after.end;
        j = k + 1;
        continue;
      }
      break;
    }
    // "Nordic", "Europa": known words for regions, not names to resolve.
    if (!isNotAName(text.slice(t.start, end)))
      phrases.push({ start: t.start, end, label: text.slice(t.start, end) });
    i = j - 1;
  }
  return phrases;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds every mention in the paragraphs of a release (title first). Countries named anywhere
 * help settle ambiguous place names; surnames of people named with a title are linked later.
 */
export function findMentions(
  paragraphs: ReadonlyArray<{ index: number; text: string }>,
  lang: Lang,
  geocoder: Geocoder,
): ParagraphFinds[] {
  const countries = paragraphs.map((p) => findCountries(p.text, lang));
  const named = [...new Set(countries.flat().map((c) => c.code))];
  const result = paragraphs.map((p, i): ParagraphFinds => {
    const mentions: MentionFind[] = [
      ...findOrganisations(p.text).map((o): MentionFind => ({
        ...o,
        kind: 'organisation',
        organisation: o.organisation,
      })),
      ...findPeople(p.text, lang).map((person): MentionFind => ({
        start: person.start,
        end: person.end,
        label: person.label,
        kind: 'person',
        person,
        key: personKey(person),
      })),
      ...(countries[i] ?? []).map((country): MentionFind => ({
        start: country.start,
        end: country.end,
        label: country.label,
        kind: 'country',
        country,
        destination: isDestination(p.text, lang, country),
      })),
      // "Finnish", "finska": the country, never a destination; a country name wins an overlap.
      ...findDemonyms(p.text, lang).map((country): MentionFind => ({
        start: country.start,
        end: country.end,
        label: country.label,
        kind: 'country',
        country,
        destination: false,
      })),
      ...findPlaces(p.text, lang, geocoder, { countries: named }).map((place): MentionFind => ({
        start: place.start,
        end: place.end,
        label: place.label,
        kind: 'place',
        place,
      })),
    ];
    return {
      index: p.index,
      text: p.text,
      mentions: settleOverlaps(mentions),
      dates: findDates(p.text, lang),
      unresolved: [],
    };
  });

  // One actor per person: an office named without a name ("statsministern") is the named
  // holder of the same office where the release names one; a surname alone is the person.
  const people = result.flatMap((p) => p.mentions).filter((m) => m.kind === 'person');
  const holders = new Map<string, MentionFind & { kind: 'person' }>();
  for (const m of people) {
    const key = `office:${m.person.title.en}`;
    if (
      m.person.name &&
      m.person.country === 'SE' &&
      m.person.title.swedishOffice &&
      !holders.has(key)
    )
      holders.set(key, m);
  }
  for (const p of result) {
    for (const m of p.mentions) {
      const holder = m.kind === 'person' && !m.person.name ? holders.get(m.key) : undefined;
      if (m.kind === 'person' && holder) {
        m.key = holder.key;
        m.person = holder.person;
      }
    }
  }
  // "Prime Minister Marin" after "Sanna Marin": a title with a surname is the person named in full.
  const fullNames = people.filter((m) => (m.person.name ?? '').includes(' '));
  for (const p of result) {
    for (const m of p.mentions) {
      if (m.kind !== 'person' || !m.person.name || m.person.name.includes(' ')) continue;
      const full = fullNames.find((f) => f.person.name?.split(/\s+/).pop() === m.person.name);
      if (full) {
        m.key = full.key;
        m.person = full.person;
      }
    }
  }
  const names = new Map<string, MentionFind & { kind: 'person' }>();
  for (const m of people) {
    const name = m.person.name;
    if (!name) continue;
    const words = name.split(/\s+/);
    for (const form of new Set([name, words[words.length - 1] ?? name])) {
      if (form.length > 2 && !names.has(form)) names.set(form, m);
    }
  }
  if (names.size > 0) {
    const forms = [...names.keys()].sort((a, b) => b.length - a.length).map(escape);
    const suffix = lang === 'sv' ? '(?:s|:s)?' : '';
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(${forms.join('|')})${suffix}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const p of result) {
      const extra: MentionFind[] = [];
      for (const match of p.text.matchAll(pattern)) {
        const first = names.get(match[1] ?? '');
        if (!first) continue;
        const end =
          match.index +
          (lang === 'sv' && match[0].endsWith(':s') ? match[0].length - 2 : match[0].length);
        extra.push({ ...first, start: match.index, end, label: p.text.slice(match.index, end) });
      }
      // A surname inside a mention of the full name is covered by it; one that looks like a
      // place ("Paris Hilton" named before) is the person.
      if (extra.length > 0) p.mentions = settleOverlaps([...p.mentions, ...extra]);
    }
  }
  for (const p of result) p.unresolved = unresolvedNames(p.text, lang, p.mentions, p.dates);
  return result;
}
