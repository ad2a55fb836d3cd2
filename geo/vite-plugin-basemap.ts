// Serves the offline basemap at <base>basemap/countries.json: from memory in `vite` (dev) and as
// an emitted asset in `vite build`, which `vite preview` then serves from dist/. The app thus
// draws country shapes without any request beyond its own origin.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
// '.js' (resolved to basemap.ts): Vite 8 warns about extensionless imports in config-loaded code.
import { buildBasemap, buildDetail, DEFAULT_BASEMAP_OPTIONS, EUROPE } from './basemap.ts';
import { countryLabelPoints } from '../src/map/countryLabels.ts';

/** The basemap's path relative to Vite's `base`; the app fetches `import.meta.env.BASE_URL + BASEMAP_FILE`. */
export const BASEMAP_FILE = 'basemap/countries.json';

/**
 * Where each country's name goes (src/map/countryLabels.ts), computed here once rather than in
 * every browser on every load, where it took some 400 ms of main thread before the map painted.
 */
export const LABELS_FILE = 'basemap/labels.json';

type WorldAtlasFile = 'countries-10m' | 'countries-50m' | 'countries-110m';

/** Natural Earth 10m, one file per country, for close zooms: `<base>basemap/detail/<key>.json`. */
export const DETAIL_DIR = 'basemap/detail';

const resolver = createRequire(import.meta.url);

/** Reads a world-atlas TopoJSON file from node_modules. */
export function readWorldAtlas(name: WorldAtlasFile): Topology {
  const path = resolver.resolve(`world-atlas/${name}.json`);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isTopology(parsed)) throw new Error(`${path} is not a TopoJSON topology`);
  return parsed;
}

let source: string | undefined;

/** The basemap as JSON text, built once per process (about 0.1 s) and shared by dev and build. */
export function basemapSource(): string {
  source ??= JSON.stringify(
    buildBasemap(
      readWorldAtlas('countries-50m'),
      readWorldAtlas('countries-110m'),
      DEFAULT_BASEMAP_OPTIONS,
    ),
  );
  return source;
}

let labels: string | undefined;

/** The country label points of the basemap as JSON text, built once per process. */
export function labelsSource(): string {
  labels ??= JSON.stringify(
    countryLabelPoints(JSON.parse(basemapSource()) as Parameters<typeof countryLabelPoints>[0]),
  );
  return labels;
}

let detail: Map<string, string> | undefined;

/** The detail files by path under DETAIL_DIR (index.json and one per country), built once. */
export function detailSources(): Map<string, string> {
  if (!detail) {
    const built = buildDetail(readWorldAtlas('countries-10m'), EUROPE);
    detail = new Map([['index.json', JSON.stringify(built.index)]]);
    for (const [key, feature] of built.features) detail.set(`${key}.json`, JSON.stringify(feature));
  }
  return detail;
}

export function basemap(): Plugin {
  return {
    name: 'diplomap:basemap',

    configureServer(server) {
      // Hooks run before Vite's own middlewares, so `base` has not been stripped from the URL yet.
      const files = new Map([
        [`${server.config.base}${BASEMAP_FILE}`, basemapSource],
        [`${server.config.base}${LABELS_FILE}`, labelsSource],
      ]);
      const detailUrl = `${server.config.base}${DETAIL_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        const body = pathname.startsWith(detailUrl)
          ? detailSources().get(pathname.slice(detailUrl.length))
          : files.get(pathname)?.();
        if (body === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Content-Length', Buffer.byteLength(body));
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },

    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BASEMAP_FILE, source: basemapSource() });
      this.emitFile({ type: 'asset', fileName: LABELS_FILE, source: labelsSource() });
      for (const [file, source] of detailSources())
        this.emitFile({ type: 'asset', fileName: `${DETAIL_DIR}/${file}`, source });
    },
  };
}

function isTopology(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const candidate: { type?: unknown; arcs?: unknown; objects?: unknown } = value;
  return (
    candidate.type === 'Topology' &&
    Array.isArray(candidate.arcs) &&
    typeof candidate.objects === 'object' &&
    candidate.objects !== null
  );
}
