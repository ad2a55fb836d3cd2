import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../../src/i18n/format.ts';
import { atPlace, clusterClass, placeClasses, symbolsInView } from '../../../src/map/symbols.ts';
import { DEFAULT_STATE } from '../../../src/state/url.ts';
import { visibleItems } from '../../../src/state/selection.ts';
import { indexFirstRelease } from '../support/real-release.ts';

describe('symbols in view', () => {
  const index = indexFirstRelease();
  const view = (meeting: string | null) => visibleItems(index, { ...DEFAULT_STATE, meeting });

  it('names the hollow ring of an inferred place of departure, and held and planned meetings', () => {
    expect(symbolsInView(view(null))).toEqual(
      expect.arrayContaining(['held', 'planned', 'inferred', 'travel', 'remote', 'external']),
    );
    expect(placeClasses(view(null), 'stockholm')).toContain('inferred');
  });

  it('shows only what one meeting uses', () => {
    const kyiv = symbolsInView(view('kyiv-advisers-2026-01-03'));
    expect(kyiv).toContain('held');
    expect(kyiv).not.toContain('planned');
  });
});

describe('atPlace', () => {
  const index = indexFirstRelease();
  const view = (meeting: string | null) => visibleItems(index, { ...DEFAULT_STATE, meeting });

  it('finds for every place what a scan of the view finds: meetings, departures, journeys', () => {
    for (const meeting of [null, 'kyiv-advisers-2026-01-03', 'paris-leaders-2026-01-06']) {
      const visible = view(meeting);
      for (const place of index.release.places) {
        const found = atPlace(visible, place.id);
        expect(found.meetings).toEqual(visible.meetings.filter((m) => m.place === place.id));
        expect(found.departures).toEqual(visible.journeys.filter((j) => j.from.id === place.id));
        expect(found.journeys).toBe(
          visible.journeys.filter((j) => j.from.id === place.id || j.to.id === place.id).length,
        );
      }
    }
  });

  it('counts Kyiv’s arrivals in the default view', () => {
    expect(atPlace(view(null), 'kyiv').journeys).toBeGreaterThanOrEqual(16);
  });
});

describe('formatDistance', () => {
  it('writes distances the interface language’s way, rounded', () => {
    expect(formatDistance(7843, 'en')).toBe('7,800 km');
    expect(formatDistance(7843, 'sv')).toBe('7\u00a0800 km');
    expect(formatDistance(432, 'en')).toBe('430 km');
  });
});

describe('cluster symbol', () => {
  const look = (...classes: string[]) => ({ classes });

  it('shows a held meeting it holds as the filled meeting dot', () => {
    expect(
      clusterClass([look('origin'), look('meeting', 'held'), look('meeting', 'planned')]),
    ).toBe('place--cluster-held');
  });

  it('shows a planned meeting it holds as the dashed ring, never as a held one', () => {
    expect(clusterClass([look('meeting', 'planned'), look('origin', 'inferred')])).toBe(
      'place--cluster-planned',
    );
  });

  it('shows places without a meeting as a plain cluster', () => {
    expect(clusterClass([look('origin'), undefined, look('origin', 'inferred')])).toBe(
      'place--cluster-places',
    );
  });
});
