/**
 * The first real release, read from its folder on disk and loaded through the same model code
 * the app uses, for tests of what the app derives from real data.
 */
import { readReleaseFolders } from '../../../scripts/lib/release-folders.ts';
import { loadRelease, type Release } from '../../../src/model/release.ts';
import { indexRelease, type ReleaseIndex } from '../../../src/model/view.ts';

export const FIRST_RELEASE_ID = '2026-01-03-kyiv-security-advisers';

/** Picked by id rather than position, so adding a release does not change what tests see. */
export function loadFirstRelease(): Release {
  const folder = readReleaseFolders().find((f) => f.dir.endsWith(FIRST_RELEASE_ID));
  if (!folder) throw new Error(`release folder ${FIRST_RELEASE_ID} not found`);
  const result = loadRelease(folder.files);
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.file} at ${p.path}: ${p.message}`);
    throw new Error(`the first release does not load:\n${problems.join('\n')}`);
  }
  return result.release;
}

export function indexFirstRelease(): ReleaseIndex {
  return indexRelease(loadFirstRelease());
}
