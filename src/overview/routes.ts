/**
 * Journeys of many releases, aggregated by route as flow maps do: one line per directed pair
 * of places (by GeoNames id, since place ids are per release), with every trip on it.
 */
import type { Lang } from '../model/lang';
import { placeName, whoName, type ReleaseIndex } from '../model/view';
import type { LatLon } from '../map/geometry';

export interface Trip {
  releaseId: string;
  journeyId: string;
  date: string;
  who: Record<Lang, string>;
  mode: 'travel' | 'remote';
}

export type RoutePlace = LatLon & { id: string; name: Record<Lang, string> };

export interface Route {
  key: string;
  from: RoutePlace;
  to: RoutePlace;
  trips: Trip[];
}

const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ sv: f('sv'), en: f('en') });

export function aggregateRoutes(indexes: ReleaseIndex[], date: string | null = null): Route[] {
  const routes = new Map<string, Route>();
  for (const index of indexes) {
    for (const j of index.journeys) {
      if (date && j.date !== date) continue;
      const key = `${j.from.geocoded.geonameId}>${j.to.geocoded.geonameId}`;
      let route = routes.get(key);
      if (!route) {
        route = {
          key,
          from: {
            id: `g${j.from.geocoded.geonameId}`,
            lat: j.from.geocoded.lat,
            lon: j.from.geocoded.lon,
            name: both((l) => placeName(j.from, l)),
          },
          to: {
            id: `g${j.to.geocoded.geonameId}`,
            lat: j.to.geocoded.lat,
            lon: j.to.geocoded.lon,
            name: both((l) => placeName(j.to, l)),
          },
          trips: [],
        };
        routes.set(key, route);
      }
      route.trips.push({
        releaseId: index.release.id,
        journeyId: j.journey.id,
        date: j.date,
        who: both((l) => whoName(index, j.journey.who, l)),
        mode: j.journey.mode,
      });
    }
  }
  // Busiest routes first; ties by name, so the list is stable.
  return [...routes.values()].sort(
    (a, b) => b.trips.length - a.trips.length || a.key.localeCompare(b.key),
  );
}

/** Every date with journeys, oldest first, with how many journeys fall on it. */
export function timeline(indexes: ReleaseIndex[]): Array<{ date: string; count: number }> {
  const counts = new Map<string, number>();
  for (const index of indexes) {
    for (const j of index.journeys) counts.set(j.date, (counts.get(j.date) ?? 0) + 1);
  }
  return [...counts]
    .map(([date, count]) => ({ date, count }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Line weight grows with the square root of trips, so one busy route does not drown the rest. */
export const routeWeight = (trips: number): number => 2 + 2.5 * Math.sqrt(trips - 1);

/** Every place on a route, once, with how many trips arrive and leave: the overview's markers. */
export function routePlaces(
  routes: Route[],
): Array<RoutePlace & { arrivals: number; departures: number }> {
  const places = new Map<string, RoutePlace & { arrivals: number; departures: number }>();
  for (const r of routes) {
    for (const [end, place] of [
      ['departures', r.from],
      ['arrivals', r.to],
    ] as const) {
      const seen = places.get(place.id) ?? { ...place, arrivals: 0, departures: 0 };
      seen[end] += r.trips.length;
      places.set(place.id, seen);
    }
  }
  return [...places.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
