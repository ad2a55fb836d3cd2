/**
 * `virtual:release-index`: id, date of the visit and title of every release, so the app can
 * list releases in its picker while loading only the one that is open.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ReleaseSummary } from '../src/data/summary';
import { stripMarkup } from '../src/model/markup';

const VIRTUAL = 'virtual:release-index';
const RESOLVED = `\0${VIRTUAL}`;

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
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(root);
      return `export default ${JSON.stringify(summarise(root))};`;
    },
    configureServer(server) {
      // A release added, renamed or retitled while `npm run dev` runs shows up on reload.
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
      });
    },
  };
}
