/**
 * public/view-pending.js: a link that opens a selection's details keeps the prerendered sidebar
 * hidden until the app has applied the selection (so the text does not jump), but never leaves
 * a reader without the text: it shows at once if the app's code fails to load, and after 8 s
 * if the app never says it is done.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { releaseId } from './data.ts';
import { setupBrowser } from './harness.ts';

const { open } = setupBrowser();
const SELECTED = `r/${releaseId()}/?select=journey:swedish-pm-to-paris`;

const START = Date.UTC(2026, 0, 3);

/** The app's entry script, as index.html asks for it. */
const ENTRY = /\/assets\/index-[^/]+\.js$/;

const pending = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute('data-view-pending'));
const sidebarShown = (page: Page) => page.locator('.sidebar').isVisible();

/** Stops the page's clock (time stands still until a test moves it), then routes its entry. */
async function stillClockAnd(page: Page, routeEntry: () => Promise<unknown>): Promise<void> {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(START + 1_000);
  await routeEntry();
}

test('the sidebar waits, hidden, for an app that never runs, and shows after 8 s', async () => {
  const { page } = await open(SELECTED, {
    waitForApp: false,
    // The entry never arrives: neither the app nor a load error says anything.
    beforeLoad: (page) => stillClockAnd(page, () => page.route(ENTRY, () => undefined)),
  });
  expect(await pending(page)).toBe(true);
  expect(await sidebarShown(page)).toBe(false);
  await page.clock.runFor(7_900);
  expect(await sidebarShown(page)).toBe(false);
  await page.clock.runFor(200);
  expect(await pending(page)).toBe(false);
  expect(await sidebarShown(page)).toBe(true);
});

test('the sidebar shows at once when the app’s code fails to load', async () => {
  const { page } = await open(SELECTED, {
    waitForApp: false,
    beforeLoad: (page) => stillClockAnd(page, () => page.route(ENTRY, (route) => route.abort())),
  });
  await expect.poll(() => pending(page)).toBe(false);
  expect(await sidebarShown(page)).toBe(true);
});

test('without a selection in the address nothing waits', async () => {
  const { page } = await open(`r/${releaseId()}/?meeting=paris-leaders-2026-01-06`, {
    waitForApp: false,
    beforeLoad: async (page) => {
      await page.route(ENTRY, () => undefined);
    },
  });
  expect(await pending(page)).toBe(false);
  expect(await sidebarShown(page)).toBe(true);
});
