/**
 * When a release cannot be loaded, the page says which one and why, and keeps its header: the
 * other releases and the language are still one click away.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { chooseRelease, setupBrowser } from './harness.ts';

// The corpus, with its newest release broken: the one the start page opens.
const root = mkdtempSync(join(tmpdir(), 'diplomap-failure-'));
cpSync('tests/fixtures/corpus', root, { recursive: true });
writeFileSync(join(root, '2026-04-20-baltic-tour', 'meetings.json'), '{ "meetings": [,] }\n');

const { open } = setupBrowser({ releases: root });

test('the start page names the release that failed and why, and keeps the picker and language', async () => {
  const { page } = await open('?lang=en');
  const alert = page.getByRole('alert');
  await expect
    .poll(() => alert.locator('h1').textContent())
    .toBe('This release could not be loaded');
  expect(await alert.textContent()).toContain('The Defence Minister travelled to Vilnius and Riga');
  expect(await alert.textContent()).toMatch(
    /2026-04-20-baltic-tour\/meetings\.json: is not valid JSON/,
  );

  // Another release is reachable from the picker, and the language can be switched.
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('Pressmeddelandet kunde inte läsas in');
  await chooseRelease(page, 'Pressmeddelande', /Utrikesministern besökte Berlin/);
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('Utrikesministern besökte Berlin');
});
