/**
 * What the overview's summary counts, from the routes in view: releases, journeys, places,
 * and the busiest routes and destinations. Pure, so the numbers are tested directly.
 */
import type { Lang } from '../model/lang.ts';
import type { Route } from './routes.ts';

export interface Destination {
  /** GeoNames id, as the place filter takes it. */
  place: string;
  name: Record<Lang, string>;
  trips: number;
}

export interface OverviewSummary {
  /** Ids of the releases with a journey in view. */
  releases: Set<string>;
  journeys: number;
  /** Every place a journey in view starts or ends at: GeoNames id → name. */
  places: Map<string, Record<Lang, string>>;
  topRoutes: Route[];
  topDestinations: Destination[];
}

export const TOP = 5;

export function summariseRoutes(routes: Route[]): OverviewSummary {
  const releases = new Set<string>();
  const places = new Map<string, Record<Lang, string>>();
  const destinations = new Map<string, Destination>();
  let journeys = 0;
  for (const route of routes) {
    const [from = '', to = ''] = route.key.split('>');
    places.set(from, route.from.name);
    places.set(to, route.to.name);
    journeys += route.trips.length;
    for (const trip of route.trips) releases.add(trip.releaseId);
    const destination = destinations.get(to) ?? { place: to, name: route.to.name, trips: 0 };
    destination.trips += route.trips.length;
    destinations.set(to, destination);
  }
  return {
    releases,
    journeys,
    places,
    // Routes arrive busiest first (aggregateRoutes sorts them).
    topRoutes: routes.slice(0, TOP),
    topDestinations: [...destinations.values()]
      .sort((a, b) => b.trips - a.trips || a.name.en.localeCompare(b.name.en))
      .slice(0, TOP),
  };
}
