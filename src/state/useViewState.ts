/**
 * The URL is the one source of truth for the view. This hook reads it and writes it; Back and
 * Forward work because every change is a history entry.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { parseUrl, serialiseUrl, type UrlNotice, type ViewState } from './url';

const NAVIGATE = 'diplomap:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const getSearch = () => window.location.search;

export function navigate(state: ViewState, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${serialiseUrl(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** The query string, as a React value that changes on navigation and on Back/Forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getSearch);
}

/** The view state in the URL, and the notices for values that could not be used. */
export function useUrlState(): { search: string; state: ViewState; notices: UrlNotice[] } {
  const search = useSearch();
  const parsed = useMemo(() => parseUrl(search), [search]);
  return { search, ...parsed };
}
