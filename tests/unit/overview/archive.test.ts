import { describe, expect, it } from 'vitest';
import { readReleaseFolders } from '../../../scripts/lib/release-folders.ts';
import { loadRelease } from '../../../src/model/release.ts';
import { indexRelease, type ReleaseIndex } from '../../../src/model/view.ts';
import {
  indexArchive,
  routesOf,
  selectTrips,
  timelineOf,
  type OverviewFilters,
} from '../../../src/overview/archive.ts';

const indexes: ReleaseIndex[] = readReleaseFolders('tests/fixtures/corpus').map((folder) => {
  const result = loadRelease(folder.files);
  if (!result.ok) throw new Error(`fixture ${folder.dir} does not load`);
  return indexRelease(result.release);
});
const archive = indexArchive(indexes);

const NONE: OverviewFilters = { actor: null, place: null, from: null, to: null };
const STOCKHOLM = '2673730';
const journeys = (filters: Partial<OverviewFilters>) =>
  selectTrips(archive, { ...NONE, ...filters }).map((t) => t.journeyId);
const releasesOf = (filters: Partial<OverviewFilters>) => [
  ...new Set(selectTrips(archive, { ...NONE, ...filters }).map((t) => t.releaseId)),
];

describe('indexArchive', () => {
  it('holds every journey of every release once, in release order, with its route', () => {
    const all = indexes.flatMap((i) => i.journeys.map((j) => `${i.release.id}/${j.journey.id}`));
    expect(archive.trips.map((t) => `${t.releaseId}/${t.journeyId}`)).toEqual(all);
    for (const trip of archive.trips) expect(archive.routes.has(trip.route)).toBe(true);
  });

  it('keys routes by GeoNames ids, so one pair of places is one route across releases', () => {
    const keys = new Set(archive.trips.map((t) => t.route));
    expect(archive.routes.size).toBe(keys.size);
    for (const [key, route] of archive.routes) {
      expect(key).toBe(`${route.from.id.slice(1)}>${route.to.id.slice(1)}`);
    }
  });

  it('indexes the trips at each place, from either end', () => {
    const at = (archive.byPlace.get(STOCKHOLM) ?? []).map((i) => archive.trips[i]?.route);
    expect(at.length).toBeGreaterThan(0);
    for (const route of at) expect(route?.split('>')).toContain(STOCKHOLM);
  });
});

describe('selectTrips', () => {
  it('lets everything through without filters', () => {
    expect(selectTrips(archive, NONE)).toEqual(archive.trips);
  });

  it('an actor id is matched across releases, a country takes in everyone from it', () => {
    expect(journeys({ actor: 'swedish-pm' })).toEqual([]);
    expect(journeys({ actor: 'defence-minister' })).toEqual(['to-vilnius', 'on-to-riga']);
    expect(journeys({ actor: 'country:ee' })).toEqual(['estonia-to-stockholm']);
    expect(journeys({ actor: 'country:se' })).toEqual([
      'to-berlin',
      'home-from-berlin',
      'to-vilnius',
      'on-to-riga',
      'to-poland',
    ]);
  });

  it('a place is a GeoNames id, matched at either end of a journey', () => {
    // The calls-in end at Stockholm, where the video meeting is held.
    expect(journeys({ place: STOCKHOLM })).toEqual([
      'to-berlin',
      'home-from-berlin',
      'finland-calls-in',
      'norway-calls-in',
      'estonia-to-stockholm',
      'to-vilnius',
      'to-poland',
    ]);
    expect(journeys({ place: '456172' })).toEqual(['on-to-riga']);
    expect(journeys({ place: '1' })).toEqual([]);
  });

  it('a range of months keeps the releases visited in it, ends included', () => {
    expect(releasesOf({ from: '2026-03', to: '2026-04' })).toEqual([
      '2026-03-05-nordic-video',
      '2026-04-20-baltic-tour',
    ]);
    expect(releasesOf({ to: '2026-02' })).toEqual(['2026-02-10-berlin-visit']);
  });

  it('filters combine with AND', () => {
    expect(journeys({ actor: 'country:se', place: STOCKHOLM, from: '2026-04' })).toEqual([
      'to-vilnius',
      'to-poland',
    ]);
  });
});

describe('routesOf and timelineOf', () => {
  it('groups the trips by route, busiest first, and counts every trip once', () => {
    const trips = selectTrips(archive, NONE);
    const routes = routesOf(archive, trips);
    expect(routes.reduce((n, r) => n + r.trips.length, 0)).toBe(trips.length);
    for (let i = 1; i < routes.length; i++)
      expect(routes[i - 1]?.trips.length).toBeGreaterThanOrEqual(routes[i]?.trips.length ?? 0);
    for (const route of routes) for (const t of route.trips) expect(t.route).toBe(route.key);
  });

  it('the routes of a selection are those of its trips, with only those trips', () => {
    const trips = selectTrips(archive, { ...NONE, actor: 'defence-minister' });
    const routes = routesOf(archive, trips);
    expect(routes.flatMap((r) => r.trips.map((t) => t.journeyId)).sort()).toEqual([
      'on-to-riga',
      'to-vilnius',
    ]);
    expect(routesOf(archive, [])).toEqual([]);
  });

  it('lists each date once, oldest first, with its number of trips', () => {
    const dates = timelineOf(archive.trips);
    expect(dates.map((d) => d.date)).toEqual([...dates.map((d) => d.date)].sort());
    expect(new Set(dates.map((d) => d.date)).size).toBe(dates.length);
    expect(dates.reduce((n, d) => n + d.count, 0)).toBe(archive.trips.length);
  });
});

describe('selectTrips without filters', () => {
  it('gives the archive’s own list of trips, so what is derived from it can be remembered', () => {
    expect(selectTrips(archive, NONE)).toBe(archive.trips);
    expect(selectTrips(archive, { ...NONE, from: '2026-01' })).not.toBe(archive.trips);
  });
});
