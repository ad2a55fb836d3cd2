/**
 * Arcs hidden by a filter come back drawn where they belong, in the frame that shows them: a
 * reader filters to one meeting, zooms in, and goes back to all meetings with Back (a popstate),
 * and every arc and arrowhead of the release is on the map at once, none empty or left where
 * the zoomed-in view had it.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { setupBrowser } from './harness.ts';

const { open } = setupBrowser();

/** Two animation frames: the frame after the change has been painted. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/** A new history entry and a popstate, as the app's links and Back/Forward do. */
async function go(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** The displayed arcs and arrowheads, with their corners in page pixels. */
function drawnPaths(page: Page) {
  return page.evaluate(() => {
    const paths = [...document.querySelectorAll<SVGPathElement>('.leaflet-overlay-pane path')];
    return paths
      .filter((path) => getComputedStyle(path).display !== 'none')
      .map((path) => {
        const matrix = path.getScreenCTM();
        const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
        const points: { x: number; y: number }[] = [];
        for (let i = 0; i + 1 < numbers.length; i += 2) {
          const point = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(
            matrix ?? undefined,
          );
          points.push({ x: point.x, y: point.y });
        }
        return { journey: path.getAttribute('data-journey'), d: path.getAttribute('d'), points };
      });
  });
}

/** Waits until no zoom is animating, then for the frame after it to be painted. */
async function zoomEnded(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.leaflet-zoom-anim').count()).toBe(0);
  await twoFrames(page);
}

test.each([
  ['once the zoom has ended', false],
  ['while the second zoom still animates', true],
])(
  'zoomed in on the Paris leaders, Back to all meetings %s draws every arc and head to Kyiv at once',
  async (_, midZoom) => {
    const { page, errors } = await open('?lang=en');
    await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
    await twoFrames(page);
    const all = await drawnPaths(page);
    const journeys = all.filter((p) => p.journey !== null).length;
    expect(journeys).toBeGreaterThan(16);

    await go(page, '?lang=en&meeting=paris-leaders-2026-01-06');
    await expect
      .poll(() => page.locator('.filter-bar-panel select').first().inputValue())
      .toBe('paris-leaders-2026-01-06');
    await twoFrames(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await zoomEnded(page);
    if (midZoom) {
      // A quick reader: Back in the frame the second zoom starts to animate.
      await page.evaluate(
        (q) =>
          new Promise<void>((resolve) => {
            document.querySelector<HTMLElement>('.leaflet-control-zoom-in')?.click();
            const back = () => {
              if (!document.querySelector('.leaflet-zoom-anim')) {
                requestAnimationFrame(back);
                return;
              }
              history.pushState(null, '', q);
              dispatchEvent(new PopStateEvent('popstate'));
              resolve();
            };
            back();
          }),
        '?lang=en',
      );
    } else {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await zoomEnded(page);
      await go(page, '?lang=en');
    }
    await twoFrames(page);
    const back = await drawnPaths(page);
    // The same arcs as before the filter, each with its line and head, none empty.
    expect(back.filter((p) => p.journey !== null).length).toBe(journeys);
    expect(back.length).toBe(all.length);
    expect(back.filter((p) => p.points.length < 3).map((p) => p.d)).toEqual([]);
    // The heads that converge on Kyiv touch its dot, as they did before the filter.
    const dot = await page.locator('[data-place="kyiv"] .place-dot').boundingBox();
    if (!dot) throw new Error('Kyiv is not on the map');
    const centre = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
    const tipsAtKyiv = back.filter(
      (p) =>
        p.journey === null &&
        p.points.length === 3 &&
        Math.hypot((p.points[1]?.x ?? 0) - centre.x, (p.points[1]?.y ?? 0) - centre.y) <
          dot.width / 2 + 6,
    );
    expect(tipsAtKyiv.length).toBeGreaterThanOrEqual(10);
    expect(errors).toEqual([]);
  },
);

/** Pixels of the Canvas renderer's arcs that are drawn (not transparent). */
const paintedPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < (data?.length ?? 0); i += 4) if ((data?.[i] ?? 0) > 0) painted++;
    return painted;
  });

test('with the Canvas renderer, arcs hidden by a filter are drawn again when it is cleared', async () => {
  const { page, errors } = await open('?lang=en&renderer=canvas');
  await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  await twoFrames(page);
  const before = await paintedPixels(page);
  expect(before).toBeGreaterThan(1000);

  await go(page, '?lang=en&renderer=canvas&meeting=paris-leaders-2026-01-06');
  await expect
    .poll(() => page.locator('.filter-bar-panel select').first().inputValue())
    .toBe('paris-leaders-2026-01-06');
  await twoFrames(page);
  expect(await paintedPixels(page)).toBeLessThan(before * 0.8);

  await go(page, '?lang=en&renderer=canvas');
  await twoFrames(page);
  // The same view as before the filter: the same arcs, in the same places.
  const after = await paintedPixels(page);
  expect(after).toBeGreaterThan(before * 0.98);
  expect(after).toBeLessThan(before * 1.02);
  expect(errors).toEqual([]);
});
