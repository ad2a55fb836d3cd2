/**
 * Reading the release: a side-by-side text with a reading measure, sentences that answer each
 * other, "Follow the text", and details that a selection brings into view on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { paragraphKeys } from '../../src/state/reading.ts';
import { indexFirstRelease } from '../unit/support/real-release.ts';
import { axeViolations, describeFindings } from './guards.ts';
import { setupBrowser } from './harness.ts';
import { arc, arcs, mapReady, marker } from './map-helpers.ts';

const { open } = setupBrowser();
const index = indexFirstRelease();

const WITKOFF_SV = 'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.';
const WITKOFF_EN = 'The US envoy Steve Witkoff also called in to parts of the meetings.';

/** A sentence of the text, by language and reference. */
const sentence = (page: Page, lang: 'sv' | 'en', ref: string) =>
  page.locator(`#sentence-${lang}-${ref.replace('.', '-')}`);

/**
 * Characters per line of each paragraph in each language, from the rendered line boxes: every
 * character's box is measured with a Range and characters are grouped by the line they sit
 * on. The last line of each sentence ends where the sentence ends, not where the column does,
 * so only the lines before it count.
 */
function measureLines(page: Page) {
  return page.evaluate(() => {
    const result: { paragraph: string; lang: string; lines: number[] }[] = [];
    for (const column of document.querySelectorAll<HTMLElement>('[data-paragraph] > [lang]')) {
      const lines: number[] = [];
      for (const block of column.querySelectorAll('.sentence')) {
        const perLine = new Map<number, number>();
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (
          let node = walker.nextNode() as Text | null;
          node;
          node = walker.nextNode() as Text | null
        ) {
          for (let i = 0; i < node.data.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getClientRects()[0];
            if (!box || box.width === 0) continue;
            const line = Math.round(box.top + box.height / 2);
            // Characters on one line share a middle within a pixel or two (links, marks).
            const key = [...perLine.keys()].find((k) => Math.abs(k - line) <= 3) ?? line;
            perLine.set(key, (perLine.get(key) ?? 0) + 1);
          }
        }
        const counts = [...perLine.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
        lines.push(...counts.slice(0, -1));
      }
      const paragraph = column.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph ?? '?';
      result.push({ paragraph, lang: column.lang, lines });
    }
    return result;
  });
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('side by side reads at a reading measure', () => {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} every paragraph of each language has at least 45 characters per line`, async () => {
      const { page, errors } = await open('?view=parallel', { width, height });
      await mapReady(page);
      const measured = await measureLines(page);
      expect(measured).toHaveLength(index.release.text.sv.paragraphs.length * 2);
      for (const { paragraph, lang, lines } of measured) {
        expect(lines.length, `paragraph ${paragraph} (${lang}) has wrapped lines`).toBeGreaterThan(
          0,
        );
        expect(
          mean(lines),
          `paragraph ${paragraph} (${lang}): ${lines.join(' ')}`,
        ).toBeGreaterThanOrEqual(45);
        expect(
          mean(lines),
          `paragraph ${paragraph} (${lang}): ${lines.join(' ')}`,
        ).toBeLessThanOrEqual(80);
      }
      // The map is still there to use: at least a quarter of the screen.
      const map = await page.locator('.map-panel').boundingBox();
      expect(map?.width ?? 0).toBeGreaterThanOrEqual(width / 4);
      expect(errors).toEqual([]);
    });
  }

  test('sentence pairs start on the same line, and each column names its language and role', async () => {
    const { page } = await open('?view=parallel', { width: 1440, height: 900 });
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-paragraph] > [lang="sv"] .sentence')].map(
        (sv) => {
          const en = document.getElementById(sv.id.replace('sentence-sv-', 'sentence-en-'));
          return [
            sv.id,
            Math.round(sv.getBoundingClientRect().top),
            Math.round(en?.getBoundingClientRect().top ?? -1),
          ];
        },
      ),
    );
    expect(tops.length).toBeGreaterThan(10);
    for (const [id, sv, en] of tops) expect(en, String(id)).toBe(sv);
    const heads = await page.locator('.column-head').allTextContents();
    expect(heads).toEqual(['SV Original', 'EN Inofficiell översättning']);
    expect(
      await page
        .locator('.column-head')
        .evaluateAll((h) =>
          h.map(
            (e) =>
              e.getBoundingClientRect().left <
              (e.nextElementSibling?.getBoundingClientRect().left ?? Infinity),
          ),
        ),
    ).toEqual([true, true]);
  });
});

describe('sentences answer each other', () => {
  test('hovering a sentence marks its counterpart, in both directions, and what it mentions on the map', async () => {
    const { page, errors } = await open('?view=parallel', { width: 1440, height: 900 });
    await mapReady(page);
    const sv = sentence(page, 'sv', 'p3.s2');
    const en = sentence(page, 'en', 'p3.s2');
    expect(await sv.textContent()).toContain(WITKOFF_SV);
    expect(await en.textContent()).toContain(WITKOFF_EN);

    await sv.hover();
    await expect.poll(() => en.getAttribute('class')).toContain('sentence--counterpart');
    // Witkoff called in from Washington: his journey and its places light up.
    await expect
      .poll(() => arc(page, 'witkoff-calls-kyiv').getAttribute('stroke-width').then(Number))
      .toBeGreaterThan(4);
    expect(await marker(page, 'Washington').locator('.place').getAttribute('class')).toContain(
      'place--highlight',
    );

    await en.hover();
    await expect.poll(() => sv.getAttribute('class')).toContain('sentence--counterpart');
    expect(await en.getAttribute('class')).not.toContain('sentence--counterpart');

    await page.mouse.move(1400, 880);
    await expect.poll(() => page.locator('.sentence--counterpart').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('focusing a sentence from the keyboard marks its counterpart, in both directions', async () => {
    const { page } = await open('?view=parallel', { width: 1440, height: 900 });
    await sentence(page, 'sv', 'p1.s1').focus();
    expect(await sentence(page, 'en', 'p1.s1').getAttribute('class')).toContain(
      'sentence--counterpart',
    );
    // Down to the next sentences, then across to the English one.
    // p1 and p2 have one sentence each.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.id);
    expect(await focused()).toBe('sentence-sv-p3-s1');
    expect(await sentence(page, 'en', 'p3.s1').getAttribute('class')).toContain(
      'sentence--counterpart',
    );
    expect(await sentence(page, 'sv', 'p3.s1').getAttribute('aria-describedby')).toBe(
      'sentence-en-p3-s1',
    );
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('sentence-en-p3-s1');
    expect(await sentence(page, 'sv', 'p3.s1').getAttribute('class')).toContain(
      'sentence--counterpart',
    );
    expect(await sentence(page, 'en', 'p3.s1').getAttribute('aria-describedby')).toBe(
      'sentence-sv-p3-s1',
    );
  });

  test('the text is reached with Tab: a sentence takes focus and marks its counterpart', async () => {
    const { page } = await open('?view=parallel', { width: 1440, height: 900 });
    await page.locator('.follow-toggle').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sentence-sv-p1-s1');
    expect(await sentence(page, 'en', 'p1.s1').getAttribute('class')).toContain(
      'sentence--counterpart',
    );
  });

  test('a citation opened from the details scrolls both columns to the sentence pair', async () => {
    const { page } = await open('?view=parallel&select=actor:witkoff', {
      width: 1440,
      height: 900,
    });
    await page.getByRole('button', { name: 'Visa i texten (p3.s2)' }).click();
    const inSidebar = (lang: 'sv' | 'en') =>
      page.evaluate((id) => {
        const s = document.getElementById(id)?.getBoundingClientRect();
        const bar = document.querySelector('.sidebar')?.getBoundingClientRect();
        return !!s && !!bar && s.top >= bar.top && s.bottom <= bar.bottom;
      }, `sentence-${lang}-p3-s2`);
    await expect.poll(() => inSidebar('sv')).toBe(true);
    expect(await inSidebar('en')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sentence-sv-p3-s2');
    expect(await sentence(page, 'en', 'p3.s2').getAttribute('class')).toContain(
      'sentence--counterpart',
    );
  });

  test('in one language a sentence shows its counterpart on request, as text', async () => {
    const { page } = await open('?lang=en', { width: 1280, height: 800 });
    await sentence(page, 'en', 'p3.s2').click({ position: { x: 200, y: 5 } });
    const gloss = page.locator('.gloss');
    expect(await gloss.locator('.gloss-text').textContent()).toBe(WITKOFF_SV);
    expect(await gloss.textContent()).toContain('Original');
    await gloss.getByRole('button', { name: 'Hide' }).click();
    expect(await gloss.count()).toBe(0);
  });
});

describe('axe-core finds no serious or critical violation while reading', () => {
  test('side by side with a sentence focused, and one language with a counterpart shown', async () => {
    const { page } = await open('?view=parallel', { width: 1440, height: 900, bypassCSP: true });
    await sentence(page, 'sv', 'p3.s2').focus();
    const parallel = await axeViolations(page);
    expect(parallel, describeFindings(parallel)).toEqual([]);

    await page.getByRole('button', { name: 'Svenska', exact: true }).click();
    await sentence(page, 'sv', 'p3.s2').focus();
    await page.keyboard.press('Enter');
    await page.locator('.gloss').waitFor();
    const glossed = await axeViolations(page);
    expect(glossed, describeFindings(glossed)).toEqual([]);
  });
});

/** Names of the markers marked as highlighted, and the ids of the arcs drawn highlighted. */
async function emphasised(page: Page) {
  const places = await page.locator('.place--highlight .place-label').allTextContents();
  const journeys = await arcs(page).evaluateAll((paths) =>
    paths
      .filter((p) => Number(p.getAttribute('stroke-width')) >= 4)
      .map((p) => p.getAttribute('data-journey')),
  );
  return { places: places.sort(), journeys: journeys.sort() };
}

function expectedFor(keys: Set<string>) {
  const places = index.release.places
    .filter((p) => keys.has(`place:${p.id}`))
    .map((p) => p.geocoded.name.sv)
    .sort();
  const journeys = index.journeys
    .filter((j) => keys.has(`journey:${j.journey.id}`))
    .map((j) => j.journey.id)
    .sort();
  return { places, journeys };
}

/** Scrolls the sidebar (as a reader does) so the middle of paragraph `n` is in its middle. */
async function readParagraph(page: Page, n: number) {
  await page.evaluate((n) => {
    const sidebar = document.querySelector<HTMLElement>('.sidebar');
    const p = document.querySelector<HTMLElement>(`[data-paragraph="${n}"]`);
    if (!sidebar || !p) throw new Error('no sidebar or paragraph');
    const offset =
      p.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
    sidebar.scrollTop = offset + p.offsetHeight / 2 - sidebar.clientHeight / 2;
  }, n);
}

const kyivPosition = (page: Page) =>
  marker(page, 'Kiev')
    .boundingBox()
    .then((b) => (b ? `${Math.round(b.x)},${Math.round(b.y)}` : 'none'));

describe('Follow the text', () => {
  test('emphasises what the paragraph in the middle of the text mentions, and fits the map to it', async () => {
    const { page, errors } = await open('?follow=text', {
      width: 1280,
      height: 800,
      reducedMotion: false,
    });
    await mapReady(page);
    const toggle = page.getByRole('button', { name: 'Följ texten på kartan' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const before = await kyivPosition(page);

    await readParagraph(page, 4);
    const expected4 = expectedFor(paragraphKeys(index, 4));
    expect(expected4.places.length).toBeGreaterThan(0);
    await expect.poll(() => emphasised(page)).toEqual(expected4);
    // The map moved to frame the paragraph's places (Paris, here): Kyiv is elsewhere on screen.
    await expect.poll(() => kyivPosition(page)).not.toBe(before);

    await readParagraph(page, 2);
    await expect.poll(() => emphasised(page)).toEqual(expectedFor(paragraphKeys(index, 2)));

    // Turned off, the emphasis goes and scrolling does nothing.
    await toggle.click();
    await page.mouse.move(5, 5); // off the text, so no sentence is under the pointer
    expect(new URL(page.url()).searchParams.get('follow')).toBeNull();
    await expect.poll(() => emphasised(page)).toEqual({ places: [], journeys: [] });
    // Turning the mode off refits the map to the whole view, animated (motion is on): take the
    // position once that has come to rest, then scroll.
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await kyivPosition(page);
          const resting = now === last;
          last = now;
          return resting;
        },
        { interval: 400 },
      )
      .toBe(true);
    const still = last;
    await readParagraph(page, 4);
    await page.waitForFunction(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(await emphasised(page)).toEqual({ places: [], journeys: [] });
    expect(await kyivPosition(page)).toBe(still);
    expect(errors).toEqual([]);
  });

  test('off by default: scrolling the text emphasises nothing and moves nothing', async () => {
    const { page } = await open('', { width: 1280, height: 800, reducedMotion: false });
    await mapReady(page);
    const before = await kyivPosition(page);
    for (const n of [3, 4, 5]) {
      await readParagraph(page, n);
      await page.waitForFunction(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      expect(await emphasised(page)).toEqual({ places: [], journeys: [] });
      expect(await kyivPosition(page)).toBe(before);
    }
  });

  test('under reduced motion the map does not move; the paragraph’s places are only marked', async () => {
    const { page } = await open('?follow=text', { width: 1280, height: 800 });
    await mapReady(page);
    const before = await kyivPosition(page);
    await readParagraph(page, 4);
    await expect.poll(() => emphasised(page)).toEqual(expectedFor(paragraphKeys(index, 4)));
    expect(await kyivPosition(page)).toBe(before);
    expect(await page.locator('#follow-hint').textContent()).toContain('Minskad rörelse');
  });
});

describe('phone: a selection brings its details into view', () => {
  /** Whether an element is wholly inside the viewport, and not covered at its middle. */
  const onScreen = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      const inside =
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth;
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return inside && !!top && (element === top || element.contains(top));
    });

  test('by a link: heading and close button are on screen', async () => {
    const { page, errors } = await open('?lang=sv&select=journey:kvarnstrom-to-kyiv', {
      width: 360,
      height: 740,
    });
    await mapReady(page);
    expect(await onScreen(page, '#details-heading')).toBe(true);
    expect(await onScreen(page, '.details .close')).toBe(true);
    expect(errors).toEqual([]);
  });

  test('by a tap in the list: details come into view, and closing returns to where the reader was', async () => {
    const { page } = await open('', { width: 360, height: 740 });
    await mapReady(page);
    const item = page
      .getByRole('region', { name: 'Resor', exact: true })
      .getByRole('button')
      .nth(3);
    await item.scrollIntoViewIfNeeded();
    const scrolled = await page.locator('.sidebar').evaluate((s) => s.scrollTop);
    expect(scrolled).toBeGreaterThan(300);
    await item.click();
    await expect.poll(() => onScreen(page, '#details-heading')).toBe(true);
    expect(await onScreen(page, '.details .close')).toBe(true);

    await page.locator('.details .close').click();
    await expect.poll(() => page.locator('.sidebar').evaluate((s) => s.scrollTop)).toBe(scrolled);
    expect(await onScreen(page, `.journey:nth-child(4) button`)).toBe(true);
  });

  test('by a tap on the map, with the reader deep in the text', async () => {
    const { page } = await open('', { width: 360, height: 740 });
    await mapReady(page);
    await readParagraph(page, 5);
    await marker(page, 'Stockholm').click();
    await expect.poll(() => onScreen(page, '#details-heading')).toBe(true);
    expect(await onScreen(page, '.details .close')).toBe(true);
  });
});
