/**
 * The basemap's country shapes, fetched once. Kept apart from the Leaflet layer so the entry
 * can start the request at start-up without loading Leaflet with it.
 */
import type { FeatureCollection } from 'geojson';

const URL = `${import.meta.env.BASE_URL}basemap/countries.json`;

let request: Promise<FeatureCollection> | undefined;

/**
 * Starts loading the basemap once, whoever asks first: main.tsx asks at start-up, so the
 * shapes load alongside the release data instead of after the map has mounted.
 */
export function loadBasemap(): Promise<FeatureCollection> {
  request ??= fetch(URL).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return response.json() as Promise<FeatureCollection>;
  });
  return request;
}
