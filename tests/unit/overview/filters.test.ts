import { describe, expect, it } from 'vitest';
import { readReleaseFolders } from '../../../scripts/lib/release-folders';
import { loadRelease } from '../../../src/model/release';
import { indexRelease, type ReleaseIndex } from '../../../src/model/view';
import {
  narrow,
  overviewActorOptions,
  overviewPlaceOptions,
  releasesPerMonth,
  type OverviewFilters,
} from '../../../src/overview/filters';
import { aggregateRoutes } from '../../../src/overview/routes';
import { summariseRoutes } from '../../../src/overview/summary';

const indexes: ReleaseIndex[] = readReleaseFolders('tests/fixtures/corpus').map((folder) => {
  const result = loadRelease(folder.files);
  if (!result.ok) throw new Error(`fixture ${folder.dir} does not load`);
  return indexRelease(result.release);
});

const NONE: OverviewFilters = { actor: null, place: null, from: null, to: null };
const STOCKHOLM = '2673730';
const journeys = (filters: Partial<OverviewFilters>) =>
  narrow(indexes, { ...NONE, ...filters }).flatMap((i) => i.journeys.map((j) => j.journey.id));

describe('narrow', () => {
  it('lets everything through without filters', () => {
    expect(narrow(indexes, NONE)).toEqual(indexes);
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
  });

  it('a range of months keeps the releases visited in it, ends included', () => {
    expect(
      narrow(indexes, { ...NONE, from: '2026-03', to: '2026-04' }).map((i) => i.release.meta.id),
    ).toEqual(['2026-03-05-nordic-video', '2026-04-20-baltic-tour']);
    expect(narrow(indexes, { ...NONE, to: '2026-02' }).map((i) => i.release.meta.id)).toEqual([
      '2026-02-10-berlin-visit',
    ]);
  });

  it('filters combine with AND', () => {
    expect(journeys({ actor: 'country:se', place: STOCKHOLM, from: '2026-04' })).toEqual([
      'to-vilnius',
      'to-poland',
    ]);
  });
});

describe('releasesPerMonth', () => {
  it('counts every month from the first to the last, empty months included', () => {
    expect(releasesPerMonth(['2025-11-02', '2026-02-10', '2026-02-20', ''])).toEqual([
      { month: '2025-11', count: 1 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 2 },
    ]);
    expect(releasesPerMonth([])).toEqual([]);
  });
});

describe('options and summary', () => {
  it('offers actors, countries and places of every release', () => {
    const actors = overviewActorOptions(indexes, 'en');
    expect(actors.actors.map((a) => a.value)).toContain('estonian-pm');
    expect(actors.countries.map((c) => c.label)).toContain('Estonia');
    expect(overviewPlaceOptions(indexes, 'sv').find((p) => p.value === STOCKHOLM)?.label).toBe(
      'Stockholm',
    );
  });

  it('counts releases, journeys and places, and ranks routes and destinations', () => {
    const summary = summariseRoutes(
      aggregateRoutes(narrow(indexes, { ...NONE, actor: 'country:se' })),
    );
    expect(summary.releases.size).toBe(2);
    expect(summary.journeys).toBe(5);
    expect([...summary.places.values()].map((n) => n.en).sort()).toEqual([
      'Berlin',
      'Poland',
      'Riga',
      'Stockholm',
      'Vilnius',
    ]);
    expect(summary.topDestinations[0]?.trips).toBe(1);
    expect(summary.topRoutes.length).toBe(5);
  });
});
