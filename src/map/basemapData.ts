/**
 * The basemap's country shapes and where their names go, each fetched once. Kept apart from the
 * Leaflet layer so the entry can start the request at start-up without loading Leaflet with it.
 */
import type { FeatureCollection } from 'geojson';
import type { CountryLabelPoint } from './countryLabels.ts';

const SHAPES_URL = `${import.meta.env.BASE_URL}basemap/countries.json`;
/** Built with the basemap (geo/vite-plugin-basemap.ts), from the same shapes. */
const LABELS_URL = `${import.meta.env.BASE_URL}basemap/labels.json`;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

let shapes: Promise<FeatureCollection> | undefined;
let loaded: FeatureCollection | undefined;

/**
 * Starts loading the basemap once, whoever asks first: main.tsx asks at start-up, so the
 * shapes load alongside the release data instead of after the map has mounted.
 */
export function loadBasemap(): Promise<FeatureCollection> {
  shapes ??= fetchJson<FeatureCollection>(SHAPES_URL).then((data) => (loaded = data));
  return shapes;
}

/**
 * The shapes, if they have arrived: they usually have by the time the map mounts, and drawing
 * them in the map's first render saves a render pass (and a frame) after it.
 */
export const loadedBasemap = (): FeatureCollection | undefined => loaded;

let labels: Promise<CountryLabelPoint[]> | undefined;

/** Where each country's name goes, computed at build time from the same shapes. */
export function loadCountryLabels(): Promise<CountryLabelPoint[]> {
  labels ??= fetchJson<CountryLabelPoint[]>(LABELS_URL);
  return labels;
}
