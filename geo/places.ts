/**
 * Turns the places of a release (what the editor asked for) into coordinates from the
 * gazetteer, and checks that stored coordinates are what the geocoder gives.
 */
import type { CitedPosition, PlaceInput } from '../src/model/schema.ts';
import type { Problem } from '../src/model/problems.ts';
import { countryName } from './countries.ts';
import { GeocodeError, type GeocodedPlace, type Geocoder } from './geocoder.ts';

export type Geocoded = NonNullable<PlaceInput['geocoded']>;

/**
 * Where a place is: a cited position as given; a gazetteer entry by id; a place of kind
 * `country` at the country's capital, named after the country, since that is all the release
 * says; else the one gazetteer place with the name (several with one name are refused).
 */
export function geocodePlace(geocoder: Geocoder, place: PlaceInput): Geocoded {
  const named = (found: Geocoded): Geocoded => ({
    ...found,
    ...(place.name ? { name: place.name } : {}),
    ...(place.approximate ? { approximate: true as const } : {}),
  });
  const { name, country, geonameId } = place.query;
  if (place.position) {
    const { lat, lon, source } = place.position;
    if (!place.name) throw new GeocodeError(`"${place.id}" has a position but no name`);
    return named({
      ...('geonames' in source ? { geonameId: source.geonames } : {}),
      name: place.name,
      country: place.position.country,
      lat,
      lon,
    });
  }
  if (geonameId !== undefined) {
    const found = geocoder.byId(geonameId);
    if (!found) throw new GeocodeError(`No place with geonameId ${geonameId} in the gazetteer`);
    if (country && found.country !== country)
      throw new GeocodeError(
        `geonameId ${geonameId} is ${found.name.en} in "${found.country}", not in "${country}"`,
      );
    return named(pick(found));
  }
  if (place.kind === 'country' || name === undefined) {
    if (!country) throw new GeocodeError(`"${place.id}" names neither a place nor a country`);
    const capital = geocoder.capital(country);
    return named({
      geonameId: capital.geonameId,
      name: {
        sv: countryName(country, 'sv') ?? country,
        en: countryName(country, 'en') ?? country,
      },
      country: capital.country,
      lat: capital.lat,
      lon: capital.lon,
    });
  }
  return named(pick(geocoder.resolve({ name, country })));
}

const pick = (found: GeocodedPlace): Geocoded => ({
  geonameId: found.geonameId,
  name: found.name,
  country: found.country,
  lat: found.lat,
  lon: found.lon,
});

/** Problems with a cited position: outside its country's shape, or a URL that is not its id's. */
export function checkPosition(
  position: CitedPosition,
  countriesAt: (lat: number, lon: number) => string[],
): string[] {
  const problems: string[] = [];
  const inside = countriesAt(position.lat, position.lon);
  if (!inside.includes(position.country)) {
    const where = inside.length > 0 ? `in ${inside.join(', ')}` : 'in no country (at sea?)';
    problems.push(
      `lies ${where}, not inside the shape of "${position.country}": check the coordinates (lat, lon) against the cited source`,
    );
  }
  const { source } = position;
  const [id, host] =
    'geonames' in source
      ? [String(source.geonames), 'geonames.org']
      : [source.wikidata, 'wikidata.org'];
  let url: URL | undefined;
  try {
    url = new URL(source.url);
  } catch {
    url = undefined;
  }
  if (!url || !url.hostname.endsWith(host) || !url.pathname.split('/').includes(id)) {
    problems.push(`source.url must be the ${host} page of ${id}`);
  }
  return problems;
}

const same = (a: Geocoded, b: Geocoded) => JSON.stringify(a) === JSON.stringify(b);

/** Problems for places whose stored geocoding is missing, stale or typed in by hand. */
export function checkGeocoding(
  geocoder: Geocoder,
  places: PlaceInput[],
  file = 'places.json',
  countriesAt?: (lat: number, lon: number) => string[],
): Problem[] {
  const problems: Problem[] = [];
  places.forEach((place, i) => {
    if (place.position && countriesAt) {
      for (const message of checkPosition(place.position, countriesAt))
        problems.push({ file, path: `[${i}].position`, message: `"${place.id}" ${message}` });
    }
    let expected: Geocoded;
    try {
      expected = geocodePlace(geocoder, place);
    } catch (error) {
      if (!(error instanceof GeocodeError)) throw error;
      problems.push({ file, path: `[${i}].query`, message: error.message });
      return;
    }
    if (place.geocoded && !same(place.geocoded, expected)) {
      problems.push({
        file,
        path: `[${i}].geocoded`,
        message: `"${place.id}" differs from what the gazetteer gives for "${place.query.name ?? place.query.geonameId ?? place.query.country ?? 'its position'}": run npm run geocode (coordinates are never typed in by hand)`,
      });
    }
  });
  return problems;
}
