/**
 * A prerendered page that the app takes over must not move under the reader (issue 11: CLS
 * 0), whether the address is plain or carries view state the prerenderer could not know: a
 * meeting filter or a selection whose details open. Every layout shift of the load is counted,
 * from the buffered Layout Instability entries, until the map, its basemap and the text are
 * all in their final state; the failure message names what moved.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, test } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { readMeetings, releaseId } from './data.ts';
import { baseUrl, setupBrowser } from './harness.ts';

const { open } = setupBrowser();

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift since navigation, with the elements that moved. */
async function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        type Entry = PerformanceEntry & {
          value: number;
          sources?: Array<{
            node?: Node | null;
            previousRect: DOMRectReadOnly;
            currentRect: DOMRectReadOnly;
          }>;
        };
        const describe = (node: Node | null | undefined) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          const classes = [...node.classList].slice(0, 3).join('.');
          return `${node.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            (list.getEntries() as Entry[]).map((e) => ({
              value: e.value,
              sources: (e.sources ?? []).map((s) => {
                const r = (b: DOMRectReadOnly) =>
                  [b.x, b.y, b.width, b.height].map(Math.round).join(',');
                return `${describe(s.node)} ${r(s.previousRect)} → ${r(s.currentRect)}`;
              }),
            })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all the observer never calls back: settle after two frames.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );
}

/** Waits until nothing the load brings is still to come: map, basemap, names, text. */
async function settled(page: Page): Promise<void> {
  await page.locator('.leaflet-overlay-pane path').first().waitFor({ state: 'attached' });
  await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  await page.locator('.country-label').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Two frames, so whatever the last task changed has been laid out and painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const page_ = `r/${releaseId()}/`;
const [firstMeeting] = readMeetings().meetings;

describe('loading a prerendered page moves nothing', () => {
  test.each([
    ['the plain address', '', 1280],
    ['a meeting filter', `?meeting=${firstMeeting?.id ?? ''}`, 1280],
    ['a selection', '?select=journey:swedish-pm-to-paris', 1280],
    ['a selection on a phone', '?select=journey:swedish-pm-to-paris', 360],
  ])('%s', async (_name, query, width) => {
    const { page, errors } = await open(`${page_}${query}`, {
      width,
      height: width < 700 ? 740 : 800,
    });
    if (query.includes('select')) await page.getByRole('heading', { level: 2 }).first().waitFor();
    await settled(page);
    const shifts = await layoutShifts(page);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBe(0);
    expect(errors).toEqual([]);
  });
});

/**
 * Serves the app as the preview server does, but sends each HTML page in two parts with a pause
 * after `split`, as a slow network or a busy server may: the browser could paint the first part.
 */
function servingInParts(split: string, pauseMs: number): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', baseUrl()));
      const type = upstream.headers.get('content-type') ?? '';
      response.writeHead(upstream.status, { 'content-type': type });
      const body = Buffer.from(await upstream.arrayBuffer());
      const at = type.includes('text/html') ? body.indexOf(split) : -1;
      if (at < 0) return response.end(body);
      response.write(body.subarray(0, at));
      setTimeout(() => response.end(body.subarray(at)), pauseMs);
    })().catch(() => response.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('a page whose markup arrives in parts', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  test('is not painted in part: the header does not rearrange under the reader', async () => {
    // The first part ends inside the header's controls, after the release picker; the pause is
    // long enough for the stylesheet and scripts to arrive, so that part could be painted.
    server = await servingInParts('<div class="toggle"', 1500);
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
      headless: true,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`http://127.0.0.1:${address.port}/${page_}`);
      await page.locator('html[data-running]').waitFor({ state: 'attached' });
      await settled(page);
      const shifts = await layoutShifts(page);
      expect(
        shifts.reduce((sum, s) => sum + s.value, 0),
        JSON.stringify(shifts),
      ).toBe(0);
      await expect.poll(() => page.locator('.toggle button').count()).toBe(3);
    } finally {
      await browser.close();
    }
  });
});
