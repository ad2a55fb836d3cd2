/**
 * With the Canvas renderer, the map keeps the pictures of the filters it has drawn: going back
 * to all meetings, and to a meeting again, draws exactly what was drawn the first time, every
 * arc and head, and the arcs put back from a picture still answer the pointer. On a generated
 * release of 6 000 journeys. A meeting that zooms the map sets its arcs' points for that zoom;
 * back at all meetings they are those of the first picture again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { setupBrowser } from './harness.ts';

vi.setConfig({ hookTimeout: 300_000, testTimeout: 120_000 });

const root = mkdtempSync(join(tmpdir(), 'diplomap-scene-'));
const releases = join(root, 'releases');
const corpus = generateCorpus(releases, 6000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { open } = setupBrowser({ releases });

const MEETING = 'meeting-1';

/** Two animation frames, then an idle moment: painted, and a picture kept if one is kept. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 })),
        ),
      ),
  );

/** The arcs' canvas: a hash of its pixels, and how many of them are painted. */
const picture = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0x811c9dc5;
    let painted = 0;
    const words = data ? new Uint32Array(data.buffer) : new Uint32Array();
    for (const word of words) {
      hash = Math.imul(hash ^ word, 0x01000193);
      if (word >>> 24 > 0) painted++;
    }
    return { hash: hash >>> 0, painted };
  });

async function chooseMeeting(page: Page, meeting: string): Promise<void> {
  await page.locator('.filter-bar-panel select').first().selectOption(meeting);
  await expect
    .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('meeting') ?? ''))
    .toBe(meeting);
  await settled(page);
}

/**
 * A point on an arc's line, in page pixels: a painted pixel of the arcs' canvas that is the
 * topmost element there, well away from every place dot (where the heads are).
 */
const pointOnArc = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return null;
    const box = canvas.getBoundingClientRect();
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const dots = [...document.querySelectorAll('.place-dot')].map((dot) => {
      const r = dot.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    for (let y = 2; y < canvas.height - 2; y += 3)
      for (let x = 2; x < canvas.width - 2; x += 3) {
        const i = (y * canvas.width + x) * 4;
        // Opaque and not white (a head's edge): the middle of a line.
        if ((data[i + 3] ?? 0) < 200 || (data[i] ?? 0) > 200) continue;
        const page = {
          x: box.left + (x * box.width) / canvas.width,
          y: box.top + (y * box.height) / canvas.height,
        };
        if (dots.some((d) => Math.hypot(d.x - page.x, d.y - page.y) < 30)) continue;
        if (document.elementFromPoint(page.x, page.y) !== canvas) continue;
        return page;
      }
    return null;
  });

/** The generated release on a Canvas map, once its basemap is drawn and the page is idle. */
async function openCanvas() {
  const opened = await open('?lang=en&renderer=canvas', { width: 1280, height: 800 });
  await opened.page
    .locator('.leaflet-basemap-pane path')
    .first()
    .waitFor({ state: 'attached', timeout: 120_000 });
  await settled(opened.page);
  return opened;
}

test('back to all meetings, and to a meeting again, the canvas draws exactly its first pictures', async () => {
  const { page, errors } = await openCanvas();
  expect(corpus.journeysPerMeeting[MEETING]).toBeGreaterThan(2000);
  const all = await picture(page);
  expect(all.painted).toBeGreaterThan(1000);

  await chooseMeeting(page, MEETING);
  const meeting = await picture(page);
  expect(meeting.painted).toBeGreaterThan(1000);
  expect(meeting.hash).not.toBe(all.hash);

  await chooseMeeting(page, '');
  expect(await picture(page)).toEqual(all);
  await chooseMeeting(page, MEETING);
  expect(await picture(page)).toEqual(meeting);
  await chooseMeeting(page, '');
  expect(await picture(page)).toEqual(all);
  expect(errors).toEqual([]);
});

/**
 * The map's scale: Leaflet keeps a proxy element scaled by 2^(zoom - 1) for its zoom animation,
 * so this changes with the zoom and not with a pan.
 */
const mapScale = (page: Page) =>
  page
    .locator('.leaflet-proxy')
    .evaluate((proxy: HTMLElement) => /scale\(([\d.]+)\)/.exec(proxy.style.transform)?.[1] ?? '');

test('after a meeting that zooms the map, all meetings are drawn exactly as at first', async () => {
  const { page, errors } = await openCanvas();
  const all = await picture(page);
  const scale = await mapScale(page);
  expect(scale).not.toBe('');
  // The first meeting that zooms the map: at least one of the generated ones does.
  let framed: string | null = null;
  for (const meeting of Object.keys(corpus.journeysPerMeeting)) {
    await chooseMeeting(page, meeting);
    if ((await mapScale(page)) !== scale) {
      framed = meeting;
      break;
    }
  }
  if (!framed) throw new Error('no meeting zooms the map');
  const meeting = await picture(page);

  await chooseMeeting(page, '');
  expect(await mapScale(page)).toBe(scale);
  expect(await picture(page)).toEqual(all);
  await chooseMeeting(page, framed);
  expect(await picture(page)).toEqual(meeting);
  expect(errors).toEqual([]);
});

test('an arc put back from a picture still answers hover and click', async () => {
  const { page, errors } = await openCanvas();
  await chooseMeeting(page, MEETING);
  await chooseMeeting(page, '');

  const point = await pointOnArc(page);
  if (!point) throw new Error('no arc found on the canvas');
  const canvas = page.locator('.leaflet-overlay-pane canvas');
  await page.mouse.move(point.x, point.y);
  // Leaflet's Canvas renderer marks itself while the pointer is over an interactive path.
  await expect.poll(() => canvas.getAttribute('class')).toContain('leaflet-interactive');

  await page.mouse.click(point.x, point.y);
  await expect
    .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('select') ?? ''))
    .toMatch(/^journey:/);
  expect(errors).toEqual([]);
});
