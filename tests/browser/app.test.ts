import { expect, test } from 'vitest';
import { setupBrowser } from './harness.ts';

const { open } = setupBrowser();

test('opens the built app with the release title and no errors', async () => {
  const { page, errors } = await open();
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('Nationella säkerhetsrådgivare besökte Kiev den 3 januari');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  expect(errors).toEqual([]);
});

// With one release there is no overview page; a host that falls back to the root page (as
// `npm start` does) serves that for its address, and the app says why the release opens.
test.each([
  [
    'overview/en/',
    'There is only one release so far, so no overview of all releases; showing “National security advisers visited Kyiv on 3 January”.',
  ],
  [
    '?release=all',
    'Det finns bara ett pressmeddelande ännu och därför ingen översikt över alla pressmeddelanden; ”Nationella säkerhetsrådgivare besökte Kiev den 3 januari” visas.',
  ],
])('the overview address with one release (%s) opens it and says why', async (address, notice) => {
  const { page, errors } = await open(address);
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain(notice);
  expect(await page.locator('.leaflet-container').count()).toBe(1);
  expect(errors).toEqual([]);
});

// On a phone the map is about a third of the screen: a notice above it stays short. (Four
// lines of notice had left it 220 px.)
test.each(['?release=nope', 'overview/en/'])(
  'on a phone the notice of %s leaves the map a third of the screen',
  async (address) => {
    const { page, errors } = await open(address, { width: 360, height: 740 });
    await page.locator('.notices li').first().waitFor();
    const map = await page.locator('.leaflet-container').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThanOrEqual(740 / 3);
    expect(errors).toEqual([]);
  },
);
