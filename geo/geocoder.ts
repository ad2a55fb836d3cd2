// Offline geocoder over the gazetteer. Pure: it takes its data as arguments and
// never touches the file system, so it runs in Node scripts and in the browser.

import type { GazetteerEntry } from './gazetteer.ts';
import { normaliseName } from './normalize.ts';

export type Lang = 'sv' | 'en';

/** One row of geo/exonyms.json: our preferred display names plus extra spellings. */
export interface ExonymPlace {
  geonameId: number;
  /** ISO 3166-1 alpha-2 the id is expected to lie in; checked by the tests, not used here. */
  country: string;
  /** Preferred Swedish display name, e.g. "Kiev". */
  sv: string;
  /** Preferred English display name, e.g. "Kyiv". */
  en: string;
  /** Further spellings and transliterations that should resolve to this place. */
  variants?: string[];
}

export interface ExonymTable {
  places: ExonymPlace[];
}

export interface GeocodeQuery {
  name: string;
  /** ISO 3166-1 alpha-2 (any case); restricts candidates to that country. */
  country?: string;
  /**
   * Language of the text the name came from. Swedish (the default) inflects place
   * names with a genitive -s ("Kievs"), so a bare trailing -s is stripped as a
   * fallback; in English only a possessive "'s" is, because stripping -s from an
   * unknown English name invents matches ("Dardanelles" → Dardanelle, Arkansas).
   */
  lang?: Lang;
}

export interface GeocodedPlace {
  geonameId: number;
  name: { sv: string; en: string };
  country: string;
  featureCode: string;
  /** First-level region code, where the gazetteer has one. */
  region?: string;
  population: number;
  lat: number;
  lon: number;
}

export interface Geocoder {
  /**
   * The one place the query names: an exonym-table entry, or a capital or seat of
   * government, or the only match. Throws AmbiguousPlaceError, listing the matches with
   * their regions, when several places share the name; GeocodeError when none has it.
   */
  resolve(query: GeocodeQuery): GeocodedPlace;
  /** Best match for the query; throws GeocodeError if nothing matches. */
  geocode(query: GeocodeQuery): GeocodedPlace;
  /** Every match, best first; empty if nothing matches. */
  candidates(query: GeocodeQuery): GeocodedPlace[];
  /** Where the government sits: a credible PPLG if the country has one, else the capital. */
  seatOfGovernment(countryCode: string): GeocodedPlace;
  /** The country's PPLC. */
  capital(countryCode: string): GeocodedPlace;
  byId(geonameId: number): GeocodedPlace | undefined;
}

export class GeocodeError extends Error {
  override name = 'GeocodeError';
}

/** Several places have the name: the editor picks one by its GeoNames id. */
export class AmbiguousPlaceError extends GeocodeError {
  override name = 'AmbiguousPlaceError';
  constructor(
    query: GeocodeQuery,
    readonly matches: GeocodedPlace[],
  ) {
    const where = query.country === undefined ? '' : ` in country "${query.country}"`;
    const list = matches
      .slice(0, 10)
      .map(
        (p) =>
          `${p.name.en} (${p.country}${p.region ? `, region ${p.region}` : ''}, population ${p.population}, ${p.lat}, ${p.lon}) geonameId ${p.geonameId}`,
      )
      .join('; ');
    const more = matches.length > 10 ? `; and ${matches.length - 10} more` : '';
    super(
      `${matches.length} places are named "${query.name}"${where}: ${list}${more}. Give the right one as query.geonameId, or a cited "position"`,
    );
  }
}

/**
 * A PPLG counts as the national seat of government only if it is populated and at
 * least this share of the capital's population. GeoNames also tags unpopulated or
 * sub-national places PPLG ("Chasse Royale" in Belgium, "Iron River" in the US at
 * 0.5 % of Washington's population), while real seats such as The Hague, La Paz,
 * Cotonou, Putrajaya and Lobamba are comfortably above it.
 */
const MIN_SEAT_SHARE_OF_CAPITAL = 0.01;

interface CountryCentres {
  capital?: GazetteerEntry;
  seat?: GazetteerEntry;
}

interface Match {
  entry: GazetteerEntry;
  /** Matched through the exonym table (rank 1). */
  exonym: boolean;
  /** Matched the exonym's display name in the query language (tie-break within rank 1). */
  exonymInLang: boolean;
}

export function createGeocoder(entries: readonly GazetteerEntry[], exonyms: ExonymTable): Geocoder {
  const byId = new Map<number, GazetteerEntry>();
  const nameIndex = new Map<string, GazetteerEntry[]>();
  const index = (key: string, entry: GazetteerEntry): void => {
    if (!key) return;
    const list = nameIndex.get(key);
    if (!list) nameIndex.set(key, [entry]);
    // An alternate name may normalise like the main name; list the entry once.
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  for (const entry of entries) {
    byId.set(entry.geonameId, entry);
    index(normaliseName(entry.name), entry);
    for (const alt of entry.altNames) index(normaliseName(alt), entry);
  }

  const exonymById = new Map<number, ExonymPlace>();
  // normalised name → ids, with the languages whose display name it is.
  const exonymIndex = new Map<string, Map<number, Set<Lang>>>();
  for (const place of exonyms.places) {
    // A trimmed-down gazetteer (e.g. one shipped to the browser) may lack some ids.
    if (!byId.has(place.geonameId)) continue;
    exonymById.set(place.geonameId, place);
    const names: [string, Lang | undefined][] = [
      [place.sv, 'sv'],
      [place.en, 'en'],
      ...(place.variants ?? []).map((v): [string, undefined] => [v, undefined]),
    ];
    for (const [name, lang] of names) {
      const key = normaliseName(name);
      if (!key) continue;
      let ids = exonymIndex.get(key);
      if (!ids) exonymIndex.set(key, (ids = new Map()));
      let langs = ids.get(place.geonameId);
      if (!langs) ids.set(place.geonameId, (langs = new Set()));
      if (lang) langs.add(lang);
    }
  }

  const centres = findCountryCentres(entries);
  const isCentre = (e: GazetteerEntry): boolean => {
    const c = centres.get(e.country);
    return c?.capital === e || c?.seat === e;
  };

  const toPlace = (entry: GazetteerEntry): GeocodedPlace => {
    const exonym = exonymById.get(entry.geonameId);
    return {
      geonameId: entry.geonameId,
      name: { sv: exonym?.sv ?? entry.name, en: exonym?.en ?? entry.name },
      country: entry.country,
      featureCode: entry.featureCode,
      ...(entry.region ? { region: entry.region } : {}),
      population: entry.population,
      lat: entry.lat,
      lon: entry.lon,
    };
  };

  const checkCountry = (code: string): string => {
    const cc = code.trim().toUpperCase();
    if (!centres.has(cc)) throw new GeocodeError(`Unknown country code "${code}"`);
    return cc;
  };

  const lookup = (key: string, country: string | undefined, lang: Lang): Match[] => {
    const matches = new Map<number, Match>();
    for (const [id, langs] of exonymIndex.get(key) ?? []) {
      const entry = byId.get(id);
      if (entry) matches.set(id, { entry, exonym: true, exonymInLang: langs.has(lang) });
    }
    for (const entry of nameIndex.get(key) ?? []) {
      if (!matches.has(entry.geonameId)) {
        matches.set(entry.geonameId, { entry, exonym: false, exonymInLang: false });
      }
    }
    const found = [...matches.values()].filter((m) => !country || m.entry.country === country);
    return found.sort(compareMatches(isCentre));
  };

  const candidates = (query: GeocodeQuery): GeocodedPlace[] => {
    const country = query.country === undefined ? undefined : checkCountry(query.country);
    const lang = query.lang ?? 'sv';
    for (const key of lookupKeys(query.name, lang)) {
      const found = lookup(key, country, lang);
      if (found.length > 0) return found.map((m) => toPlace(m.entry));
    }
    return [];
  };

  return {
    candidates,
    resolve(query) {
      const country = query.country === undefined ? undefined : checkCountry(query.country);
      const lang = query.lang ?? 'sv';
      for (const key of lookupKeys(query.name, lang)) {
        const found = lookup(key, country, lang);
        const [best] = found;
        if (!best) continue;
        const chosen = best.exonym || isCentre(best.entry) || found.length === 1;
        if (chosen) return toPlace(best.entry);
        throw new AmbiguousPlaceError(
          query,
          found.map((m) => toPlace(m.entry)),
        );
      }
      const where = query.country === undefined ? '' : ` in country "${query.country}"`;
      throw new GeocodeError(`No place named "${query.name}"${where} in the gazetteer`);
    },
    geocode(query) {
      const best = candidates(query)[0];
      if (best) return best;
      const where = query.country === undefined ? '' : ` in country "${query.country}"`;
      throw new GeocodeError(`No place named "${query.name}"${where} in the gazetteer`);
    },
    capital(countryCode) {
      const cc = checkCountry(countryCode);
      const capital = centres.get(cc)?.capital;
      if (!capital) throw new GeocodeError(`No capital of "${cc}" in the gazetteer`);
      return toPlace(capital);
    },
    seatOfGovernment(countryCode) {
      const cc = checkCountry(countryCode);
      const c = centres.get(cc);
      const seat = c?.seat ?? c?.capital;
      if (!seat) throw new GeocodeError(`No seat of government of "${cc}" in the gazetteer`);
      return toPlace(seat);
    },
    byId(geonameId) {
      const entry = byId.get(geonameId);
      return entry && toPlace(entry);
    },
  };
}

/**
 * Normalised keys to try, in order: the name as given, then (only if that finds
 * nothing) the name without an inflectional -s (see GeocodeQuery.lang).
 */
function lookupKeys(name: string, lang: Lang): string[] {
  const keys = [normaliseName(name)];
  const trimmed = name.trim();
  const possessive = /['’]s$/iu.test(trimmed);
  if (possessive || (lang === 'sv' && /s$/iu.test(trimmed))) {
    const stripped = normaliseName(trimmed.replace(/['’]?s$/iu, ''));
    if (stripped && stripped !== keys[0]) keys.push(stripped);
  }
  return keys;
}

/**
 * Deterministic ranking: exonym-table hits first (preferring the query language's
 * display name), then capitals and seats of government, then larger population,
 * and finally the lower GeoNames id so equal places never swap between runs.
 */
function compareMatches(isCentre: (e: GazetteerEntry) => boolean) {
  return (a: Match, b: Match): number =>
    Number(b.exonym) - Number(a.exonym) ||
    Number(b.exonymInLang) - Number(a.exonymInLang) ||
    Number(isCentre(b.entry)) - Number(isCentre(a.entry)) ||
    b.entry.population - a.entry.population ||
    a.entry.geonameId - b.entry.geonameId;
}

/** Capital and credible seat of government per country present in the entries. */
function findCountryCentres(entries: readonly GazetteerEntry[]): Map<string, CountryCentres> {
  const centres = new Map<string, CountryCentres>();
  const seats: GazetteerEntry[] = [];
  for (const e of entries) {
    let c = centres.get(e.country);
    if (!c) centres.set(e.country, (c = {}));
    if (e.featureCode === 'PPLC' && isBetter(e, c.capital)) c.capital = e;
    if (e.featureCode === 'PPLG') seats.push(e);
  }
  // Second pass: a seat's credibility depends on the capital, which may come later.
  for (const e of seats) {
    const c = centres.get(e.country);
    if (!c) continue;
    const floor = Math.max(1, (c.capital?.population ?? 0) * MIN_SEAT_SHARE_OF_CAPITAL);
    if (e.population >= floor && isBetter(e, c.seat)) c.seat = e;
  }
  return centres;
}

/** Larger population wins; the lower id breaks ties so the choice is stable. */
function isBetter(e: GazetteerEntry, current: GazetteerEntry | undefined): boolean {
  if (!current) return true;
  return (
    e.population > current.population ||
    (e.population === current.population && e.geonameId < current.geonameId)
  );
}
