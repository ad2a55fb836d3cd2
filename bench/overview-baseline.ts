/**
 * The benchmark's baseline for the overview: plain Leaflet, no React, no validation. It reads
 * places.json and meetings.json of every release under `@releases` with JSON.parse, aggregates
 * journeys by route (directed pair of GeoNames ids) as the overview does, and draws one line
 * per route with the overview's geometry, width and colour on the same basemap, then fits.
 *
 * URL: &w=…&h=… (the app's map size in CSS pixels).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import { arcPath, boundsOf, type LatLon } from '../src/map/geometry.ts';
import { routeWeight } from '../src/overview/routes.ts';
import type { Journey, Meeting, PlaceInput } from '../src/model/schema.ts';
import './baseline.css';

const files = import.meta.glob<string>('@releases/*/{places,meetings}.json', {
  query: '?raw',
  import: 'default',
});
const params = new URLSearchParams(window.location.search);

function mark(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

function createMap(): L.Map {
  const element = document.getElementById('map');
  if (!element) throw new Error('overview-baseline.html has no #map');
  const [w, h] = [params.get('w'), params.get('h')];
  if (w && h) {
    element.style.setProperty('--map-width', `${Number(w)}px`);
    element.style.setProperty('--map-height', `${Number(h)}px`);
  }
  return L.map(element, { center: [52, 15], zoom: 4, minZoom: 2, maxZoom: 10 });
}

async function addBasemap(map: L.Map): Promise<void> {
  const response = await fetch(`${import.meta.env.BASE_URL}basemap/countries.json`);
  if (!response.ok) throw new Error(`basemap: ${response.status}`);
  const data = (await response.json()) as FeatureCollection;
  const pane = map.createPane('basemap');
  pane.style.zIndex = '250';
  L.geoJSON(data, {
    pane: 'basemap',
    style: { color: '#9aa7b4', weight: 0.6, fillColor: '#f7f6f2', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  mark('diplomap:basemap');
}

interface Route {
  from: LatLon;
  to: LatLon;
  trips: number;
  remote: number;
}

async function addRoutes(map: L.Map): Promise<void> {
  const folders = new Map<string, { places?: string; meetings?: string }>();
  await Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const folder = path.slice(0, path.lastIndexOf('/'));
      const entry = folders.get(folder) ?? {};
      entry[path.endsWith('places.json') ? 'places' : 'meetings'] = await load();
      folders.set(folder, entry);
    }),
  );
  const routes = new Map<string, Route>();
  for (const { places, meetings } of folders.values()) {
    if (!places || !meetings) continue;
    const at = new Map(
      (JSON.parse(places) as PlaceInput[]).flatMap((p) => (p.geocoded ? [[p.id, p.geocoded]] : [])),
    );
    const data = JSON.parse(meetings) as { meetings: Meeting[]; journeys: Journey[] };
    const venue = new Map(data.meetings.map((m) => [m.id, m.place]));
    for (const j of data.journeys) {
      const from = at.get(j.from);
      const to = at.get(venue.get(j.to) ?? j.to);
      if (!from || !to) continue;
      const key = `${from.geonameId}>${to.geonameId}`;
      const route = routes.get(key) ?? { from, to, trips: 0, remote: 0 };
      route.trips += 1;
      if (j.mode === 'remote') route.remote += 1;
      routes.set(key, route);
    }
  }
  const points: LatLon[] = [];
  for (const route of routes.values()) {
    const path = arcPath(route.from, route.to);
    L.polyline(
      path.map((p) => L.latLng(p.lat, p.lon)),
      {
        color: '#0b5cad',
        weight: routeWeight(route.trips),
        opacity: 0.75,
        dashArray: route.remote === route.trips ? '10 7' : undefined,
        interactive: false,
      },
    ).addTo(map);
    points.push(route.from, route.to);
  }
  const bounds = boundsOf(points);
  if (bounds) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 6, animate: false });
  mark('diplomap:arcs');
}

const map = createMap();
Promise.all([addBasemap(map), addRoutes(map)]).catch((error: unknown) => {
  console.error('overview baseline', error);
});
