import { describe, expect, it } from 'vitest';
import { readReleaseFolders } from '../../../scripts/lib/release-folders.ts';
import { loadRelease } from '../../../src/model/release.ts';
import { indexRelease, type ReleaseIndex } from '../../../src/model/view.ts';
import { indexArchive, routesOf, selectTrips } from '../../../src/overview/archive.ts';
import {
  matchingPerMonth,
  overviewActorOptions,
  overviewPlaceOptions,
  releasesPerMonth,
  resolveOverview,
} from '../../../src/overview/filters.ts';
import { summariseRoutes } from '../../../src/overview/summary.ts';

const indexes: ReleaseIndex[] = readReleaseFolders('tests/fixtures/corpus').map((folder) => {
  const result = loadRelease(folder.files);
  if (!result.ok) throw new Error(`fixture ${folder.dir} does not load`);
  return indexRelease(result.release);
});

const STOCKHOLM = '2673730';

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

describe('matchingPerMonth', () => {
  it('counts, for each month, the releases of that visit month that the filters keep', () => {
    const releases = [
      { id: 'a', visitDate: '2026-02-10' },
      { id: 'b', visitDate: '2026-02-20' },
      { id: 'c', visitDate: '2026-04-01' },
      { id: 'd', visitDate: '' },
    ];
    const months = ['2026-02', '2026-03', '2026-04'];
    expect(matchingPerMonth(months, releases, new Set(['b', 'c', 'd']))).toEqual([1, 0, 1]);
    expect(matchingPerMonth(months, releases, new Set())).toEqual([0, 0, 0]);
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
    const archive = indexArchive(indexes);
    const summary = summariseRoutes(
      routesOf(
        archive,
        selectTrips(archive, { actor: 'country:se', place: null, from: null, to: null }),
      ),
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

describe('resolveOverview', () => {
  const known = {
    actors: overviewActorOptions(indexes, 'en'),
    places: overviewPlaceOptions(indexes, 'en'),
    months: releasesPerMonth(indexes.map((i) => i.release.meta.visitDate)).map((m) => m.month),
  };
  const none = { actor: null, place: null, from: null, to: null };

  it('keeps what the archive has', () => {
    const state = {
      actor: 'country:ee',
      place: STOCKHOLM,
      from: known.months[0] ?? null,
      to: null,
    };
    expect(resolveOverview(state, known)).toEqual({ filters: state, notices: [] });
  });

  it('drops an actor or place no release has, and says which', () => {
    const { filters, notices } = resolveOverview(
      { ...none, actor: 'bogus', place: 'nonsense' },
      known,
    );
    expect(filters).toEqual(none);
    expect(notices).toEqual([
      { kind: 'unknownActor', value: 'bogus' },
      { kind: 'unknownPlace', value: 'nonsense' },
    ]);
  });

  it('drops a date range with no month of the archive in it', () => {
    const after = resolveOverview({ ...none, from: '2099-01' }, known);
    expect(after.filters).toEqual(none);
    expect(after.notices).toEqual([{ kind: 'unknownRange', value: '2099-01–' }]);
    const before = resolveOverview({ ...none, from: '1990-01', to: '1990-12' }, known);
    expect(before.filters).toEqual(none);
    // A range that overlaps the archive is kept, even beyond its ends.
    const around = { ...none, from: '1990-01', to: '2099-12' };
    expect(resolveOverview(around, known).filters).toEqual(around);
  });
});
