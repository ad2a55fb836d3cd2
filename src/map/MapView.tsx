/**
 * The map: basemap, optional online tiles, travel arcs and place markers. A thin declarative
 * shell; the imperative Leaflet work lives in useArcLayer and usePlaceLayer.
 */
import { useEffect, useMemo } from 'react';
import L from 'leaflet';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { useView, type View } from '../app/ViewContext';
import { keyOf } from '../state/selection';
import { buildArcs } from './arcs';
import { Basemap } from './Basemap';
import { MAP_VIEW, readMapConfig } from './config';
import { FitView } from './FitView';
import type { LatLon } from './geometry';
import { placeSummary } from './labels';
import { Legend } from './Legend';
import { prefersReducedMotion } from './motion';
import { meetingColours, NO_MEETING_COLOUR, type ArcLook, type Emphasis } from './styles';
import { useArcLayer } from './useArcLayer';
import { usePlaceLayer, type PlaceLook } from './usePlaceLayer';

const CONFIG = readMapConfig(import.meta.env, window.location.search);

function emphasis(view: View, key: string): Emphasis {
  const selected = view.state.selected ? keyOf(view.state.selected) : null;
  if (selected === key) return 'selected';
  if (view.related.has(key) || view.hoverRelated.has(key)) return 'highlight';
  if (view.reading.has(key) || view.followed.has(key)) return 'highlight';
  return selected ? 'dimmed' : 'normal';
}

function Layers() {
  const view = useView();
  const { index, visible, state, t, select, setHovered } = view;
  const lang = state.lang;
  const arcs = useMemo(() => buildArcs(index), [index]);
  const colours = useMemo(() => meetingColours(index.release.meetings), [index]);

  const arcIds = useMemo(() => visible.journeys.map((j) => j.journey.id), [visible]);
  const arcLooks = useMemo(
    () =>
      new Map<string, ArcLook>(
        index.journeys.map((j) => [
          j.journey.id,
          {
            colour: (j.meeting && colours.get(j.meeting.id)) ?? NO_MEETING_COLOUR,
            remote: j.journey.mode === 'remote',
            external: j.external,
            emphasis: emphasis(view, `journey:${j.journey.id}`),
          },
        ]),
      ),
    [index, colours, view],
  );
  useArcLayer({
    arcs,
    visible: arcIds,
    looks: arcLooks,
    labels: view.journeyLabels,
    onSelect: (id) => select(id ? { kind: 'journey', id } : null),
    onHover: (id) => setHovered(id ? `journey:${id}` : null),
  });

  const placeIds = useMemo(() => visible.places.map((p) => p.id), [visible]);
  const placeLooks = useMemo(() => {
    const looks = new Map<string, PlaceLook>();
    for (const place of visible.places) {
      const meetings = visible.meetings.filter((m) => m.place === place.id);
      const departures = visible.journeys.filter((j) => j.from.id === place.id);
      const classes: string[] = [];
      if (meetings.length > 0) {
        classes.push('meeting', meetings.some((m) => m.status === 'held') ? 'held' : 'planned');
        if (meetings.every((m) => m.format === 'video')) classes.push('video');
      } else {
        classes.push('origin');
        if (departures.length > 0 && departures.every((j) => j.journey.origin))
          classes.push('inferred');
        if (departures.length > 0 && departures.every((j) => j.external)) classes.push('external');
      }
      classes.push(emphasis(view, `place:${place.id}`));
      looks.set(place.id, {
        classes,
        name: place.geocoded.name[lang],
        label: placeSummary(index, visible, place, lang, t),
      });
    }
    return looks;
  }, [index, visible, lang, t, view]);
  usePlaceLayer({
    places: index.release.places,
    visible: placeIds,
    looks: placeLooks,
    onSelect: (id) => select(id ? { kind: 'place', id } : null),
    onHover: (id) => setHovered(id ? `place:${id}` : null),
  });

  // Fit to the selection when there is one, else to the paragraph followed in "Follow the text"
  // (never under reduced motion: the map does not move on scroll then), else to everything in
  // view; arcs' bows included.
  const followed = view.followed.size > 0 && !prefersReducedMotion() ? view.followed : null;
  const points = useMemo<LatLon[]>(() => {
    const focus = state.selected ? view.related : followed;
    const journeys = focus
      ? visible.journeys.filter((j) => focus.has(`journey:${j.journey.id}`))
      : visible.journeys;
    const places = focus
      ? visible.places.filter((p) => focus.has(`place:${p.id}`))
      : visible.places;
    const all = [
      ...places.map((p) => ({ lat: p.geocoded.lat, lon: p.geocoded.lon })),
      ...journeys.flatMap((j) => arcs.get(j.journey.id)?.path ?? []),
    ];
    return all.length > 0
      ? all
      : visible.places.map((p) => ({ lat: p.geocoded.lat, lon: p.geocoded.lon }));
  }, [visible, state.selected, view.related, followed, arcs]);

  // For npm run bench: arcs and markers are on the map. The layer hooks' effects above (and
  // FitView's, a child) have run by now; marked once.
  useEffect(() => {
    if (performance.getEntriesByName('diplomap:arcs').length === 0)
      performance.mark('diplomap:arcs');
  }, []);
  return <FitView points={points} />;
}

export function MapView() {
  const { t, state } = useView();
  const lang = state.lang;
  const renderer = useMemo(
    () => (CONFIG.renderer === 'canvas' ? L.canvas({ padding: 0.5 }) : L.svg()),
    [],
  );
  return (
    <section className="map-panel" aria-label={t.map}>
      <MapContainer
        className="map"
        {...MAP_VIEW}
        renderer={renderer}
        worldCopyJump={false}
        attributionControl
        zoomControl={false}
      >
        {CONFIG.tiles && (
          <TileLayer url={CONFIG.tiles.url} attribution={CONFIG.tiles.attribution} />
        )}
        {!CONFIG.tiles && <Basemap errorText={t.basemapError} />}
        {/* Leaflet sets the titles once, so the control is made anew for each language. */}
        <ZoomControl key={lang} zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
        <Layers />
      </MapContainer>
      <Legend />
    </section>
  );
}
