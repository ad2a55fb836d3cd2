/**
 * The overview's cartography, the same as a release's: routes as arcs with arrowheads of
 * constant size, width by number of trips; named, labelled place markers placed by the same
 * label step; the map framed clear of its controls.
 */
import { useMemo } from 'react';
import type { Lang } from '../model/lang';
import type { Messages } from '../i18n/messages';
import type { ArcShape } from '../map/arcs';
import { FitView } from '../map/FitView';
import { arcPath, type LatLon } from '../map/geometry';
import { useArcLayer, type ArcLooks, type BaseLook } from '../map/useArcLayer';
import { useCountryNames } from '../map/useCountryNames';
import { useLabelLayout } from '../map/useLabelLayout';
import { usePlaceLayer, type PlaceLook } from '../map/usePlaceLayer';
import { routePlaces, routeWeight, type Route } from './routes';

export const ROUTE_COLOUR = '#0b5cad';

/** Shows a route's entry in the list beside the map. */
function reveal(id: string) {
  const entry = document.getElementById(id);
  entry?.scrollIntoView({ block: 'nearest' });
  entry?.focus();
}

export const routeAnchor = (key: string) => `route-${key.replace(/[^a-z0-9]/gi, '-')}`;

export function OverviewLayers({ routes, lang, t }: { routes: Route[]; lang: Lang; t: Messages }) {
  const arcs = useMemo(
    () =>
      new Map<string, ArcShape>(
        routes.map((r) => [r.key, { path: arcPath(r.from, r.to), head: [] }]),
      ),
    [routes],
  );
  const ids = useMemo(() => routes.map((r) => r.key), [routes]);
  const looks = useMemo<ArcLooks>(
    () => ({
      base: new Map<string, BaseLook>(
        routes.map((r) => [
          r.key,
          {
            colour: ROUTE_COLOUR,
            remote: r.trips.every((trip) => trip.mode === 'remote'),
            external: false,
            weight: routeWeight(r.trips.length),
          },
        ]),
      ),
      emphasised: new Map(),
      fallback: 'normal',
    }),
    [routes],
  );
  const labels = useMemo(
    () =>
      new Map(
        routes.map((r) => [
          r.key,
          `${r.from.name[lang]} → ${r.to.name[lang]}, ${t.trips(r.trips.length)}`,
        ]),
      ),
    [routes, lang, t],
  );
  const ends = useMemo(
    () => new Map(routes.map((r) => [r.key, { radius: 6, head: 9, to: r.to.id }])),
    [routes],
  );
  useArcLayer({
    arcs,
    visible: ids,
    looks,
    labels,
    ends,
    onSelect: (key) => {
      if (key) reveal(routeAnchor(key));
    },
    onHover: () => {},
  });

  const places = useMemo(() => routePlaces(routes), [routes]);
  const markers = useMemo(
    () => places.map((p) => ({ id: p.id, geocoded: { lat: p.lat, lon: p.lon } })),
    [places],
  );
  const placeIds = useMemo(() => places.map((p) => p.id), [places]);
  const placeLooks = useMemo(
    () =>
      new Map<string, PlaceLook>(
        places.map((p) => [
          p.id,
          {
            classes: [p.arrivals > 0 ? 'destination' : 'origin', 'normal'],
            name: p.name[lang],
            label: `${p.name[lang]}. ${t.trips(p.arrivals + p.departures)}`,
            priority: p.arrivals + p.departures,
          },
        ]),
      ),
    [places, lang, t],
  );
  const placeLayers = usePlaceLayer({
    places: markers,
    visible: placeIds,
    looks: placeLooks,
    onSelect: (id) => {
      const route = routes.find((r) => r.from.id === id || r.to.id === id);
      if (route) reveal(routeAnchor(route.key));
    },
    onHover: () => {},
  });
  const countries = useCountryNames(lang, true);
  useLabelLayout({
    layers: placeLayers,
    visible: placeIds,
    looks: placeLooks,
    clusterName: t.clusterOf,
    countries,
  });

  const points = useMemo<LatLon[]>(() => [...arcs.values()].flatMap((a) => a.path), [arcs]);
  return <FitView points={points} />;
}
