/**
 * The URL is the one source of truth for the view. This hook reads it and writes it; Back and
 * Forward work because every change is a history entry.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { appBase, hrefOf, parseLocation, parsePath } from './location.ts';
import type { UrlNotice, ViewState } from './url.ts';

const NAVIGATE = 'diplomap:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

/** Path and query, as one string so React compares snapshots by value. */
const getLocation = () => `${window.location.pathname}${window.location.search}`;

/** The address the build prerenders a page for (see build/prerender.ts). */
let prerenderedAt = '/';
export function setPrerenderLocation(pathname: string): void {
  prerenderedAt = pathname;
}

/**
 * What the server rendered: the page's path without its query, since a static host serves the
 * same file whatever the query says. Hydration starts from it, so it matches the HTML; the
 * query's view state (meeting, selection) applies in the render right after.
 */
const getServerLocation = () =>
  typeof window === 'undefined' ? prerenderedAt : window.location.pathname;

export function navigate(state: ViewState, options: { replace?: boolean } = {}): void {
  const url = `${hrefOf(state, window.location.pathname, appBase())}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Path and query, as a React value that changes on navigation and on Back/Forward. */
function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(subscribe, getLocation, getServerLocation);
  return useMemo(() => {
    const at = href.indexOf('?');
    return at < 0
      ? { pathname: href, search: '' }
      : { pathname: href.slice(0, at), search: href.slice(at) };
  }, [href]);
}

/** The query string, as a React value that changes on navigation and on Back/Forward. */
export function useSearch(): string {
  return useLocation().search;
}

/** The view state in the URL, and the notices for values that could not be used. */
export function useUrlState(): {
  search: string;
  state: ViewState;
  notices: UrlNotice[];
  /** The page is the compact layout for an iframe. */
  embed: boolean;
} {
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => parseLocation(pathname, search, appBase()), [pathname, search]);
  return { search, ...parsed, embed: parsePath(pathname, appBase()).embed };
}
