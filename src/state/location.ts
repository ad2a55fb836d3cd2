/**
 * Addresses of the published pages. Every release has a page of its own, `<base>r/<id>/`
 * (Swedish, the language of the original) and `<base>r/<id>/en/`, and the overview has
 * `<base>overview/` and `<base>overview/en/`; the query keeps the rest of the view state
 * (meeting, selection…). The path only gives defaults: a `release` or `lang` in the query wins,
 * so links of the form `?release=…&lang=…` keep working wherever they point.
 */
import { isLang, type Lang } from '../model/lang.ts';
import {
  DEFAULT_STATE,
  OVERVIEW,
  parseUrl,
  serialiseUrl,
  type UrlNotice,
  type ViewState,
} from './url.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OVERVIEW_SEGMENT = 'overview';
const EMBED_SEGMENT = 'embed';

export interface PathState {
  /** The release the path names, OVERVIEW, or null for a path that names none (the root). */
  release: string | null;
  lang: Lang | null;
  /** The compact layout for an iframe: `r/<id>/embed/`, `r/<id>/en/embed/`. */
  embed: boolean;
}

/** Starts and ends with exactly one slash: `/`, `/diplomap/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function parsePath(pathname: string, base: string): PathState {
  const none: PathState = { release: null, lang: null, embed: false };
  if (!pathname.startsWith(base)) return none;
  const parts = pathname.slice(base.length).split('/').filter(Boolean);
  const embed = parts.at(-1) === EMBED_SEGMENT && parts[0] === 'r';
  if (embed) parts.pop();
  const [first, second, third, ...rest] = parts;
  if (rest.length > 0) return none;
  const page =
    first === OVERVIEW_SEGMENT && third === undefined
      ? { release: OVERVIEW, lang: second }
      : first === 'r' && second !== undefined && ID.test(second)
        ? { release: second, lang: third }
        : null;
  if (!page) return none;
  if (page.lang === undefined) return { release: page.release, lang: DEFAULT_STATE.lang, embed };
  // Only a language other than the default has a folder of its own.
  return isLang(page.lang) && page.lang !== DEFAULT_STATE.lang
    ? { release: page.release, lang: page.lang, embed }
    : none;
}

/** The page of a release (or the overview) in a language. */
export function pagePath(release: string, lang: Lang, base: string, embed = false): string {
  const page = release === OVERVIEW ? `${OVERVIEW_SEGMENT}/` : `r/${release}/`;
  const folder = lang === DEFAULT_STATE.lang ? '' : `${lang}/`;
  return `${base}${page}${folder}${embed && release !== OVERVIEW ? `${EMBED_SEGMENT}/` : ''}`;
}

/**
 * The view state of an address: the path's release and language, unless the query names them
 * (an old `?release=…&lang=…` link). A language the query names that is not one falls back to
 * the page's own, not to Swedish: `/r/…/en/?lang=xx` stays English, and says why.
 */
export function parseLocation(
  pathname: string,
  search: string,
  base: string,
): { state: ViewState; notices: UrlNotice[] } {
  const parsed = parseUrl(search);
  const path = parsePath(pathname, base);
  const params = new URLSearchParams(search);
  const langRefused = parsed.notices.some((n) => n.kind === 'unknownLang');
  const state = { ...parsed.state };
  if (path.release !== null && !params.has('release')) state.release = path.release;
  if (path.lang !== null && (!params.has('lang') || langRefused)) state.lang = path.lang;
  return { state, notices: parsed.notices };
}

/**
 * The address of a view state, from the page it is on. On a page of its own (`r/…`,
 * `overview/`), the release and language go in the path; elsewhere (the root, an old link) the
 * query holds everything, as it always did.
 */
export function hrefOf(state: ViewState, pathname: string, base: string): string {
  const here = parsePath(pathname, base);
  if (here.release === null || state.release === null) return `${pathname}${serialiseUrl(state)}`;
  return pageHref(state, base, here.embed);
}

/**
 * The address of a view state on its release's (or the overview's) own page, wherever the link
 * is: the page the build prerendered for it, so it reads right without JavaScript too.
 */
export function pageHref(state: ViewState, base: string, embed = false): string {
  if (state.release === null) return `${base}${serialiseUrl(state)}`;
  const query = serialiseUrl({ ...state, release: null, lang: DEFAULT_STATE.lang });
  return `${pagePath(state.release, state.lang, base, embed)}${query}`;
}

/** The app's base path, as the build was configured (`BASE_PATH`). */
export const appBase = (): string => normaliseBase(import.meta.env.BASE_URL);
