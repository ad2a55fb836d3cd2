/**
 * What the app opens for a view state, and the release it has already loaded. The browser
 * entry loads the release of a prerendered page before hydrating, and the build's prerenderer
 * loads it before rendering, so both render the same page from the first pass.
 */
import releases from 'virtual:release-index';
import { fetchRelease } from '../data/releases.ts';
import { indexRelease, type ReleaseIndex } from '../model/view.ts';
import { OVERVIEW } from '../state/url.ts';

export type Opening =
  { kind: 'none' } | { kind: 'overview' } | { kind: 'release'; id: string; unknown: string | null };

/** The release the URL names (the newest by default), or the overview of all releases. */
export function opening(release: string | null): Opening {
  const newest = releases[0]?.id;
  if (!newest) return { kind: 'none' };
  if (release === OVERVIEW && releases.length > 1) return { kind: 'overview' };
  const known = releases.some((r) => r.id === release);
  return known && release
    ? { kind: 'release', id: release, unknown: null }
    : { kind: 'release', id: newest, unknown: release };
}

const loaded = new Map<string, ReleaseIndex>();

/** A release loaded by `preloadRelease`, ready to render without waiting. */
export const preloaded = (id: string): ReleaseIndex | undefined => loaded.get(id);

/** Loads and indexes a release ahead of rendering; a release that fails is left to the App. */
export async function preloadRelease(id: string): Promise<void> {
  const result = await fetchRelease(id);
  if (result.ok) loaded.set(id, indexRelease(result.release));
}

/**
 * Lets a loaded release go. The build's prerenderer renders a thousand releases one after
 * another: kept, every release's index would stay in memory to the end, and each garbage
 * collection would have more to go through than the last.
 */
export function forgetRelease(id: string): void {
  loaded.delete(id);
}
