import { describe, expect, it } from 'vitest';
import {
  hrefOf,
  pageHref,
  normaliseBase,
  pagePath,
  parseLocation,
  parsePath,
} from '../../../src/state/location.ts';
import { DEFAULT_STATE, OVERVIEW } from '../../../src/state/url.ts';

const ID = '2026-01-03-kyiv-security-advisers';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['diplomap', '/diplomap/'],
    ['/diplomap', '/diplomap/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe('parsePath', () => {
  it('reads a release page, its English page and their embed pages', () => {
    expect(parsePath(`/r/${ID}/`, '/')).toEqual({ release: ID, lang: 'sv', embed: false });
    expect(parsePath(`/r/${ID}/en/`, '/')).toEqual({ release: ID, lang: 'en', embed: false });
    expect(parsePath(`/r/${ID}/embed/`, '/')).toEqual({ release: ID, lang: 'sv', embed: true });
    expect(parsePath(`/x/r/${ID}/en/embed/`, '/x/')).toEqual({
      release: ID,
      lang: 'en',
      embed: true,
    });
  });

  it('reads the overview', () => {
    expect(parsePath('/overview/', '/')).toEqual({ release: OVERVIEW, lang: 'sv', embed: false });
    expect(parsePath('/overview/en/', '/')).toEqual({
      release: OVERVIEW,
      lang: 'en',
      embed: false,
    });
  });

  it('names nothing for the root, other paths, bad ids and languages, or another base', () => {
    for (const path of ['/', '/index.html', '/r/', '/r/Bad_Id/', `/r/${ID}/xx/`, `/r/${ID}/sv/`])
      expect(parsePath(path, '/')).toEqual({ release: null, lang: null, embed: false });
    expect(parsePath(`/r/${ID}/`, '/diplomap/').release).toBeNull();
  });
});

describe('pagePath', () => {
  it('puts the release and a non-default language in the path, under the base', () => {
    expect(pagePath(ID, 'sv', '/')).toBe(`/r/${ID}/`);
    expect(pagePath(ID, 'en', '/diplomap/')).toBe(`/diplomap/r/${ID}/en/`);
    expect(pagePath(ID, 'en', '/', true)).toBe(`/r/${ID}/en/embed/`);
    expect(pagePath(OVERVIEW, 'en', '/')).toBe('/overview/en/');
  });

  it('round-trips through parsePath', () => {
    for (const lang of ['sv', 'en'] as const)
      for (const embed of [false, true])
        expect(parsePath(pagePath(ID, lang, '/b/', embed), '/b/')).toEqual({
          release: ID,
          lang,
          embed,
        });
  });
});

describe('parseLocation', () => {
  it('takes release and language from the path and the rest from the query', () => {
    const { state } = parseLocation(`/r/${ID}/en/`, '?meeting=kyiv', '/');
    expect(state).toEqual({ ...DEFAULT_STATE, release: ID, lang: 'en', meeting: 'kyiv' });
  });

  it('lets an old ?release=…&lang=… link win over the path', () => {
    const { state } = parseLocation(`/r/${ID}/en/`, '?release=other&lang=sv', '/');
    expect(state.release).toBe('other');
    expect(state.lang).toBe('sv');
  });

  it('keeps the page’s own language when the query’s is not one, and says so', () => {
    const { state, notices } = parseLocation(`/r/${ID}/en/`, '?lang=xx', '/');
    expect(state).toMatchObject({ release: ID, lang: 'en' });
    expect(notices).toEqual([{ kind: 'unknownLang', value: 'xx' }]);
    // On a Swedish page, or at the root, that is Swedish.
    expect(parseLocation(`/r/${ID}/`, '?lang=xx', '/').state.lang).toBe('sv');
    expect(parseLocation('/', '?lang=xx', '/').state.lang).toBe('sv');
  });

  it('reads the root as before: everything from the query', () => {
    expect(parseLocation('/', `?release=${ID}&lang=en`, '/').state).toMatchObject({
      release: ID,
      lang: 'en',
    });
    expect(parseLocation('/', '', '/').state).toEqual(DEFAULT_STATE);
  });
});

describe('hrefOf', () => {
  const state = { ...DEFAULT_STATE, release: ID, lang: 'en' as const, meeting: 'kyiv' };

  it('writes release and language into the path on a page of its own', () => {
    expect(hrefOf(state, `/r/${ID}/`, '/')).toBe(`/r/${ID}/en/?meeting=kyiv`);
    expect(hrefOf({ ...state, lang: 'sv' }, `/r/${ID}/en/`, '/')).toBe(`/r/${ID}/?meeting=kyiv`);
  });

  it('stays on the embed page', () => {
    expect(hrefOf(state, `/r/${ID}/embed/`, '/')).toBe(`/r/${ID}/en/embed/?meeting=kyiv`);
  });

  it('keeps the query form at the root, as old links had it', () => {
    expect(hrefOf(state, '/', '/')).toBe(`/?release=${ID}&lang=en&meeting=kyiv`);
  });
});

describe('pageHref', () => {
  const selected = { kind: 'journey' as const, id: 'pm-to-paris' };

  it('links a release’s view to that release’s own page, from anywhere', () => {
    const state = { ...DEFAULT_STATE, release: ID, lang: 'en' as const, selected };
    expect(pageHref(state, '/')).toBe(`/r/${ID}/en/?select=journey%3Apm-to-paris`);
    expect(pageHref({ ...state, lang: 'sv' }, '/diplomap/')).toBe(
      `/diplomap/r/${ID}/?select=journey%3Apm-to-paris`,
    );
  });

  it('links the overview’s view to the overview’s page', () => {
    const state = { ...DEFAULT_STATE, release: OVERVIEW, place: 'stockholm' };
    expect(pageHref(state, '/')).toBe('/overview/?place=stockholm');
  });
});
