/**
 * `virtual:release-index`: id, date of the visit and title of every release, so the app can
 * list releases in its picker while loading only the one that is open; and a loader per
 * release, `virtual:release/<id>`, one chunk with that folder's files as raw text. Fifty
 * releases add fifty short entries to the app, not a path for every file.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ReleaseSummary } from '../src/data/summary';
import { stripMarkup } from '../src/model/markup';
import { searchModule } from './release-search';

const VIRTUAL = 'virtual:release-index';
const RESOLVED = `\0${VIRTUAL}`;
const FOLDER = 'virtual:release/';
const SEARCH = 'virtual:release-search';
const DATA_FILE = /\.(json|md)$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The index: summaries, and a lazy import of each release's files. */
function indexModule(root: string): string {
  const summaries = summarise(root);
  const loaders = summaries
    .map((r) => `  ${JSON.stringify(r.id)}: () => import(${JSON.stringify(FOLDER + r.id)}),`)
    .join('\n');
  return `export default ${JSON.stringify(summaries)};\nexport const loaders = {\n${loaders}\n};\n`;
}

/**
 * One release: every data file of its folder as a string literal of its raw text. The app
 * parses it (JSON.parse, the markup parser); nothing in it is ever run as code.
 */
function folderModule(dir: string): string {
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => DATA_FILE.test(name))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
  return `export default ${JSON.stringify(files)};\n`;
}

/** The `# Title` line of a text file, without its mention links. */
function titleOf(path: string): string {
  if (!existsSync(path)) return '';
  const first = readFileSync(path, 'utf8').split('\n', 1)[0] ?? '';
  return stripMarkup(first.replace(/^# /, '')).trim();
}

/** Reads only release.json and the title lines; anything malformed is left to the data check. */
export function summarise(root: string): ReleaseSummary[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name);
      let visitDate = '';
      try {
        const meta: unknown = JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8'));
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
        id: entry.name,
        visitDate,
        title: { sv: titleOf(join(dir, 'text.sv.md')), en: titleOf(join(dir, 'text.en.md')) },
      };
    })
    .sort((a, b) => b.visitDate.localeCompare(a.visitDate) || b.id.localeCompare(a.id));
}

export function releaseIndex(root: string): Plugin {
  return {
    name: 'diplomap:release-index',
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id === SEARCH) return `\0${SEARCH}`;
      if (id.startsWith(FOLDER) && ID.test(id.slice(FOLDER.length))) return `\0${id}`;
      return undefined;
    },
    load(id) {
      // No addWatchFile: the dev server would take the files as imports of a virtual module.
      // configureServer below invalidates these modules when a release changes.
      if (id === RESOLVED) return indexModule(root);
      if (id === `\0${SEARCH}`) return searchModule(root, summarise(root));
      if (id.startsWith(`\0${FOLDER}`)) {
        const dir = join(root, id.slice(FOLDER.length + 1));
        return existsSync(dir) ? folderModule(dir) : 'export default {};';
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
