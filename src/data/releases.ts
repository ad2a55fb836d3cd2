/**
 * Every folder under src/data/releases (the `@releases` alias) is a release, found without
 * being registered in code. Files
 * are imported as raw text and parsed by the model: data is never evaluated as code. Each
 * release is its own chunk, loaded when it is opened.
 */
import type { LoadResult, ReleaseFiles } from '../model/release';

const files = import.meta.glob<string>('@releases/*/*.{json,md}', {
  query: '?raw',
  import: 'default',
});

/** The release folder and file name of a glob key, whatever the folder's root. */
function folderOf(path: string): { id: string; name: string } {
  const [id = '', name = ''] = path.split('/').slice(-2);
  return { id, name };
}

export async function fetchRelease(id: string): Promise<LoadResult> {
  // Validation (and its schema library) loads with the data, not before the first paint.
  const validation = import('../model/release');
  const entries = Object.entries(files).filter(([path]) => folderOf(path).id === id);
  const contents: ReleaseFiles = {};
  await Promise.all(
    entries.map(async ([path, load]) => {
      contents[folderOf(path).name] = await load();
    }),
  );
  return (await validation).loadRelease(contents);
}
