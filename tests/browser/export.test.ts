/**
 * Export GeoJSON as a user does it: click the button, get a file, and find in it what the map and
 * the journey list show; narrowed to a meeting, and without facts from other sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readReleaseFolder, RELEASES_DIR } from '../../scripts/lib/release-folders.ts';
import { viewToGeoJSON } from '../../src/export/geojson.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { loadRelease } from '../../src/model/release.ts';
import { indexRelease, type ReleaseIndex } from '../../src/model/view.ts';
import { journeyLabel } from '../../src/sidebar/labels.ts';
import { visibleItems } from '../../src/state/selection.ts';
import { featureCollectionProblems, featuresOf, propertiesOf } from '../unit/export/rfc7946.ts';
import { releaseId } from './data.ts';
import { setupBrowser } from './harness.ts';
import { arcs, mapReady } from './map-helpers.ts';

const { open } = setupBrowser();
const t = MESSAGES.en;
const PARIS_LEADERS = 'paris-leaders-2026-01-06';

function loadIndex(): ReleaseIndex {
  const folder = readReleaseFolder(join(RELEASES_DIR, releaseId()));
  const result = loadRelease(folder.files);
  if (!result.ok) throw new Error(`${folder.dir} does not load`);
  return indexRelease(result.release);
}
const index = loadIndex();

/** Clicks Export GeoJSON and reads the file it downloads. */
async function exportGeoJSON(page: Page): Promise<{ name: string; geojson: unknown }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t.exportGeoJSON, exact: true }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  const geojson: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
  return { name: download.suggestedFilename(), geojson };
}

/** The journeys the list shows, by their labels, in order. */
const listedJourneys = (page: Page) =>
  page
    .getByRole('region', { name: t.journeys, exact: true })
    .getByRole('listitem')
    .getByRole('button')
    .allTextContents();

/** The journeys of a file, labelled as the list labels them, in the file's order. */
function exportedJourneys(geojson: unknown): string[] {
  return featuresOf(geojson)
    .map(propertiesOf)
    .filter((p) => p.type === 'journey')
    .map((p) => {
      const j = index.journeys.find((x) => x.journey.id === p.id);
      return j ? journeyLabel(index, j, 'en', t) : `(unknown journey ${String(p.id)})`;
    });
}

const exportedIds = (geojson: unknown, type: 'place' | 'journey') =>
  featuresOf(geojson)
    .map(propertiesOf)
    .filter((p) => p.type === type)
    .map((p) => String(p.id))
    .sort();

const drawnPlaces = (page: Page) =>
  page
    .locator('.leaflet-marker-pane [data-place]')
    .evaluateAll((markers) => markers.map((m) => m.getAttribute('data-place') ?? '').sort());

const drawnJourneys = (page: Page) =>
  arcs(page).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-journey') ?? '').sort());

/**
 * Numbers to nine decimals (a tenth of a millimetre on the ground): Chromium's and Node's
 * Math.sin and Math.atan2 can differ in the last bit, so the great circles differ there.
 */
const rounded = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v,
  );

/** What `npm run export` writes for the same view, read back as JSON. */
const expectedFile = (meeting: string | null, external: boolean): unknown =>
  rounded(viewToGeoJSON(index, visibleItems(index, { meeting, external }), external));

test('Export GeoJSON downloads the view: a valid FeatureCollection of the journeys listed and the places drawn', async () => {
  const { page, errors, foreignRequests } = await open('?lang=en');
  await mapReady(page);
  const { name, geojson } = await exportGeoJSON(page);

  expect(name).toBe(`diplomap-${index.release.id}.geojson`);
  expect(featureCollectionProblems(geojson)).toEqual([]);
  expect(geojson).toMatchObject({ type: 'FeatureCollection' });
  const listed = await listedJourneys(page);
  expect(listed).toHaveLength(index.journeys.length);
  expect(exportedJourneys(geojson)).toEqual(listed);
  expect(exportedIds(geojson, 'journey')).toEqual(await drawnJourneys(page));
  expect(exportedIds(geojson, 'place')).toEqual(await drawnPlaces(page));
  expect(rounded(geojson)).toStrictEqual(expectedFile(null, true));
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('choosing a meeting first narrows the file to it, and names the file after it', async () => {
  const { page, errors } = await open('?lang=en');
  await mapReady(page);
  const select = page.getByRole('combobox', { name: t.meeting, exact: true });
  const shortTitle = index.meetings.get(PARIS_LEADERS)?.shortTitle.en ?? '';
  const option = await select.locator('option', { hasText: shortTitle }).textContent();
  await select.selectOption({ label: option ?? '' });
  await expect.poll(() => new URL(page.url()).searchParams.get('meeting')).toBe(PARIS_LEADERS);
  await expect.poll(() => listedJourneys(page).then((l) => l.length)).toBe(1);

  const { name, geojson } = await exportGeoJSON(page);
  expect(name).toContain(PARIS_LEADERS);
  expect(name).toBe(`diplomap-${index.release.id}-${PARIS_LEADERS}.geojson`);
  expect(featureCollectionProblems(geojson)).toEqual([]);
  expect(exportedJourneys(geojson)).toEqual(await listedJourneys(page));
  expect(exportedIds(geojson, 'journey')).toEqual(['swedish-pm-to-paris']);
  expect(exportedIds(geojson, 'place')).toEqual(await drawnPlaces(page));
  expect(rounded(geojson)).toStrictEqual(expectedFile(PARIS_LEADERS, true));
  expect(errors).toEqual([]);
});

test("turning off the legend's facts from other sources leaves them out of the file", async () => {
  const { page, errors } = await open('?lang=en');
  await mapReady(page);
  await page.getByRole('checkbox', { name: t.showExternal, exact: true }).uncheck();
  const stated = index.journeys.filter((j) => !j.external);
  await expect.poll(() => listedJourneys(page).then((l) => l.length)).toBe(stated.length);

  const { geojson } = await exportGeoJSON(page);
  expect(featureCollectionProblems(geojson)).toEqual([]);
  expect(exportedJourneys(geojson)).toEqual(await listedJourneys(page));
  for (const feature of featuresOf(geojson).map(propertiesOf))
    if (feature.type === 'journey') expect(feature.external, String(feature.id)).toBe(false);
  expect(exportedIds(geojson, 'place')).toEqual(await drawnPlaces(page));
  expect(rounded(geojson)).toStrictEqual(expectedFile(null, false));
  expect(errors).toEqual([]);
});
