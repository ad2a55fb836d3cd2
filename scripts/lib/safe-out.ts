/**
 * Where the command-line tools may write. Editors run them, not developers, so a mistyped
 * `--out` must never replace a file the tool did not write, nor reach outside the repository.
 * Each check returns the message to print, or undefined when the path is safe.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isReleaseFileName } from '../../src/model/release.ts';
import { shown } from './release-folders.ts';

export const REPOSITORY = resolve(import.meta.dirname, '../..');

/** The path with its existing part's symbolic links resolved, so a link cannot lead outside. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

/** Whether `path` is `folder` or inside it (both already real paths). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** What each JSON file of a release folder looks like, so a file of another kind is told apart. */
const SHAPES: Record<string, (data: unknown) => boolean> = {
  'release.json': (d) => isObject(d) && typeof d.id === 'string',
  'places.json': (d) => Array.isArray(d) && d.every((p) => isObject(p) && typeof p.id === 'string'),
  'actors.json': (d) => isObject(d) && Array.isArray(d.actors) && Array.isArray(d.delegations),
  'meetings.json': (d) => isObject(d) && Array.isArray(d.meetings) && Array.isArray(d.journeys),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why `dir` (an existing folder) is not a release folder the draft may merge into: an entry
 * that is not a release file, a symbolic link, or a data file of another shape (GeoJSON, a
 * settings file) or not valid JSON, which the draft would otherwise replace.
 */
export function foreignEntries(dir: string): string[] {
  const reasons: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) reasons.push(`${name} is a symbolic link`);
    else if (!stat.isFile()) reasons.push(`${name} is a folder`);
    else if (!isReleaseFileName(name)) reasons.push(`${name} is not a release file`);
    else if (name.endsWith('.json')) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        reasons.push(`${name} is not valid JSON`);
        continue;
      }
      if (!SHAPES[name]?.(data)) reasons.push(`${name} is not a release's ${name}`);
    }
  }
  return reasons;
}

/**
 * `npm run draft --out <folder>`: the folder must be a release folder (one under the releases
 * root, or one that holds nothing but a release's files) or a new or empty folder, inside the
 * repository or the releases root.
 */
export function checkDraftFolder(out: string, releasesRoot: string): string | undefined {
  const target = realPath(out);
  const root = realPath(releasesRoot);
  const where = shown(resolve(out));
  if (!isInside(target, realPath(REPOSITORY)) && !isInside(target, root)) {
    return `--out ${where}: is outside the repository; the draft writes only into a release folder under ${shown(releasesRoot)} or a new folder inside the repository`;
  }
  if (target === root || isInside(root, target)) {
    return `--out ${where}: is the folder of all releases (or holds it); give the folder of one release, like ${join(shown(releasesRoot), '2026-01-03-kyiv-visit')}`;
  }
  if (isInside(target, root) && dirname(target) !== root) {
    return `--out ${where}: is inside a release folder; give the release folder itself`;
  }
  if (!existsSync(target)) return undefined;
  if (!lstatSync(target).isDirectory()) return `--out ${where}: is a file, not a folder`;
  const foreign = foreignEntries(target);
  if (foreign.length > 0) {
    return `--out ${where}: is not a release folder (${foreign.join('; ')}); the draft writes only into a release folder or a new, empty one, and never replaces a file it did not write`;
  }
  return undefined;
}

/**
 * `npm run export --out <file>`: never inside a release folder (or the folder of releases),
 * never over an existing file without `force`, never over a folder; its folder must exist.
 */
export function checkExportFile(
  out: string,
  releasesRoots: string[],
  force: boolean,
): string | undefined {
  const target = realPath(out);
  const where = shown(resolve(out));
  for (const root of releasesRoots) {
    if (isInside(target, realPath(root)))
      return `--out ${where}: is inside the folder of releases; everything there is published, so write the export elsewhere`;
  }
  if (existsSync(join(dirname(target), 'release.json')))
    return `--out ${where}: is inside a release folder; write the export elsewhere`;
  if (!existsSync(dirname(target)))
    return `--out ${where}: the folder ${shown(dirname(target))} does not exist`;
  if (!existsSync(target)) return undefined;
  if (lstatSync(target).isDirectory())
    return `--out ${where}: is a folder; give a file name, like view.geojson`;
  if (!force) return `--out ${where}: exists; add --force to replace it`;
  return undefined;
}
