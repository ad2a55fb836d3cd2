/** Keyboard-only use of the map: Tab through arcs and markers, Enter opens, Escape closes. */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readMeetings } from './data.ts';
import { setupBrowser } from './harness.ts';
import { mapReady, mapRegion, pointOnArc } from './map-helpers.ts';

const { open } = setupBrowser();
const data = readMeetings();

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | SVGElement | null;
    return { journey: element?.dataset.journey, place: element?.dataset.place };
  });

test('Tab reaches every arc and then the markers', async () => {
  const { page } = await open();
  await mapReady(page);
  const journeys = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < 150 && places.size < 3; i++) {
    await page.keyboard.press('Tab');
    const { journey, place } = await focused(page);
    if (journey) journeys.add(journey);
    if (place) places.add(place);
  }
  expect(journeys).toEqual(new Set(data.journeys.map((j) => j.id)));
  expect(places.size).toBeGreaterThanOrEqual(3);
});

test('a focused arc keeps the focus, Enter opens its details, Escape closes them and returns focus', async () => {
  const { page, errors } = await open('?lang=en');
  await mapReady(page);
  const witkoff = mapRegion(page, 'en').getByRole('button', { name: /^Steve Witkoff, from/ });
  await witkoff.focus();
  expect((await focused(page)).journey).toBe('witkoff-calls-kyiv');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Steve Witkoff' });
  await details.waitFor();
  expect(new URL(page.url()).searchParams.get('select')).toBe('journey:witkoff-calls-kyiv');
  expect((await details.locator('blockquote[lang="en"]').textContent())?.trim()).toBe(
    'The US envoy Steve Witkoff also called in to parts of the meetings.',
  );
  expect(await details.getByText('inferred', { exact: true }).count()).toBe(1);
  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'detached' });
  expect(new URL(page.url()).searchParams.get('select')).toBeNull();
  expect((await focused(page)).journey).toBe('witkoff-calls-kyiv');
  expect(errors).toEqual([]);
});

test('a click straight onto an arc, with no pause after the pointer arrives, opens it', async () => {
  const { page, errors } = await open();
  await mapReady(page);
  const witkoff = page.locator('path[role="button"][data-journey="witkoff-calls-kyiv"]');
  const point = await pointOnArc(witkoff);
  expect(point).not.toBeNull();
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
  await page.getByRole('region', { name: 'Steve Witkoff' }).waitFor();
  expect(new URL(page.url()).searchParams.get('select')).toBe('journey:witkoff-calls-kyiv');
  expect(errors).toEqual([]);
});

test('the zoom buttons are named in the interface language', async () => {
  const { page } = await open();
  await mapReady(page);
  await page.getByRole('button', { name: 'Zooma in' }).waitFor();
  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).waitFor();
  expect(await page.getByRole('button', { name: 'Zooma in' }).count()).toBe(0);
});
