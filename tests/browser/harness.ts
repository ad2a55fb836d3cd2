/**
 * One Chromium for a test file, a fresh page per test, and the checks every test wants: no
 * uncaught error, and no request to any origin other than the app's own.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/lib/chromium.ts';

export interface PageRecord {
  page: Page;
  errors: string[];
  /** Requests to anything but the app's origin (data: URLs aside), from any page it opens. */
  foreignRequests: string[];
}

/** Set while a test file serves a build of its own (see `buildAndServe`). */
let ownBaseUrl: string | undefined;

export const baseUrl = (): string => ownBaseUrl ?? inject('baseUrl');

/** Builds the app with the releases in `releases`, served under `base`, into `outDir`. */
async function buildInto(outDir: string, releases: string, base: string): Promise<void> {
  const previous = { releases: process.env.DIPLOMAP_RELEASES, base: process.env.BASE_PATH };
  process.env.DIPLOMAP_RELEASES = releases;
  process.env.BASE_PATH = base;
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (previous.releases === undefined) delete process.env.DIPLOMAP_RELEASES;
    else process.env.DIPLOMAP_RELEASES = previous.releases;
    if (previous.base === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previous.base;
  }
}

/**
 * Builds the app with another folder of releases (fixtures, say) into a temporary folder and
 * serves it on a port of its own, so those releases load through the app's real data path.
 */
async function buildAndServe(
  releases: string,
  base = '/',
): Promise<{ server: PreviewServer; outDir: string }> {
  // Test files that serve the same releases under the same base share one build per run.
  const key = createHash('sha1')
    .update(`${resolve(releases)}\0${base}`)
    .digest('hex');
  const outDir = join(inject('buildCache'), key.slice(0, 12));
  if (!existsSync(join(outDir, 'index.html'))) await buildInto(outDir, releases, base);
  const server = await preview({
    configFile: false,
    base,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  ownBaseUrl = `http://127.0.0.1:${address.port}${base}`;
  return { server, outDir };
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** `false` for no-preference; the default is 'reduce'. */
  reducedMotion?: boolean;
  /** A touch screen, as a phone's: `locator.tap()` and `page.touchscreen` work. */
  touch?: boolean;
  /** Ignore the page's Content-Security-Policy, so test tools (axe) can be injected. */
  bypassCSP?: boolean;
  /** `false` opens the page as a reader without JavaScript sees it (the prerendered HTML). */
  javaScript?: boolean;
  /** Runs on the new page before it navigates (to install a clock or route a request, say). */
  beforeLoad?: (page: Page) => Promise<void>;
  /** `false`: return once the HTML is shown, without waiting for the app to run. */
  waitForApp?: boolean;
}

export interface BrowserSetup {
  /** Serve a build made with this folder of releases instead of dist/. */
  releases?: string;
  /** With `releases`: build and serve under this sub-path (BASE_PATH), e.g. `/diplomap/`. */
  base?: string;
  /** Open the app from `npm run dev`'s server (Vite in development mode) instead of a build. */
  devServer?: boolean;
}

/** Vite's development server on a free loopback port, as `npm run dev` runs it. */
async function startDevServer(): Promise<ViteDevServer> {
  const server = await createServer({
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  ownBaseUrl = `http://127.0.0.1:${address.port}/`;
  return server;
}

export function setupBrowser(setup: BrowserSetup = {}): {
  open: (path?: string, options?: OpenOptions) => Promise<PageRecord>;
} {
  let browser: Browser;
  let own: { server: PreviewServer; outDir: string } | undefined;
  let dev: ViteDevServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (setup.releases) own = await buildAndServe(setup.releases, setup.base);
    if (setup.devServer) dev = await startDevServer();
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    browser = await chromium.launch({
      executablePath,
      // Playwright gives every launch a fresh, temporary profile (user data dir) of its own.
      args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
      headless: true,
    });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await own?.server.close();
    await dev?.close();
    ownBaseUrl = undefined;
  });

  async function open(path = '', options: OpenOptions = {}): Promise<PageRecord> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
      bypassCSP: options.bypassCSP ?? false,
      javaScriptEnabled: options.javaScript ?? true,
      hasTouch: options.touch ?? false,
    });
    contexts.push(context);
    // Well inside the test timeout, so a step that cannot happen fails with its own message.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const origin = new URL(baseUrl()).origin;
    const record: PageRecord = { page, errors: [], foreignRequests: [] };
    page.on('pageerror', (error) => record.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(message.text());
    });
    // The whole context, so requests from pages the app opens (target=_blank) count too.
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin)
        record.foreignRequests.push(url);
    });
    // Anything leaving the machine is refused outright, so a stray request fails fast.
    await context.route(
      (url) => url.origin !== origin && url.protocol !== 'data:',
      (route) => route.abort(),
    );
    await options.beforeLoad?.(page);
    // Not waiting for the load event when the app is not awaited: its scripts may never load.
    await page.goto(new URL(path, baseUrl()).href, {
      waitUntil: options.waitForApp === false ? 'commit' : 'load',
    });
    await page.locator('.app').waitFor();
    // The prerendered page shows .app before it runs: wait until the app has taken it over.
    if (options.javaScript !== false && options.waitForApp !== false)
      await page.locator('html[data-running]').waitFor({ state: 'attached' });
    return record;
  }

  return { open };
}

/** Chooses a release in the picker (a combobox) as a user would: open it, click the option. */
export async function chooseRelease(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('listbox', { name: label }).getByRole('option', { name: option }).click();
}
