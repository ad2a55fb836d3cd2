/**
 * The map: basemap, optional online tiles, travel arcs and place markers. A thin declarative
 * shell; the imperative Leaflet work lives in useArcLayer and usePlaceLayer.
 */
import { useEffect, useMemo, useState } from 'react';
import L from 'leaflet';
import { TileLayer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useView, type View } from '../app/ViewContext.tsx';
import { keyOf } from '../state/selection.ts';
import { buildArcs } from './arcs.ts';
import { Basemap } from './Basemap.tsx';
import { readMapConfig } from './config.ts';
import { EdgeMarkers } from './EdgeMarkers.tsx';
import { FitView } from './FitView.tsx';
import { MapFrame } from './MapFrame.tsx';
import { distanceKm } from '../../geo/distance.ts';
import { chooseFrame, edgeRoom, type FrameJourney } from './framing.ts';
import { boundsOf, type LatLon } from './geometry.ts';
import { placeSummary } from './labels.ts';
import { Legend } from './Legend.tsx';
import { prefersReducedMotion } from './motion.ts';
import { sceneCanvas } from './sceneCanvas.ts';
import { atPlace, placeClasses } from './symbols.ts';
import {
  journeyEmphasis,
  meetingColours,
  NO_MEETING_COLOUR,
  type Emphasis,
  CROWDED_ARRIVALS,
  HEAD,
  HUB_HEAD,
} from './styles.ts';
import { useArcLayer, type BaseLook } from './useArcLayer.ts';
import { useCountryNames } from './useCountryNames.ts';
import { useLabelLayout } from './useLabelLayout.ts';
import { usePlaceLayer, type PlaceLook } from './usePlaceLayer.ts';

/**
 * More than this many make it a dense hub: its arcs are hairlines (1 px). Hundreds of arcs into
 * one dot merge into a blot at any width; thin, they still show how many come from where, and
 * the software rasteriser draws a 1 px line several times faster than a 2 px one.
 */
const DENSE_ARRIVALS = 100;

/** Stroke width of the arcs into a place that `arrivals` arcs reach (the usual if unset). */
function arrivalWeight(arrivals: number): number | undefined {
  if (arrivals > DENSE_ARRIVALS) return 1;
  return arrivals > CROWDED_ARRIVALS ? 2 : undefined;
}

const CONFIG = readMapConfig(import.meta.env, window.location.search);

function emphasis(view: View, key: string): Emphasis {
  const selected = view.state.selected ? keyOf(view.state.selected) : null;
  if (selected === key) return 'selected';
  if (view.related.has(key) || view.hoverRelated.has(key)) return 'highlight';
  if (view.reading.has(key) || view.followed.has(key)) return 'highlight';
  return selected ? 'dimmed' : 'normal';
}

/** Where a geocoded place is. */
const placeAt = (p: { geocoded: { lat: number; lon: number } }): LatLon => ({
  lat: p.geocoded.lat,
  lon: p.geocoded.lon,
});

function Layers({ onClustered }: { onClustered: (clustered: boolean) => void }) {
  const view = useView();
  const { index, visible, state, t, select, setHovered } = view;
  const lang = state.lang;
  const arcs = useMemo(() => buildArcs(index), [index]);
  const colours = useMemo(() => meetingColours(index.release.meetings), [index]);

  const arcIds = useMemo(() => visible.journeys.map((j) => j.journey.id), [visible]);
  // What the frame needs of each journey, made once per release: its ends, its arc's box as two
  // corners, and its length. A filter then only picks the journeys in view.
  const frameJourneys = useMemo(() => {
    return new Map(
      index.journeys.map((j): [string, FrameJourney] => {
        const path = arcs.get(j.journey.id)?.path ?? [];
        const box = boundsOf(path);
        const from = { id: j.from.id, at: placeAt(j.from) };
        const to = { id: j.to.id, at: placeAt(j.to) };
        return [
          j.journey.id,
          {
            id: j.journey.id,
            from,
            to,
            path,
            extent: box ? box.map(([lat, lon]) => ({ lat, lon })) : path,
            km: distanceKm(from.at, to.at),
          },
        ];
      }),
    );
  }, [index, arcs]);
  // Hubs, where many arcs arrive: their arcs are drawn thinner with slender heads, and fan in
  // (useArcLayer) so each one stays distinguishable up to the dot's edge.
  const arrivals = useMemo(() => {
    const counts = new Map<string, number>();
    for (const j of index.journeys) counts.set(j.to.id, (counts.get(j.to.id) ?? 0) + 1);
    return counts;
  }, [index]);
  const hubs = useMemo(
    () => new Set([...arrivals].filter(([, n]) => n > CROWDED_ARRIVALS).map(([id]) => id)),
    [arrivals],
  );
  // A look is the arc's own (colour, dashes) plus its emphasis. Only the few arcs the selection
  // or hover concern carry an emphasis of their own; the rest share one, so a hover restyles
  // only what it touches instead of recomputing every arc's look.
  const baseLooks = useMemo(
    () =>
      new Map<string, BaseLook>(
        index.journeys.map((j) => [
          j.journey.id,
          {
            colour: (j.meeting && colours.get(j.meeting.id)) ?? NO_MEETING_COLOUR,
            remote: j.journey.mode === 'remote',
            external: j.external,
            weight: arrivalWeight(arrivals.get(j.to.id) ?? 0),
          },
        ]),
      ),
    [index, colours, arrivals],
  );
  const selectedKey = state.selected ? keyOf(state.selected) : null;
  const emphasised = useMemo(
    () =>
      journeyEmphasis(selectedKey, [view.related, view.hoverRelated, view.reading, view.followed]),
    [selectedKey, view.related, view.hoverRelated, view.reading, view.followed],
  );
  // Arrows end at the edge of the destination's dot (larger for a meeting place).
  const arcEnds = useMemo(() => {
    const meetingPlaces = new Set(index.release.meetings.map((m) => m.place));
    return new Map(
      index.journeys.map((j) => [
        j.journey.id,
        {
          radius: meetingPlaces.has(j.to.id) ? 9 : 6,
          to: j.to.id,
          // Slender heads at a hub, so more of them fit side by side around the dot.
          ...(hubs.has(j.to.id) ? HUB_HEAD : HEAD),
        },
      ]),
    );
  }, [index, hubs]);
  useArcLayer({
    arcs,
    visible: arcIds,
    looks: { base: baseLooks, emphasised, fallback: selectedKey ? 'dimmed' : 'normal' },
    labels: view.journeyLabels,
    ends: arcEnds,
    onSelect: (id) => select(id ? { kind: 'journey', id } : null),
    onHover: (id) => setHovered(id ? `journey:${id}` : null),
  });

  const placeIds = useMemo(() => visible.places.map((p) => p.id), [visible]);
  const placeLooks = useMemo(() => {
    const looks = new Map<string, PlaceLook>();
    for (const place of visible.places) {
      const { meetings, journeys } = atPlace(visible, place.id);
      const classes = placeClasses(visible, place.id);
      classes.push(emphasis(view, `place:${place.id}`));
      looks.set(place.id, {
        classes,
        name: place.geocoded.name[lang],
        label: placeSummary(index, visible, place, lang, t),
        priority: (meetings.length > 0 ? 1000 : 0) + journeys,
      });
    }
    return looks;
  }, [index, visible, lang, t, view]);
  const placeLayers = usePlaceLayer({
    places: index.release.places,
    visible: placeIds,
    looks: placeLooks,
    onSelect: (id) => select(id ? { kind: 'place', id } : null),
    onHover: (id) => setHovered(id ? `place:${id}` : null),
  });
  const countries = useCountryNames(lang, !CONFIG.tiles);
  useLabelLayout({
    layers: placeLayers,
    visible: placeIds,
    looks: placeLooks,
    clusterName: t.clusterOf,
    onClustered,
    countries,
  });

  // Fit to the selection when there is one, else to the paragraph followed in "Follow the text"
  // (never under reduced motion: the map does not move on scroll then), else to everything in
  // view, arcs' bows included; origins far beyond the story get an edge marker instead of
  // shrinking it into a corner.
  const followed = view.followed.size > 0 && !prefersReducedMotion() ? view.followed : null;
  const frame = useMemo(() => {
    const focus = state.selected ? view.related : followed;
    const related = (key: string) => !focus || focus.has(key);
    const journeys = focus
      ? visible.journeys.filter((j) => related(`journey:${j.journey.id}`))
      : visible.journeys;
    const places = visible.places.filter((p) => related(`place:${p.id}`));
    const keep = new Set<string>();
    if (state.selected?.kind === 'place') keep.add(state.selected.id);
    if (state.selected?.kind === 'journey')
      for (const j of journeys) if (j.journey.id === state.selected.id) keep.add(j.from.id);
    const chosen = chooseFrame(
      (places.length > 0 ? places : visible.places).map((p) => ({ id: p.id, at: placeAt(p) })),
      journeys.flatMap((j) => frameJourneys.get(j.journey.id) ?? []),
      keep,
    );
    return chosen;
  }, [visible, state.selected, view.related, followed, frameJourneys]);
  const room = useMemo(() => edgeRoom(frame.far), [frame]);
  const farPlaces = useMemo(
    () =>
      new Map(visible.places.map((p) => [p.id, { at: placeAt(p), name: p.geocoded.name[lang] }])),
    [visible, lang],
  );

  // For npm run bench: arcs and markers are on the map. The layer hooks' effects above (and
  // FitView's, a child) have run by now; marked once.
  useEffect(() => {
    if (performance.getEntriesByName('diplomap:arcs').length === 0)
      performance.mark('diplomap:arcs');
  }, []);
  return (
    <>
      <FitView points={frame.points} room={room} />
      <EdgeMarkers far={frame.far} places={farPlaces} lang={lang} t={t} />
    </>
  );
}

export function MapView() {
  // Whether the label step has merged any dots into a cluster: the legend then explains it.
  const [clustered, setClustered] = useState(false);
  const { t, state } = useView();
  const lang = state.lang;
  const renderer = useMemo(
    () => (CONFIG.renderer === 'canvas' ? sceneCanvas({ padding: 0.5 }) : L.svg()),
    [],
  );
  return (
    <section className="map-panel" aria-label={t.map}>
      <MapFrame
        lang={lang}
        t={t}
        renderer={renderer}
        basemap={!CONFIG.tiles && <Basemap errorText={t.basemapError} />}
      >
        {CONFIG.tiles && (
          <TileLayer url={CONFIG.tiles.url} attribution={CONFIG.tiles.attribution} />
        )}
        <Layers onClustered={setClustered} />
      </MapFrame>
      <Legend clustered={clustered} />
    </section>
  );
}
