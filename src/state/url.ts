/**
 * The view lives in the URL (`?lang=en&meeting=…&select=journey:…`), so a view can be shared
 * and Back/Forward step through it. Parsing never throws: a bad value falls back to the
 * default and yields a notice the interface shows.
 */
import { isLang, type Lang } from '../model/lang';

export const SELECTION_KINDS = ['place', 'journey', 'meeting', 'actor', 'delegation'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface ViewState {
  /** A release id, OVERVIEW for all releases at once, or null for the newest. */
  release: string | null;
  lang: Lang;
  /** Show Swedish and English side by side. */
  parallel: boolean;
  /** Filter: only this meeting's places, participants and journeys. */
  meeting: string | null;
  selected: Selection | null;
  /** Show facts that come from sources other than the release. */
  external: boolean;
  /** "Follow the text": the map shows what the paragraph being read mentions. */
  follow: boolean;
}

export type UrlNotice =
  | { kind: 'unknownRelease'; value: string }
  | { kind: 'unknownLang'; value: string }
  | { kind: 'unknownMeeting'; value: string }
  | { kind: 'unknownSelection'; value: string }
  | { kind: 'unknownView'; value: string };

/** The `release` value of the overview of all releases. */
export const OVERVIEW = 'all';

export const DEFAULT_STATE: ViewState = {
  release: null,
  lang: 'sv',
  parallel: false,
  meeting: null,
  selected: null,
  external: true,
  follow: false,
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SHOWN = 60;
/** A value quoted back to the user, shortened so a hostile URL cannot flood the notice. */
function shown(value: string): string {
  // Count characters, not UTF-16 units, so an emoji is never cut in half.
  const chars = Array.from(value);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
}

export function parseSelection(value: string): Selection | null {
  const [kind, id, ...rest] = value.split(':');
  if (rest.length > 0 || id === undefined || !ID.test(id)) return null;
  return (SELECTION_KINDS as readonly string[]).includes(kind ?? '')
    ? { kind: kind as SelectionKind, id }
    : null;
}

export function parseUrl(search: string): { state: ViewState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: ViewState = { ...DEFAULT_STATE };

  const release = params.get('release');
  if (release !== null) {
    if (ID.test(release)) state.release = release;
    else notices.push({ kind: 'unknownRelease', value: shown(release) });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else notices.push({ kind: 'unknownLang', value: shown(lang) });
  }
  const view = params.get('view');
  if (view !== null) {
    if (view === 'parallel') state.parallel = true;
    else notices.push({ kind: 'unknownView', value: shown(view) });
  }
  const meeting = params.get('meeting');
  if (meeting !== null) {
    if (ID.test(meeting)) state.meeting = meeting;
    else notices.push({ kind: 'unknownMeeting', value: shown(meeting) });
  }
  const select = params.get('select');
  if (select !== null) {
    state.selected = parseSelection(select);
    if (!state.selected) notices.push({ kind: 'unknownSelection', value: shown(select) });
  }
  if (params.get('external') === 'hide') state.external = false;
  if (params.get('follow') === 'text') state.follow = true;
  return { state, notices };
}

/** Only values that differ from the default are written, so URLs stay short. */
export function serialiseUrl(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.release) params.set('release', state.release);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.parallel) params.set('view', 'parallel');
  if (state.meeting) params.set('meeting', state.meeting);
  if (state.selected) params.set('select', `${state.selected.kind}:${state.selected.id}`);
  if (!state.external) params.set('external', 'hide');
  if (state.follow) params.set('follow', 'text');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Drops a meeting or selection the release does not have, with a notice for each. */
export function resolveState(
  state: ViewState,
  exists: (selection: Selection) => boolean,
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  let resolved = state;
  if (state.meeting && !exists({ kind: 'meeting', id: state.meeting })) {
    notices.push({ kind: 'unknownMeeting', value: shown(state.meeting) });
    resolved = { ...resolved, meeting: null };
  }
  if (state.selected && !exists(state.selected)) {
    const { kind, id } = state.selected;
    notices.push({ kind: 'unknownSelection', value: shown(`${kind}:${id}`) });
    resolved = { ...resolved, selected: null };
  }
  return { state: resolved, notices };
}
