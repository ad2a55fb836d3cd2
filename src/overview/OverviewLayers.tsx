/**
 * The overview's cartography, the same as a release's: routes as arcs with arrowheads of
 * constant size, width by number of trips; named, labelled place markers placed by the same
 * label step; the map framed clear of its controls.
 */
import { useMemo } from 'react';
import type { Lang } from '../model/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ArcShape } from '../map/arcs.ts';
import { FitView } from '../map/FitView.tsx';
import { distanceKm } from '../../geo/distance.ts';
import { arcPath, type LatLon } from '../map/geometry.ts';
import { useArcLayer, type ArcLooks, type BaseLook } from '../map/useArcLayer.ts';
import { useCountryNames } from '../map/useCountryNames.ts';
import { useLabelLayout } from '../map/useLabelLayout.ts';
import { usePlaceLayer, type PlaceLook } from '../map/usePlaceLayer.ts';
import type { RouteEnds } from './archive.ts';
import { routePlaces, routeWeight, type Route, type RoutePlace } from './routes.ts';
import { END, type RouteLook } from './routeDrawing.ts';
import { useRouteBundle } from './useRouteBundle.ts';
import { remember } from './remember.ts';
import { pickRoute } from './pickedRoute.ts';

export const ROUTE_COLOUR = '#0b5cad';

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
 * Each route's arc, once: its points by its length, as latitude, longitude pairs in one typed
 * array. Sixteen thousand routes as point objects would take a good part of the page's memory.
 */
function arcsOf(all: Map<string, RouteEnds>): Map<string, Float64Array> {
  return new Map(
    [...all.values()].map((r) => [
      r.key,
      Float64Array.from(
        arcPath(r.from, r.to, { segments: segmentsFor(r) }).flatMap((p) => [p.lat, p.lon]),
      ),
    ]),
  );
}

/** A flat arc's points as objects, for the few hundred arcs drawn as SVG. */
const pointsOf = (flat: Float64Array): LatLon[] =>
  Array.from({ length: flat.length / 2 }, (_, i) => ({
    lat: flat[2 * i] ?? 0,
    lon: flat[2 * i + 1] ?? 0,
  }));

/** Shows a route's entry in the list beside the map (RouteList lists and focuses it). */
const revealRoute = (key: string | null) => {
  if (key) pickRoute(key);
};

/** Up to a few hundred routes: SVG arcs, each a named button (useArcLayer). */
function SvgRoutes({
  all,
  flat,
  routes,
  lang,
  t,
}: {
  all: Map<string, RouteEnds>;
  flat: Map<string, Float64Array>;
  routes: Route[];
  lang: Lang;
  t: Messages;
}) {
  const arcs = useMemo(
    () =>
      new Map<string, ArcShape>(
        [...flat].map(([key, f]) => [key, { path: pointsOf(f), head: [] }]),
      ),
    [flat],
  );
  const ends = useMemo(
    () => new Map([...all.values()].map((r) => [r.key, { ...END, to: r.to.id }])),
    [all],
  );
  const ids = useMemo(() => routes.map((r) => r.key), [routes]);
  const looks = useMemo<ArcLooks>(
    () => ({
      base: new Map<string, BaseLook>(
        routes.map((r) => [r.key, { colour: ROUTE_COLOUR, external: false, ...lookOf(r) }]),
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
    onSelect: revealRoute,
    onHover: () => {},
  });
  return null;
}

/**
 * Thousands of routes: one Canvas layer draws them all (useRouteBundle), restyled in one pass
 * on a filter change. A click reveals the route's entry in the list, the map's text alternative.
 */
function CanvasRoutes({
  all,
  flat,
  routes,
}: {
  all: Map<string, RouteEnds>;
  flat: Map<string, Float64Array>;
  routes: Route[];
}) {
  const bundled = useMemo(
    () =>
      [...all.values()].map((r) => ({
        key: r.key,
        to: r.to.id,
        path: flat.get(r.key) ?? new Float64Array(),
      })),
    [all, flat],
  );
  const shown = looksOf(routes);
  useRouteBundle({ arcs: bundled, shown, colour: ROUTE_COLOUR, onSelect: revealRoute });
  return null;
}

/** A route's look in view: width by its trips, dashed if every trip was remote. */
const lookOf = (r: Route): RouteLook => ({
  weight: routeWeight(r.trips.length),
  remote: r.trips.every((trip) => trip.mode === 'remote'),
});

/** The places of the routes in view, the same list for the same routes (see remember.ts). */
const placesOf = remember(routePlaces);

/** The looks of the routes in view, the same object for the same routes (see remember.ts). */
const looksOf = remember((routes: Route[]) => new Map(routes.map((r) => [r.key, lookOf(r)])));

/**
 * `all` is every route of the archive: its layers are made once, when the releases have
 * loaded. A filter change shows, hides, restyles and renames them (`routes`, the routes in
 * view with their trips), without making any anew. `canvas`: thousands of routes, drawn as one.
 */
export function OverviewLayers({
  all,
  routes,
  lang,
  t,
  canvas,
}: {
  all: Map<string, RouteEnds>;
  routes: Route[];
  lang: Lang;
  t: Messages;
  canvas: boolean;
}) {
  const flat = useMemo(() => arcsOf(all), [all]);
  const markers = useMemo(
    () => endsOf(all).map((p) => ({ id: p.id, geocoded: { lat: p.lat, lon: p.lon } })),
    [all],
  );
  const places = placesOf(routes);
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
      if (route) pickRoute(route.key);
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
        [...flat].map(([key, arc]) => {
          const lats = arc.filter((_, i) => i % 2 === 0);
          const lons = arc.filter((_, i) => i % 2 === 1);
          const sw = { lat: Math.min(...lats), lon: Math.min(...lons) };
          const ne = { lat: Math.max(...lats), lon: Math.max(...lons) };
          return [key, [sw, ne]];
        }),
      ),
    [flat],
  );
  const framed = useMemo(
    () => remember((shown: Route[]) => shown.flatMap((r) => corners.get(r.key) ?? [])),
    [corners],
  );
  const points: LatLon[] = framed(routes);
  return (
    <>
      {canvas ? (
        <CanvasRoutes all={all} flat={flat} routes={routes} />
      ) : (
        <SvgRoutes all={all} flat={flat} routes={routes} lang={lang} t={t} />
      )}
      <FitView points={points} keepFramed />
    </>
  );
}
