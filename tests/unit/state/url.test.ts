import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseSelection,
  parseUrl,
  resolveState,
  serialiseUrl,
  type Selection,
  type ViewState,
} from '../../../src/state/url.ts';

const KYIV = 'kyiv-advisers-2026-01-03';

/** The state a URL asks for, relative to the defaults. */
const stateWith = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...patch });

describe('parseUrl', () => {
  it('opens the newest release in Swedish, one language, all meetings, nothing selected, external facts shown, not following the text', () => {
    for (const search of ['', '?']) {
      const { state, notices } = parseUrl(search);
      expect(state).toEqual({
        release: null,
        lang: 'sv',
        parallel: false,
        meeting: null,
        selected: null,
        external: true,
        actor: null,
        place: null,
        from: null,
        to: null,
        follow: false,
        date: null,
      });
      expect(notices).toEqual([]);
    }
  });

  it('reads lang=en', () => {
    expect(parseUrl('?lang=en')).toEqual({ state: stateWith({ lang: 'en' }), notices: [] });
  });

  it('falls back to Swedish for an unknown language and says which value it ignored', () => {
    for (const lang of ['de', 'english', 'xx']) {
      const { state, notices } = parseUrl(`?lang=${lang}`);
      expect(state).toEqual(DEFAULT_STATE);
      expect(notices).toEqual([{ kind: 'unknownLang', value: lang }]);
    }
  });

  it('reads view=parallel, and reports any other text view', () => {
    expect(parseUrl('?view=parallel')).toEqual({
      state: stateWith({ parallel: true }),
      notices: [],
    });
    expect(parseUrl('?view=sideways')).toEqual({
      state: DEFAULT_STATE,
      notices: [{ kind: 'unknownView', value: 'sideways' }],
    });
  });

  it('reads a meeting id written as a lowercase id', () => {
    expect(parseUrl(`?meeting=${KYIV}`).state.meeting).toBe(KYIV);
  });

  it('rejects meeting values that are not ids, with a notice', () => {
    for (const meeting of ['Kyiv', 'kyiv advisers', 'kyiv--advisers', '-kyiv', 'kyiv-', '../x']) {
      const { state, notices } = parseUrl(`?meeting=${encodeURIComponent(meeting)}`);
      expect(state.meeting).toBeNull();
      expect(notices).toEqual([{ kind: 'unknownMeeting', value: meeting }]);
    }
  });

  it('reads select=<kind>:<id> for every kind of item, as written in the README', () => {
    const kinds = ['place', 'journey', 'meeting', 'actor', 'delegation'] as const;
    for (const kind of kinds) {
      expect(parseUrl(`?select=${kind}:nato-to-kyiv`).state.selected).toEqual({
        kind,
        id: 'nato-to-kyiv',
      });
    }
    // URLSearchParams writes the colon as %3A; both forms must open the same view.
    expect(parseUrl('?select=journey%3Anato-to-kyiv').state.selected).toEqual({
      kind: 'journey',
      id: 'nato-to-kyiv',
    });
  });

  it('rejects malformed selections with a notice quoting the value', () => {
    for (const select of [
      'journey:',
      'journey',
      ':kyiv',
      'bogus:x',
      'place:kyiv:extra',
      'Place:kyiv',
    ]) {
      const { state, notices } = parseUrl(`?select=${encodeURIComponent(select)}`);
      expect(state.selected).toBeNull();
      expect(notices).toEqual([{ kind: 'unknownSelection', value: select }]);
    }
    expect(parseSelection('journey:')).toBeNull();
    expect(parseSelection('bogus:x')).toBeNull();
  });

  it('treats empty values as bad values: defaults, one notice each', () => {
    const { state, notices } = parseUrl('?lang=&view=&meeting=&select=');
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices.map((n) => n.kind).sort()).toEqual(
      ['unknownLang', 'unknownMeeting', 'unknownSelection', 'unknownView'].sort(),
    );
  });

  it('shortens values longer than 60 characters in notices, and keeps shorter ones whole', () => {
    const long = 'x'.repeat(500);
    const [notice] = parseUrl(`?lang=${long}`).notices;
    expect(notice?.value).toBe(`${'x'.repeat(60)}…`);

    const sixty = 'y'.repeat(60);
    expect(parseUrl(`?lang=${sixty}`).notices).toEqual([{ kind: 'unknownLang', value: sixty }]);

    const select = `place:${'z'.repeat(200)}Z`;
    const [selectNotice] = parseUrl(`?select=${select}`).notices;
    expect(selectNotice?.value).toBe(`${select.slice(0, 60)}…`);
  });

  it('uses the first of repeated parameters', () => {
    const { state, notices } = parseUrl(`?lang=en&lang=xx&meeting=${KYIV}&meeting=Bad`);
    expect(state).toEqual(stateWith({ lang: 'en', meeting: KYIV }));
    expect(notices).toEqual([]);
  });

  it('survives malformed percent-encoding and control characters without throwing', () => {
    const junk = '?lang=%E0%A4%A&view=%ZZ&meeting=%00%0A&select=place%3A%FF&external=%';
    const { state } = parseUrl(junk);
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('hides external facts only for external=hide', () => {
    expect(parseUrl('?external=hide').state.external).toBe(false);
    expect(parseUrl('?external=show').state.external).toBe(true);
  });

  it('never changes the shared defaults', () => {
    const before = structuredClone(DEFAULT_STATE);
    parseUrl('?lang=en&view=parallel&meeting=x&select=place:x&external=hide');
    expect(DEFAULT_STATE).toEqual(before);
  });
});

describe('serialiseUrl', () => {
  const states: ViewState[] = [
    DEFAULT_STATE,
    stateWith({ lang: 'en' }),
    stateWith({ parallel: true }),
    stateWith({ meeting: KYIV }),
    stateWith({ external: false }),
    stateWith({ selected: { kind: 'journey', id: 'nato-to-kyiv' } }),
    stateWith({ selected: { kind: 'place', id: 'the-hague' } }),
    stateWith({ selected: { kind: 'delegation', id: 'adviser-group' } }),
    stateWith({ release: '2026-01-03-kyiv-security-advisers' }),
    {
      release: 'all',
      lang: 'en',
      parallel: true,
      meeting: 'paris-leaders-2026-01-06',
      selected: { kind: 'meeting', id: 'paris-leaders-2026-01-06' },
      external: false,
      actor: 'country:ua',
      place: '703448',
      from: '2025-11',
      to: '2026-02',
      follow: true,
      date: '2026-01-06',
    },
    stateWith({ actor: 'adviser-group', place: 'kyiv' }),
    stateWith({ from: '2026-01' }),
    stateWith({ to: '2024-12' }),
    stateWith({ follow: true }),
  ];

  it.each(states.map((state) => [serialiseUrl(state) || '(empty)', state] as const))(
    'round-trips %s',
    (_, state) => {
      expect(parseUrl(serialiseUrl(state))).toEqual({ state, notices: [] });
    },
  );

  it('writes nothing for the default view, and only what differs otherwise', () => {
    expect(serialiseUrl(DEFAULT_STATE)).toBe('');
    expect(serialiseUrl(stateWith({ lang: 'en' }))).toBe('?lang=en');
    const params = new URLSearchParams(serialiseUrl(stateWith({ meeting: KYIV })));
    expect([...params.keys()]).toEqual(['meeting']);
    expect(serialiseUrl(stateWith({ follow: true }))).toBe('?follow=text');
    // Writing the default language explicitly would make two URLs for one view.
    expect(serialiseUrl(stateWith({ lang: 'sv', external: true, parallel: false }))).toBe('');
  });
});

describe('the actor, place and date-range filters', () => {
  it('reads an actor, a delegation, a country and a place', () => {
    expect(parseUrl('?actor=country:ua&place=kyiv').state).toMatchObject({
      actor: 'country:ua',
      place: 'kyiv',
    });
    expect(parseUrl('?actor=adviser-group').state.actor).toBe('adviser-group');
  });

  it('drops a malformed value with a notice, keeping the rest', () => {
    const { state, notices } = parseUrl('?actor=country:ukraine&place=<b>&meeting=x');
    expect(state).toMatchObject({ actor: null, place: null, meeting: 'x' });
    expect(notices).toEqual([
      { kind: 'unknownActor', value: 'country:ukraine' },
      { kind: 'unknownPlace', value: '<b>' },
    ]);
  });

  it('reads a range of months, open at either end, the right way round', () => {
    expect(parseUrl('?from=2026-01&to=2026-03').state).toMatchObject({
      from: '2026-01',
      to: '2026-03',
    });
    expect(parseUrl('?from=2026-03&to=2025-12').state).toMatchObject({
      from: '2025-12',
      to: '2026-03',
    });
    expect(parseUrl('?to=2026-03').state).toMatchObject({ from: null, to: '2026-03' });
    const bad = parseUrl('?from=2026-13&to=2026-03');
    expect(bad.state).toMatchObject({ from: null, to: null });
    expect(bad.notices).toEqual([{ kind: 'unknownRange', value: '2026-13–2026-03' }]);
  });
});

describe('resolveState with filters', () => {
  const exists = (s: Selection) => `${s.kind}:${s.id}` === 'place:kyiv' || s.id === 'adviser-group';
  it('keeps an actor or delegation and a place the release has', () => {
    const state = stateWith({ actor: 'adviser-group', place: 'kyiv' });
    expect(resolveState(state, exists)).toEqual({ state, notices: [] });
  });
  it('drops an actor or place the release does not have, with a notice each', () => {
    const state = stateWith({ actor: 'country:jp', place: 'oslo' });
    expect(resolveState(state, exists)).toEqual({
      state: stateWith({}),
      notices: [
        { kind: 'unknownActor', value: 'country:jp' },
        { kind: 'unknownPlace', value: 'oslo' },
      ],
    });
  });
});

describe('resolveState', () => {
  const known = new Set([`meeting:${KYIV}`, 'journey:nato-to-kyiv', 'place:kyiv']);
  const exists = (s: Selection) => known.has(`${s.kind}:${s.id}`);

  it('keeps a state whose meeting and selection exist, without notices', () => {
    const state = stateWith({ meeting: KYIV, selected: { kind: 'place', id: 'kyiv' } });
    expect(resolveState(state, exists)).toEqual({ state, notices: [] });
  });

  it('drops an unknown meeting and says so', () => {
    const state = stateWith({ lang: 'en', meeting: 'oslo-summit' });
    expect(resolveState(state, exists)).toEqual({
      state: stateWith({ lang: 'en' }),
      notices: [{ kind: 'unknownMeeting', value: 'oslo-summit' }],
    });
  });

  it('drops an unknown selection and quotes it as kind:id', () => {
    const state = stateWith({ selected: { kind: 'journey', id: 'nobody-to-nowhere' } });
    expect(resolveState(state, exists)).toEqual({
      state: DEFAULT_STATE,
      notices: [{ kind: 'unknownSelection', value: 'journey:nobody-to-nowhere' }],
    });
  });

  it('checks the kind as well as the id', () => {
    // "kyiv" is a place, not a meeting.
    const state = stateWith({ selected: { kind: 'meeting', id: 'kyiv' } });
    expect(resolveState(state, exists).state.selected).toBeNull();
  });

  it('drops both, with one notice each, and shortens long ids in the notices', () => {
    const longId = `m-${'a'.repeat(100)}`;
    const { state, notices } = resolveState(
      stateWith({ meeting: longId, selected: { kind: 'place', id: 'atlantis' } }),
      exists,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toEqual([
      { kind: 'unknownMeeting', value: `${longId.slice(0, 60)}…` },
      { kind: 'unknownSelection', value: 'place:atlantis' },
    ]);
  });

  it('does not modify the state it was given', () => {
    const state = stateWith({ meeting: 'gone', selected: { kind: 'place', id: 'gone' } });
    const copy = structuredClone(state);
    resolveState(state, exists);
    expect(state).toEqual(copy);
  });
});

describe('notices quote values safely', () => {
  it('never splits a character when it shortens a value for a notice', () => {
    const value = `${'x'.repeat(59)}😀 and more`;
    const [notice] = parseUrl(`?lang=${encodeURIComponent(value)}`).notices;
    expect(notice?.value).toBe(`${'x'.repeat(59)}😀…`);
    expect(() => encodeURIComponent(notice?.value ?? '')).not.toThrow();
  });
});

describe('the release in the URL', () => {
  it('names a release, or the overview of all', () => {
    expect(parseUrl('?release=2026-02-10-berlin-visit').state.release).toBe(
      '2026-02-10-berlin-visit',
    );
    expect(parseUrl('?release=all').state.release).toBe('all');
  });

  it('ignores a malformed release id and says so', () => {
    const { state, notices } = parseUrl('?release=../../etc/passwd');
    expect(state.release).toBeNull();
    expect(notices).toEqual([{ kind: 'unknownRelease', value: '../../etc/passwd' }]);
  });
});

describe('the overview date', () => {
  it('is read from and written to the URL', () => {
    const { state, notices } = parseUrl('?release=all&date=2021-07-21');
    expect(state.date).toBe('2021-07-21');
    expect(notices).toEqual([]);
    expect(serialiseUrl(state)).toBe('?release=all&date=2021-07-21');
  });

  it('falls back to all dates with a notice when it is not a date', () => {
    for (const bad of ['21 juli', '2021-13-45', '<b>']) {
      const { state, notices } = parseUrl(`?date=${encodeURIComponent(bad)}`);
      expect(state.date).toBeNull();
      expect(notices).toEqual([{ kind: 'unknownDate', value: bad }]);
    }
  });
});
