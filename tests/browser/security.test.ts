/**
 * The app's defences as served: a strict Content-Security-Policy that nothing the app does
 * violates, and links (however malformed or hostile) that open a sensible view without an error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseCsp, releaseTitle, watchCsp } from './guards.ts';
import { baseUrl, setupBrowser } from './harness.ts';
import { arc, clickArc, mapReady } from './map-helpers.ts';

const { open } = setupBrowser();

const KYIV_MEETING = 'kyiv-advisers-2026-01-03';
const TITLES = [releaseTitle('sv'), releaseTitle('en')];

/** A query parameter of the page's current URL. */
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const languageButton = (page: Page, group: 'Språk' | 'Language', name: string) =>
  page.getByRole('group', { name: group }).getByRole('button', { name, exact: true });

describe('Content-Security-Policy', () => {
  test('the served index.html carries a strict CSP before anything it loads', async () => {
    const response = await fetch(baseUrl());
    expect(response.ok).toBe(true);
    const html = await response.text();
    const metas = [
      ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
    ];
    expect(metas).toHaveLength(1);
    const policy = (metas[0]?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
    const csp = parseCsp(policy);

    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // No data: images and no third-party origin in the default (offline) build.
    expect(csp.get('img-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);

    // A meta CSP only governs what comes after it: it must precede every script and stylesheet.
    const head = html.slice(0, html.indexOf('</head>'));
    const cspAt = head.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    for (const tag of head.matchAll(/<(script|link)\b/gi)) {
      expect(tag.index, tag[0]).toBeGreaterThan(cspAt);
    }
    // No inline script in the page itself. A JSON-LD block is data, never run: it must be
    // exactly that type and hold valid JSON.
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/^\s*type="application\/ld\+json"\s*$/.test(script[1] ?? '')) {
        expect(() => JSON.parse(script[2] ?? '')).not.toThrow();
        continue;
      }
      expect(script[1], 'every script is loaded from the app').toMatch(/\bsrc="\/[^"]+"/);
      expect(script[2]?.trim()).toBe('');
    }
  });

  test('the CSP is in force in the page', async () => {
    const { page } = await open();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(parseCsp(policy ?? '').get('script-src')).toEqual(["'self'"]);
  });

  test('loading and using the app causes no CSP violation', async () => {
    const { page, errors } = await open();
    const csp = await watchCsp(page);
    await mapReady(page);

    // Toggle language.
    await languageButton(page, 'Språk', 'English').click();
    await expect.poll(() => param(page, 'lang')).toBe('en');
    // Side by side.
    await languageButton(page, 'Language', 'Side by side').click();
    await expect.poll(() => page.locator('h1').count()).toBe(2);
    // Choose a meeting.
    await page.getByLabel('Meeting', { exact: true }).selectOption(KYIV_MEETING);
    await expect.poll(() => param(page, 'meeting')).toBe(KYIV_MEETING);
    // Select an arc, which opens its details.
    await clickArc(arc(page, 'witkoff-calls-kyiv'));
    await page.getByRole('region', { name: 'Steve Witkoff' }).waitFor();
    // Open a mention in the release text.
    const mention = page.locator('.release-text a.mention').first();
    await mention.click();
    await expect.poll(() => param(page, 'select')).not.toBe('journey:witkoff-calls-kyiv');
    expect(param(page, 'select')).toMatch(/^(place|actor|delegation|meeting):/);
    await page.locator('.details').waitFor();
    // Back.
    await page.goBack();
    await expect.poll(() => param(page, 'select')).toBe('journey:witkoff-calls-kyiv');
    await page.goBack();
    await expect.poll(() => param(page, 'select')).toBeNull();
    await page.waitForLoadState('networkidle');

    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleMessages).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('an injected inline script is refused and recorded, so the test above can fail', async () => {
    const { page } = await open();
    const csp = await watchCsp(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
    });
    await expect.poll(() => csp.violations().then((v) => v.length)).toBeGreaterThan(0);
    const [violation] = await csp.violations();
    expect(violation?.directive).toMatch(/^script-src/);
    expect(violation?.blocked).toBe('inline');
    await expect.poll(() => csp.consoleMessages.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });
});

/** Mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['lang', 'meeting', 'select', 'view', 'external', 'renderer'];
const JUNK_KEYS = ['', 'x', 'LANG', 'lang[]', '__proto__', 'constructor', 'sel%ect', '%', '&', '='];
const VALUES = [
  '',
  'sv',
  'en',
  'xx',
  'parallel',
  'hide',
  'show',
  'canvas',
  'svg',
  'webgl',
  KYIV_MEETING,
  'paris-leaders-2026-01-06',
  'nope',
  'journey:witkoff-calls-kyiv',
  'place:kyiv',
  'place:paris',
  'actor:kvarnstrom',
  'journey:',
  ':',
  'journey:nope:extra',
  'place:KYIV',
  'javascript:alert(1)',
  'javascript:window.__pwned=1',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload=window.__pwned=3>',
  '%E0%A4%A',
  '%',
  '%%',
  '%ZZ',
  '%00',
  '%C0%AF',
  '%ED%A0%80',
  '%F0%9F%98',
  '+',
  '%2B',
  'Ünïcödé',
  'Кив',
  'الرياض',
  '🇸🇪🇺🇦',
  '\u200b\u202e',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
];

/** A random value: one of the list, a raw %-sequence, random code points, or a very long one. */
function randomValue(random: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const roll = random();
  if (roll < 0.55) return encodeMaybe(pick(VALUES), random);
  if (roll < 0.7) {
    // Random code points, some of them outside the BMP, some lone surrogates.
    let value = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) {
      const kind = random();
      const code =
        kind < 0.5
          ? 0x20 + Math.floor(random() * 0x5f)
          : kind < 0.8
            ? 0xa0 + Math.floor(random() * 0xd000)
            : kind < 0.9
              ? 0xd800 + Math.floor(random() * 0x800)
              : 0x10000 + Math.floor(random() * 0x10000);
      value += String.fromCodePoint(code);
    }
    return encodeMaybe(value, random);
  }
  if (roll < 0.85) {
    // %-junk: stray percent signs and truncated or invalid UTF-8 sequences.
    let value = '';
    const length = 1 + Math.floor(random() * 6);
    for (let i = 0; i < length; i++) {
      const hex = Math.floor(random() * 256)
        .toString(16)
        .toUpperCase();
      value += random() < 0.3 ? `%${hex.slice(0, 1)}` : `%${hex.padStart(2, '0')}`;
    }
    return value;
  }
  const unit = pick(['A', 'ö', '%41', 'journey:', '😀', '%E0%A4%A']);
  return unit.repeat(500 + Math.floor(random() * 5000));
}

/** Sometimes encoded properly, sometimes raw (with &, # and = left to break the query). */
function encodeMaybe(value: string, random: () => number): string {
  if (random() < 0.5) {
    try {
      return encodeURIComponent(value);
    } catch {
      // A lone surrogate cannot be encoded; send it raw.
    }
  }
  return value.replace(/#/g, '%23');
}

/** A query string of 0 to 6 parameters, with repeated keys and junk keys among them. */
function randomQuery(random: () => number): string {
  const count = Math.floor(random() * 7);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const key =
      random() < 0.8
        ? KEYS[Math.floor(random() * KEYS.length)]!
        : JUNK_KEYS[Math.floor(random() * JUNK_KEYS.length)]!;
    const shape = random();
    if (shape < 0.08) parts.push(key);
    else if (shape < 0.12) parts.push(`${key}=`);
    else parts.push(`${key}=${randomValue(random)}`);
  }
  const junk = random() < 0.1 ? '&&' : '&';
  return `?${parts.join(junk)}`;
}

interface ViewCheck {
  app: boolean;
  titles: string[];
  pressed: number;
  pwned: unknown;
  /** Uncaught errors and console errors the page reported while showing this link. */
  errors: string[];
}

declare global {
  interface Window {
    __inspectView?: () => ViewCheck;
  }
}

/**
 * Runs in the page before the app: records uncaught errors and console errors, so each can be
 * tied to its link, and adds `__inspectView`, which says what the page shows now.
 */
function installProbe(): void {
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  window.__inspectView = () => ({
    app: document.querySelector('#root .app') !== null,
    titles: [...document.querySelectorAll('.release-header h1')].map((h) => h.textContent ?? ''),
    pressed: document.querySelectorAll('.app-header [role="group"] button[aria-pressed="true"]')
      .length,
    pwned: window.__pwned,
    errors: errors.splice(0),
  });
}

const inspect = (page: Page): Promise<ViewCheck> =>
  page.evaluate(() => {
    if (!window.__inspectView) throw new Error('the probe is not installed');
    return window.__inspectView();
  });

function expectSensible(view: ViewCheck, query: string): void {
  expect(view.errors, query).toEqual([]);
  expect(view.app, query).toBe(true);
  expect(view.titles.length, query).toBeGreaterThan(0);
  for (const title of view.titles) expect(TITLES, query).toContain(title);
  expect(view.pressed, query).toBe(1);
  expect(view.pwned, query).toBeUndefined();
}

describe('URL fuzz', () => {
  const SEED = 20260103;
  const RANDOM_LINKS = 240;
  /** Real navigations; the rest are made in-page, as Back and Forward bring them. */
  const NAVIGATIONS = 30;
  const BATCH = 20;

  test(
    'malformed and hostile links open a sensible view with no error',
    { timeout: 240_000 },
    async () => {
      const random = prng(SEED);
      const queries = [
        // Cases a random draw might miss.
        '?select=%E0%A4%A',
        '?lang=javascript:alert(1)&meeting=javascript:alert(1)&select=javascript:alert(1)',
        '?lang=en&lang=sv&lang=xx&view=parallel&view=nope',
        '?%',
        '?=&=&',
        `?select=${encodeURIComponent('journey:witkoff-calls-kyiv')}&meeting=paris-leaders-2026-01-06`,
        `?lang=${'A'.repeat(20000)}`,
        ...Array.from({ length: RANDOM_LINKS }, () => randomQuery(random)),
      ];
      const label = (query: string) => `seed ${SEED}: ${query.slice(0, 300)}`;
      const { page, errors } = await open();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(installProbe);

      // The app starts from each link. Links longer than a server takes in a request line (Node
      // answers 431 above 16 kB of headers) are only tried in-page.
      const navigated = new Set(queries.filter((q) => q.length < 4000).slice(0, NAVIGATIONS));
      for (const query of navigated) {
        await page.goto(new URL(query, baseUrl()).href);
        await page.locator('.release-header h1').first().waitFor();
        expectSensible(await inspect(page), label(query));
        expect(errors, label(query)).toEqual([]);
      }

      const rest = queries.filter((q) => !navigated.has(q));
      for (let i = 0; i < rest.length; i += BATCH) {
        const batch = rest.slice(i, i + BATCH);
        const views = await page.evaluate(async (searches) => {
          const seen: ViewCheck[] = [];
          for (const search of searches) {
            window.history.pushState(null, '', `${window.location.pathname}${search}`);
            window.dispatchEvent(new PopStateEvent('popstate'));
            // The app re-renders for a URL change in a microtask; a frame later it has painted.
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const view = window.__inspectView?.();
            if (!view) throw new Error('the probe is not installed');
            seen.push(view);
          }
          return seen;
        }, batch);
        batch.forEach((query, j) => expectSensible(views[j]!, label(query)));
        expect(errors, label(batch.join(' | '))).toEqual([]);
      }

      // Still usable afterwards.
      await page.goto(baseUrl());
      await languageButton(page, 'Språk', 'English').click();
      await expect.poll(() => param(page, 'lang')).toBe('en');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
