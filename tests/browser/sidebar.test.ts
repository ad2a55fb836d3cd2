/**
 * What users do with the sidebar and the URL: switch language, read both side by side, narrow
 * to one meeting, share a link, go Back and Forward, survive a bad link, and use a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readMeetings, releaseId } from './data.ts';
import { setupBrowser } from './harness.ts';
import { arcs, mapReady, mapRegion, marker } from './map-helpers.ts';

const { open } = setupBrowser();
const data = readMeetings();

const TITLE_SV = 'Nationella säkerhetsrådgivare besökte Kiev den 3 januari';
const TITLE_EN = 'National security advisers visited Kyiv on 3 January';
const WITKOFF_SV = 'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.';
const WITKOFF_EN = 'The US envoy Steve Witkoff also called in to parts of the meetings.';
const KYIV_MEETING = 'kyiv-advisers-2026-01-03';
const PARIS_LEADERS = 'paris-leaders-2026-01-06';

/** A query parameter of the page's current URL. */
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

const languageButton = (page: Page, group: 'Språk' | 'Language', name: string) =>
  page.getByRole('group', { name: group }).getByRole('button', { name, exact: true });

const meetingSelect = (page: Page, label: 'Möte' | 'Meeting' = 'Möte') =>
  page.getByLabel(label, { exact: true });

/** The list of journeys in view, the map's text alternative. */
const journeyList = (page: Page, name: 'Resor' | 'Journeys' = 'Resor') =>
  page.getByRole('region', { name, exact: true }).getByRole('listitem');

const drawnJourneys = (page: Page) =>
  arcs(page).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-journey')).sort());

/** Chooses a meeting in the filter by the words a user sees, as a user does. */
async function chooseMeeting(page: Page, words: string, label: 'Möte' | 'Meeting' = 'Möte') {
  const select = meetingSelect(page, label);
  const option = (await select.locator('option', { hasText: words }).textContent()) ?? '';
  await select.selectOption({ label: option });
}

/** Share of an element's height that is inside the viewport. */
async function shownHeight(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    const left = Math.max(0, box.left);
    const right = Math.min(window.innerWidth, box.right);
    return right - left > 0 ? Math.max(0, bottom - top) : 0;
  });
}

describe('language', () => {
  test('switching to English changes the title, headings, place names, dates and <html lang>', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE_SV);
    expect(await page.getByRole('heading', { name: 'Resor', exact: true }).count()).toBe(1);
    expect(await marker(page, 'Kiev').count()).toBe(1);
    expect(await page.getByText('lördag 3 januari 2026', { exact: true }).count()).toBe(1);
    expect(await htmlLang(page)).toBe('sv');
    expect(await languageButton(page, 'Språk', 'Svenska').getAttribute('aria-pressed')).toBe(
      'true',
    );

    await languageButton(page, 'Språk', 'English').click();

    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(param(page, 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE_EN);
    expect(await page.title()).toContain(TITLE_EN);
    expect(await page.getByRole('heading', { name: 'Journeys', exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Resor', exact: true }).count()).toBe(0);
    expect(await marker(page, 'Kyiv', 'en').count()).toBe(1);
    expect(await marker(page, 'Kiev', 'en').count()).toBe(0);
    expect(await page.getByText('Saturday 3 January 2026', { exact: true }).count()).toBe(1);
    expect(await page.getByText('lördag 3 januari 2026', { exact: true }).count()).toBe(0);
    expect(
      await mapRegion(page, 'en')
        .getByRole('button', {
          name: /^Steve Witkoff, from Washington, D\.C\. \(inferred\) to Kyiv/,
        })
        .count(),
    ).toBe(1);
    expect(await languageButton(page, 'Language', 'English').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  test('side by side shows the Swedish and the English text together', async () => {
    const { page, errors } = await open();
    await languageButton(page, 'Språk', 'Sida vid sida').click();

    await expect.poll(() => param(page, 'view')).toBe('parallel');
    const titles = page.getByRole('heading', { level: 1 });
    await expect.poll(() => titles.count()).toBe(2);
    expect(await page.locator('h1[lang="sv"]').textContent()).toBe(TITLE_SV);
    expect(await page.locator('h1[lang="en"]').textContent()).toBe(TITLE_EN);
    const sv = page.locator('.release-text [lang="sv"]').filter({ hasText: WITKOFF_SV });
    const en = page.locator('.release-text [lang="en"]').filter({ hasText: WITKOFF_EN });
    expect(await sv.count()).toBe(1);
    expect(await en.count()).toBe(1);
    expect(await sv.isVisible()).toBe(true);
    expect(await en.isVisible()).toBe(true);
    expect(await languageButton(page, 'Språk', 'Sida vid sida').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });
});

describe('meeting filter', () => {
  test('choosing the Paris leaders’ meeting lists and draws only its journey', async () => {
    const expected = data.journeys.filter((j) => j.to === PARIS_LEADERS);
    expect(expected.map((j) => [j.who, j.from])).toEqual([['swedish-pm', 'stockholm']]);

    const { page, errors } = await open();
    await mapReady(page);
    expect(await journeyList(page).count()).toBe(data.journeys.length);

    await chooseMeeting(page, 'Ledarmöte i Paris');

    await expect.poll(() => param(page, 'meeting')).toBe(PARIS_LEADERS);
    await expect.poll(() => journeyList(page).count()).toBe(1);
    expect(await journeyList(page).textContent()).toContain(
      'Sveriges statsminister, från Stockholm',
    );
    await expect.poll(() => drawnJourneys(page)).toEqual(expected.map((j) => j.id));
    expect(await meetingSelect(page).inputValue()).toBe(PARIS_LEADERS);
    expect(errors).toEqual([]);
  });

  test.each([1024, 1280])(
    'at %i px a chosen meeting is shown whole in the filter',
    async (width) => {
      for (const [lang, label] of [
        ['sv', 'Möte'],
        ['en', 'Meeting'],
      ] as const) {
        const { page } = await open(`?lang=${lang}`, { width, height: 800 });
        const filter = meetingSelect(page, label);
        for (const { id } of data.meetings) {
          await filter.selectOption(id);
          // The text of the choice against the room inside the select (padding and its arrow off).
          const { text, room } = await filter.evaluate((select: HTMLSelectElement) => {
            const style = getComputedStyle(select);
            const pen = document.createElement('canvas').getContext('2d');
            if (pen) pen.font = style.font;
            const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
            return {
              text: pen?.measureText(select.selectedOptions[0]?.text ?? '').width ?? Infinity,
              room: select.clientWidth - padding - 16,
            };
          });
          expect(text, `${lang} ${id}`).toBeLessThanOrEqual(room);
        }
      }
    },
  );

  test.each([720, 820, 960])(
    'at %i px the filters keep one row and a chosen meeting gets all the room the row has left',
    async (width) => {
      const { page } = await open('?lang=sv', { width, height: 800 });
      const filter = meetingSelect(page, 'Möte');
      for (const { id } of data.meetings) {
        await filter.selectOption(id);
        const row = await page.evaluate(() => {
          const panel = document.querySelector('.filter-bar-panel');
          const filters = [...(panel?.querySelectorAll(':scope > .filter') ?? [])];
          const boxes = filters.map((f) => f.getBoundingClientRect());
          const select = document.querySelector<HTMLSelectElement>('.filter--meeting select');
          const style = select ? getComputedStyle(select) : null;
          const pen = document.createElement('canvas').getContext('2d');
          if (pen && style) pen.font = style.font;
          const padding = style
            ? parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
            : 0;
          const next = filters[1]?.getBoundingClientRect().left ?? 0;
          const gap = panel ? parseFloat(getComputedStyle(panel).columnGap) : 0;
          return {
            hole: next - (select?.getBoundingClientRect().right ?? 0) - gap,
            filters: boxes.length,
            tops: new Set(boxes.map((b) => Math.round(b.top))).size,
            spare:
              (panel?.getBoundingClientRect().right ?? 0) - Math.max(...boxes.map((b) => b.right)),
            text: pen?.measureText(select?.selectedOptions[0]?.text ?? '').width ?? Infinity,
            room: (select?.clientWidth ?? 0) - padding - 16,
          };
        });
        expect(row.filters, id).toBe(3);
        expect(row.tops, `${id}: one row`).toBe(1);
        // Shown whole, or as wide as the row allows.
        if (row.text > row.room) expect(row.spare, id).toBeLessThan(8);
        // Nothing empty between the meeting filter and the next.
        expect(row.hole, id).toBeLessThan(2);
      }
    },
  );

  test.each([701, 760])(
    'at %i px with every filter set, no filter overlaps another or leaves the row',
    async (width) => {
      const { page } = await open(
        `?lang=sv&meeting=${PARIS_LEADERS}&actor=country:se&place=stockholm`,
        { width, height: 800 },
      );
      await page.locator('.filter-clear').nth(1).waitFor();
      const boxes = await page.evaluate(() => {
        const panel = document.querySelector('.filter-bar-panel')?.getBoundingClientRect();
        const parts = [...document.querySelectorAll('.filter-bar-panel > .filter > *')];
        return {
          right: panel?.right ?? 0,
          parts: parts.map((p) => {
            const r = p.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          }),
        };
      });
      expect(boxes.parts.length).toBeGreaterThanOrEqual(8);
      for (const [i, a] of boxes.parts.entries()) {
        expect(a.right, `part ${i}`).toBeLessThanOrEqual(boxes.right + 0.5);
        for (const b of boxes.parts.slice(i + 1)) {
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, `part ${i} overlaps another`).toBe(false);
        }
      }
    },
  );
});

describe('links', () => {
  test('a deep link opens that view with the details open', async () => {
    const { page, errors } = await open(
      `?lang=en&meeting=${KYIV_MEETING}&select=journey:witkoff-calls-kyiv`,
    );
    await mapReady(page);
    expect(await htmlLang(page)).toBe('en');
    expect(await meetingSelect(page, 'Meeting').inputValue()).toBe(KYIV_MEETING);

    const details = page.getByRole('region', { name: 'Steve Witkoff' });
    await details.waitFor();
    expect((await details.locator('blockquote[lang="en"]').textContent())?.trim()).toBe(WITKOFF_EN);
    expect(await details.getByText('inferred', { exact: true }).count()).toBe(1);

    // The list, the map and the text agree with the link.
    const kyivJourneys = data.journeys.filter((j) => j.to === KYIV_MEETING);
    expect(await journeyList(page, 'Journeys').count()).toBe(kyivJourneys.length);
    expect(await drawnJourneys(page)).toEqual(kyivJourneys.map((j) => j.id).sort());
    const pressed = page
      .getByRole('region', { name: 'Journeys', exact: true })
      .getByRole('button', { pressed: true });
    expect(await pressed.textContent()).toMatch(/^Steve Witkoff, from Washington/);
    expect(await page.locator('.release-text mark.cited').textContent()).toBe(WITKOFF_EN);
    // Nothing in the link was refused, so no notice is shown.
    expect(await page.getByRole('status').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a journey picked far down the list opens its details whole, the panel’s top in view', async () => {
    const { page } = await open('?lang=en');
    await mapReady(page);
    const item = journeyList(page, 'Journeys').last().getByRole('button');
    await item.scrollIntoViewIfNeeded();
    await item.click();
    const details = page.locator('.details');
    await details.waitFor();
    // Focus moves to the heading and brings it into view in the next frame.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('details-heading');
    await expect
      .poll(() =>
        details.evaluate((panel) => {
          const sidebar = panel.closest('.sidebar');
          if (!sidebar) return null;
          return Math.round(
            panel.getBoundingClientRect().top - sidebar.getBoundingClientRect().top,
          );
        }),
      )
      .toBeGreaterThanOrEqual(0);
  });

  test('Back and Forward step through the changes', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    const list = () => journeyList(page, 'Journeys').count();

    await languageButton(page, 'Språk', 'English').click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    await chooseMeeting(page, 'Leaders in Paris', 'Meeting');
    await expect.poll(list).toBe(1);
    await page
      .getByRole('region', { name: 'Journeys', exact: true })
      .getByRole('button', { name: /^Sweden’s Prime Minister, from Stockholm/ })
      .click();
    const details = page.getByRole('region', { name: 'Sweden’s Prime Minister', exact: true });
    await details.waitFor();
    expect(param(page, 'select')).toBe('journey:swedish-pm-to-paris');

    await page.goBack();
    await details.waitFor({ state: 'detached' });
    expect(param(page, 'select')).toBeNull();
    expect(param(page, 'meeting')).toBe(PARIS_LEADERS);

    await page.goBack();
    await expect.poll(list).toBe(data.journeys.length);
    expect(await meetingSelect(page, 'Meeting').inputValue()).toBe('');
    expect(param(page, 'lang')).toBe('en');

    await page.goBack();
    await expect.poll(() => htmlLang(page)).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE_SV);
    expect(new URL(page.url()).search).toBe('');

    await page.goForward();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE_EN);

    await page.goForward();
    await expect.poll(list).toBe(1);
    expect(await meetingSelect(page, 'Meeting').inputValue()).toBe(PARIS_LEADERS);

    await page.goForward();
    await details.waitFor();
    expect(param(page, 'select')).toBe('journey:swedish-pm-to-paris');
    expect(errors).toEqual([]);
  });

  test('an unknown meeting and language open the default view with a notice', async () => {
    const { page, errors } = await open('?meeting=nope&lang=xx');
    await mapReady(page);
    expect(await htmlLang(page)).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE_SV);
    expect(await meetingSelect(page).inputValue()).toBe('');
    expect(await arcs(page).count()).toBe(data.journeys.length);

    const notice = page.getByRole('status').filter({ hasText: 'nope' });
    const text = await notice.textContent();
    expect(text).toContain('Okänt språk ”xx”');
    expect(text).toContain('Det finns inget möte ”nope”');

    // The next change writes a clean URL, with the release so the link keeps showing it.
    await languageButton(page, 'Språk', 'English').click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?release=${releaseId()}&lang=en`);
    expect(errors).toEqual([]);
  });

  test('a link selecting what its meeting filter leaves out keeps the filter, selects nothing, and says so', async () => {
    const { page, errors } = await open(
      '?lang=en&meeting=paris-leaders-2026-01-06&select=journey:kvarnstrom-to-kyiv',
    );
    await mapReady(page);
    expect(await meetingSelect(page, 'Meeting').inputValue()).toBe('paris-leaders-2026-01-06');
    await expect.poll(() => journeyList(page, 'Journeys').count()).toBe(1);
    expect(await page.locator('.details').count()).toBe(0);
    const notice = page.getByRole('status').filter({ hasText: 'is not shown with these filters' });
    // Named as the reader knows it, not by its id.
    expect(await notice.textContent()).toContain('“Niclas Kvarnström (Stockholm → Kyiv)” is not');
    expect(errors).toEqual([]);
  });

  test('the host named in the text, on the map neither as traveller nor participant, opens its details', async () => {
    const { page, errors } = await open('?lang=en');
    await mapReady(page);
    await page
      .locator('.release-text a.mention', { hasText: /^Ukraine$/ })
      .first()
      .click();
    await page.getByRole('region', { name: 'Ukraine', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('select')).toBe('actor:ukraine');
    expect(await page.getByRole('status').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a malformed link opens the default view with a notice, and no error', async () => {
    const { page, errors } = await open('?select=%E0%A4%A');
    await mapReady(page);
    expect(await htmlLang(page)).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE_SV);
    expect(await arcs(page).count()).toBe(data.journeys.length);
    expect(await page.locator('.details').count()).toBe(0);

    const notice = page.getByRole('status').filter({ hasText: 'att markera' });
    expect(await notice.count()).toBe(1);
    await notice.getByRole('button', { name: 'Stäng', exact: true }).click();
    await notice.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});

describe('phone', () => {
  test('at 360 px the sidebar and the map are both on screen and the language toggle works', async () => {
    const { page, errors } = await open('', { width: 360, height: 740 });
    await mapReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // Each takes a real share of the screen, not a sliver.
    expect(await shownHeight(page, '.sidebar')).toBeGreaterThan(150);
    expect(await shownHeight(page, '.map-panel')).toBeGreaterThan(150);
    expect(await mapRegion(page).isVisible()).toBe(true);
    expect(
      await page.getByRole('complementary', { name: 'Pressmeddelandets text' }).isVisible(),
    ).toBe(true);

    await languageButton(page, 'Språk', 'English').click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(param(page, 'lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'Journeys', exact: true }).count()).toBe(1);
    expect(await marker(page, 'Kyiv', 'en').count()).toBe(1);
    expect(await shownHeight(page, '.sidebar')).toBeGreaterThan(150);
    expect(await shownHeight(page, '.map-panel')).toBeGreaterThan(150);
    expect(errors).toEqual([]);
  });

  test('a place tapped on the map is lit while its details are open, and not once they close', async () => {
    const { page, errors } = await open(`r/${releaseId()}/en/`, {
      width: 360,
      height: 740,
      touch: true,
    });
    await mapReady(page);
    const stockholm = marker(page, 'Stockholm', 'en');
    const lit = () => page.locator('.place--highlight, .place--selected').count();
    expect(await lit()).toBe(0);
    await stockholm.tap();
    await page.getByRole('region', { name: 'Stockholm' }).waitFor();
    expect(await lit()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => param(page, 'select')).toBeNull();
    // Focus goes back to the place, unseen after a tap: nothing may look selected.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(
      'stockholm',
    );
    expect(await lit()).toBe(0);
    // Focus from the keyboard shows, and lights the place as hovering does.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => page.locator('[data-place="stockholm"] .place--highlight').count())
      .toBe(1);
    expect(errors).toEqual([]);
  });
});
