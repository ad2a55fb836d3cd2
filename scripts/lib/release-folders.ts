/**
 * Reads release folders from disk, for the command-line tools and for the build's release
 * index (build/release-index.ts). Everything a release folder holds is published, so only the
 * files the model defines are read, never through a symbolic link, and anything else in the
 * folder is reported as a problem instead of being read.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
} from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import {
  isReleaseFileName,
  RELEASE_FILE_NAMES,
  type ReleaseFiles,
} from '../../src/model/release.ts';
import { OVERVIEW } from '../../src/state/url.ts';

export const RELEASES_DIR = join(import.meta.dirname, '../../src/data/releases');

/** The folder of releases the tools and the build work on: DIPLOMAP_RELEASES, as vite.config.ts. */
export function releasesRoot(): string {
  const configured = process.env.DIPLOMAP_RELEASES;
  return configured ? resolve(configured) : RELEASES_DIR;
}

/** The largest release file read: the first release's largest file is 13 KB; a generated corpus of 10 000 journeys a few MB. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const RELEASE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ReleaseFolder {
  /** Path shown in messages, relative to the working directory. */
  dir: string;
  files: ReleaseFiles;
  /** Entries of the folder that were not read, and why; check:data reports them. */
  refused?: Problem[];
}

/** A path as messages show it: relative to the working directory when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel || '.';
}

/**
 * The text of a plain file, opened without following a symbolic link (O_NOFOLLOW), so a link
 * swapped in after the folder was listed is refused too. Undefined, with a reason, otherwise.
 */
function readPlainFile(path: string): { text: string } | { reason: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { reason: SYMLINK };
    return { reason: `cannot be read (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: 'is not a plain file' };
    if (stat.size > MAX_FILE_BYTES)
      return {
        reason: `is ${stat.size} bytes, more than the ${MAX_FILE_BYTES} a release file may have`,
      };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

const SYMLINK =
  'is a symbolic link: a release folder holds plain files only, because everything in it is published';
const STRAY = `is not a release file: everything in a release folder is published, so it may hold only ${RELEASE_FILE_NAMES.join(', ')}; move it out of the folder`;

export function readReleaseFolder(path: string): ReleaseFolder {
  const files: ReleaseFiles = {};
  const refused: Problem[] = [];
  for (const name of readdirSync(path).sort()) {
    const entry = join(path, name);
    if (lstatSync(entry).isSymbolicLink()) {
      refused.push({ file: name, path: '', message: SYMLINK });
      continue;
    }
    if (!isReleaseFileName(name)) {
      refused.push({ file: name, path: '', message: STRAY });
      continue;
    }
    const read = readPlainFile(entry);
    if ('text' in read) files[name] = read.text;
    else refused.push({ file: name, path: '', message: read.reason });
  }
  return { dir: shown(path), files, refused };
}

/** The problems of a folder of releases itself: entries that cannot be a release folder. */
export interface ReleaseRoot {
  /** Folders whose name is an id: the releases. */
  folders: string[];
  /** One message per entry that is not, "root/entry: reason". */
  problems: string[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Every folder under `root` whose name is a release id is a release; adding a folder adds one. */
export function listReleaseRoot(root: string): ReleaseRoot {
  const folders: string[] = [];
  const problems: string[] = [];
  const report = (file: string, message: string) =>
    problems.push(formatProblem(shown(root), { file, path: '', message }));
  for (const entry of readdirSync(root, { withFileTypes: true }).sort(byName)) {
    if (entry.isSymbolicLink()) report(entry.name, SYMLINK);
    else if (!entry.isDirectory()) continue;
    else if (!RELEASE_ID.test(entry.name))
      report(
        entry.name,
        'is not a release id, which the folder name must be: lowercase letters, digits and single hyphens, like 2026-01-03-kyiv-visit',
      );
    else if (entry.name === OVERVIEW)
      report(entry.name, `is reserved: "?release=${OVERVIEW}" opens the overview of all releases`);
    else folders.push(join(root, entry.name));
  }
  return { folders: folders.sort(), problems };
}

/**
 * The folder of release `id` under `root`, if listReleaseRoot lists it (a directory, not a
 * link, named by an id that is not reserved): one lstat instead of a listing. The build looks
 * up each release's module by id, so listing the root for each made it quadratic.
 */
export function releaseFolder(root: string, id: string): string | undefined {
  if (!RELEASE_ID.test(id) || id === OVERVIEW) return undefined;
  const dir = join(root, id);
  try {
    return lstatSync(dir).isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}

export function readReleaseFolders(root = releasesRoot()): ReleaseFolder[] {
  if (!isDirectory(root)) return [];
  return listReleaseRoot(root)
    .folders.map((dir) => readReleaseFolder(dir))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

export function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

export const folderName = (folder: ReleaseFolder): string => basename(folder.dir);
