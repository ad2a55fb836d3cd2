/**
 * After `vite build`: one HTML page per release and language (`r/<id>/`, `r/<id>/en/`), the
 * root page (the newest release) and the overview (`overview/`), each rendered with React's
 * server renderer from the same components the browser then hydrates; and a share image (PNG)
 * per release and language, drawn from the same map geometry and rasterised with resvg.
 *
 * The components are loaded through a Vite server in SSR mode, so they resolve exactly as in
 * the app (virtual release index, aliases, `import.meta.env`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { FeatureCollection } from 'geojson';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { escapeMarkup } from '../src/publish/escape.ts';
import { headHtml, type PageHead } from '../src/publish/head.ts';
import { LANGS, type Lang } from '../src/model/lang.ts';
import { normaliseBase, pagePath } from '../src/state/location.ts';
import {
  chunkGraph,
  overviewModules,
  pageModules,
  preloadHtml,
  preloadsFor,
  type ChunkGraph,
} from './preloads.ts';
import { BASEMAP_FILE } from '../geo/vite-plugin-basemap.ts';
import type * as EntryModule from '../src/publish/prerender.tsx';

type Entry = typeof EntryModule;

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** Fonts from an npm package, never the system's, so the image is the same on every machine. */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));

/**
 * A share image's PNG. resvg parses and draws it on libuv's thread pool, so the next pages
 * render meanwhile: drawing is most of a release's build time.
 */
export async function rasterise(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return image.asPng();
}

/**
 * Runs tasks side by side, at most `limit` at once (each holds an image in memory). The first
 * failure is thrown by the next `add` or by `drain`, which waits for the rest.
 */
export function taskPool(limit: number) {
  const running = new Set<Promise<void>>();
  const failures: unknown[] = [];
  const check = () => {
    if (failures.length > 0) throw failures[0];
  };
  return {
    async add(task: () => Promise<void>): Promise<void> {
      check();
      while (running.size >= limit) await Promise.race(running);
      const done: Promise<void> = task()
        .catch((error: unknown) => {
          failures.push(error);
        })
        .finally(() => running.delete(done));
      running.add(done);
    },
    async drain(): Promise<void> {
      await Promise.all(running);
      check();
    },
  };
}

export interface Page {
  lang: Lang;
  head: PageHead | null;
  title: string;
  description: string;
  body: string;
  /** Both are hydrated; the kind says what to load before (src/main.tsx). */
  kind: 'release' | 'overview';
  noscript: string;
  /** `<link>` hints for what the page loads at start-up besides its entry. */
  preloads?: string;
}

/** The built index.html with a page's language, head, prerendered body and no-script text. */
export function fillTemplate(template: string, page: Page): string {
  const replace = (html: string, pattern: RegExp, value: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source}`);
    return html.replace(pattern, () => value);
  };
  let html = template;
  html = replace(html, /<html lang="[a-z]+">/, `<html lang="${page.lang}">`);
  html = replace(html, /<title>[^<]*<\/title>/, `<title>${escapeMarkup(page.title)}</title>`);
  html = replace(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeMarkup(page.description)}" />`,
  );
  if (page.preloads) html = replace(html, /<\/head>/, `${page.preloads}\n  </head>`);
  if (page.head) html = replace(html, /<\/head>/, `${headHtml(page.head)}\n  </head>`);
  html = blockingScriptsLast(html);
  html = replace(
    html,
    /<div id="root"><\/div>/,
    `<div id="root" data-prerendered="${page.kind}">${page.body}</div>`,
  );
  return replace(html, /<noscript>[\s\S]*?<\/noscript>/, `<noscript>${page.noscript}</noscript>`);
}

/**
 * Moves the head's parser-blocking scripts after every other head element (an async one, such
 * as public/warm-up.js, stays early, so it is asked for first). Placed
 * before the module script and the preload hints, public/view-pending.js held back every other
 * request of the page until it had arrived (Chromium's Resource Timing showed each one starting
 * only then), which cost its round trip on every load.
 */
export function blockingScriptsLast(html: string): string {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html);
  if (!head?.[1]) return html;
  const classic = /\s*<script src="[^"]*"><\/script>/g;
  const scripts = head[1].match(classic) ?? [];
  const rest = head[1].replace(classic, '').replace(/\s*$/, '');
  return html.replace(head[0], () => `<head>${rest}${scripts.join('')}\n  </head>`);
}

function write(outDir: string, base: string, path: string, html: string): void {
  const file = join(outDir, path.slice(base.length), 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  let graph: ChunkGraph | undefined;
  return {
    name: 'diplomap:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      graph = chunkGraph(bundle);
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const templateFile = join(outDir, 'index.html');
      // The benchmark's baseline page is built with this config too; it has no index.html.
      if (config.build.ssr || !existsSync(templateFile)) return;
      const template = readFileSync(templateFile, 'utf8');
      const base = normaliseBase(config.base);
      const site = { base, origin: process.env.SITE_URL?.replace(/\/+$/, '') || null };
      if (!site.origin)
        config.logger.warn(
          'SITE_URL is not set: canonical, og:url and og:image addresses are relative, and most ' +
            'social sites and chat apps show no share card for them (README: Publishing).',
        );
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        base,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const entry = (await server.ssrLoadModule('/src/publish/prerender.tsx')) as Entry;
        const basemap = JSON.parse(
          readFileSync(join(outDir, 'basemap/countries.json'), 'utf8'),
        ) as FeatureCollection;
        mkdirSync(join(outDir, 'share'), { recursive: true });
        const images = taskPool(availableParallelism());
        const newest = entry.releases[0]?.id;
        for (const release of entry.releases) {
          // `npm run build` checks the data first; a bare `vite build` of a broken release (as
          // the failure test does) leaves that release to the app's own error page.
          if (!(await entry.releaseLoads(release.id))) {
            console.warn(
              `${release.id} does not load: not prerendered (npm run check:data says why)`,
            );
            continue;
          }
          const preloads = graph
            ? preloadHtml(
                preloadsFor(graph, pageModules(release.id, config.root), [BASEMAP_FILE], base),
                escapeMarkup,
              )
            : '';
          for (const lang of LANGS) {
            const path = pagePath(release.id, lang, base);
            const page = await entry.renderRelease(release.id, lang, path, site);
            const filled: Page = {
              lang,
              head: page.head,
              title: page.head.title,
              description: page.head.description,
              body: page.body,
              kind: 'release',
              noscript: page.translation,
              preloads,
            };
            write(outDir, base, path, fillTemplate(template, filled));
            const embedPath = pagePath(release.id, lang, base, true);
            const embed = await entry.renderRelease(release.id, lang, embedPath, site);
            write(outDir, base, embedPath, fillTemplate(template, { ...filled, body: embed.body }));
            if (release.id === newest && lang === 'sv') {
              const root = await entry.renderRelease(release.id, lang, base, site);
              writeFileSync(templateFile, fillTemplate(template, { ...filled, body: root.body }));
            }
            const svg = await entry.shareImageSvg(release.id, lang, basemap);
            const file = join(outDir, entry.shareImagePath(release.id, lang, ''));
            await images.add(async () => writeFileSync(file, await rasterise(svg)));
          }
          entry.forgetRelease(release.id);
        }
        await images.drain();
        if (entry.releases.length > 1) {
          const preloads = graph
            ? preloadHtml(
                preloadsFor(graph, overviewModules(config.root), [BASEMAP_FILE], base),
                escapeMarkup,
                // Its chunks' styles lay out the prerendered overview (date range, summary):
                // linked, so it neither reads unstyled without JavaScript nor restyles on load.
                { applyStyles: true },
              )
            : '';
          for (const lang of LANGS) {
            const path = pagePath(entry.OVERVIEW, lang, base);
            const { body, noscript } = await entry.renderOverview(lang, path, base);
            const title = `${entry.overviewTitle(lang)} – diplomap`;
            const page: Page = {
              lang,
              head: null,
              title,
              description: title,
              body,
              kind: 'overview',
              noscript,
              preloads,
            };
            write(outDir, base, path, fillTemplate(template, page));
          }
        }
      } finally {
        await server.close();
      }
    },
  };
}
