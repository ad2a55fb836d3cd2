/** The issue 10 fixture releases in the app: an English original, a cited position, an approximate one. */
import { expect, test } from 'vitest';
import { setupBrowser } from './harness.ts';
import { mapReady } from './map-helpers.ts';

const { open } = setupBrowser({ releases: 'tests/fixtures/releases-10' });

test('an English original: the Swedish is labelled as our translation, the publication month is shown', async () => {
  const { page, errors } = await open(
    '?release=2022-11-29-kristersson-welcomes-marin&select=journey:marin-to-stockholm',
  );
  await mapReady(page);
  const header = page.locator('.release-header');
  expect(
    await header.getByText('Inofficiell översättning av diplomaps redaktion').isVisible(),
  ).toBe(true);
  expect(await header.innerText()).toMatch(/Publicerat\s+november 2022/);
  const details = page.getByRole('region', { name: 'Sanna Marin' });
  await details.waitFor();
  expect(await details.getByText('Original på engelska').isVisible()).toBe(true);
  const quotes = details.locator('blockquote');
  expect(await quotes.nth(0).getAttribute('lang')).toBe('en');
  expect(await quotes.nth(0).textContent()).toMatch(
    /^On Tuesday 29 November, Prime Minister Ulf Kristersson will welcome/,
  );
  expect(await quotes.nth(1).getAttribute('lang')).toBe('sv');
  expect(errors).toEqual([]);
});

test('Utøya is placed by a cited position; the Moncloa Palace at an approximate one', async () => {
  const { page, errors } = await open(
    '?release=2021-07-22-statsministern-besoker-norge&lang=en&select=place:utoya',
  );
  await mapReady(page);
  const utoya = page.getByRole('region', { name: 'Utøya' });
  await utoya.waitFor();
  const link = utoya.getByRole('link', { name: 'GeoNames 3133359' });
  expect(await link.getAttribute('href')).toBe('https://www.geonames.org/3133359');

  const spain = await open(
    '?release=2023-03-08-statsministern-besoker-spanien&lang=en&select=meeting:moncloa-2023-03-08',
  );
  await mapReady(spain.page);
  const talks = spain.page.getByRole('region', { name: 'Talks with Pedro Sánchez' });
  await talks.waitFor();
  expect(await talks.getByText('approximate position').isVisible()).toBe(true);
  expect(await talks.innerText()).toMatch(/Kind\s+Bilateral talks/);
  expect(errors).toEqual([]);
  expect(spain.errors).toEqual([]);
});

test('a custom meeting kind is shown by its own name', async () => {
  const { page, errors } = await open(
    '?release=2021-07-22-statsministern-besoker-norge&select=meeting:oslo-2021-07-22',
  );
  await mapReady(page);
  const details = page.getByRole('region', {
    name: 'Kransnedläggning vid regeringskvarteret i Oslo',
  });
  await details.waitFor();
  expect(await details.innerText()).toMatch(/Typ\s+Kransnedläggning/);
  expect(errors).toEqual([]);
});
