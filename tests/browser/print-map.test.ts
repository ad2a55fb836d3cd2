/** The printed map shows the places the screen map shows (needs FitView to refit for print). */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { setupBrowser } from './harness.ts';
import { mapReady } from './map-helpers.ts';

const { open } = setupBrowser();

declare global {
  interface Window {
    diplomapPlacesInFrame?: () => string[];
    diplomapPrintedPlaces?: string[];
  }
}

/** Installs a probe: places whose marker's centre is inside the map's frame, in the layout now. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.diplomapPlacesInFrame = () => {
      const frame = document
        .querySelector('.map-panel .leaflet-container')
        ?.getBoundingClientRect();
      if (!frame) return [];
      // A cluster button stands for the places it names (dots that would touch at this zoom).
      const markers = '.leaflet-marker-pane [data-place], .leaflet-marker-pane [data-cluster]';
      return [...document.querySelectorAll<HTMLElement>(markers)]
        .filter((marker) => {
          const r = marker.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          return x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
        })
        .flatMap((marker) => (marker.dataset.cluster ?? marker.dataset.place ?? '').split(','))
        .sort();
    };
    const print = window.matchMedia('print');
    const record = (event: MediaQueryListEvent) => {
      if (!event.matches) return;
      print.removeEventListener('change', record);
      window.diplomapPrintedPlaces = window.diplomapPlacesInFrame?.();
    };
    print.addEventListener('change', record);
  });
}

const placesInFrame = (page: Page) => page.evaluate(() => window.diplomapPlacesInFrame?.() ?? []);

test.each([
  ['the default view', '', 1280, 800],
  [
    'one meeting, side by side',
    '?lang=en&view=parallel&meeting=kyiv-advisers-2026-01-03',
    1280,
    800,
  ],
  ['a selected journey', '?select=journey:witkoff-calls-kyiv', 1280, 800],
  ['a small window', '', 800, 600],
])(
  'printing %s keeps on the map every place shown on screen',
  async (_name, path, width, height) => {
    const { page, errors } = await open(path, { width, height });
    await mapReady(page);
    await installProbe(page);
    const shown = await placesInFrame(page);
    expect(shown.length).toBeGreaterThan(0);
    await page.pdf({ format: 'A4', printBackground: true });
    // Paper has another shape than the window, so it may show more around the story, never less.
    expect(await page.evaluate(() => window.diplomapPrintedPlaces)).toEqual(
      expect.arrayContaining(shown),
    );
    // And the screen comes back as it was.
    expect(await placesInFrame(page)).toEqual(shown);
    expect(errors).toEqual([]);
  },
);

test('on paper the far origins stay named at the border, with their distance', async () => {
  const { page } = await open('?lang=en', { width: 1280, height: 800 });
  await mapReady(page);
  await page.emulateMedia({ media: 'print' });
  const named = await page.locator('.edge-marker').evaluateAll((markers) => {
    const frame = document.querySelector('.map-panel .leaflet-container')?.getBoundingClientRect();
    return markers
      .filter((m) => {
        const r = m.getBoundingClientRect();
        return !!frame && r.width > 0 && r.left >= frame.left && r.right <= frame.right;
      })
      .map((m) => m.textContent?.replace('➜', '').trim());
  });
  expect(named).toEqual(expect.arrayContaining(['Washington, D.C., 7,800 km', 'Ottawa, 7,200 km']));
});
