/**
 * Any host: a build made with BASE_PATH=/diplomap/ (and a corpus of releases, so the overview
 * exists) served under that sub-path opens a release page, a deep link and the overview.
 */
import { expect, test } from 'vitest';
import { baseUrl, chooseRelease, setupBrowser } from './harness.ts';

const { open } = setupBrowser({ releases: 'tests/fixtures/corpus', base: '/diplomap/' });

test('serves everything under the sub-path', async () => {
  expect(new URL(baseUrl()).pathname).toBe('/diplomap/');
  const { page, errors } = await open('');
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('Försvarsministern reste till Vilnius och Riga');
  await page.locator('.leaflet-container path').first().waitFor();
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname));
  expect(scripts.length).toBeGreaterThan(0);
  // The built chunks, and the scripts served from public/ (view-pending.js, warm-up.js).
  const fromPublic = ['/diplomap/view-pending.js', '/diplomap/warm-up.js'];
  expect(scripts.every((p) => p.startsWith('/diplomap/assets/') || fromPublic.includes(p))).toBe(
    true,
  );
  // What the page preloads is under the sub-path too.
  const hints = await page
    .locator('link[rel="modulepreload"], link[rel="preload"]')
    .evaluateAll((l) => l.map((e) => new URL((e as HTMLLinkElement).href).pathname));
  expect(hints.length).toBeGreaterThan(0);
  expect(hints.every((p) => p.startsWith('/diplomap/'))).toBe(true);
  expect(errors).toEqual([]);
});

test('opens a release page in English and a deep link into it', async () => {
  const { page, errors } = await open(
    'r/2026-03-05-nordic-video/en/?select=journey:estonia-to-stockholm',
  );
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('The Prime Minister held a video meeting and received Estonia’s Prime Minister');
  await page.getByRole('region', { name: 'Estonia’s Prime Minister' }).waitFor();
  // The map's basemap came from under the sub-path too.
  await page.locator('.leaflet-basemap-pane path, .leaflet-pane path').first().waitFor();
  // Choosing another release keeps the sub-path and the page-per-release address.
  await chooseRelease(page, 'Release', /Foreign Minister visited Berlin/);
  await expect
    .poll(() => new URL(page.url()).pathname)
    .toBe('/diplomap/r/2026-02-10-berlin-visit/en/');
  expect(errors).toEqual([]);
});

test('opens the overview of all releases', async () => {
  const { page, errors } = await open('overview/en/');
  await expect.poll(() => page.locator('h1').first().textContent()).toBe('All releases');
  expect(errors).toEqual([]);
});

test('the overview page lists the releases without JavaScript', async () => {
  const { page } = await open('overview/', { javaScript: false });
  const links = page.locator('.overview-static a');
  expect(await links.count()).toBe(3);
  expect(await links.first().getAttribute('href')).toBe('/diplomap/r/2026-04-20-baltic-tour/');
});
