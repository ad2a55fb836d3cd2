/**
 * Turns the places of a release (what the editor asked for) into coordinates from the
 * gazetteer, and checks that stored coordinates are what the geocoder gives.
 */
import type { PlaceInput } from '../src/model/schema';
import type { Problem } from '../src/model/problems';
import { GeocodeError, type Geocoder } from './geocoder';

export type Geocoded = NonNullable<PlaceInput['geocoded']>;

export function geocodePlace(geocoder: Geocoder, place: PlaceInput): Geocoded {
  const found = geocoder.geocode({ name: place.query.name, country: place.query.country });
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
        message: `"${place.id}" differs from what the gazetteer gives for "${place.query.name}": run npm run geocode (coordinates are never typed in by hand)`,
      });
    }
  });
  return problems;
}
