/**
 * The overview's indexes, made once when the releases have loaded, so that a filter change
 * only selects and counts: every journey of every release as a flat trip with its route (by
 * GeoNames ids, since place ids are per release) and the month of its release's visit; the
 * routes with their ends; trips by place. Pure, and unit-tested.
 */
import type { Lang } from '../model/lang.ts';
import { placeName, whoName, type ReleaseIndex } from '../model/view.ts';
import { countryFilter, whoMatcher } from '../state/filters.ts';
import type { ViewState } from '../state/url.ts';
import type { Route, RoutePlace, Trip } from './routes.ts';

export type OverviewFilters = Pick<ViewState, 'actor' | 'place' | 'from' | 'to'>;

export interface ArchiveTrip extends Trip {
  /** The route's key, `from>to` by GeoNames id. */
  route: string;
  /** The journey's `who` (an actor or delegation id of its release). */
  whoId: string;
  /**
   * Every actor filter the journey falls under (see whoMatcher): its `who`, the delegations
   * that hold it, its members, and their countries. Shared by the journeys of one `who` in a
   * release; found once, so the releases themselves need not be kept.
   */
  actors: readonly string[];
}

/** A route without its trips: what the map draws a layer for, once. */
export type RouteEnds = Pick<Route, 'key' | 'from' | 'to'>;

interface ReleaseSpan {
  id: string;
  /** Month of the visit, `2026-01`: the date range selects releases by it. */
  month: string;
  /** This release's trips are `trips[start]` up to `trips[end - 1]`. */
  start: number;
  end: number;
}

export interface Archive {
  releases: ReleaseSpan[];
  trips: ArchiveTrip[];
  /** Every route of the archive, by key. */
  routes: Map<string, RouteEnds>;
  /** Positions in `trips` of the trips from or to a place, by GeoNames id. */
  byPlace: Map<string, number[]>;
}

const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ sv: f('sv'), en: f('en') });

export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

export const inRange = (month: string, { from, to }: Pick<ViewState, 'from' | 'to'>): boolean =>
  (!from || month >= from) && (!to || month <= to);

/**
 * The actor filters a `who` of this release falls under, as whoMatcher decides: the filters
 * that could match are the ids and countries of the release's actors and delegations.
 */
function actorFiltersOf(index: ReleaseIndex): (who: string) => readonly string[] {
  const candidates = new Set<string>();
  for (const a of index.release.actors) {
    candidates.add(a.id);
    if (a.affiliation && 'country' in a.affiliation)
      candidates.add(countryFilter(a.affiliation.country));
  }
  for (const d of index.release.delegations) candidates.add(d.id);
  const matchers = [...candidates].map((filter) => [filter, whoMatcher(index, filter)] as const);
  const known = new Map<string, readonly string[]>();
  return (who) => {
    let found = known.get(who);
    if (!found) {
      found = matchers.filter(([, matches]) => matches(who)).map(([filter]) => filter);
      known.set(who, found);
    }
    return found;
  };
}

export function indexArchive(indexes: ReleaseIndex[]): Archive {
  const releases: ReleaseSpan[] = [];
  const trips: ArchiveTrip[] = [];
  const routes = new Map<string, RouteEnds>();
  const byPlace = new Map<string, number[]>();
  const end = (p: ReleaseIndex['journeys'][number]['from']): RoutePlace => ({
    id: `g${p.geocoded.geonameId}`,
    lat: p.geocoded.lat,
    lon: p.geocoded.lon,
    name: both((l) => placeName(p, l)),
  });
  for (const index of indexes) {
    const start = trips.length;
    const actors = actorFiltersOf(index);
    for (const j of index.journeys) {
      const [from, to] = [String(j.from.geocoded.geonameId), String(j.to.geocoded.geonameId)];
      const key = `${from}>${to}`;
      if (!routes.has(key)) routes.set(key, { key, from: end(j.from), to: end(j.to) });
      for (const place of from === to ? [from] : [from, to]) {
        const list = byPlace.get(place) ?? [];
        list.push(trips.length);
        byPlace.set(place, list);
      }
      trips.push({
        route: key,
        whoId: j.journey.who,
        actors: actors(j.journey.who),
        releaseId: index.release.id,
        journeyId: j.journey.id,
        date: j.date,
        who: both((l) => whoName(index, j.journey.who, l)),
        mode: j.journey.mode,
      });
    }
    releases.push({
      id: index.release.id,
      month: monthOf(index.release.meta.visitDate),
      start,
      end: trips.length,
    });
  }
  return { releases, trips, routes, byPlace };
}

/**
 * The trips the filters let through, in release order: releases visited in the date range,
 * journeys of the actor (by id across releases, a delegation, or everyone from a country) and
 * from or to the place. They combine with AND. Without filters, `archive.trips` itself.
 */
export function selectTrips(archive: Archive, filters: OverviewFilters): ArchiveTrip[] {
  // No filter: every trip, the same list each time, so what is derived from it is remembered.
  if (!filters.actor && !filters.place && !filters.from && !filters.to) return archive.trips;
  const atPlace = filters.place === null ? null : new Set(archive.byPlace.get(filters.place) ?? []);
  const out: ArchiveTrip[] = [];
  for (const span of archive.releases) {
    if (!inRange(span.month, filters)) continue;
    for (let i = span.start; i < span.end; i++) {
      const trip = archive.trips[i];
      if (!trip) continue;
      if (atPlace && !atPlace.has(i)) continue;
      if (filters.actor && !trip.actors.includes(filters.actor)) continue;
      out.push(trip);
    }
  }
  return out;
}

/** The trips by route, busiest route first (ties by key, so the order is stable). */
export type ArchiveRoute = Route & { trips: ArchiveTrip[] };

export function routesOf(archive: Archive, trips: ArchiveTrip[]): ArchiveRoute[] {
  const routes = new Map<string, ArchiveRoute>();
  for (const trip of trips) {
    let route = routes.get(trip.route);
    if (!route) {
      const ends = archive.routes.get(trip.route);
      if (!ends) continue;
      route = { ...ends, trips: [] };
      routes.set(trip.route, route);
    }
    route.trips.push(trip);
  }
  return [...routes.values()].sort(
    (a, b) => b.trips.length - a.trips.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Every date with trips, oldest first, with how many trips fall on it. */
export function timelineOf(trips: Trip[]): Array<{ date: string; count: number }> {
  const counts = new Map<string, number>();
  for (const trip of trips) counts.set(trip.date, (counts.get(trip.date) ?? 0) + 1);
  return [...counts]
    .map(([date, count]) => ({ date, count }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
