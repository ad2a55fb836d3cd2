/**
 * The published pages (issue 11): a page per release that reads without JavaScript, with its
 * head (title, description, alternates, share card, JSON-LD), the share image, hydration
 * without a flash, the embed page in a frame on another origin, and "Download image".
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMeetings, releaseId } from './data.ts';
import { releaseTitle, watchCsp } from './guards.ts';
import { baseUrl, setupBrowser } from './harness.ts';

const { open } = setupBrowser();
const page_ = (lang: 'sv' | 'en') => `r/${releaseId()}/${lang === 'en' ? 'en/' : ''}`;
const RELEASE_DIR = join(process.cwd(), 'src/data/releases', releaseId());

/** The paragraphs of the original Swedish release, exactly as published. */
function sourceParagraphs(): string[] {
  return readFileSync(join(RELEASE_DIR, 'source.sv.md'), 'utf8')
    .split(/\n\n+/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('# '));
}

interface MeetingJson {
  id: string;
  title: { sv: string; en: string };
  date: string;
  place: string;
  status: 'held' | 'planned';
}
const meetingsJson = () =>
  (
    JSON.parse(readFileSync(join(RELEASE_DIR, 'meetings.json'), 'utf8')) as {
      meetings: MeetingJson[];
    }
  ).meetings;
const placeNames = () =>
  new Map(
    (
      JSON.parse(readFileSync(join(RELEASE_DIR, 'places.json'), 'utf8')) as Array<{
        id: string;
        geocoded: { name: { sv: string; en: string } };
      }>
    ).map((p) => [p.id, p.geocoded.name]),
  );

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const STATUS = {
  sv: { held: 'genomfört', planned: 'planerat' },
  en: { held: 'held', planned: 'planned' },
} as const;

const meta = (page: Page, selector: string) =>
  page.locator(selector).first().getAttribute('content');

describe('without JavaScript', () => {
  test('the release page shows the Swedish text verbatim, the journeys and what the map would show', async () => {
    const { page } = await open(page_('sv'), { javaScript: false });
    expect(await page.locator('h1').first().textContent()).toBe(releaseTitle('sv'));
    const shown = await page.locator('[data-paragraph]').allTextContents();
    expect(shown).toEqual(sourceParagraphs());
    const journeys = page.getByRole('region', { name: 'Resor' }).getByRole('listitem');
    expect(await journeys.count()).toBe(readMeetings().journeys.length);
    // The map's place says what it would show, the follow-up meeting's date as uncertain as
    // the release leaves it.
    const described = await page.locator('.map--placeholder').textContent();
    expect(described).toContain(
      `${readMeetings().journeys.length} resor till ${readMeetings().meetings.length} möten: `,
    );
    expect(described).toContain('Säkerhetsrådgivare i Paris, omkring 6 januari 2026 (härlett; ');
    // The translation is there, folded, and the English page is linked.
    const translation = page.locator('noscript details, .noscript-translation details');
    expect(await page.locator('details summary').first().textContent()).toContain(
      releaseTitle('en'),
    );
    expect(await translation.count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Read in English' }).getAttribute('href')).toBe(
      `/${page_('en')}`,
    );
  });

  test('offers no control that only works with the app running; names and journeys read as text', async () => {
    /** Buttons, fields and links in the page's own part (not its <noscript> part) a reader sees. */
    const controls = (page: Page) =>
      page
        .locator('#root')
        .locator('button, select, input, a[href]')
        .evaluateAll((elements) =>
          elements
            .filter(
              (e) => e.getClientRects().length > 0 && getComputedStyle(e).pointerEvents !== 'none',
            )
            .map((e) => e.textContent?.trim() || e.getAttribute('aria-label') || e.tagName),
        );
    const { page } = await open(page_('sv'), { javaScript: false });
    expect(await controls(page)).toEqual([]);
    // What they carried stays: every journey, and the names in the text.
    const journeys = page.getByRole('region', { name: 'Resor' }).getByRole('listitem');
    await expect.poll(() => journeys.first().isVisible()).toBe(true);
    const mention = page.locator('.mention').first();
    expect(await mention.isVisible()).toBe(true);
    expect(await mention.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('none');
    // Running, the same page has its controls (the release picker, the filters, the actions).
    const running = await open(page_('sv'));
    const live = await controls(running.page);
    expect(live).toEqual(expect.arrayContaining(['Exportera GeoJSON', 'Svenska', 'English']));
    expect(await running.page.locator('#root select').first().isVisible()).toBe(true);
  });

  test('the embed page, which lists no journeys, points to the full page for them', async () => {
    const { page } = await open(`${page_('en')}embed/`, { javaScript: false });
    const hint = await page.locator('.map-placeholder-hint').textContent();
    expect(hint).toBe(
      'The map appears here when JavaScript is on; the full page lists the journeys as text.',
    );
    expect(await page.locator('.journey').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open in diplomap' }).count()).toBe(1);
  });

  test('the English page shows the English text and says it is a translation', async () => {
    const { page } = await open(page_('en'), { javaScript: false });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').first().textContent()).toBe(releaseTitle('en'));
    expect(await page.locator('[data-paragraph]').count()).toBe(sourceParagraphs().length);
    expect(await page.getByRole('region', { name: 'Journeys' }).getByRole('listitem').count()).toBe(
      readMeetings().journeys.length,
    );
  });
});

describe.each(['sv', 'en'] as const)('the head of the %s page', (lang) => {
  test('names the title, description, alternates and share card', async () => {
    const { page } = await open(page_(lang), { javaScript: false });
    expect(await page.title()).toBe(`${releaseTitle(lang)} – diplomap`);
    const description = await meta(page, 'meta[name="description"]');
    expect(description).toContain(
      lang === 'sv' ? 'lördag 3 januari 2026' : 'Saturday 3 January 2026',
    );
    for (const status of new Set(meetingsJson().map((m) => m.status)))
      expect(description).toContain(STATUS[lang][status]);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `/${page_(lang)}`,
    );
    expect(await page.locator('link[hreflang="sv"]').getAttribute('href')).toBe(`/${page_('sv')}`);
    expect(await page.locator('link[hreflang="en"]').getAttribute('href')).toBe(`/${page_('en')}`);
    expect(await meta(page, 'meta[property="og:title"]')).toBe(releaseTitle(lang));
    expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta(page, 'meta[property="og:image"]')).toBe(`/share/${releaseId()}.${lang}.png`);
  });

  test('describes every meeting as a schema.org Event from the data', async () => {
    const { page } = await open(page_(lang), { javaScript: false });
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '{}') as {
      '@graph': Array<{
        '@type': string;
        name: string;
        startDate: string;
        eventStatus: string;
        description: string;
        location: { name: string };
      }>;
    };
    const places = placeNames();
    const expected = meetingsJson().map((m) => ({
      type: 'Event',
      name: m.title[lang],
      date: m.date,
      place: places.get(m.place)?.[lang],
    }));
    const events = data['@graph'].map((e) => ({
      type: e['@type'],
      name: e.name,
      date: e.startDate,
      place: e.location.name,
    }));
    expect(events).toEqual(expect.arrayContaining(expected));
    expect(events).toHaveLength(expected.length);
    expect(data['@graph'].every((e) => e.eventStatus === 'https://schema.org/EventScheduled')).toBe(
      true,
    );
  });

  test('links a share image that is a PNG of the stated size', async () => {
    const { page } = await open(page_(lang), { javaScript: false });
    const src = await meta(page, 'meta[property="og:image"]');
    const response = await page.request.get(new URL(src ?? '', baseUrl()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const size = pngSize(await response.body());
    expect(size).toEqual({
      width: Number(await meta(page, 'meta[property="og:image:width"]')),
      height: Number(await meta(page, 'meta[property="og:image:height"]')),
    });
    expect(size).toEqual({ width: 1200, height: 630 });
  });
});

describe('with JavaScript', () => {
  test('hydrates the page without errors, layout shift or CSP violations, then applies the URL', async () => {
    const { page, errors } = await open(`${page_('en')}?meeting=paris-leaders-2026-01-06`);
    const csp = await watchCsp(page);
    await page.evaluate(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
          (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await expect
      .poll(() => page.getByLabel('Meeting', { exact: true }).inputValue())
      .toBe('paris-leaders-2026-01-06');
    await page.locator('.leaflet-container').waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Journeys' }).getByRole('listitem').count())
      .toBe(1);
    // layout-shift.test.ts follows the load to its end; this checks the same up to here.
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleMessages).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a selection in the query opens its details once the page runs', async () => {
    const { page, errors } = await open(`${page_('sv')}?select=journey:swedish-pm-to-paris`);
    await page.getByRole('region', { name: /Sveriges statsminister/ }).waitFor();
    expect(errors).toEqual([]);
  });

  test('an old ?release= link still opens the release', async () => {
    const { page, errors } = await open(`?release=${releaseId()}&lang=en`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(releaseTitle('en'));
    expect(errors).toEqual([]);
  });
});

describe('embedding', () => {
  let host: Server;
  let hostUrl = '';
  let hostPage = '';
  beforeAll(async () => {
    host = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(hostPage);
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    const address = host.address();
    if (!address || typeof address === 'string') throw new Error('host server has no port');
    // Another origin: another port of the loopback address.
    hostUrl = `http://localhost:${address.port}/`;
  });
  afterAll(() => new Promise<void>((done) => host.close(() => done())));

  test('the Embed snippet opens the compact view in an iframe on another origin', async () => {
    const { page } = await open(`${page_('en')}?meeting=kyiv-advisers-2026-01-03`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const field = page.getByLabel(/Paste this HTML/);
    // It opens below the button, at the end of the sidebar, and is brought into view whole.
    await expect
      .poll(() =>
        field.evaluate((f) => {
          const box = f.getBoundingClientRect();
          const sidebar = f.closest('.sidebar')?.getBoundingClientRect();
          return !!sidebar && box.top >= sidebar.top && box.bottom <= sidebar.bottom;
        }),
      )
      .toBe(true);
    const snippet = await field.inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="Map: [^"]+" width="100%" height="480"/);
    expect(snippet).toContain(`title="Map: ${releaseTitle('en')}"`);
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(new URL(src).pathname).toBe(`/${page_('en')}embed/`);
    expect(new URL(src).searchParams.get('meeting')).toBe('kyiv-advisers-2026-01-03');

    // The full page may not be framed: only the embed page.
    const full = new URL(page_('en'), baseUrl()).href;
    hostPage = `<!doctype html><title>host</title>${snippet}<iframe id="full" src="${full}" title="full"></iframe>`;
    // A context of its own: the harness's refuses every origin but the app's.
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const other = await browser.newContext();
    const frames = await other.newPage();
    const blocked: string[] = [];
    frames.on('console', (m) => blocked.push(m.text()));
    await frames.goto(hostUrl);
    const embedded = frames.frameLocator('iframe[title^="Map:"]');
    await embedded.locator('.app--embed').waitFor();
    expect(await embedded.locator('.embed-title').textContent()).toBe(releaseTitle('en'));
    await embedded.locator('.leaflet-container').waitFor();
    await expect
      .poll(() => embedded.locator('.legend, [class*="legend"]').count())
      .toBeGreaterThan(0);
    const link = embedded.getByRole('link', { name: 'Open in diplomap' });
    expect(new URL((await link.getAttribute('href')) ?? '', src).pathname).toBe(`/${page_('en')}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    await expect.poll(() => blocked.some((m) => m.includes('frame-ancestors'))).toBe(true);
    expect(await frames.frameLocator('#full').locator('.app').count()).toBe(0);
    await other.close();
  });
});

test('Download image saves a 2× PNG of the map in view', async () => {
  const { page, errors, foreignRequests } = await open(
    `${page_('en')}?meeting=kyiv-advisers-2026-01-03`,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download image' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `diplomap-${releaseId()}-kyiv-advisers-2026-01-03-en.png`,
  );
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(pngSize(bytes)).toEqual({ width: 2400, height: 1600 });
  // The browser decodes it, and it is not blank: it has the held meeting's dark marker.
  // Decoded in a blank page: the app's CSP rightly refuses data: images.
  const blank = await page.context().newPage();
  const dark = await blank.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(image, 0, 0);
    const data = ctx?.getImageData(0, 0, image.width, image.height).data ?? new Uint8ClampedArray();
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i] ?? 255) < 60 && (data[i + 1] ?? 255) < 60 && (data[i + 2] ?? 255) < 80) count++;
    return count;
  }, bytes.toString('base64'));
  expect(dark).toBeGreaterThan(100);
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});
