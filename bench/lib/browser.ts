/**
 * Driving Chromium for the benchmark: a fresh context per page load (no shared cache), the
 * probe installed before the page's scripts, and the measurements read back from the page.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/lib/chromium.ts';
import {
  armFilterChange,
  armLanguageToggle,
  armOverlayMutations,
  installProbe,
  MARKS,
  NAME_SHIM,
  type ChangeTiming,
  type EventRecord,
  type MutationCounts,
  type ToggleTiming,
} from './probe.ts';

const VIEWPORT = { width: 1280, height: 800 };
// Generous: 10,000 journeys on a busy two-core machine have taken over 40 s.
const PAINT_TIMEOUT_MS = 300_000;

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  // Playwright adds its own headless switch; the rest are the project's quiet, offline flags.
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    headless: true,
  });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Paths of the scripts the page requested, relative to the server root. */
  scripts: string[];
}

/** A new context (own cache and storage) with one page on `url`, probe installed first. */
export async function open(browser: Browser, url: string): Promise<Opened> {
  // Reduced motion, as the browser tests: fits jump rather than animate, so a measured change
  // includes Leaflet's redraw instead of leaving it to the end of an animation.
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const origin = new URL(url).origin;
  await context.route(
    (target) => target.origin !== origin && target.protocol !== 'data:',
    (route) => route.abort(),
  );
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installProbe, [...MARKS]);
  const page = await context.newPage();
  // Actions wait for a main thread that 10,000 journeys can keep busy for a long time.
  page.setDefaultTimeout(PAINT_TIMEOUT_MS);
  const opened: Opened = { context, page, errors: [], scripts: [] };
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.origin === origin && target.pathname.endsWith('.js'))
      opened.scripts.push(target.pathname.slice(1));
  });
  await page.goto(url, { waitUntil: 'commit' });
  return opened;
}

export interface LoadTiming {
  /** Navigation start → both marks, then two frames: basemap and arcs painted. */
  painted: number;
  basemapMark: number;
  arcsMark: number;
  /** When the page asked for the basemap file, and when it had it (Resource Timing). */
  basemapRequested: number;
  basemapReceived: number;
  lcp: number | null;
  cls: number;
}

/** CLS as Web Vitals defines it: the largest session window of shifts (1 s gap, 5 s cap). */
export function cumulativeLayoutShift(shifts: Array<{ time: number; value: number }>): number {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { time, value } of [...shifts].sort((a, b) => a.time - b.time)) {
    if (time - last > 1000 || time - first > 5000) {
      sum = 0;
      first = time;
    }
    sum += value;
    last = time;
    worst = Math.max(worst, sum);
  }
  return Math.round(worst * 1000) / 1000;
}

export async function waitPainted(opened: Opened): Promise<LoadTiming> {
  try {
    await opened.page.waitForFunction(() => window.__bench?.painted != null, null, {
      timeout: PAINT_TIMEOUT_MS,
      polling: 100,
    });
  } catch (error) {
    const text = await opened.page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(
      `page never painted basemap and arcs (${String(error)})\n` +
        `errors: ${opened.errors.join(' | ') || 'none'}\npage text: ${text.slice(0, 500)}`,
      { cause: error },
    );
  }
  const state = await opened.page.evaluate(() => {
    const s = window.__bench;
    const basemap = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('basemap/countries.json')) as
      PerformanceResourceTiming | undefined;
    return s
      ? {
          marks: s.marks,
          painted: s.painted,
          lcp: s.lcp,
          shifts: s.shifts,
          basemap: basemap ? [basemap.startTime, basemap.responseEnd] : [NaN, NaN],
        }
      : null;
  });
  if (!state || state.painted === null) throw new Error('probe state missing');
  return {
    painted: state.painted,
    basemapMark: state.marks['diplomap:basemap'] ?? Number.NaN,
    arcsMark: state.marks['diplomap:arcs'] ?? Number.NaN,
    basemapRequested: state.basemap[0] ?? Number.NaN,
    basemapReceived: state.basemap[1] ?? Number.NaN,
    lcp: state.lcp,
    cls: cumulativeLayoutShift(state.shifts),
  };
}

/** JS heap in use after a full garbage collection, in MB (CDP, so the same for every page). */
export async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return Math.round((used / 2 ** 20) * 10) / 10;
  } finally {
    await cdp.detach();
  }
}

/**
 * The meeting filter: the select that offers this meeting. Found by content, not class, because
 * other selects (the release picker) share the filter's styling.
 */
export const meetingFilter = (meetingId: string): string =>
  `select:has(option[value="${meetingId}"])`;

/** Chooses a meeting ('' for all) with page.selectOption and times it in the page. */
export async function changeFilter(
  page: Page,
  filter: string,
  value: string,
  expected: number,
): Promise<ChangeTiming> {
  await page.evaluate(armFilterChange, expected);
  await page.selectOption(filter, value);
  return (await page.evaluate(() => window.__bench?.pending)) as ChangeTiming;
}

/** The same change, counting what it does to the SVG overlay (kept out of the timings). */
export async function changeFilterCountingMutations(
  page: Page,
  filter: string,
  value: string,
  expected: number,
): Promise<{ timing: ChangeTiming; counts: MutationCounts }> {
  await page.evaluate(armFilterChange, expected);
  await page.evaluate(armOverlayMutations);
  await page.selectOption(filter, value);
  return (await page.evaluate(() => window.__bench?.pending)) as {
    timing: ChangeTiming;
    counts: MutationCounts;
  };
}

/** Clicks Svenska or English (a real, trusted click) and times the text update. */
export async function toggleLanguage(page: Page, lang: 'sv' | 'en'): Promise<ToggleTiming> {
  await page.evaluate(armLanguageToggle);
  await page.click(`.toggle button[lang="${lang}"]`);
  return (await page.evaluate(() => window.__bench?.pending)) as ToggleTiming;
}

/** The meeting the next ArrowDown selects ('' when the list is at its end). */
const nextOption = (page: Page, filter: string) =>
  page.$eval(filter, (element) => {
    const select = element as HTMLSelectElement;
    return select.options[select.selectedIndex + 1]?.value ?? null;
  });

export interface Interactions {
  /** Worst interaction: the largest Event Timing duration among one interaction's events. */
  inp: number | null;
  events: EventRecord[];
}

/**
 * Lab INP for the meeting filter: trusted key presses on the focused select (ArrowDown picks the
 * next meeting, as a keyboard user would), then the Event Timing entries of 16 ms and more.
 * With fewer than 50 interactions INP is the worst one; null means none reached 16 ms.
 */
export async function filterInteractions(
  page: Page,
  filter: string,
  counts: (meeting: string) => number,
  presses: number,
): Promise<Interactions> {
  await page.focus(filter);
  for (let i = 0; i < presses; i++) {
    const next = await nextOption(page, filter);
    if (next === null) break;
    await page.evaluate(armFilterChange, counts(next));
    await page.keyboard.press('ArrowDown');
    await page.evaluate(() => window.__bench?.pending);
  }
  // Event Timing entries reach observers after the paint that ends them.
  await page.waitForTimeout(300);
  const events = await page.evaluate(() => window.__bench?.events ?? []);
  const worst = new Map<number, number>();
  for (const e of events) {
    if (e.interactionId > 0)
      worst.set(e.interactionId, Math.max(worst.get(e.interactionId) ?? 0, e.duration));
  }
  return { inp: worst.size > 0 ? Math.max(...worst.values()) : null, events };
}

/** The app's map size, for the baseline's ?w=&h=. */
export async function mapSizeOf(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const rect = document.querySelector('.leaflet-container')?.getBoundingClientRect();
    return { width: Math.round(rect?.width ?? 0), height: Math.round(rect?.height ?? 0) };
  });
}

/**
 * LCP of a page as a reader without JavaScript gets it: the page's own scripts are refused
 * (the probe, injected by the browser driver, still runs), so what paints is the prerendered
 * HTML and its CSS. Read once the page has loaded and the LCP entry has come, two frames on.
 */
export async function lcpWithoutScripts(browser: Browser, url: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    const origin = new URL(url).origin;
    await context.route(
      (target) =>
        (target.origin !== origin && target.protocol !== 'data:') ||
        target.pathname.endsWith('.js'),
      (route) => route.abort(),
    );
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installProbe, [...MARKS]);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // On a busy machine the LCP entry can come a few frames after load.
    await page
      .waitForFunction(() => window.__bench?.lcp != null, null, { timeout: 10_000, polling: 50 })
      .catch(() => undefined);
    return await page.evaluate(
      () =>
        new Promise<number | null>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done(window.__bench?.lcp ?? null)),
          ),
        ),
    );
  } finally {
    await context.close();
  }
}
