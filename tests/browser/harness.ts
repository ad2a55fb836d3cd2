/**
 * One Chromium for a test file, a fresh page per test, and the checks every test wants: no
 * uncaught error, and no request to any origin other than the app's own.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/lib/chromium';

export interface PageRecord {
  page: Page;
  errors: string[];
  /** Requests to anything but the app's origin (data: URLs aside). */
  foreignRequests: string[];
}

/** Set while a test file serves its own build (see `serveOwnBuild`). */
let ownBaseUrl: string | undefined;

export const baseUrl = (): string => ownBaseUrl ?? inject('baseUrl');

/**
 * With DIPLOMAP_DIST set, a test file serves that build on a port of its own rather than the
 * shared dist/, so someone can test a private build while others rebuild dist/.
 */
async function serveOwnBuild(): Promise<PreviewServer | undefined> {
  const outDir = process.env.DIPLOMAP_DIST;
  if (!outDir) return undefined;
  const server = await preview({
    configFile: false,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`cannot serve ${outDir}: the preview server has no port`);
  }
  ownBaseUrl = `http://127.0.0.1:${address.port}/`;
  return server;
}

export function setupBrowser(): {
  open: (
    path?: string,
    options?: { width?: number; height?: number; reducedMotion?: boolean },
  ) => Promise<PageRecord>;
} {
  let browser: Browser;
  let server: PreviewServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await serveOwnBuild();
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
    await server?.close();
    ownBaseUrl = undefined;
  });

  async function open(
    path = '',
    options: { width?: number; height?: number; reducedMotion?: boolean } = {},
  ): Promise<PageRecord> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    });
    contexts.push(context);
    const page = await context.newPage();
    const origin = new URL(baseUrl()).origin;
    const record: PageRecord = { page, errors: [], foreignRequests: [] };
    page.on('pageerror', (error) => record.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(message.text());
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin)
        record.foreignRequests.push(url);
    });
    // Anything leaving the machine is refused outright, so a stray request fails fast.
    await context.route(
      (url) => url.origin !== origin && url.protocol !== 'data:',
      (route) => route.abort(),
    );
    await page.goto(new URL(path, baseUrl()).href);
    await page.locator('.app').waitFor();
    return record;
  }

  return { open };
}
