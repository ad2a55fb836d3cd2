/** Reads release folders from disk for the command-line tools (the app uses import.meta.glob). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ReleaseFiles } from '../../src/model/release';

export const RELEASES_DIR = join(import.meta.dirname, '../../src/data/releases');

export interface ReleaseFolder {
  /** Path shown in messages, relative to the project root. */
  dir: string;
  files: ReleaseFiles;
}

export function readReleaseFolder(path: string): ReleaseFolder {
  const files: ReleaseFiles = {};
  for (const name of readdirSync(path)) {
    if (name.endsWith('.json') || name.endsWith('.md'))
      files[name] = readFileSync(join(path, name), 'utf8');
  }
  return { dir: relative(process.cwd(), path) || '.', files };
}

/** Every folder under `root` is a release; adding a folder adds a release. */
export function readReleaseFolders(root = RELEASES_DIR): ReleaseFolder[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readReleaseFolder(join(root, entry.name)))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}
