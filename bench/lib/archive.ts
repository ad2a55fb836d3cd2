/**
 * The archive part of `npm run bench`: a generated archive (1,000 releases, 20,000 journeys
 * among a few hundred places) and a half-size one. Times generation-free `check:data` and the
 * build at both sizes (to show they grow linearly), then, at full size and against a plain
 * Leaflet page drawing the same aggregated routes: overview load, JS heap, actor-filter and
 * date-range changes to painted, and the release picker's search per keystroke.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { buildApp, buildOverviewBaseline, ROOT } from './build.ts';
import { heapUsedMb, mapSizeOf, open, waitPainted } from './browser.ts';
import { serve } from './serve.ts';
import { buildSizes, type Size } from './sizes.ts';
import { summarise, type Summary } from './stats.ts';

export interface ArchiveSize {
  releases: number;
  journeys: number;
  checkDataMs: number;
  buildMs: number;
}

export interface ArchiveResult {
  sizes: ArchiveSize[];
  places: number;
  overviewLoad: { app: Summary; baseline: Summary; ratio: number };
  heapMb: { app: Summary; baseline: Summary };
  actorFilter: Summary;
  dateRange: Summary;
  searchKeystroke: Summary;
  searchIndexBytes: number;
  /** The scripts index.html loads at 1,000 releases (the release index is in the entry), gzip. */
  initialJs: Size;
}

const elapsed = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

/** In the page: changes a select to `value` and resolves when the summary has changed, painted. */
export async function timeSelect(page: Page, value: string): Promise<number> {
  return page.evaluate(async (value) => {
    const select = [...document.querySelectorAll('select')].find((s) =>
      s.querySelector(`option[value="${CSS.escape(value)}"]`),
    );
    const counts = document.querySelector('.overview-summary__counts');
    if (!select || !counts) throw new Error('no filter or summary');
    const before = counts.textContent;
    const t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () =>
        counts.textContent !== before ? resolve() : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, value);
}

/** In the page: moves the From slider to `index` as a key press would, then times to painted. */
export async function timeRange(page: Page, index: number): Promise<number> {
  return page.evaluate(async (index) => {
    const slider = document.querySelector<HTMLInputElement>('.date-range input[type="range"]');
    const counts = document.querySelector('.overview-summary__counts');
    if (!slider || !counts) throw new Error('no slider or summary');
    const before = counts.textContent;
    const t0 = performance.now();
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    set?.call(slider, String(index));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight' }));
    await new Promise<void>((resolve) => {
      const check = () =>
        counts.textContent !== before ? resolve() : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, index);
}

/** In the page: types `text` into the picker a character at a time; each keystroke to painted. */
export async function timeTyping(page: Page, text: string): Promise<number[]> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no picker');
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const times: number[] = [];
    for (let i = 1; i <= text.length; i++) {
      const count = () => document.querySelector('.release-picker__count')?.textContent ?? '';
      const before = `${input.value}|${count()}`;
      const t0 = performance.now();
      set?.call(input, text.slice(0, i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The list is redrawn when the field shows the new text; then two frames to paint.
      await new Promise<void>((resolve) => {
        const check = () =>
          `${input.value}|${count()}` !== before ? resolve() : requestAnimationFrame(check);
        requestAnimationFrame(check);
      });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - t0);
    }
    return times;
  }, text);
}

export async function archiveBench(
  browser: Browser,
  tmp: string,
  runs: number,
  log: (message: string) => void,
): Promise<ArchiveResult> {
  const sizes: ArchiveSize[] = [];
  let full: { root: string; appDir: string; baselineDir: string; places: number } | undefined;
  for (const [releases, journeys] of [
    [500, 10_000],
    [1000, 20_000],
  ] as const) {
    const root = join(tmp, `archive-${releases}`);
    log(`archive: generating ${releases} releases, ${journeys} journeys`);
    const archive = generateArchive(root, releases, journeys);
    log(`archive ${releases}: check:data`);
    let since = process.hrtime.bigint();
    execFileSync(
      'npx',
      ['tsx', 'scripts/check-data.ts', ...archive.releases.map((r) => join(root, r.id))],
      {
        cwd: ROOT,
        stdio: 'ignore',
        maxBuffer: 1 << 26,
      },
    );
    const checkDataMs = elapsed(since);
    log(`archive ${releases}: build`);
    const appDir = join(tmp, `archive-${releases}-app`);
    since = process.hrtime.bigint();
    await buildApp(appDir, root);
    const buildMs = elapsed(since);
    sizes.push({ releases, journeys, checkDataMs, buildMs });
    full = {
      root,
      appDir,
      baselineDir: join(tmp, `archive-${releases}-baseline`),
      places: archive.places,
    };
  }
  if (!full) throw new Error('no archive');
  await buildOverviewBaseline(full.baselineDir, full.root);
  const [app, baseline] = await Promise.all([serve(full.appDir), serve(full.baselineDir)]);
  try {
    const appLoads: number[] = [];
    const baseLoads: number[] = [];
    const appHeap: number[] = [];
    const baseHeap: number[] = [];
    const actor: number[] = [];
    const range: number[] = [];
    const keys: number[] = [];
    let query = new URLSearchParams();
    for (let run = 0; run < runs; run++) {
      log(`archive: overview load run ${run + 1}/${runs}`);
      const page = await open(browser, `${app.url}?release=all`);
      try {
        appLoads.push((await waitPainted(page)).painted);
        appHeap.push(await heapUsedMb(page.page));
        // The baseline draws into a map of the overview's size.
        const size = await mapSizeOf(page.page);
        query = new URLSearchParams({ w: String(size.width), h: String(size.height) });
        if (run === runs - 1) {
          log('archive: actor filter, date range, picker search');
          for (const value of ['country:ua', '', 'prime-minister-se', ''])
            actor.push(await timeSelect(page.page, value));
          for (const index of [60, 0, 100, 0]) range.push(await timeRange(page.page, index));
          // The overview's thousand chunks fill the resource-timing buffer: clear it, so the
          // search index's chunk (loaded on first use of the picker) is seen arriving.
          await page.page.evaluate(() => performance.clearResourceTimings());
          await page.page.focus('input[role="combobox"]');
          await page.page.waitForFunction(() =>
            performance.getEntriesByType('resource').some((e) => e.name.includes('release-search')),
          );
          await page.page.waitForTimeout(500);
          keys.push(...(await timeTyping(page.page, 'stockholm mars')));
        }
        if (page.errors.length > 0) throw new Error(`overview: ${page.errors.join(' | ')}`);
      } finally {
        await page.context.close();
      }
      const base = await open(browser, `${baseline.url}bench/overview-baseline.html?${query}`);
      try {
        baseLoads.push((await waitPainted(base)).painted);
        baseHeap.push(await heapUsedMb(base.page));
      } finally {
        await base.context.close();
      }
    }
    const a = summarise(appLoads);
    const b = summarise(baseLoads);
    const searchChunk = execFileSync('sh', [
      '-c',
      `cat ${full.appDir}/assets/*release-search*.js | wc -c`,
    ])
      .toString()
      .trim();
    return {
      sizes,
      places: full.places,
      overviewLoad: { app: a, baseline: b, ratio: a.median / b.median },
      heapMb: { app: summarise(appHeap), baseline: summarise(baseHeap) },
      actorFilter: summarise(actor),
      dateRange: summarise(range),
      searchKeystroke: summarise(keys),
      searchIndexBytes: Number(searchChunk),
      initialJs: buildSizes(full.appDir).initialJs,
    };
  } finally {
    await Promise.all([app.close(), baseline.close()]);
  }
}
