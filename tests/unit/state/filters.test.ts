import { describe, expect, it } from 'vitest';
import {
  actorFilterExists,
  actorOptions,
  placeOptions,
  whoMatcher,
} from '../../../src/state/filters.ts';
import { paragraphsInFocus, visibleItems } from '../../../src/state/selection.ts';
import { indexFirstRelease } from '../support/real-release.ts';

const index = indexFirstRelease();
const KYIV = 'kyiv-advisers-2026-01-03';
const PARIS_LEADERS = 'paris-leaders-2026-01-06';

const meetingsOf = (actor: string) =>
  visibleItems(index, { meeting: null, external: true, actor }).meetings.length;
const journeysOf = (filters: { meeting?: string; actor?: string; place?: string }) =>
  visibleItems(index, { meeting: null, external: true, ...filters }).journeys.map(
    (j) => j.journey.id,
  );

describe('whoMatcher', () => {
  it('takes in a delegation’s members and the delegations an actor belongs to', () => {
    const group = whoMatcher(index, 'adviser-group');
    expect(group('adviser-de')).toBe(true);
    expect(group('witkoff')).toBe(false);
    expect(whoMatcher(index, 'adviser-de')('adviser-group')).toBe(true);
  });

  it('takes in everyone from a country, and delegations with a member from it', () => {
    const sweden = whoMatcher(index, 'country:se');
    expect(['kvarnstrom', 'swedish-pm', 'adviser-group'].map(sweden)).toEqual([true, true, true]);
    expect(sweden('adviser-de')).toBe(false);
  });
});

describe('visibleItems with actor and place filters', () => {
  it('an actor filter narrows journeys, meetings and places to that actor', () => {
    const visible = visibleItems(index, { meeting: null, external: true, actor: 'swedish-pm' });
    expect(visible.journeys.map((j) => j.journey.id)).toEqual(['swedish-pm-to-paris']);
    expect(visible.meetings.map((m) => m.id)).toEqual([PARIS_LEADERS]);
    expect(visible.places.map((p) => p.id).sort()).toEqual(['paris', 'stockholm']);
  });

  it('a country filter keeps every journey from that country', () => {
    expect(journeysOf({ actor: 'country:se' })).toEqual([
      'kvarnstrom-to-kyiv',
      'swedish-pm-to-paris',
    ]);
  });

  it('a place filter keeps journeys from or to the place, and meetings there', () => {
    expect(journeysOf({ place: 'brussels' })).toEqual(['nato-to-kyiv', 'eu-to-kyiv']);
    expect(journeysOf({ place: 'stockholm' })).toEqual([
      'kvarnstrom-to-kyiv',
      'swedish-pm-to-paris',
    ]);
    const paris = visibleItems(index, { meeting: null, external: true, place: 'paris' });
    // The French adviser leaves from Paris for Kyiv, so Kyiv's meeting is in view too.
    expect(paris.meetings.map((m) => m.id).sort()).toEqual([
      KYIV,
      'paris-advisers-2026-01-06',
      PARIS_LEADERS,
    ]);
  });

  it('filters combine with AND', () => {
    expect(journeysOf({ actor: 'country:se', place: 'paris' })).toEqual(['swedish-pm-to-paris']);
    expect(journeysOf({ actor: 'country:se', meeting: KYIV })).toEqual(['kvarnstrom-to-kyiv']);
    expect(journeysOf({ actor: 'swedish-pm', meeting: KYIV })).toEqual([]);
    expect(journeysOf({ actor: 'country:de', place: 'stockholm' })).toEqual([]);
  });
});

describe('what the filters offer', () => {
  it('actors, delegations and countries, in the interface language', () => {
    const options = actorOptions(index, 'en');
    expect(options.delegations.map((o) => o.value)).toEqual(['adviser-group']);
    expect(options.countries.find((o) => o.value === 'country:ua')?.label).toBe('Ukraine');
    expect(actorOptions(index, 'sv').countries.find((o) => o.value === 'country:ua')?.label).toBe(
      'Ukraina',
    );
    expect(options.actors.map((o) => o.value)).toContain('witkoff');
  });

  it('only what leaves something on the map: not Ukraine, which invites but neither travels nor meets', () => {
    const options = actorOptions(index, 'en');
    expect(index.actors.has('ukraine')).toBe(true);
    expect(options.actors.map((o) => o.value)).not.toContain('ukraine');
    expect(actorFilterExists(index, 'ukraine')).toBe(false);
    // Offered exactly when the filter leaves something on the map, as visibleItems decides.
    const offered = new Set(
      [...options.actors, ...options.delegations, ...options.countries].map((o) => o.value),
    );
    const candidates = [
      ...index.release.actors.map((a) => a.id),
      ...index.release.delegations.map((d) => d.id),
      'country:se',
      'country:ua',
      'country:us',
      'country:jp',
    ];
    for (const value of candidates) {
      const narrows = journeysOf({ actor: value }).length + meetingsOf(value) > 0;
      expect(offered.has(value), value).toBe(narrows);
    }
  });

  it('every place, by name', () => {
    const names = placeOptions(index, 'en').map((o) => o.label);
    expect(names).toContain('Kyiv');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('knows which filter values the release has', () => {
    expect(actorFilterExists(index, 'country:ua')).toBe(true);
    expect(actorFilterExists(index, 'country:jp')).toBe(false);
    expect(actorFilterExists(index, 'adviser-group')).toBe(true);
    expect(actorFilterExists(index, 'nobody')).toBe(false);
  });
});

describe('paragraphsInFocus', () => {
  it('is null with no filter, and the meeting’s paragraphs with only a meeting', () => {
    const visible = visibleItems(index, { meeting: null, external: true });
    expect(
      paragraphsInFocus(index, { meeting: null, actor: null, place: null }, visible),
    ).toBeNull();
  });

  it('an actor filter keeps the paragraphs that state its journeys', () => {
    const state = { meeting: null, actor: 'swedish-pm', place: null };
    const visible = visibleItems(index, { ...state, external: true });
    const focus = paragraphsInFocus(index, state, visible);
    const cited = visible.journeys
      .flatMap((j) => j.journey.provenance.sentences ?? [])
      .map((ref) => Number(/^p(\d+)/.exec(ref)?.[1]));
    expect(cited.length).toBeGreaterThan(0);
    for (const p of cited) expect(focus?.has(p)).toBe(true);
    expect(focus?.size).toBeLessThan(index.release.text.sv.paragraphs.length);
  });
});
