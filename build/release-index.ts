/**
 * `virtual:release-index`: id, date of the visit and title of every release, so the app can
 * list releases in its picker while loading only the one that is open; and a loader per
 * release, `virtual:release/<id>`, one chunk with that folder's files as raw text. Fifty
 * releases add fifty short entries to the app, not a path for every file.
 */
import type { Plugin } from 'vite';
import type { ReleaseModule } from '../src/data/releases.ts';
import type { ReleaseSummary } from '../src/data/summary.ts';
import { loadRelease } from '../src/model/release.ts';
import { stripMarkup } from '../src/model/markup.ts';
import { formatProblem } from '../src/model/problems.ts';
import {
  isDirectory,
  listReleaseRoot,
  readReleaseFolder,
  releaseFolder,
  type ReleaseFolder,
} from '../scripts/lib/release-folders.ts';
import { searchModule } from './release-search.ts';

const VIRTUAL = 'virtual:release-index';
const RESOLVED = `\0${VIRTUAL}`;
const FOLDER = 'virtual:release/';
const SEARCH = 'virtual:release-search';

/**
 * The index: summaries, and a lazy import of each release's files in the same order. Each id
 * is written once (the chunks are named by hash alone, see outputOptions below): at a thousand
 * releases the index is part of every page's start-up.
 */
function indexModule(summaries: ReleaseSummary[]): string {
  const loaders = summaries
    .map((r) => `  () => import(${JSON.stringify(FOLDER + r.id)}),`)
    .join('\n');
  return `export default ${JSON.stringify(summaries)};\nexport const loaders = [\n${loaders}\n];\n`;
}

/** A release's chunk is `r-<hash>.js`: its id is already in the index. */
const RELEASE_CHUNK = 'assets/r-[hash].js';

/**
 * One release. In a build, it is loaded here with the model's own loader (parsing, schema and
 * cross-checks, sentence splitting), once, and the result ships as JSON text that the app reads
 * with JSON.parse: the browser neither repeats that work nor loads the schema library before
 * the page can hydrate, and the server-rendered page and the browser split sentences alike. A
 * release that fails ships its problems, which the app shows. The dev server ships the raw
 * files, which the app loads itself, so an edit shows on reload. Either way nothing in a
 * release is ever run as code.
 */
function folderModule(folder: ReleaseFolder, building: boolean): string {
  const module: ReleaseModule = building
    ? { loaded: loadRelease(folder.files) }
    : { files: folder.files as Record<string, string> };
  // A function, not the parsed object: a module's exports live as long as the page, and the
  // overview loads every release only to index it. The function keeps the text, so the text
  // escapes characters beyond Latin-1 (JSON's \uXXXX): one such character would make the
  // browser store the whole text with two bytes a character.
  const json = JSON.stringify(module).replace(
    /[\u0100-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `export default () => JSON.parse(${JSON.stringify(json)});\n`;
}

/** What would be published that must not be: symbolic links and files the model does not define. */
export function refusedEntries(folder: ReleaseFolder): string[] {
  return (folder.refused ?? []).map((p) => formatProblem(folder.dir, p));
}

/** The `# Title` line of a text file, without its mention links. */
function titleOf(text: string | undefined): string {
  const first = text?.split('\n', 1)[0] ?? '';
  return stripMarkup(first.replace(/^# /, '')).trim();
}

/** The release folders of `root` (named by an id) and what is wrong with its other entries. */
function listing(root: string): { folders: string[]; problems: string[] } {
  return isDirectory(root) ? listReleaseRoot(root) : { folders: [], problems: [] };
}

/** Reads only release.json and the title lines; anything malformed is left to the data check. */
export function summarise(root: string): ReleaseSummary[] {
  return listing(root)
    .folders.map((dir) => {
      const { files } = readReleaseFolder(dir);
      let visitDate = '';
      try {
        const meta: unknown = JSON.parse(files['release.json'] ?? '');
        if (
          meta &&
          typeof meta === 'object' &&
          'visitDate' in meta &&
          typeof meta.visitDate === 'string'
        ) {
          visitDate = meta.visitDate;
        }
      } catch {
        // The data check reports a broken release.json; the picker still lists the folder.
      }
      return {
        id: dir.slice(root.length + 1),
        visitDate,
        title: { sv: titleOf(files['text.sv.md']), en: titleOf(files['text.en.md']) },
      };
    })
    .sort((a, b) => b.visitDate.localeCompare(a.visitDate) || b.id.localeCompare(a.id));
}

export function releaseIndex(root: string): Plugin {
  /** The one place a release id becomes a path: only a release folder listed under `root`. */
  const folderOf = (id: string): string | undefined => releaseFolder(root, id);
  let building = false;
  return {
    name: 'diplomap:release-index',
    configResolved(config) {
      building = config.command === 'build';
    },
    outputOptions(options) {
      const names = options.chunkFileNames;
      return {
        ...options,
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.startsWith(`\0${FOLDER}`)
            ? RELEASE_CHUNK
            : typeof names === 'function'
              ? names(chunk)
              : (names ?? 'assets/[name]-[hash].js'),
      };
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id === SEARCH) return `\0${SEARCH}`;
      if (id.startsWith(FOLDER) && folderOf(id.slice(FOLDER.length))) return `\0${id}`;
      return undefined;
    },
    load(id) {
      // No addWatchFile: the dev server would take the files as imports of a virtual module.
      // configureServer below invalidates these modules when a release changes.
      if (id === RESOLVED) {
        const { problems } = listing(root);
        // A build fails on a folder it cannot publish; the dev server leaves it out and says so.
        if (problems.length > 0) {
          if (building) this.error(problems.join('\n'));
          for (const problem of problems) this.warn(problem);
        }
        return indexModule(summarise(root));
      }
      if (id === `\0${SEARCH}`) return searchModule(root, summarise(root));
      if (id.startsWith(`\0${FOLDER}`)) {
        // The dev server hands `/@id/__x00__virtual:release/…` here without resolveId: any id
        // that is not a release folder (`../`, a path, a folder that is gone) gets nothing.
        const dir = folderOf(id.slice(FOLDER.length + 1));
        if (!dir) return 'export default () => ({});';
        const folder = readReleaseFolder(dir);
        const refused = refusedEntries(folder);
        if (refused.length > 0) this.error(refused.join('\n'));
        return folderModule(folder, building);
      }
      return undefined;
    },
    configureServer(server) {
      // A release added, renamed or retitled while `npm run dev` runs shows up on reload.
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        const release = path.slice(root.length + 1).split(/[\\/]/)[0] ?? '';
        for (const id of [RESOLVED, `\0${SEARCH}`, `\0${FOLDER}${release}`]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
      });
    },
  };
}
