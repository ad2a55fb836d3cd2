/**
 * Every folder under src/data/releases is a release, found without being registered in code
 * (build/release-index.ts lists them). Data is never evaluated as code. Each release is its
 * own chunk, loaded when it is opened.
 */
import releases, { loaders } from 'virtual:release-index';
import type { LoadResult } from '../model/release.ts';

/**
 * A release's chunk: in a build, the release as the model loaded it when the app was built
 * (build/release-index.ts); from the dev server, its files as raw text, loaded here.
 */
export type ReleaseModule = { loaded: LoadResult } | { files: Record<string, string> };

/**
 * What a release's chunk exports: a function that parses it. The parsed release belongs to
 * whoever asked for it, and is freed with it, not kept by the module for the page's life.
 */
export type ReleaseChunk = () => Partial<ReleaseModule>;

export async function fetchRelease(id: string): Promise<LoadResult> {
  const load = loaders[releases.findIndex((r) => r.id === id)];
  const module = load ? (await load()).default() : { files: {} };
  if (module.loaded) return module.loaded;
  // Validation (and its schema library) loads only where the build has not done it.
  const { loadRelease } = await import('../model/release.ts');
  return loadRelease(module.files ?? {});
}
