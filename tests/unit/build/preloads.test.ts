/**
 * What a prerendered release page preloads (build/preloads.ts): the map's chunks and the
 * release's data with everything they import, but nothing index.html already loads.
 */
import { describe, expect, test } from 'vitest';
import type { Rolldown } from 'vite';
import {
  chunkGraph,
  overviewModules,
  pageModules,
  preloadHtml,
  preloadsFor,
} from '../../../build/preloads.ts';
import { escapeMarkup } from '../../../src/publish/escape.ts';

const ROOT = '/app';

/** A bundle of chunks as Rolldown describes them, with only the fields the graph reads. */
function bundle(
  chunks: Array<{
    file: string;
    /** The modules the chunk holds (a facade's chunk holds its module). */
    modules?: string[];
    entry?: boolean;
    imports?: string[];
    css?: string[];
  }>,
): Rolldown.OutputBundle {
  return Object.fromEntries(
    chunks.map((c) => [
      c.file,
      {
        type: 'chunk',
        fileName: c.file,
        moduleIds: c.modules ?? [],
        isEntry: c.entry ?? false,
        imports: c.imports ?? [],
        viteMetadata: { importedCss: new Set(c.css ?? []), importedAssets: new Set() },
      } as unknown as Rolldown.OutputChunk,
    ]),
  );
}

const BUILD = bundle([
  { file: 'assets/index.js', entry: true, imports: ['assets/react.js'], css: ['assets/index.css'] },
  { file: 'assets/react.js' },
  {
    file: 'assets/MapView.js',
    modules: [`${ROOT}/src/map/MapView.tsx`],
    imports: ['assets/leaflet.js', 'assets/react.js'],
  },
  { file: 'assets/leaflet.js', css: ['assets/leaflet.css'] },
  { file: 'assets/kyiv.js', modules: ['\0virtual:release/kyiv'] },
  { file: 'assets/paris.js', modules: ['\0virtual:release/paris'] },
  { file: 'assets/Overview.js', modules: [`${ROOT}/src/overview/Overview.tsx`] },
  {
    file: 'assets/OverviewMap.js',
    modules: [`${ROOT}/src/overview/OverviewMap.tsx`],
    imports: ['assets/leaflet.js', 'assets/react.js'],
  },
]);

describe('preloads of a release page', () => {
  const graph = chunkGraph(BUILD);

  test('the map chunk, what it imports and the release, less what the entry loads', () => {
    const preloads = preloadsFor(graph, pageModules('kyiv', ROOT), ['basemap/countries.json'], '/');
    expect(preloads.modules).toEqual([
      '/assets/MapView.js',
      '/assets/leaflet.js',
      '/assets/kyiv.js',
    ]);
    expect(preloads.styles).toEqual(['/assets/leaflet.css']);
    expect(preloads.fetches).toEqual(['/basemap/countries.json']);
  });

  test('only the page’s own release, under the build’s base path', () => {
    const preloads = preloadsFor(graph, pageModules('paris', ROOT), [], '/diplomap/');
    expect(preloads.modules).toContain('/diplomap/assets/paris.js');
    expect(preloads.modules).not.toContain('/diplomap/assets/kyiv.js');
    expect(preloads.modules.every((m) => m.startsWith('/diplomap/assets/'))).toBe(true);
  });

  test('a release the build has no chunk for adds nothing', () => {
    const preloads = preloadsFor(graph, [`\0virtual:release/gone`], [], '/');
    expect(preloads.modules).toEqual([]);
  });

  test('as tags: module preloads, a style preload and a CORS fetch preload', () => {
    const html = preloadHtml(
      { modules: ['/a.js'], styles: ['/b.css'], fetches: ['/c.json?x="y"'] },
      escapeMarkup,
    );
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/a.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/b.css">');
    expect(html).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/c.json?x=&#34;y&#34;">',
    );
  });

  test('styles a page needs before its code runs are linked, not only preloaded', () => {
    const preloads = { modules: [], styles: ['/b.css'], fetches: [] };
    const html = preloadHtml(preloads, escapeMarkup, { applyStyles: true });
    expect(html.trim()).toBe('<link rel="stylesheet" crossorigin href="/b.css">');
  });
});

describe('preloads from a chunk that groups many modules', () => {
  // As vite.config.ts groups Leaflet and the map's modules: one chunk holds both maps' code.
  const grouped = chunkGraph(
    bundle([
      { file: 'assets/index.js', entry: true, imports: ['assets/app.js'] },
      { file: 'assets/app.js', modules: [`${ROOT}/src/main.tsx`] },
      {
        file: 'assets/map.js',
        modules: [`${ROOT}/src/map/MapView.tsx`, `${ROOT}/src/overview/OverviewMap.tsx`, 'leaflet'],
        imports: ['assets/app.js'],
        css: ['assets/map.css'],
      },
      { file: 'assets/kyiv.js', modules: ['\0virtual:release/kyiv'] },
    ]),
  );

  test('a release page preloads the group once, with its styles', () => {
    const preloads = preloadsFor(grouped, pageModules('kyiv', ROOT), [], '/');
    expect(preloads.modules).toEqual(['/assets/map.js', '/assets/kyiv.js']);
    expect(preloads.styles).toEqual(['/assets/map.css']);
  });

  test('the overview finds its map in the same group, and its own code nowhere else', () => {
    const preloads = preloadsFor(grouped, overviewModules(ROOT), [], '/');
    expect(preloads.modules).toEqual(['/assets/map.js']);
  });
});

describe('preloads of the overview page', () => {
  test('its code and its map’s, but no release and nothing the entry loads', () => {
    const preloads = preloadsFor(chunkGraph(BUILD), overviewModules(ROOT), [], '/');
    expect(preloads.modules).toEqual([
      '/assets/Overview.js',
      '/assets/OverviewMap.js',
      '/assets/leaflet.js',
    ]);
    expect(preloads.modules.some((m) => /kyiv|paris/.test(m))).toBe(false);
  });
});
