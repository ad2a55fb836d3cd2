/**
 * What a prerendered release page asks for before its entry script runs: the map's code (a
 * chunk the entry imports dynamically), the release's data, and the basemap. Without these
 * hints the browser learns of them only once the entry has loaded and run; with them, they
 * load while it does, and the map can mount as soon as the page hydrates.
 */
import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * The chunks of a build the pages need, found by a module each one holds: a chunk made for one
 * module (its facade) and a chunk that groups many (vite.config.ts's codeSplitting groups) alike.
 */
export interface ChunkGraph {
  /** Chunk file names (relative to the output folder) by the id of each module they hold. */
  byModule: Map<string, string>;
  /** Static imports and imported CSS of each chunk, by chunk file name. */
  imports: Map<string, { js: string[]; css: string[] }>;
  /** The entry's own file and the files it imports statically (already in index.html). */
  initial: Set<string>;
}

export function chunkGraph(bundle: OutputBundle): ChunkGraph {
  const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
  const byModule = new Map<string, string>();
  const imports = new Map<string, { js: string[]; css: string[] }>();
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) byModule.set(id, chunk.fileName);
    const css = [...(chunk.viteMetadata?.importedCss ?? [])];
    imports.set(chunk.fileName, { js: chunk.imports, css });
  }
  const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  const initial = closure(entries, imports).js;
  for (const entry of entries) for (const css of imports.get(entry)?.css ?? []) initial.add(css);
  return { byModule, imports, initial };
}

/** The files `roots` import statically, transitively, roots included. */
function closure(
  roots: string[],
  imports: ChunkGraph['imports'],
): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const found = imports.get(file);
    found?.css.forEach((c) => css.add(c));
    found?.js.forEach(visit);
  };
  roots.forEach(visit);
  return { js, css };
}

export interface Preloads {
  /** Module scripts, for `<link rel="modulepreload">`. */
  modules: string[];
  /** Stylesheets the map's chunk brings, for `<link rel="preload" as="style">`. */
  styles: string[];
  /** Data the page fetches, for `<link rel="preload" as="fetch" crossorigin>`. */
  fetches: string[];
}

/** Ids of the modules a release page loads at start-up besides its entry. */
export const pageModules = (release: string, root: string): string[] => [
  `${root}/src/map/MapView.tsx`,
  `\0virtual:release/${release}`,
];

/**
 * Ids of the modules the overview's page loads besides its entry: its own code and its
 * map's. Not the releases: at a thousand, as many hints would outweigh the page.
 */
export const overviewModules = (root: string): string[] => [
  `${root}/src/overview/Overview.tsx`,
  `${root}/src/overview/OverviewMap.tsx`,
];

/**
 * What a release page preloads, as addresses under `base`: the chunks of `modules` and what
 * they import, less what index.html already loads; and `fetches` as given. A module the build
 * has no chunk for (a release that is not in it, say) is left out.
 */
export function preloadsFor(
  graph: ChunkGraph,
  modules: string[],
  fetches: string[],
  base: string,
): Preloads {
  const roots = [...new Set(modules.flatMap((m) => graph.byModule.get(m) ?? []))];
  const { js, css } = closure(roots, graph.imports);
  const fresh = (file: string) => !graph.initial.has(file);
  return {
    modules: [...js].filter(fresh).map((f) => base + f),
    styles: [...css].filter(fresh).map((f) => base + f),
    fetches: fetches.map((f) => base + f),
  };
}

/**
 * The hints as tags for <head>; every address is a build file name, escaped nonetheless. With
 * `applyStyles`, the stylesheets are linked, not only preloaded: for a page whose prerendered
 * HTML needs them to read right before (and without) its chunks' code, as the overview's does.
 */
export function preloadHtml(
  preloads: Preloads,
  escape: (s: string) => string,
  { applyStyles = false } = {},
): string {
  return [
    ...preloads.modules.map(
      (href) => `<link rel="modulepreload" crossorigin href="${escape(href)}">`,
    ),
    ...preloads.styles.map((href) =>
      applyStyles
        ? `<link rel="stylesheet" crossorigin href="${escape(href)}">`
        : `<link rel="preload" as="style" crossorigin href="${escape(href)}">`,
    ),
    ...preloads.fetches.map(
      (href) => `<link rel="preload" as="fetch" crossorigin href="${escape(href)}">`,
    ),
  ]
    .map((tag) => `    ${tag}`)
    .join('\n');
}
