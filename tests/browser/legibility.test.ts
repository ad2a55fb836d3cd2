/**
 * The map reads at a glance in every view a reader meets: four window sizes, both languages,
 * each meeting filter and none. No label on another label or on another place's dot, no marker
 * covered by a control, the legend or a label, no place of the frame outside the map, and at
 * 1280×800 the core of the story (Stockholm to Kyiv, Paris to Warsaw) spans most of the map.
 */
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './harness.ts';
import { measureLegibility } from './legibility.ts';
import type { Page } from 'playwright-core';

const { open } = setupBrowser();

const SIZES = [
  [1280, 800],
  [1920, 1080],
  [768, 1024],
  [360, 740],
] as const;
const FILTERS = [
  null,
  'kyiv-advisers-2026-01-03',
  'paris-leaders-2026-01-06',
  'paris-advisers-2026-01-06',
];

/** Waits for the map to settle: the label step has run after the last fit. */
async function settled(page: Page): Promise<void> {
  await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  await page.locator('.leaflet-marker-icon[data-place]').first().waitFor({ state: 'attached' });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Goes to another view in the page, as the app's own links and Back/Forward do (a new history
 * entry and a popstate), then waits until the meeting filter shows it and the map has settled.
 */
async function switchTo(page: Page, query: string, meeting: string | null): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await expect
    .poll(() => page.locator('.filter-bar-panel select').first().inputValue())
    .toBe(meeting ?? '');
  await settled(page);
}

describe.each(SIZES)('at %i×%i', (width, height) => {
  test.each(['sv', 'en'] as const)(
    'in %s, every meeting filter reads at a glance',
    async (lang) => {
      // Opened once, then each filter in turn in the same page, as a reader switches them.
      const { page, errors } = await open(`?lang=${lang}`, { width, height });
      await settled(page);
      for (const meeting of FILTERS) {
        const query = new URLSearchParams({ lang, ...(meeting ? { meeting } : {}) });
        if (meeting) await switchTo(page, `?${query}`, meeting);
        const figures = await measureLegibility(page);
        const view = `${width}×${height} ${lang} ${meeting ?? 'all'}`;
        expect(figures.labelOverlaps, view).toEqual([]);
        expect(figures.labelsOverDots, view).toEqual([]);
        expect(figures.coveredMarkers, view).toEqual([]);
        expect(figures.outOfView, view).toEqual([]);
        // Where the story happens is named: every meeting place, or the cluster holding it.
        const unnamedMeetings = await page
          .locator('.place-icon:not(.place-icon--clustered)')
          .evaluateAll((icons) =>
            icons
              .filter((icon) =>
                icon.querySelector(
                  '.place--meeting, .place--cluster-held, .place--cluster-planned',
                ),
              )
              .filter((icon) => icon.querySelector('.place-label--hidden'))
              .map((icon) => icon.getAttribute('aria-label')),
          );
        expect(unnamedMeetings, view).toEqual([]);
        if (width === 1280 && meeting === null)
          expect(figures.coreSpan, view).toBeGreaterThanOrEqual(0.45);
      }
      expect(errors).toEqual([]);
    },
  );
});

test('a far origin is an edge marker named with its distance that brings it into view', async () => {
  const { page } = await open('?lang=en');
  await settled(page);
  const washington = page.getByRole('button', { name: /^Washington(, D\.C\.)?, 7,\d00 km$/ });
  await expect.poll(() => washington.count()).toBe(1);
  const before = await page.locator('[data-place="washington"]').boundingBox();
  const map = await page.locator('.map').boundingBox();
  expect(before && map && before.x < map.x).toBe(true);
  await washington.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => {
      const box = await page.locator('[data-place="washington"]').boundingBox();
      return box !== null && map !== null && box.x > map.x && box.x < map.x + map.width;
    })
    .toBe(true);
  await expect.poll(() => washington.count()).toBe(0);
});

test('in Swedish the distance is written the Swedish way', async () => {
  const { page } = await open('');
  await settled(page);
  await expect
    .poll(() => page.getByRole('button', { name: /^Washington(, D\.C\.)?, 7\s\d00 km$/ }).count())
    .toBe(1);
  // Swedish groups thousands with a space, never a comma.
  expect(await page.locator('[data-edge-place="washington"]').textContent()).toMatch(
    /7\u00a0\d00 km/,
  );
});

test('arrowheads keep their size on screen after zooming in three levels', async () => {
  const { page } = await open('?lang=en');
  await settled(page);
  const headSize = () =>
    page.evaluate(() => {
      const heads = [
        ...document.querySelectorAll('.leaflet-overlay-pane path:not([role]):not(.arc-hit)'),
      ];
      return heads
        .map((h) => h.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => Math.max(r.width, r.height));
    });
  const before = await headSize();
  expect(before.length).toBeGreaterThan(0);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await expect
    .poll(async () => Math.max(...(await headSize())))
    .toBeLessThanOrEqual(Math.max(...before) + 1);
});

test('the arcs that converge on Kyiv end at the edge of its dot, each head beside the next', async () => {
  const { page } = await open('?lang=en');
  await settled(page);
  const dot = await page.locator('[data-place="kyiv"] .place-dot').boundingBox();
  if (!dot) throw new Error('Kyiv is not on the map');
  const centre = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
  const radius = dot.width / 2;
  // Each head's three corners and each line's last point, in page pixels.
  const { heads, lineEnds } = await page.evaluate(() => {
    const toPage = (path: SVGPathElement) => {
      const matrix = path.getScreenCTM();
      const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const points: { x: number; y: number }[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const point = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(matrix ?? undefined);
        points.push({ x: point.x, y: point.y });
      }
      return points;
    };
    const paths = [...document.querySelectorAll<SVGPathElement>('.leaflet-overlay-pane path')];
    return {
      heads: paths
        .filter((p) => !p.hasAttribute('role') && !p.classList.contains('arc-hit'))
        .map(toPage),
      lineEnds: paths.filter((p) => p.hasAttribute('data-journey')).map((p) => toPage(p).at(-1)),
    };
  });
  const from = (p: { x: number; y: number } | undefined) =>
    p ? Math.hypot(p.x - centre.x, p.y - centre.y) : Infinity;
  const atKyiv = heads.filter((h) => h.length === 3 && from(h[1]) < radius + 6);
  expect(atKyiv.length).toBeGreaterThanOrEqual(10);
  // Every tip touches the dot's edge (1.5 px of air), none runs under it.
  for (const head of atKyiv) {
    expect(from(head[1])).toBeGreaterThanOrEqual(radius);
    expect(from(head[1])).toBeLessThanOrEqual(radius + 3);
  }
  for (const end of lineEnds) expect(from(end)).toBeGreaterThanOrEqual(radius);
  // Side by side around the dot, neighbouring heads' bases are apart: each arrow reads alone
  // (3 px by design; Leaflet rounds each corner to a whole pixel, so 2 is what survives).
  const angle = (h: { x: number; y: number }[]) =>
    Math.atan2((h[1]?.y ?? 0) - centre.y, (h[1]?.x ?? 0) - centre.x);
  const base = (h: { x: number; y: number }[]) => ({
    x: ((h[0]?.x ?? 0) + (h[2]?.x ?? 0)) / 2,
    y: ((h[0]?.y ?? 0) + (h[2]?.y ?? 0)) / 2,
  });
  const around = atKyiv.sort((a, b) => angle(a) - angle(b)).map(base);
  const gaps = around.slice(1).map((b, i) => {
    const a = around[i];
    return a ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  });
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2);
});

test('zoomed in on Oslo, the basemap loads Natural Earth 10m for Norway from the app itself', async () => {
  const { page, foreignRequests, errors } = await open('?lang=en');
  await settled(page);
  const detail: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/basemap/detail/')) detail.push(new URL(request.url()).pathname);
  });
  // The fitted view needs no detail: nothing is loaded yet.
  expect(detail).toEqual([]);
  const paths = () => page.locator('.leaflet-basemap-pane path').count();
  const before = await paths();
  const oslo = await page.locator('[data-place="oslo"] .place-dot').boundingBox();
  if (!oslo) throw new Error('Oslo is not on the map');
  await page.mouse.move(oslo.x + oslo.width / 2, oslo.y + oslo.height / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(150);
  }
  await expect.poll(() => detail).toContain('/basemap/detail/578.json');
  // Norway's detailed shape is drawn over its coarse one, which is hidden.
  await expect.poll(paths).toBeGreaterThan(before);
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test('on a phone, dots that would touch are one cluster button that names its places and opens them', async () => {
  const { page } = await open('?lang=en', { width: 360, height: 740 });
  await settled(page);
  const cluster = page.getByRole('button', {
    name: /^2 Helsinki, Tallinn: zoom in to show each place$/,
  });
  await expect.poll(() => cluster.count()).toBe(1);
  // Its places are not drawn under it.
  expect(await page.locator('[data-place="tallinn"]').isVisible()).toBe(false);
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[data-place="tallinn"]').isVisible()).toBe(true);
  expect(await page.locator('[data-place="helsinki"]').isVisible()).toBe(true);
  expect(await cluster.count()).toBe(0);
});

test('on a phone, a cluster that holds the planned Paris meeting shows its dashed ring, and the legend explains clusters', async () => {
  const { page } = await open('', { width: 360, height: 740 });
  await settled(page);
  const paris = page.locator('[data-cluster*="paris"]');
  await expect.poll(() => paris.count()).toBe(1);
  expect(await paris.locator('.place').getAttribute('class')).toContain('place--cluster-planned');
  expect(await page.locator('.legend li[data-symbol="cluster"]').count()).toBe(1);
  // Zoomed in until no dots touch, the legend no longer lists a symbol the map does not draw.
  const zoomIn = page.getByRole('button', { name: 'Zooma in', exact: true });
  const clusters = page.locator('[data-cluster]');
  for (let i = 0; i < 6 && (await clusters.count()) > 0; i++) {
    await zoomIn.click();
    // Leaflet drops a zoom asked for while the last one still animates: let it end first.
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    await settled(page);
  }
  expect(await clusters.count()).toBe(0);
  expect(await page.locator('.legend li[data-symbol="cluster"]').count()).toBe(0);
});

test('on a phone, the legend opened leaves the zoom buttons and edge markers uncovered', async () => {
  const { page } = await open('?lang=en', { width: 360, height: 740 });
  await settled(page);
  await page.locator('.legend summary').click();
  await expect
    .poll(() => page.locator('.legend').evaluate((l) => l.hasAttribute('open')))
    .toBe(true);
  const uncovered = await page.evaluate(() =>
    [...document.querySelectorAll('.leaflet-control-zoom a, .edge-marker')].map((control) => {
      const r = control.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!top && control.contains(top);
    }),
  );
  expect(uncovered.length).toBeGreaterThanOrEqual(3);
  expect(uncovered.every(Boolean)).toBe(true);
});

test('on a phone, the filters fold behind one button that says how many are set', async () => {
  const { page } = await open('?lang=en&meeting=kyiv-advisers-2026-01-03', {
    width: 360,
    height: 740,
  });
  await settled(page);
  const toggle = page.getByRole('button', { name: 'Filters (1)', exact: true });
  const meeting = page.getByRole('combobox', { name: 'Meeting' });
  expect(await meeting.isVisible()).toBe(false);
  // Folded, the header leaves the map most of the screen above the sheet.
  const map = await page.locator('.map-panel').boundingBox();
  expect(map && map.height).toBeGreaterThan(250);
  await toggle.click();
  expect(await meeting.isVisible()).toBe(true);
  // Opened, each select has a row of its own, wide enough for its choices' text.
  const widths = await page
    .locator('.filter-bar-panel select')
    .evaluateAll((selects) => selects.map((s) => s.getBoundingClientRect().width));
  expect(widths).toHaveLength(3);
  for (const width of widths) expect(width).toBeGreaterThanOrEqual(240);
  await meeting.selectOption('');
  await expect.poll(() => new URL(page.url()).searchParams.get('meeting')).toBeNull();
  expect(await page.getByRole('button', { name: 'Filters', exact: true }).count()).toBe(1);
});
