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
import { distanceKm } from '../../geo/distance';
import { arcPath, type LatLon } from '../map/geometry';
import { useArcLayer, type ArcLooks, type BaseLook } from '../map/useArcLayer';
import { useCountryNames } from '../map/useCountryNames';
import { useLabelLayout } from '../map/useLabelLayout';
import { usePlaceLayer, type PlaceLook } from '../map/usePlaceLayer';
import type { RouteEnds } from './archive';
import { routeAnchor, routePlaces, routeWeight, type Route, type RoutePlace } from './routes';

export const ROUTE_COLOUR = '#0b5cad';

/** Shows a route's entry in the list beside the map. */
function reveal(id: string) {
  const entry = document.getElementById(id);
  entry?.scrollIntoView({ block: 'nearest' });
  entry?.focus();
}

/**
 * Points along a route's arc, by its length: a thousand kilometres is a sixth of the map's
 * width at the overview's zoom, and every point is projected and drawn on each change. At the
 * closest zoom a segment then strays under two pixels from the true curve.
 */
const segmentsFor = (route: RouteEnds) =>
  Math.max(8, Math.min(48, Math.round(distanceKm(route.from, route.to) / 60)));

/** Every place at an end of a route, once: the overview's markers, made once. */
function endsOf(all: Map<string, RouteEnds>): RoutePlace[] {
  const places = new Map<string, RoutePlace>();
  for (const route of all.values()) {
    places.set(route.from.id, route.from);
    places.set(route.to.id, route.to);
  }
  return [...places.values()];
}

/**
 * `all` is every route of the archive: its layers are made once, when the releases have
 * loaded. A filter change shows, hides, restyles and renames them (`routes`, the routes in
 * view with their trips), without making any anew.
 */
export function OverviewLayers({
  all,
  routes,
  lang,
  t,
}: {
  all: Map<string, RouteEnds>;
  routes: Route[];
  lang: Lang;
  t: Messages;
}) {
  const arcs = useMemo(
    () =>
      new Map<string, ArcShape>(
        [...all.values()].map((r) => [
          r.key,
          { path: arcPath(r.from, r.to, { segments: segmentsFor(r) }), head: [] },
        ]),
      ),
    [all],
  );
  const ends = useMemo(
    () => new Map([...all.values()].map((r) => [r.key, { radius: 6, head: 9, to: r.to.id }])),
    [all],
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

  const markers = useMemo(
    () => endsOf(all).map((p) => ({ id: p.id, geocoded: { lat: p.lat, lon: p.lon } })),
    [all],
  );
  const places = useMemo(() => routePlaces(routes), [routes]);
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

  // The routes in view framed, bows included: each arc's corners, found once.
  const corners = useMemo(
    () =>
      new Map(
        [...arcs].map(([key, arc]) => {
          const lats = arc.path.map((p) => p.lat);
          const lons = arc.path.map((p) => p.lon);
          const sw = { lat: Math.min(...lats), lon: Math.min(...lons) };
          const ne = { lat: Math.max(...lats), lon: Math.max(...lons) };
          return [key, [sw, ne]];
        }),
      ),
    [arcs],
  );
  const points = useMemo<LatLon[]>(
    () => routes.flatMap((r) => corners.get(r.key) ?? []),
    [routes, corners],
  );
  return <FitView points={points} keepFramed />;
}
