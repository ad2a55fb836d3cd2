/**
 * The overview of an archive too large for SVG routes (more than a hundred releases): the routes are
 * drawn on one canvas. Checks what the reader sees: routes drawn, a filter redraws only its
 * routes, clearing it brings back the same picture, and a click on a route shows its entry in
 * the list (the map's text alternative).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test, vi } from 'vitest';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { setupBrowser } from './harness.ts';

// Building a hundred and one releases (each prerendered) takes longer than most files' builds.
vi.setConfig({ hookTimeout: 300_000 });

const root = mkdtempSync(join(tmpdir(), 'diplomap-archive-'));
const archive = join(root, 'releases');
generateArchive(archive, 101, 303);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { open } = setupBrowser({ releases: archive });

/** The routes' canvas: how many of its pixels are painted, and a fingerprint of them. */
function canvasPixels(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return null;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let hash = 0;
    for (let i = 3; i < data.length; i += 4) {
      if ((data[i] ?? 0) > 0) painted += 1;
      hash = (hash * 31 + (data[i] ?? 0) + (data[i - 2] ?? 0)) | 0;
    }
    return { painted, hash };
  });
}

async function settled(page: Page) {
  await page.waitForSelector('.overview-summary__counts');
  // Leaflet draws on the next animation frame; two frames later it is on the canvas.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

test('routes are drawn on one canvas; a filter draws fewer, clearing it draws the same again', async () => {
  const { page, errors } = await open('?release=all&lang=en');
  await settled(page);
  expect(await page.locator('.leaflet-overlay-pane svg path').count()).toBe(0);
  const all = await canvasPixels(page);
  expect(all?.painted).toBeGreaterThan(10_000);

  await page.getByLabel('Actor').selectOption('country:ua');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('actor=country%3Aua');
  await settled(page);
  const some = await canvasPixels(page);
  expect(some?.painted).toBeGreaterThan(0);
  expect(some?.painted).toBeLessThan(all?.painted ?? 0);

  await page.goBack();
  await expect.poll(() => page.evaluate(() => location.search)).not.toContain('actor=');
  await settled(page);
  expect(await canvasPixels(page)).toEqual(all);

  // More views than are kept as pictures: the oldest pictures' canvases are drawn on again,
  // and every journey, drawn anew, looks as it did.
  const actor = page.getByLabel('Actor', { exact: true });
  const countries = await actor
    .locator('option[value^="country:"]')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(countries.length).toBeGreaterThan(3);
  for (const country of countries.slice(0, 4)) {
    await actor.selectOption(country);
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('actor')))
      .toBe(country);
    await settled(page);
  }
  await page.getByRole('button', { name: 'Clear the actor filter' }).click();
  await expect.poll(() => page.evaluate(() => location.search)).not.toContain('actor=');
  await settled(page);
  expect(await canvasPixels(page)).toEqual(all);
  expect(errors).toEqual([]);
});

test('a click on a route on the canvas shows its entry in the list of routes', async () => {
  // Filtered to fewer routes than the list shows, so every route drawn has an entry.
  const { page, errors } = await open('?release=all&lang=en&actor=country:ua');
  await settled(page);
  expect(await page.locator('.routes > ul > li').count()).toBeLessThan(100);
  // A painted pixel away from every marker, in the map's own coordinates.
  const spot = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return null;
    const box = canvas.getBoundingClientRect();
    const markers = [...document.querySelectorAll('.leaflet-marker-icon')].map((m) =>
      m.getBoundingClientRect(),
    );
    const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
    const { data, width } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4 * 7) {
      if ((data[i] ?? 0) < 200) continue;
      const x = box.left + (((i - 3) / 4) % width) * (box.width / canvas.width);
      const y = box.top + Math.floor((i - 3) / 4 / width) * (box.height / canvas.height);
      const inMap =
        map && x > map.left + 60 && x < map.right - 60 && y > map.top + 60 && y < map.bottom - 60;
      const clear = markers.every(
        (m) => x < m.left - 12 || x > m.right + 12 || y < m.top - 12 || y > m.bottom + 12,
      );
      if (inMap && clear && document.elementFromPoint(x, y) === canvas) return { x, y };
    }
    return null;
  });
  expect(spot).not.toBeNull();
  await page.mouse.click(spot?.x ?? 0, spot?.y ?? 0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^route-/);
  expect(errors).toEqual([]);
});
