/** The first release's files, read from disk, as the starting point for fixtures. */
import { readReleaseFolders } from '../../../scripts/lib/release-folders.ts';
import type { ReleaseFiles } from '../../../src/model/release.ts';

const [first] = readReleaseFolders();
if (!first) throw new Error('no release folders found');
export const FIRST_RELEASE = first;

/** A deep copy of the first release's files with one JSON file changed by `edit`. */
export function withJson(
  file: string,
  edit: (data: Record<string, unknown>) => void,
): ReleaseFiles {
  const data = JSON.parse(FIRST_RELEASE.files[file] ?? 'null') as Record<string, unknown>;
  edit(data);
  return { ...FIRST_RELEASE.files, [file]: JSON.stringify(data) };
}

export function withText(file: string, edit: (text: string) => string): ReleaseFiles {
  return { ...FIRST_RELEASE.files, [file]: edit(FIRST_RELEASE.files[file] ?? '') };
}
