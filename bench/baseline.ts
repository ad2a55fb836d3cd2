/**
 * The benchmark's baseline: plain Leaflet, no React, no validation, no sidebar. It shows what the
 * app's map shows on first load (the same basemap file in the same pane, the same markers, the
 * same arcs from the same geometry and styles modules, the same fit), so app ÷ baseline is the
 * cost of everything the app adds. Built from the same vite.config.ts as the app, and it reads
 * the newest release of the same `@releases` folder, parsed with JSON.parse only.
 *
 * URL: ?renderer=canvas (as the app), &w=…&h=… (the app's map size in CSS pixels).
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import { arcPath, arrowHead, assignLanes, boundsOf, type LatLon } from '../src/map/geometry.ts';
import { createPlaceIcon } from '../src/map/icons.ts';
import {
  arcStyle,
  arrowStyle,
  meetingColours,
  NO_MEETING_COLOUR,
  type ArcLook,
} from '../src/map/styles.ts';
import type { Journey, Meeting, PlaceInput } from '../src/model/schema.ts';
import './baseline.css';

interface Data {
  places: PlaceInput[];
  meetings: Meeting[];
  journeys: Journey[];
}

const files = import.meta.glob<string>('@releases/*/{places,meetings}.json', {
  query: '?raw',
  import: 'default',
});

const params = new URLSearchParams(window.location.search);

/** Marks a benchmark milestone once, as the app does. */
function mark(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/** The newest release's file of that name (folders start with the date, as in the app). */
async function load(name: string): Promise<unknown> {
  const keys = Object.keys(files).filter((key) => key.endsWith(`/${name}`));
  const newest = keys.sort().at(-1);
  const loader = newest === undefined ? undefined : files[newest];
  if (!loader) throw new Error(`no ${name} under @releases`);
  return JSON.parse(await loader());
}

async function loadData(): Promise<Data> {
  const [places, meetings] = await Promise.all([load('places.json'), load('meetings.json')]);
  return { places: places as PlaceInput[], ...(meetings as Omit<Data, 'places'>) };
}

function createMap(): L.Map {
  const element = document.getElementById('map');
  if (!element) throw new Error('baseline.html has no #map');
  // Same size as the app's map, so both draw the same number of pixels.
  const [w, h] = [params.get('w'), params.get('h')];
  if (w && h) {
    element.style.setProperty('--map-width', `${Number(w)}px`);
    element.style.setProperty('--map-height', `${Number(h)}px`);
  }
  // The app's MapContainer options.
  return L.map(element, {
    center: [52, 15],
    zoom: 4,
    minZoom: 2,
    maxZoom: 10,
    renderer: params.get('renderer') === 'canvas' ? L.canvas({ padding: 0.5 }) : L.svg(),
    worldCopyJump: false,
    attributionControl: true,
  });
}

async function addBasemap(map: L.Map): Promise<void> {
  const response = await fetch(`${import.meta.env.BASE_URL}basemap/countries.json`);
  if (!response.ok) throw new Error(`basemap: ${response.status}`);
  const data = (await response.json()) as FeatureCollection;
  // The app's pane and style (react-leaflet's <Pane name="basemap" style={{ zIndex: 250 }}>).
  const pane = map.createPane('basemap');
  pane.style.zIndex = '250';
  L.geoJSON(data, {
    pane: 'basemap',
    style: { color: '#9aa7b4', weight: 0.6, fillColor: '#f7f6f2', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  // Credited once on the map, as the app does (src/map/Basemap.tsx), not once per shape.
  map.attributionControl.addAttribution('Natural Earth');
  mark('diplomap:basemap');
}

/** Where a journey ends: its meeting's place, or the place itself for a leg with no meeting. */
function destination(data: Data): (j: Journey) => string {
  const meetingPlace = new Map(data.meetings.map((m) => [m.id, m.place]));
  return (j) => meetingPlace.get(j.to) ?? j.to;
}

function addArcs(map: L.Map, data: Data, placeAt: Map<string, LatLon>): LatLon[] {
  const end = destination(data);
  const colours = meetingColours(data.meetings);
  const lanes = assignLanes(data.journeys.map((j) => ({ id: j.id, from: j.from, to: end(j) })));
  const group = L.layerGroup().addTo(map);
  const points: LatLon[] = [];
  for (const j of data.journeys) {
    const from = placeAt.get(j.from);
    const to = placeAt.get(end(j));
    if (!from || !to) continue;
    const path = arcPath(from, to, { lane: lanes.get(j.id) ?? 0 });
    const look: ArcLook = {
      colour: colours.get(j.to) ?? NO_MEETING_COLOUR,
      remote: j.mode === 'remote',
      external: j.provenance.source !== undefined,
      emphasis: 'normal',
    };
    const latLngs = (ps: LatLon[]) => ps.map((p) => L.latLng(p.lat, p.lon));
    // Head first, then line, with the app's options and styles.
    group.addLayer(
      L.polygon(latLngs(arrowHead(path)), { interactive: false, ...arrowStyle(look) }),
    );
    group.addLayer(L.polyline(latLngs(path), { bubblingMouseEvents: false, ...arcStyle(look) }));
    points.push(...path);
  }
  return points;
}

/** The app's markers for the places in view; returns where they are, for the fit. */
function addMarkers(map: L.Map, data: Data, placeAt: Map<string, LatLon>): LatLon[] {
  const meetingPlaces = new Set(data.meetings.map((m) => m.place));
  const end = destination(data);
  const shown = new Set([...meetingPlaces, ...data.journeys.flatMap((j) => [j.from, end(j)])]);
  const points: LatLon[] = [];
  for (const place of data.places) {
    const at = placeAt.get(place.id);
    if (!at || !shown.has(place.id)) continue;
    const icon = createPlaceIcon();
    icon.element.className = `place place--${meetingPlaces.has(place.id) ? 'meeting' : 'origin'}`;
    icon.label.textContent = place.geocoded?.name.sv ?? place.id;
    L.marker([at.lat, at.lon], { icon: icon.icon, keyboard: true }).addTo(map);
    points.push(at);
  }
  return points;
}

async function addData(map: L.Map): Promise<void> {
  const data = await loadData();
  const placeAt = new Map<string, LatLon>();
  for (const p of data.places) {
    if (p.geocoded) placeAt.set(p.id, { lat: p.geocoded.lat, lon: p.geocoded.lon });
  }
  const arcPoints = addArcs(map, data, placeAt);
  const placePoints = addMarkers(map, data, placeAt);
  // As the app's FitView with nothing selected: places in view and the arcs' bows.
  const bounds = boundsOf([...placePoints, ...arcPoints]);
  if (bounds) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 6, animate: false });
  mark('diplomap:arcs');
}

// The basemap and the data load side by side: nothing here waits on anything else.
const map = createMap();
Promise.all([addBasemap(map), addData(map)]).catch((error: unknown) => {
  console.error('baseline', error);
});
