/**
 * The view lives in the URL (`?lang=en&meeting=…&select=journey:…`), so a view can be shared
 * and Back/Forward step through it. Parsing never throws: a bad value falls back to the
 * default and yields a notice the interface shows.
 */
import { isLang, type Lang } from '../model/lang.ts';

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
  /** Filter: an actor or delegation id, or `country:xx` for everyone from that country. */
  actor: string | null;
  /** Filter: a place id in a release; a GeoNames id in the overview. */
  place: string | null;
  /** Overview date range, as months (`2026-01`), inclusive; null for open-ended. */
  from: string | null;
  to: string | null;
  /** "Follow the text": the map shows what the paragraph being read mentions. */
  follow: boolean;
  /** The overview's chosen date (YYYY-MM-DD), or null for all dates. */
  date: string | null;
}

export type UrlNotice =
  | { kind: 'unknownRelease'; value: string }
  /** The overview's address with one release: `value` is its title. */
  | { kind: 'onlyRelease'; value: string }
  | { kind: 'unknownLang'; value: string }
  | { kind: 'unknownMeeting'; value: string }
  | { kind: 'unknownSelection'; value: string }
  | { kind: 'hiddenSelection'; value: string }
  | { kind: 'unknownView'; value: string }
  | { kind: 'unknownActor'; value: string }
  | { kind: 'unknownPlace'; value: string }
  | { kind: 'unknownRange'; value: string }
  | { kind: 'unknownDate'; value: string };

/** The `release` value of the overview of all releases. */
export const OVERVIEW = 'all';

export const DEFAULT_STATE: ViewState = {
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
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SHOWN = 60;
/** A value quoted back to the user, shortened so a hostile URL cannot flood the notice. */
export function shown(value: string): string {
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
  parseFilters(params, state, notices);
  if (params.get('follow') === 'text') state.follow = true;
  const date = params.get('date');
  if (date !== null) {
    if (ISO_DATE.test(date) && !Number.isNaN(Date.parse(date))) state.date = date;
    else notices.push({ kind: 'unknownDate', value: shown(date) });
  }
  return { state, notices };
}

const ACTOR = /^(country:[a-z]{2}|[a-z0-9]+(-[a-z0-9]+)*)$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The actor, place and date-range filters (issue 12); each bad value is dropped with a notice. */
function parseFilters(params: URLSearchParams, state: ViewState, notices: UrlNotice[]): void {
  const actor = params.get('actor');
  if (actor !== null) {
    if (ACTOR.test(actor)) state.actor = actor;
    else notices.push({ kind: 'unknownActor', value: shown(actor) });
  }
  const place = params.get('place');
  if (place !== null) {
    if (ID.test(place)) state.place = place;
    else notices.push({ kind: 'unknownPlace', value: shown(place) });
  }
  const [from, to] = [params.get('from'), params.get('to')];
  if (from === null && to === null) return;
  if ((from === null || MONTH.test(from)) && (to === null || MONTH.test(to))) {
    // A range given backwards is read the right way round.
    const [a, b] = from && to && from > to ? [to, from] : [from, to];
    state.from = a;
    state.to = b;
  } else notices.push({ kind: 'unknownRange', value: shown(`${from ?? ''}–${to ?? ''}`) });
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
  if (state.actor) params.set('actor', state.actor);
  if (state.place) params.set('place', state.place);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.follow) params.set('follow', 'text');
  if (state.date) params.set('date', state.date);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Drops a meeting, selection, actor or place the release does not have, with a notice for each. */
export function resolveState(
  state: ViewState,
  exists: (selection: Selection) => boolean,
  /** Whether the release has what an actor filter names (a delegation, `country:xx`…). */
  actorExists: (value: string) => boolean = (id) =>
    exists({ kind: 'actor', id }) || exists({ kind: 'delegation', id }),
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
  if (state.actor && !actorExists(state.actor)) {
    notices.push({ kind: 'unknownActor', value: shown(state.actor) });
    resolved = { ...resolved, actor: null };
  }
  if (state.place && !exists({ kind: 'place', id: state.place })) {
    notices.push({ kind: 'unknownPlace', value: shown(state.place) });
    resolved = { ...resolved, place: null };
  }
  return { state: resolved, notices };
}
