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
