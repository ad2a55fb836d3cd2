/**
 * A corpus of releases (fixtures written for the tests, one per shape): the release picker,
 * the overview of all releases, and deep links into them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chooseRelease, setupBrowser } from './harness.ts';

const { open } = setupBrowser({ releases: 'tests/fixtures/corpus' });

const params = (url: string) => new URL(url).searchParams;

test('opens the newest release by default and lists every release, newest first, in the picker', async () => {
  const { page, errors } = await open('?lang=en');
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('The Defence Minister travelled to Vilnius and Riga');
  const picker = page.getByRole('combobox', { name: 'Release', exact: true });
  expect(await picker.inputValue()).toBe(
    '20 Apr · The Defence Minister travelled to Vilnius and Riga',
  );
  await picker.click();
  const options = await page
    .getByRole('listbox', { name: 'Release' })
    .getByRole('option')
    .allTextContents();
  expect(options).toEqual([
    'All releases (overview)',
    '20 Apr · The Defence Minister travelled to Vilnius and Riga',
    '5 Mar · The Prime Minister held a video meeting and received Estonia’s Prime Minister',
    '10 Feb · The Foreign Minister visited Berlin',
  ]);
  expect(errors).toEqual([]);
});

test('choosing a release opens it and puts it in the URL; Back returns', async () => {
  const { page } = await open();
  await page.getByRole('combobox', { name: 'Pressmeddelande', exact: true }).click();
  await page.getByRole('option', { name: /Utrikesministern besökte Berlin/ }).click();
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('Utrikesministern besökte Berlin');
  expect(params(page.url()).get('release')).toBe('2026-02-10-berlin-visit');
  // A visit abroad and back: the way out and the leg home.
  const journeys = page.getByRole('region', { name: 'Resor' }).getByRole('listitem');
  await expect.poll(() => journeys.count()).toBe(2);
  await page.goBack();
  await expect
    .poll(() => page.locator('h1').first().textContent())
    .toBe('Försvarsministern reste till Vilnius och Riga');
});

// The page address of a release that is not there is served the root page (the newest
// release, prerendered) by a host that falls back to it, as `npm start` does.
test.each(['?release=1999-01-01-nothing&lang=en', 'r/1999-01-01-nothing/en/'])(
  'an unknown release (%s) opens the newest with a notice, and no error',
  async (address) => {
    const { page, errors } = await open(address);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('There is no release “1999-01-01-nothing”; showing the newest.');
    expect(await page.locator('h1').first().textContent()).toBe(
      'The Defence Minister travelled to Vilnius and Riga',
    );
    expect(errors).toEqual([]);
  },
);

test('a deep link opens a release with a journey selected and its source sentence', async () => {
  const { page } = await open(
    '?release=2026-03-05-nordic-video&lang=en&select=journey:estonia-to-stockholm',
  );
  const details = page.getByRole('region', { name: 'Estonia’s Prime Minister' });
  await details.waitFor();
  expect((await details.locator('blockquote[lang="en"]').textContent())?.trim()).toBe(
    'On the same day, Estonia’s Prime Minister visited Stockholm.',
  );
  // A foreign leader visiting Sweden: the arc points to Stockholm.
  expect(await details.getByText('Stockholm').count()).toBeGreaterThan(0);
});

test('the overview aggregates every journey of the corpus and opens a journey in its release', async () => {
  const { page, errors } = await open('?release=all&lang=en');
  await expect.poll(() => page.locator('h1').textContent()).toBe('All releases');
  await expect
    .poll(() => page.getByText(/^3 releases, 8 journeys on \d+ routes\.$/).count())
    .toBe(1);
  // The timeline spans every date of the corpus, oldest first (the overview's long lists
  // follow the summary a moment later).
  const timeline = page.getByRole('navigation', { name: 'Timeline' });
  await expect
    .poll(() => timeline.getByRole('button').allTextContents())
    .toEqual([
      '‹',
      'All dates',
      // Releases span years, so each date has its year.
      '10 February 2026',
      '11 February 2026',
      '5 March 2026',
      '20 April 2026',
      '21 April 2026',
      '›',
    ]);
  await timeline.getByRole('button', { name: '5 March 2026' }).click();
  await expect.poll(() => page.getByText(/^1 release, 3 journeys on 3 routes\.$/).count()).toBe(1);
  // The chosen date is in the URL like every other choice, so Back undoes it.
  expect(params(page.url()).get('date')).toBe('2026-03-05');
  await page.goBack();
  await expect
    .poll(() => page.getByText(/^3 releases, 8 journeys on \d+ routes\.$/).count())
    .toBe(1);
  await page.goForward();
  await expect.poll(() => page.getByText(/^1 release, 3 journeys on 3 routes\.$/).count()).toBe(1);
  // Places are named, labelled markers; routes are named arcs.
  const map = page.getByRole('region', { name: 'Map', exact: true });
  expect(await map.getByRole('button', { name: /^Stockholm\. \d+ journeys?$/ }).count()).toBe(1);
  expect(await map.locator('.place-label:not(.place-label--hidden)').count()).toBeGreaterThan(0);
  expect(await map.getByRole('button', { name: /→.*, \d+ journeys?$/ }).count()).toBe(3);
  expect(await map.getByRole('heading', { name: 'Legend' }).count()).toBe(1);
  expect(await map.getByText('Line width: number of trips').count()).toBe(1);
  await page
    .getByRole('link', { name: /^Estonia’s Prime Minister, Thursday 5 March 2026/ })
    .click();
  await page.getByRole('region', { name: 'Estonia’s Prime Minister' }).waitFor();
  expect(params(page.url()).get('release')).toBe('2026-03-05-nordic-video');
  expect(params(page.url()).get('select')).toBe('journey:estonia-to-stockholm');
  expect(errors).toEqual([]);
});

test('a destination named only as a country is placed at its capital and says so', async () => {
  const { page } = await open('?release=2026-04-20-baltic-tour&lang=en&select=journey:to-poland');
  const details = page.getByRole('region', { name: 'The State Secretary, Sweden' });
  await details.waitFor();
  expect(await details.textContent()).toContain(
    'Named only as a country: placed at its capital (inferred).',
  );
  expect(await page.locator('[data-place="poland"]').getAttribute('aria-label')).toMatch(/^Poland/);
});

test('a meeting held by video is drawn as remote participation', async () => {
  const { page } = await open('?release=2026-03-05-nordic-video&meeting=nordic-video-2026-03-05');
  const calls = page.locator('path[role="button"][data-journey]:visible');
  await expect.poll(() => calls.count()).toBe(2);
  for (const dash of await calls.evaluateAll((paths) =>
    paths.map((p) => p.getAttribute('stroke-dasharray')),
  )) {
    expect(dash).toBeTruthy();
  }
});

/*
 * With motion on (the other tests run with reduced motion, where nothing animates): leaving a
 * map in the middle of its zoom or fit animation must not throw from Leaflet's timers.
 */
describe('with motion on', () => {
  /** Leaflet ends a zoom animation from a 250 ms timer: let any that is pending run. */
  const letTimersRun = (page: Page) => page.waitForTimeout(600);

  test('leaving the overview in the middle of a zoom animation throws nothing', async () => {
    const { page, errors } = await open('?release=all&lang=en', { reducedMotion: false });
    await expect.poll(() => page.locator('h1').textContent()).toBe('All releases');
    await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await chooseRelease(page, 'Release', /Foreign Minister visited Berlin/);
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toBe('The Foreign Minister visited Berlin');
    await letTimersRun(page);
    expect(errors).toEqual([]);
  });

  test('choosing another release while the map flies to a meeting throws nothing', async () => {
    const { page, errors } = await open('?release=2026-04-20-baltic-tour&lang=en', {
      reducedMotion: false,
    });
    await page.locator('.timeline li button').nth(1).waitFor();
    await page.locator('.timeline li button').nth(1).click();
    await chooseRelease(page, 'Release', /All releases \(overview\)/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('All releases');
    await letTimersRun(page);
    expect(errors).toEqual([]);
  });
});
