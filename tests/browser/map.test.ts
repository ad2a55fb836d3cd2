/**
 * The map as users rely on it: the offline basemap, named markers and arcs, details with the
 * source sentence, keyboard use, line styles, and no request to any other origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readMeetings } from './data.ts';
import { setupBrowser } from './harness.ts';
import { arc, arcs, clickArc, mapReady, mapRegion, marker } from './map-helpers.ts';

const { open } = setupBrowser();
const data = readMeetings();

const WITKOFF_SV = 'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.';
const WITKOFF_EN = 'The US envoy Steve Witkoff also called in to parts of the meetings.';

/** A query parameter of the page's current URL. */
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('basemap and features', () => {
  test('paints the country shapes of the offline basemap', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    expect(await page.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  test('names markers in Swedish by default and says what happens there', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    for (const name of ['Kiev', 'Stockholm', 'Paris']) {
      expect(await marker(page, name).count(), name).toBe(1);
    }
    // Kyiv's name says which meeting is held there, and when.
    const kyiv = await marker(page, 'Kiev').getAttribute('aria-label');
    expect(kyiv).toMatch(/^Kiev\. /);
    expect(kyiv).toContain('Säkerhetsrådgivare i Kiev');
    expect(kyiv).toContain('lördag 3 januari 2026');
    // Paris hosts two planned meetings; Stockholm is where journeys begin.
    expect(await marker(page, 'Paris').getAttribute('aria-label')).toContain('Ledarmöte i Paris');
    expect(await marker(page, 'Stockholm').getAttribute('aria-label')).toMatch(/avres/);
    expect(await marker(page, 'Kyiv').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('names markers in English with ?lang=en', async () => {
    const { page, errors } = await open('?lang=en');
    await mapReady(page);
    for (const name of ['Kyiv', 'Stockholm', 'Paris']) {
      expect(await marker(page, name, 'en').count(), name).toBe(1);
    }
    const kyiv = await marker(page, 'Kyiv', 'en').getAttribute('aria-label');
    expect(kyiv).toContain('Security advisers in Kyiv');
    expect(kyiv).toContain('Saturday 3 January 2026');
    expect(await marker(page, 'Kiev', 'en').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('draws one arc per journey in the data', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    expect(data.journeys.length).toBeGreaterThan(0);
    expect(await arcs(page).count()).toBe(data.journeys.length);
    const drawn = await arcs(page).evaluateAll((paths) =>
      paths.map((p) => p.getAttribute('data-journey')),
    );
    expect(new Set(drawn)).toEqual(new Set(data.journeys.map((j) => j.id)));
    expect(errors).toEqual([]);
  });

  test('with ?external=hide draws only the journeys the release itself states', async () => {
    const stated = data.journeys.filter((j) => !j.provenance.source);
    expect(stated.length).toBeLessThan(data.journeys.length);
    const { page, errors } = await open('?external=hide');
    await mapReady(page);
    expect(await arcs(page).count()).toBe(stated.length);
    const drawn = await arcs(page).evaluateAll((paths) =>
      paths.map((p) => p.getAttribute('data-journey')),
    );
    expect(new Set(drawn)).toEqual(new Set(stated.map((j) => j.id)));
    expect(errors).toEqual([]);
  });

  test('draws the call-in dashed and journeys in person solid', async () => {
    expect(data.journeys.find((j) => j.id === 'witkoff-calls-kyiv')?.mode).toBe('remote');
    // Journeys from other sources are dotted; those the release states are solid.
    const travel = data.journeys.filter((j) => j.mode === 'travel' && !j.provenance.source);
    expect(travel.map((j) => j.id)).toContain('kvarnstrom-to-kyiv');

    const { page, errors } = await open();
    await mapReady(page);
    expect(await arc(page, 'witkoff-calls-kyiv').getAttribute('stroke-dasharray')).toBeTruthy();
    for (const journey of travel) {
      expect(await arc(page, journey.id).getAttribute('stroke-dasharray'), journey.id).toBeNull();
    }
    expect(errors).toEqual([]);
  });

  test('marks held and planned meetings differently', async () => {
    const status = new Map(data.meetings.map((m) => [m.place, m.status]));
    expect([status.get('kyiv'), status.get('paris')]).toEqual(['held', 'planned']);

    const { page, errors } = await open();
    await mapReady(page);
    const kyiv = marker(page, 'Kiev').locator('.place');
    const paris = marker(page, 'Paris').locator('.place');
    expect(await kyiv.getAttribute('class')).toMatch(/\bplace--held\b/);
    expect(await kyiv.getAttribute('class')).not.toMatch(/\bplace--planned\b/);
    expect(await paris.getAttribute('class')).toMatch(/\bplace--planned\b/);
    expect(await paris.getAttribute('class')).not.toMatch(/\bplace--held\b/);
    expect(errors).toEqual([]);
  });
});

describe('pointing at an arc', () => {
  test('a dotted arc (from another source) answers the pointer along its line, gaps included', async () => {
    const { page, errors } = await open('?lang=en');
    await mapReady(page);
    const id = 'adviser-es-to-kyiv';
    // Points along the middle of the line, each with what the pointer would reach there.
    const points = await arc(page, id).evaluate((element) => {
      const path = element as SVGPathElement;
      const matrix = path.getScreenCTM();
      if (!matrix) return [];
      const length = path.getTotalLength();
      return Array.from({ length: 60 }, (_, i) => {
        const at = path.getPointAtLength(length * (0.2 + (0.6 * i) / 59));
        const { x, y } = new DOMPoint(at.x, at.y).matrixTransform(matrix);
        const top = document.elementFromPoint(x, y);
        return {
          x,
          y,
          line: top === path,
          gap: top?.getAttribute('data-hit-for') === path.dataset.journey,
        };
      });
    });
    expect(points).toHaveLength(60);
    // The dots take a small share of the line; the rest is reached through the gaps.
    const reached = points.filter((p) => p.line || p.gap).length;
    expect(reached).toBeGreaterThanOrEqual(54);
    const gap = points.find((p) => p.gap);
    if (!gap) throw new Error('no point between the dots');
    await page.mouse.move(gap.x, gap.y);
    await expect.poll(() => arc(page, id).getAttribute('stroke-opacity')).toBe('1');
    await page.mouse.click(gap.x, gap.y);
    await expect.poll(() => param(page, 'select')).toBe(`journey:${id}`);
    expect(errors).toEqual([]);
  });
});

describe('details', () => {
  test('clicking an arc opens its details with the quoted sentence; Escape closes them', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    await clickArc(arc(page, 'witkoff-calls-kyiv'));

    const details = page.getByRole('region', { name: 'Steve Witkoff' });
    await details.waitFor();
    expect(param(page, 'select')).toBe('journey:witkoff-calls-kyiv');
    expect(await details.getByRole('heading', { name: 'Källmening' }).count()).toBe(1);
    expect((await details.locator('blockquote').textContent())?.trim()).toBe(WITKOFF_SV);
    expect(await details.locator('blockquote').getAttribute('lang')).toBe('sv');
    // Washington as the origin is not in the release: it is labelled as inferred.
    expect(await details.getByText('härlett', { exact: true }).count()).toBe(1);

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(param(page, 'select')).toBeNull();
    expect(errors).toEqual([]);
  });

  test('in English, the details quote the Swedish original, then our translation labelled, and say "inferred"', async () => {
    const { page, errors } = await open('?lang=en');
    await mapReady(page);
    const witkoff = mapRegion(page, 'en').getByRole('button', { name: /^Steve Witkoff, from/ });
    expect(await witkoff.getAttribute('data-journey')).toBe('witkoff-calls-kyiv');
    await clickArc(witkoff);

    const details = page.getByRole('region', { name: 'Steve Witkoff' });
    await details.waitFor();
    expect(await details.getByRole('heading', { name: 'Source sentence' }).count()).toBe(1);
    const quotes = details.locator('blockquote');
    expect(await quotes.count()).toBe(2);
    expect((await quotes.nth(0).textContent())?.trim()).toBe(WITKOFF_SV);
    expect(await quotes.nth(0).getAttribute('lang')).toBe('sv');
    expect((await quotes.nth(1).textContent())?.trim()).toBe(WITKOFF_EN);
    expect(await quotes.nth(1).getAttribute('lang')).toBe('en');
    expect(
      await details.getByText('Unofficial translation by the diplomap editors').isVisible(),
    ).toBe(true);
    expect(await details.getByText('inferred', { exact: true }).count()).toBe(1);

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  test('Enter on a focused marker selects the place', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    const stockholm = marker(page, 'Stockholm');
    await stockholm.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(
      'stockholm',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'select')).toBe('place:stockholm');
    const details = page.getByRole('region', { name: 'Stockholm' });
    await details.waitFor();
    expect(errors).toEqual([]);
  });
});

describe('privacy', () => {
  test('the default app makes no request to any other origin', async () => {
    const { page, foreignRequests, errors } = await open();
    // Not mapReady: with an online tile layer there is no basemap, and this should fail on the
    // tile requests, not on waiting for the basemap.
    await arcs(page).first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);

    // Use it: open details, switch language, filter, zoom.
    await clickArc(arc(page, 'kvarnstrom-to-kyiv'));
    await page.getByRole('region', { name: 'Niclas Kvarnström' }).waitFor();
    await page
      .getByRole('group', { name: 'Språk' })
      .getByRole('button', { name: 'English', exact: true })
      .click();
    await page.getByLabel('Meeting', { exact: true }).selectOption('paris-leaders-2026-01-06');
    await marker(page, 'Paris', 'en').click();
    await expect.poll(() => param(page, 'select')).toBe('place:paris');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a request to another origin would be recorded, so the test above can fail', async () => {
    const { page, foreignRequests } = await open();
    // A fetch to another origin is refused: by the app's Content-Security-Policy, which stops it
    // before it is sent, or else by the harness…
    const outcome = await page.evaluate(() =>
      fetch('http://example.invalid/').then(
        () => 'answered',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    // …and a request that does leave the page is recorded: a navigation, which CSP does not cover.
    await page.evaluate(() => window.location.assign('http://example.invalid/'));
    await expect.poll(() => foreignRequests).toContain('http://example.invalid/');
  });
});

test('switching to side by side narrows the map and keeps the story framed in it', async () => {
  const { page, errors } = await open('', { width: 1280, height: 800 });
  await mapReady(page);
  const container = page.locator('.leaflet-container');
  const before = await container.evaluate((c) => c.getBoundingClientRect().width);
  await page
    .getByRole('group', { name: 'Språk' })
    .getByRole('button', { name: 'Sida vid sida', exact: true })
    .click();
  await expect
    .poll(() => container.evaluate((c) => c.getBoundingClientRect().width))
    .toBeLessThan(before * 0.7);
  // Every place on the map is inside it, but the far origins, which edge markers name.
  await expect
    .poll(() =>
      container.evaluate((map) => {
        const box = map.getBoundingClientRect();
        const atEdge = [...map.querySelectorAll('.edge-marker')].map((e) =>
          e.getAttribute('data-edge-place'),
        );
        return [...map.querySelectorAll('.place-icon:not(.place-icon--clustered)')]
          .filter((icon) => !atEdge.includes(icon.getAttribute('data-place')))
          .filter((icon) => {
            const r = icon.getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            return x < box.left || x > box.right || y < box.top || y > box.bottom;
          })
          .map((icon) => icon.getAttribute('aria-label'));
      }),
    )
    .toEqual([]);
  expect(errors).toEqual([]);
});
