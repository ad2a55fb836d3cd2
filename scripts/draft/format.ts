/**
 * The draft writes its files as `npm run lint` wants them: each is formatted with Prettier and
 * the project's settings, as `npm run format` would.
 */
import { join } from 'node:path';
import * as prettier from 'prettier';

/** The files formatted for the folder they go to; Markdown is left verbatim (the release's text). */
export async function formatFiles(
  folder: string,
  files: Record<string, string>,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const filepath = join(folder, name);
    const options = await prettier.resolveConfig(filepath);
    out[name] = name.endsWith('.json')
      ? await prettier.format(text, { ...options, filepath })
      : text;
  }
  return out;
}
