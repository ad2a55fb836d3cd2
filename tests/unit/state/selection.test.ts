import { describe, expect, it } from 'vitest';
import {
  dropHidden,
  exists,
  isShown,
  keyOf,
  paragraphsOfMeeting,
  relatedKeys,
  visibleItems,
} from '../../../src/state/selection.ts';
import { indexFirstRelease } from '../support/real-release.ts';
import { DEFAULT_STATE, type Selection, type ViewState } from '../../../src/state/url.ts';

const index = indexFirstRelease();
const { release } = index;

const KYIV = 'kyiv-advisers-2026-01-03';
const PARIS_LEADERS = 'paris-leaders-2026-01-06';
const PARIS_ADVISERS = 'paris-advisers-2026-01-06';

/** The fourteen countries besides Sweden whose advisers only Interfax-Ukraine names. */
const OTHER_COUNTRIES = [
  'de',
  'gb',
  'fr',
  'it',
  'es',
  'lv',
  'ee',
  'lt',
  'pl',
  'fi',
  'ca',
  'nl',
  'no',
  'dk',
];
/** Their capitals; Paris is also where two meetings are held. */
const OTHER_CAPITALS = [
  'berlin',
  'london',
  'paris',
  'rome',
  'madrid',
  'riga',
  'tallinn',
  'vilnius',
  'warsaw',
  'helsinki',
  'ottawa',
  'the-hague',
  'oslo',
  'copenhagen',
];

const ids = <T extends { id: string }>(items: T[]) => items.map((item) => item.id).sort();
const journeyIds = (v: { journeys: { journey: { id: string } }[] }) =>
  v.journeys.map((j) => j.journey.id).sort();

describe('visibleItems', () => {
  it('shows every meeting, journey and place of the release when nothing is filtered', () => {
    const visible = visibleItems(index, { meeting: null, external: true });
    expect(ids(visible.meetings)).toEqual(ids(release.meetings));
    expect(visible.journeys).toHaveLength(release.journeys.length);
    expect(journeyIds(visible)).toEqual(ids(release.journeys));
    // Every place of this release is a venue or a place of departure.
    expect(ids(visible.places)).toEqual(ids(release.places));
  });

  it('narrows to the Kyiv meeting: only journeys to it, and their places', () => {
    const visible = visibleItems(index, { meeting: KYIV, external: true });
    expect(ids(visible.meetings)).toEqual([KYIV]);
    expect(visible.journeys.length).toBeGreaterThan(0);
    for (const j of visible.journeys) {
      expect(j.journey.to).toBe(KYIV);
      expect(j.to.id).toBe('kyiv');
    }
    expect(journeyIds(visible)).toEqual(
      release.journeys
        .filter((j) => j.to === KYIV)
        .map((j) => j.id)
        .sort(),
    );
    expect(journeyIds(visible)).not.toContain('swedish-pm-to-paris');
    const places = ids(visible.places);
    expect(places).toContain('kyiv');
    expect(places).toContain('washington'); // Witkoff called in from there
    // The Swedish PM's departure for Paris is not part of it; Paris is, as the French adviser's origin.
    expect(places).toContain('paris');
  });

  it("narrows to the Paris leaders' meeting: the Swedish PM's journey from Stockholm", () => {
    const visible = visibleItems(index, { meeting: PARIS_LEADERS, external: true });
    expect(ids(visible.meetings)).toEqual([PARIS_LEADERS]);
    expect(visible.journeys).toHaveLength(1);
    const [journey] = visible.journeys;
    expect(journey?.journey.id).toBe('swedish-pm-to-paris');
    expect(journey?.journey.who).toBe('swedish-pm');
    expect(journey?.from.id).toBe('stockholm');
    expect(journey?.to.id).toBe('paris');
    expect(ids(visible.places)).toEqual(['paris', 'stockholm']);
  });

  it('shows a meeting without journeys with its venue only', () => {
    const visible = visibleItems(index, { meeting: PARIS_ADVISERS, external: true });
    expect(visible.journeys).toEqual([]);
    expect(ids(visible.places)).toEqual(['paris']);
  });

  it("hides the journeys from other sources — the 14 other countries' advisers — and their origins", () => {
    const all = visibleItems(index, { meeting: null, external: true });
    const visible = visibleItems(index, { meeting: null, external: false });

    const hidden = all.journeys.filter((j) => !visible.journeys.includes(j));
    expect(hidden.map((j) => j.journey.who).sort()).toEqual(
      OTHER_COUNTRIES.map((c) => `adviser-${c}`).sort(),
    );
    for (const j of hidden) expect(j.journey.provenance.source).toBeDefined();
    for (const j of visible.journeys) expect(j.journey.provenance.source).toBeUndefined();
    // What the release itself states stays: Kvarnström, NATO, the EU, Witkoff, the PM.
    expect(journeyIds(visible)).toEqual(
      [
        'eu-to-kyiv',
        'kvarnstrom-to-kyiv',
        'nato-to-kyiv',
        'swedish-pm-to-paris',
        'witkoff-calls-kyiv',
      ].sort(),
    );

    const places = ids(visible.places);
    for (const capital of OTHER_CAPITALS.filter((c) => c !== 'paris')) {
      expect(places).not.toContain(capital);
    }
    // Paris stays: it is where two meetings take place.
    expect(places).toContain('paris');
    expect(places).toEqual(['brussels', 'kyiv', 'paris', 'stockholm', 'washington']);
  });

  it('combines the meeting filter with hiding external facts', () => {
    const visible = visibleItems(index, { meeting: KYIV, external: false });
    expect(journeyIds(visible)).toEqual(
      ['eu-to-kyiv', 'kvarnstrom-to-kyiv', 'nato-to-kyiv', 'witkoff-calls-kyiv'].sort(),
    );
  });
});

describe('relatedKeys', () => {
  it('relates a journey to its traveller, both ends and its meeting, and nothing else', () => {
    expect([...relatedKeys(index, { kind: 'journey', id: 'nato-to-kyiv' })].sort()).toEqual(
      [
        'journey:nato-to-kyiv',
        'actor:nato',
        'place:brussels',
        'place:kyiv',
        `meeting:${KYIV}`,
      ].sort(),
    );
  });

  it('relates a place to the journeys that leave or reach it and the meetings held there', () => {
    const stockholm = relatedKeys(index, { kind: 'place', id: 'stockholm' });
    for (const key of [
      'place:stockholm',
      'journey:kvarnstrom-to-kyiv',
      'journey:swedish-pm-to-paris',
      'actor:kvarnstrom',
      'actor:swedish-pm',
      'place:kyiv',
      'place:paris',
      `meeting:${KYIV}`,
      `meeting:${PARIS_LEADERS}`,
    ]) {
      expect(stockholm).toContain(key);
    }
    expect(stockholm).not.toContain('journey:nato-to-kyiv');
    expect(stockholm).not.toContain(`meeting:${PARIS_ADVISERS}`);

    const paris = relatedKeys(index, { kind: 'place', id: 'paris' });
    expect(paris).toContain(`meeting:${PARIS_LEADERS}`);
    expect(paris).toContain(`meeting:${PARIS_ADVISERS}`);
    expect(paris).toContain('journey:adviser-fr-to-kyiv'); // leaves Paris
    expect(paris).toContain('journey:swedish-pm-to-paris'); // arrives in Paris
    expect(paris).not.toContain('journey:adviser-de-to-kyiv');
  });

  it('relates a meeting to its venue, participants (delegations as delegations) and journeys', () => {
    const kyiv = relatedKeys(index, { kind: 'meeting', id: KYIV });
    for (const key of [
      `meeting:${KYIV}`,
      'place:kyiv',
      'delegation:adviser-group',
      'actor:zelenskyy',
      'actor:umerov',
      'actor:witkoff',
      'place:washington',
      'journey:witkoff-calls-kyiv',
    ]) {
      expect(kyiv).toContain(key);
    }
    expect(kyiv).not.toContain('actor:adviser-group');
    const journeys = [...kyiv].filter((k) => k.startsWith('journey:')).sort();
    expect(journeys).toEqual(
      release.journeys
        .filter((j) => j.to === KYIV)
        .map((j) => `journey:${j.id}`)
        .sort(),
    );
    expect(kyiv).not.toContain(`meeting:${PARIS_LEADERS}`);

    const leaders = relatedKeys(index, { kind: 'meeting', id: PARIS_LEADERS });
    expect([...leaders].filter((k) => k.startsWith('journey:'))).toEqual([
      'journey:swedish-pm-to-paris',
    ]);
    expect(leaders).toContain('actor:swedish-pm');
    expect(leaders).toContain('place:stockholm');
    expect(leaders).not.toContain('place:kyiv');
  });

  it("relates a delegation member to their own journey, their delegation and its meeting, not to other members' journeys", () => {
    const de = relatedKeys(index, { kind: 'actor', id: 'adviser-de' });
    for (const key of [
      'actor:adviser-de',
      'journey:adviser-de-to-kyiv',
      'place:berlin',
      'place:kyiv',
      'delegation:adviser-group',
      `meeting:${KYIV}`,
    ]) {
      expect(de).toContain(key);
    }
    expect(de).not.toContain('journey:adviser-gb-to-kyiv');
    expect(de).not.toContain('place:london');
    expect(de).not.toContain(`meeting:${PARIS_LEADERS}`);

    // Kvarnström left from Stockholm, as did the PM; that does not relate him to the PM's trip.
    const kvarnstrom = relatedKeys(index, { kind: 'actor', id: 'kvarnstrom' });
    expect(kvarnstrom).toContain('journey:kvarnstrom-to-kyiv');
    expect(kvarnstrom).not.toContain('journey:swedish-pm-to-paris');
  });

  it("relates a delegation to every member's journey", () => {
    const group = relatedKeys(index, { kind: 'delegation', id: 'adviser-group' });
    const members = index.delegations.get('adviser-group')?.members ?? [];
    expect(members.length).toBeGreaterThan(0);
    const expected = release.journeys
      .filter((j) => members.includes(j.who))
      .map((j) => `journey:${j.id}`)
      .sort();
    expect([...group].filter((k) => k.startsWith('journey:')).sort()).toEqual(expected);
    expect(group).not.toContain('journey:witkoff-calls-kyiv');
    expect(group).toContain(`meeting:${KYIV}`);
  });

  it('always contains the selection itself', () => {
    for (const selection of [
      { kind: 'journey', id: 'eu-to-kyiv' },
      { kind: 'place', id: 'oslo' },
      { kind: 'meeting', id: PARIS_ADVISERS },
      { kind: 'actor', id: 'ukraine' },
    ] as const) {
      expect(relatedKeys(index, selection)).toContain(keyOf(selection));
    }
  });
});

describe('isShown', () => {
  const shownWith = (meeting: string | null, kind: Selection['kind'], id: string) =>
    isShown(index, visibleItems(index, { meeting, external: true }), { kind, id });

  it('shows everything the release has when nothing is filtered', () => {
    expect(shownWith(null, 'journey', 'kvarnstrom-to-kyiv')).toBe(true);
    expect(shownWith(null, 'actor', 'swedish-pm')).toBe(true);
    expect(shownWith(null, 'delegation', 'adviser-group')).toBe(true);
  });

  it("under the Paris leaders' meeting: its journey, venue and participants, not Kyiv's", () => {
    expect(shownWith(PARIS_LEADERS, 'journey', 'swedish-pm-to-paris')).toBe(true);
    expect(shownWith(PARIS_LEADERS, 'place', 'paris')).toBe(true);
    expect(shownWith(PARIS_LEADERS, 'meeting', PARIS_LEADERS)).toBe(true);
    expect(shownWith(PARIS_LEADERS, 'actor', 'swedish-pm')).toBe(true);
    expect(shownWith(PARIS_LEADERS, 'journey', 'kvarnstrom-to-kyiv')).toBe(false);
    expect(shownWith(PARIS_LEADERS, 'place', 'kyiv')).toBe(false);
    expect(shownWith(PARIS_LEADERS, 'meeting', KYIV)).toBe(false);
    expect(shownWith(PARIS_LEADERS, 'actor', 'zelenskyy')).toBe(false);
    expect(shownWith(PARIS_LEADERS, 'delegation', 'adviser-group')).toBe(false);
  });

  it('keeps an actor with neither journey nor meeting (Ukraine, the host): no filter hides it', () => {
    expect(shownWith(PARIS_LEADERS, 'actor', 'ukraine')).toBe(true);
  });
});

describe('dropHidden', () => {
  const stateWith = (meeting: string | null, selected: Selection | null): ViewState => ({
    ...DEFAULT_STATE,
    meeting,
    selected,
  });
  const drop = (state: ViewState) =>
    dropHidden(index, visibleItems(index, { meeting: state.meeting, external: true }), state);
  const kvarnstrom: Selection = { kind: 'journey', id: 'kvarnstrom-to-kyiv' };

  it('keeps a selection its filters show, and the state itself', () => {
    const state = stateWith(KYIV, kvarnstrom);
    expect(drop(state)).toEqual({ state, hidden: null });
    expect(drop(state).state).toBe(state);
  });

  it('drops one its filters leave out, keeping the filters, and says which', () => {
    expect(drop(stateWith(PARIS_LEADERS, kvarnstrom))).toEqual({
      state: stateWith(PARIS_LEADERS, null),
      hidden: kvarnstrom,
    });
  });
});

describe('exists', () => {
  it('finds each kind of item of the release', () => {
    expect(exists(index, { kind: 'place', id: 'the-hague' })).toBe(true);
    expect(exists(index, { kind: 'meeting', id: KYIV })).toBe(true);
    expect(exists(index, { kind: 'actor', id: 'witkoff' })).toBe(true);
    expect(exists(index, { kind: 'delegation', id: 'adviser-group' })).toBe(true);
    expect(exists(index, { kind: 'journey', id: 'witkoff-calls-kyiv' })).toBe(true);
  });

  it('is false for unknown ids, and for a known id under the wrong kind', () => {
    expect(exists(index, { kind: 'place', id: 'atlantis' })).toBe(false);
    expect(exists(index, { kind: 'journey', id: 'nobody-to-nowhere' })).toBe(false);
    expect(exists(index, { kind: 'meeting', id: 'kyiv' })).toBe(false);
    expect(exists(index, { kind: 'place', id: KYIV })).toBe(false);
    expect(exists(index, { kind: 'actor', id: 'adviser-group' })).toBe(false);
    expect(exists(index, { kind: 'delegation', id: 'nato' })).toBe(false);
    expect(exists(index, { kind: 'journey', id: 'kyiv' })).toBe(false);
  });
});

describe('paragraphsOfMeeting', () => {
  // Paragraphs of the release: 1 the visit, 2 its date, 3 the talks in Kyiv and the coming
  // leaders' meeting in Paris, 4 the advisers' network and both Paris meetings, 5 Kvarnström's
  // comment "after the meeting" in Kyiv, 6 the rest of his comment.
  it('finds the paragraphs about the Kyiv meeting, not the one only about Paris', () => {
    const paragraphs = paragraphsOfMeeting(index, KYIV);
    for (const p of [1, 2, 3, 5]) expect(paragraphs).toContain(p);
    expect(paragraphs).not.toContain(4);
  });

  it("finds the leaders' meeting where it is announced and where it is mentioned", () => {
    const paragraphs = paragraphsOfMeeting(index, PARIS_LEADERS);
    expect([...paragraphs].sort((a, b) => a - b)).toEqual([3, 4]);
  });

  it("finds the advisers' follow-up meeting in paragraph 4 only", () => {
    expect([...paragraphsOfMeeting(index, PARIS_ADVISERS)]).toEqual([4]);
  });

  it('only returns paragraphs that exist', () => {
    const count = release.text.sv.paragraphs.length;
    for (const meeting of release.meetings) {
      for (const p of paragraphsOfMeeting(index, meeting.id)) {
        expect(p).toBeGreaterThanOrEqual(1);
        expect(p).toBeLessThanOrEqual(count);
      }
    }
  });

  it('is empty for an unknown meeting', () => {
    expect(paragraphsOfMeeting(index, 'oslo-summit').size).toBe(0);
  });
});
