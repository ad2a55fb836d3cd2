/**
 * Journeys of many releases, aggregated by route as flow maps do: one line per directed pair
 * of places (by GeoNames id, since place ids are per release), with every trip on it.
 */
import type { Lang } from '../model/lang.ts';
import type { LatLon } from '../map/geometry.ts';

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

/** Line weight grows with the square root of trips, so one busy route does not drown the rest. */
/** The id of a route's entry in the list beside the map. */
export const routeAnchor = (key: string) => `route-${key.replace(/[^a-z0-9]/gi, '-')}`;

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
