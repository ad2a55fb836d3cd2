/**
 * Every folder under src/data/releases is a release, found without being registered in code
 * (build/release-index.ts lists them). Files arrive as raw text and are parsed by the model:
 * data is never evaluated as code. Each release is its own chunk, loaded when it is opened.
 */
import releases, { loaders } from 'virtual:release-index';
import type { LoadResult } from '../model/release';

export async function fetchRelease(id: string): Promise<LoadResult> {
  // Validation (and its schema library) loads with the data, not before the first paint.
  const validation = import('../model/release');
  const load = loaders[releases.findIndex((r) => r.id === id)];
  const files = load ? (await load()).default : {};
  return (await validation).loadRelease(files);
}
