/**
 * Turns the places of a release (what the editor asked for) into coordinates from the
 * gazetteer, and checks that stored coordinates are what the geocoder gives.
 */
import type { PlaceInput } from '../src/model/schema';
import type { Problem } from '../src/model/problems';
import { countryName } from './countries';
import { GeocodeError, type Geocoder } from './geocoder';

export type Geocoded = NonNullable<PlaceInput['geocoded']>;

/**
 * A city by name (with an optional country hint); a place of kind `country` is put at the
 * country's capital and named after the country, since that is all the release says.
 */
export function geocodePlace(geocoder: Geocoder, place: PlaceInput): Geocoded {
  const { name, country } = place.query;
  if (place.kind === 'country' || name === undefined) {
    if (!country) throw new GeocodeError(`"${place.id}" names neither a place nor a country`);
    const capital = geocoder.capital(country);
    return {
      geonameId: capital.geonameId,
      name: {
        sv: countryName(country, 'sv') ?? country,
        en: countryName(country, 'en') ?? country,
      },
      country: capital.country,
      lat: capital.lat,
      lon: capital.lon,
    };
  }
  const found = geocoder.geocode({ name, country });
  return {
    geonameId: found.geonameId,
    name: found.name,
    country: found.country,
    lat: found.lat,
    lon: found.lon,
  };
}

const same = (a: Geocoded, b: Geocoded) => JSON.stringify(a) === JSON.stringify(b);

/** Problems for places whose stored geocoding is missing, stale or typed in by hand. */
export function checkGeocoding(
  geocoder: Geocoder,
  places: PlaceInput[],
  file = 'places.json',
): Problem[] {
  const problems: Problem[] = [];
  places.forEach((place, i) => {
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
        message: `"${place.id}" differs from what the gazetteer gives for "${place.query.name ?? place.query.country}": run npm run geocode (coordinates are never typed in by hand)`,
      });
    }
  });
  return problems;
}
