/** Locating and operating the map's markers and arcs the way a user would. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The map region (the section labelled "Karta" / "Map"). */
export const mapRegion = (page: Page, lang: 'sv' | 'en' = 'sv'): Locator =>
  page.getByRole('region', { name: lang === 'sv' ? 'Karta' : 'Map', exact: true });

/**
 * Every drawn journey arc: an SVG path made a named button. Arcs out of view stay in the SVG,
 * not displayed (they are shown again without being made anew), so only displayed ones count.
 */
export const arcs = (page: Page): Locator =>
  page.locator('path[role="button"][data-journey]:visible');

export const arc = (page: Page, id: string): Locator =>
  page.locator(`path[role="button"][data-journey="${id}"]:visible`);

/** A place marker, by the start of its accessible name: "Kiev. Möten: …". */
export const marker = (page: Page, name: string, lang: 'sv' | 'en' = 'sv'): Locator =>
  mapRegion(page, lang).getByRole('button', { name: new RegExp(`^${name}(\\.|$)`) });

/** Waits until the basemap is drawn and the arcs are on the map. */
export async function mapReady(page: Page): Promise<void> {
  await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  await arcs(page).first().waitFor({ state: 'attached' });
}

/**
 * A point along an arc's line, in page pixels, that the arc itself receives: its own stroke, or
 * the unseen wider line over a dashed arc (data-hit-for). The centre of a bowed (and perhaps
 * dashed) arc's bounding box is off the stroke; this is never an arrowhead, a marker or the
 * legend on top of the arc. Null if no point is found.
 */
export function pointOnArc(locator: Locator): Promise<{ x: number; y: number } | null> {
  return locator.evaluate((element) => {
    const path = element as SVGPathElement;
    const matrix = path.getScreenCTM();
    if (!matrix) return null;
    const length = path.getTotalLength();
    for (const share of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.2, 0.8]) {
      const onPath = path.getPointAtLength(length * share);
      const { x, y } = new DOMPoint(onPath.x, onPath.y).matrixTransform(matrix);
      const top = document.elementFromPoint(x, y);
      if (top === path || top?.getAttribute('data-hit-for') === path.dataset.journey)
        return { x, y };
    }
    return null;
  });
}

/**
 * Points the mouse at an arc and clicks it, as a user does: the pointer arrives, the arc and what
 * belongs to it light up, then the button goes down.
 */
export async function clickArc(locator: Locator): Promise<void> {
  const point = await pointOnArc(locator);
  if (!point) throw new Error('no point of the arc can be clicked');
  const width = () => locator.getAttribute('stroke-width').then(Number);
  const before = await width();
  const mouse = locator.page().mouse;
  await mouse.move(point.x, point.y);
  // Hovering highlights the arc with a wider stroke; wait for it before pressing the button.
  await expect.poll(width).toBeGreaterThan(before);
  await mouse.click(point.x, point.y);
}
