/**
 * What the app opens for a view state, and the release it has already loaded. The browser
 * entry loads the release of a prerendered page before hydrating, and the build's prerenderer
 * loads it before rendering, so both render the same page from the first pass.
 */
import releases from 'virtual:release-index';
import { fetchRelease } from '../data/releases.ts';
import { indexRelease, type ReleaseIndex } from '../model/view.ts';
import type { Lang } from '../model/lang.ts';
import { OVERVIEW, type UrlNotice } from '../state/url.ts';

export type Opening =
  | { kind: 'none' }
  | { kind: 'overview' }
  /** `notice` says why this is not the page the URL named (null when it is). */
  | { kind: 'release'; id: string; notice: UrlNotice | null };

/**
 * The release the URL names (the newest by default), or the overview of all releases. With a
 * single release there is no overview (it would be that release's map again): its address
 * opens the release and says so.
 */
export function opening(release: string | null, lang: Lang): Opening {
  const newest = releases[0];
  if (!newest) return { kind: 'none' };
  if (release === OVERVIEW) {
    if (releases.length > 1) return { kind: 'overview' };
    const title = newest.title[lang] || newest.id;
    return { kind: 'release', id: newest.id, notice: { kind: 'onlyRelease', value: title } };
  }
  const known = releases.some((r) => r.id === release);
  return known && release
    ? { kind: 'release', id: release, notice: null }
    : {
        kind: 'release',
        id: newest.id,
        notice: release === null ? null : { kind: 'unknownRelease', value: release },
      };
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
