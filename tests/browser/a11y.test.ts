/**
 * Accessibility as users meet it: axe-core in every main state, a walk with the keyboard alone,
 * reduced motion, and the layout at 200% zoom.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, describeFindings } from './guards.ts';
import { setupBrowser } from './harness.ts';
import { arc, clickArc, mapReady } from './map-helpers.ts';

const { open } = setupBrowser();

const PARIS_LEADERS = 'paris-leaders-2026-01-06';

/** A query parameter of the page's current URL. */
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const languageButton = (page: Page, group: 'Språk' | 'Language', name: string) =>
  page.getByRole('group', { name: group }).getByRole('button', { name, exact: true });

async function expectNoSeriousViolations(
  page: Page,
  state: string,
  exclude: string[] = [],
): Promise<void> {
  const findings = await axeViolations(page, exclude);
  expect(findings, `${state}:\n${describeFindings(findings)}`).toEqual([]);
}

describe('axe-core finds no serious or critical violation', () => {
  const states: {
    name: string;
    size?: { width: number; height: number };
    reach: (page: Page) => Promise<void>;
    /** Parts left out of the check, each for a reported bug; the rest is checked. */
    exclude?: string[];
  }[] = [
    { name: 'Swedish (default)', reach: async () => {} },
    {
      name: 'English',
      reach: async (page) => {
        await languageButton(page, 'Språk', 'English').click();
        await expect.poll(() => param(page, 'lang')).toBe('en');
      },
    },
    {
      name: 'side by side',
      reach: async (page) => {
        await languageButton(page, 'Språk', 'Sida vid sida').click();
        await expect.poll(() => page.locator('h1').count()).toBe(2);
      },
    },
    {
      name: 'a meeting chosen',
      reach: async (page) => {
        await page.getByLabel('Möte', { exact: true }).selectOption(PARIS_LEADERS);
        await expect.poll(() => param(page, 'meeting')).toBe(PARIS_LEADERS);
      },
    },
    {
      name: 'details open',
      reach: async (page) => {
        await clickArc(arc(page, 'witkoff-calls-kyiv'));
        await page.getByRole('region', { name: 'Steve Witkoff' }).waitFor();
      },
    },
    { name: 'phone width', size: { width: 360, height: 740 }, reach: async () => {} },
  ];

  for (const state of states) {
    test(state.name, async () => {
      const { page, errors } = await open('', { ...state.size, bypassCSP: true });
      await mapReady(page);
      await state.reach(page);
      await expectNoSeriousViolations(page, state.name, state.exclude);
      expect(errors).toEqual([]);
    });
  }
});

interface FocusState {
  /** Tag and accessible name or text, for messages. */
  element: string;
  tag: string;
  text: string;
  journey: string | null;
  onBody: boolean;
  /** Has a box of its own, and some of it is inside the viewport. */
  visible: boolean;
  /** An outline, a box-shadow, or (for an SVG shape) a stroke wider than its own. */
  indicator: boolean;
}

const focusState = (page: Page): Promise<FocusState> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) {
      return {
        element: 'body',
        tag: 'body',
        text: '',
        journey: null,
        onBody: true,
        visible: false,
        indicator: false,
      };
    }
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const visible =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth &&
      style.visibility !== 'hidden';
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // An arc is a stroke: focus draws it wider than its own stroke-width.
    const stroke =
      element instanceof SVGGeometryElement &&
      parseFloat(style.strokeWidth) > parseFloat(element.getAttribute('stroke-width') ?? '0');
    const tag = element.tagName.toLowerCase();
    const text = element.textContent?.trim() ?? '';
    const name = element.getAttribute('aria-label') ?? text.slice(0, 40);
    return {
      element: `${tag} "${name}"`,
      tag,
      text,
      journey: element.getAttribute('data-journey'),
      onBody: false,
      visible,
      indicator: outline || shadow || stroke,
    };
  });

async function expectVisibleFocus(page: Page, step: string): Promise<FocusState> {
  const state = await focusState(page);
  expect(state.onBody, `${step}: focus is lost`).toBe(false);
  expect(state.visible, `${step}: ${state.element} is not visible`).toBe(true);
  expect(state.indicator, `${step}: ${state.element} has no focus indicator`).toBe(true);
  return state;
}

/** Presses Tab until the focused element is `wanted`, checking every stop on the way. */
async function tabTo(
  page: Page,
  wanted: (state: FocusState) => boolean,
  what: string,
): Promise<FocusState> {
  for (let i = 1; i <= 200; i++) {
    await page.keyboard.press('Tab');
    const state = await expectVisibleFocus(page, `Tab ${i} towards ${what}`);
    if (wanted(state)) return state;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('keyboard alone: language, meeting, and an arc’s details, with visible focus throughout', async () => {
  const { page, errors } = await open();
  await mapReady(page);

  // Toggle language: Tab to English, Enter.
  await tabTo(page, (s) => s.tag === 'button' && s.text === 'English', 'the English button');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'lang')).toBe('en');
  const toggled = await expectVisibleFocus(page, 'after Enter on English');
  expect(toggled.text).toBe('English');

  // Choose a meeting: Tab to the select, ArrowDown picks the first meeting.
  await tabTo(page, (s) => s.tag === 'select', 'the meeting select');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => param(page, 'meeting')).not.toBeNull();
  expect((await expectVisibleFocus(page, 'after choosing a meeting')).tag).toBe('select');

  // Open an arc's details and close them: Tab to an arc, Enter, Escape.
  const { journey } = await tabTo(page, (s) => s.journey !== null, 'an arc');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'select')).toBe(`journey:${journey}`);
  const details = page.locator('.details');
  await details.waitFor();
  await expectVisibleFocus(page, 'with the details open');
  expect(await details.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'detached' });
  expect(param(page, 'select')).toBeNull();
  expect((await expectVisibleFocus(page, 'after Escape')).journey).toBe(journey);
  expect(errors).toEqual([]);
});

type MotionWindow = Window & { __animationClasses?: string[] };

describe('motion', () => {
  /** Screen positions of the place markers, which move with the map's center and zoom. */
  const markerPositions = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place]')].map(
          (el) => {
            const box = el.getBoundingClientRect();
            return [
              el.dataset.place,
              [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
            ];
          },
        ),
      ),
    );

  /** Positions once the map has stopped moving: the same in three samples a quarter second apart. */
  async function settledPositions(page: Page): Promise<Record<string, number[]>> {
    const samples = [JSON.stringify(await markerPositions(page))];
    for (let i = 0; i < 60; i++) {
      await page.evaluate(
        () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 250)),
      );
      samples.push(JSON.stringify(await markerPositions(page)));
      const [a, b, c] = samples.slice(-3);
      if (samples.length >= 3 && a === b && b === c)
        return JSON.parse(c!) as Record<string, number[]>;
    }
    throw new Error(`the map did not stop moving: ${samples.slice(-3).join(' ')}`);
  }

  /**
   * Chooses a meeting in the page, as a change event from the select, and returns the marker
   * positions in the very next animation frame. Meanwhile, and until `animationClasses` is read,
   * every time the map is given one of Leaflet's animation classes is recorded.
   */
  const chooseAndSample = (page: Page, meeting: string) =>
    page.evaluate(async (value) => {
      const seen: string[] = [];
      (window as MotionWindow).__animationClasses = seen;
      const container = document.querySelector('.leaflet-container');
      if (!container) throw new Error('no map');
      new MutationObserver((records) => {
        for (const record of records) {
          const classes = (record.target as Element).getAttribute('class') ?? '';
          for (const name of ['leaflet-zoom-anim', 'leaflet-pan-anim'])
            if (classes.split(/\s+/).includes(name)) seen.push(name);
        }
      }).observe(container, { attributes: true, attributeFilter: ['class'], subtree: true });
      // The meeting select is the one that offers this meeting (the release picker is a select too).
      const select = document.querySelector<HTMLSelectElement>(
        `select:has(option[value="${CSS.escape(value)}"])`,
      );
      if (!select) throw new Error('no meeting select');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place]')].map(
          (el) => {
            const box = el.getBoundingClientRect();
            return [
              el.dataset.place,
              [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
            ];
          },
        ),
      );
    }, meeting);

  const animationClasses = (page: Page) =>
    page.evaluate(() => (window as MotionWindow).__animationClasses ?? null);

  test('with reduced motion a meeting change moves the map at once, without animation', async () => {
    const { page, errors } = await open();
    await mapReady(page);
    const before = await settledPositions(page);
    const firstFrame = await chooseAndSample(page, PARIS_LEADERS);
    expect(param(page, 'meeting')).toBe(PARIS_LEADERS);
    const after = await settledPositions(page);
    // The map did move (Paris is on screen before and after), and in the first frame it was
    // already where it ended.
    expect(after.paris).toBeDefined();
    expect(after.paris).not.toEqual(before.paris);
    expect(firstFrame).toEqual(after);
    expect(await animationClasses(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('without reduced motion the view still ends fitted, at the same place', async () => {
    const reduced = await open();
    await mapReady(reduced.page);
    await chooseAndSample(reduced.page, PARIS_LEADERS);
    const fitted = await settledPositions(reduced.page);

    const { page, errors } = await open('', { reducedMotion: false });
    await mapReady(page);
    await chooseAndSample(page, PARIS_LEADERS);
    const after = await settledPositions(page);
    for (const [place, [x, y]] of Object.entries(fitted)) {
      const [ax, ay] = after[place] ?? [];
      expect(Math.abs((ax ?? Infinity) - (x ?? 0)), place).toBeLessThanOrEqual(1);
      expect(Math.abs((ay ?? Infinity) - (y ?? 0)), place).toBeLessThanOrEqual(1);
    }
    // Every marker in view is inside the map.
    const inside = await page.evaluate(() => {
      const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
      if (!map) return [];
      return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-place]')].map(
        (el) => {
          const box = el.getBoundingClientRect();
          const x = box.x + box.width / 2;
          const y = box.y + box.height / 2;
          return [el.dataset.place, x > map.left && x < map.right && y > map.top && y < map.bottom];
        },
      );
    });
    expect(inside.length).toBeGreaterThan(0);
    for (const [place, ok] of inside) expect(ok, String(place)).toBe(true);
    // Here the map did animate, so the reduced-motion test above can fail.
    expect(await animationClasses(page)).toContain('leaflet-zoom-anim');
    expect(errors).toEqual([]);
    expect(reduced.errors).toEqual([]);
  });
});

test('at 200% zoom the toggle, the meeting select and the journey list work without sideways scrolling', async () => {
  const { page, errors } = await open('', { width: 640, height: 400 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 640,
    height: 400,
    deviceScaleFactor: 2,
    mobile: false,
  });
  await mapReady(page);
  expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([640, 2]);

  const noSidewaysScroll = async (step: string) => {
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement?.scrollWidth ?? 0,
      window.innerWidth,
    ]);
    expect(scrollWidth, step).toBeLessThanOrEqual((innerWidth ?? 0) + 1);
  };
  /** Wholly inside the viewport from left to right once scrolled to. */
  const fitsAcross = async (locator: ReturnType<Page['locator']>, what: string) => {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    expect(box, what).not.toBeNull();
    expect(box!.x, what).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, what).toBeLessThanOrEqual(641);
  };
  await noSidewaysScroll('on load');

  const english = languageButton(page, 'Språk', 'English');
  await fitsAcross(english, 'the English button');
  await english.click();
  await expect.poll(() => param(page, 'lang')).toBe('en');
  await noSidewaysScroll('in English');

  // At this width the filters fold behind one button, which must fit and open them.
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await fitsAcross(filters, 'the Filters button');
  await filters.click();
  const select = page.getByLabel('Meeting', { exact: true });
  await fitsAcross(select, 'the meeting select');
  await select.selectOption(PARIS_LEADERS);
  await expect.poll(() => param(page, 'meeting')).toBe(PARIS_LEADERS);
  await noSidewaysScroll('with a meeting chosen');

  const journey = page
    .getByRole('region', { name: 'Journeys', exact: true })
    .getByRole('button', { name: /^Sweden’s Prime Minister/ });
  await fitsAcross(journey, 'the journey in the list');
  await journey.click();
  await page.getByRole('region', { name: 'Sweden’s Prime Minister', exact: true }).waitFor();
  expect(param(page, 'select')).toBe('journey:swedish-pm-to-paris');
  await noSidewaysScroll('with the details open');
  expect(errors).toEqual([]);
});
