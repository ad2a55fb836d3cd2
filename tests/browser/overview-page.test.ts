/**
 * The overview's prerendered page (issue 11): without JavaScript it reads as the overview
 * (summary, routes with their journeys linked, what the map would show) and lists every
 * release; with JavaScript React hydrates that same HTML (no node replaced, no error, no CSP
 * violation), then draws the map and applies the query.
 */
import { describe, expect, test } from 'vitest';
import { watchCsp } from './guards.ts';
import { setupBrowser } from './harness.ts';

const { open } = setupBrowser({ releases: 'tests/fixtures/corpus' });

declare global {
  interface Window {
    __firstHeading?: Element;
  }
}

/** Runs before the page's scripts: keeps the first <h1> the HTML parser inserts. */
function keepFirstHeading(): void {
  new MutationObserver((_records, observer) => {
    const heading = document.querySelector('#root h1');
    if (!heading) return;
    window.__firstHeading = heading;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

describe('without JavaScript', () => {
  test('the overview reads as text: summary, routes, their journeys and what the map shows', async () => {
    const { page } = await open('overview/en/', { javaScript: false });
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('All releases');
    const sidebar = page.getByRole('complementary', { name: 'All releases' });
    await expect.poll(() => sidebar.textContent()).toContain('3 releases, 8 journeys on 8 routes.');
    const routes = page.getByRole('region', { name: 'Routes' });
    expect(await routes.getByRole('heading', { level: 3 }).count()).toBe(8);
    const journey = routes.getByRole('link').first();
    expect(await journey.getAttribute('href')).toMatch(/^\/r\/[a-z0-9-]+\/en\/\?select=journey/);
    const map = page.getByRole('region', { name: 'Map' });
    expect(await map.textContent()).toContain('The map appears here when JavaScript is on');
    expect(await map.textContent()).toMatch(/The map shows 8 routes; the busiest: \S+ → /);
    // Styled by its own stylesheets, linked in the head: the overview's code never runs here.
    const bars = await page
      .locator('.date-range__bars')
      .evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(bars).toBe('solid');
    // Every release, linked to its page (in <noscript>, so only without JavaScript).
    expect(await page.locator('.overview-static a').count()).toBe(3);
    // No control that does nothing without the app: the date range's sliders are left out.
    const controls = await page
      .locator('#root')
      .locator('button, select, input')
      .evaluateAll((elements) => elements.filter((e) => e.getClientRects().length > 0).length);
    expect(controls).toBe(0);
  });
});

describe('with JavaScript', () => {
  test('hydrates the prerendered overview without replacing it, then draws the map and applies the query', async () => {
    const { page, errors } = await open('overview/en/?from=2026-03');
    await page.addInitScript(keepFirstHeading);
    const csp = await watchCsp(page);
    // The heading the server wrote is the one on screen: hydrated, not rendered anew.
    expect(
      await page.evaluate(() => window.__firstHeading === document.querySelector('#root h1')),
    ).toBe(true);
    await page.locator('.leaflet-container path').first().waitFor();
    const sidebar = page.getByRole('complementary', { name: 'All releases' });
    await expect.poll(() => sidebar.textContent()).toContain('2 releases, 6 journeys on 6 routes.');
    expect(await page.locator('.overview-static').count()).toBe(0);
    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleMessages).toEqual([]);
    expect(errors).toEqual([]);
  });
});
