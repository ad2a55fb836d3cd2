/** `npm run dev` serves a working app: the release (through its virtual module) and the basemap. */
import { expect, test } from 'vitest';
import { setupBrowser } from './harness';

const { open } = setupBrowser({ devServer: true });

test('the development server serves the release, its map and its basemap', async () => {
  const { page, errors, foreignRequests } = await open('?lang=en');
  await expect
    .poll(() => page.locator('h1').first().textContent(), { timeout: 20_000 })
    .toBe('National security advisers visited Kyiv on 3 January');
  await page.locator('[data-place="kyiv"]').waitFor();
  await expect
    .poll(() => page.locator('.leaflet-basemap-pane path').count(), { timeout: 20_000 })
    .toBeGreaterThan(100);
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
