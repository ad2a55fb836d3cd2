/**
 * npm run screenshots: PNGs of the main views of the built app (dist/, or DIPLOMAP_DIST) in
 * docs/screenshots/, with the legibility figures of each printed, so a change to the map's
 * cartography can be looked at and compared.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './lib/chromium.ts';
import { measureLegibility } from '../tests/browser/legibility.ts';

const OUT = process.env.DIPLOMAP_SCREENSHOTS ?? 'docs/screenshots';
const RELEASE_MEETINGS = [
  'kyiv-advisers-2026-01-03',
  'paris-leaders-2026-01-06',
  'paris-advisers-2026-01-06',
];

interface Shot {
  name: string;
  query: string;
  width: number;
  height: number;
  overview?: boolean;
  /** Zoom in on this place with the mouse wheel first, as a reader looking closer does. */
  zoomOn?: string;
}

const SHOTS: Shot[] = [
  { name: 'default', query: '', width: 1280, height: 800 },
  { name: 'default-en', query: '?lang=en', width: 1280, height: 800 },
  ...RELEASE_MEETINGS.map((m) => ({
    name: `meeting-${m}`,
    query: `?meeting=${m}`,
    width: 1280,
    height: 800,
  })),
  { name: 'selection', query: '?select=place:tallinn', width: 1280, height: 800 },
  { name: 'oslo-close', query: '?lang=en', width: 1280, height: 800, zoomOn: 'oslo' },
  { name: 'wide', query: '', width: 1920, height: 1080 },
  { name: 'tablet', query: '?lang=en', width: 768, height: 1024 },
  { name: 'phone', query: '', width: 360, height: 740 },
  {
    name: 'phone-en-kyiv',
    query: '?lang=en&meeting=kyiv-advisers-2026-01-03',
    width: 360,
    height: 740,
  },
  { name: 'overview', query: '?release=all', width: 1280, height: 800, overview: true },
  { name: 'overview-en', query: '?release=all&lang=en', width: 1280, height: 800, overview: true },
];

/** The overview needs several releases: a build with the fixture corpus, as the tests make. */
const CORPUS = 'tests/fixtures/corpus';

async function serve(outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, base: `http://127.0.0.1:${address.port}/` };
}

const outDir = process.env.DIPLOMAP_DIST ?? 'dist';
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
const shots = SHOTS.filter((s) => only.length === 0 || only.includes(s.name));
const app = await serve(outDir);
let corpus: { server: PreviewServer; base: string; dir: string } | undefined;
if (shots.some((s) => s.overview)) {
  const dir = mkdtempSync(join(tmpdir(), 'diplomap-screenshots-'));
  process.env.DIPLOMAP_RELEASES = CORPUS;
  await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, sourcemap: false } });
  delete process.env.DIPLOMAP_RELEASES;
  corpus = { ...(await serve(dir)), dir };
}
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
  headless: true,
});
try {
  for (const shot of shots) {
    const base = shot.overview && corpus ? corpus.base : app.base;
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(base + shot.query);
    await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(600);
    if (shot.zoomOn) {
      const dot = await page.locator(`[data-place="${shot.zoomOn}"] .place-dot`).boundingBox();
      if (dot) {
        await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
        for (let i = 0; i < 6; i++) {
          await page.mouse.wheel(0, -240);
          await page.waitForTimeout(200);
        }
        await page.waitForTimeout(1500);
      }
    }
    const path = `${OUT}/${shot.name}.png`;
    await page.screenshot({ path });
    const figures = shot.overview ? '' : JSON.stringify(await measureLegibility(page));
    console.log(`${path} ${figures}`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.server.close();
  if (corpus) {
    await corpus.server.close();
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}
