/**
 * A hostile release that passes validation (markup, event handlers, javascript: links and very
 * long strings in every field) is shown as inert text: nothing it carries runs or becomes an
 * element, and the app stays usable.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { watchCsp } from './guards.ts';
import { setupBrowser } from './harness.ts';

const { open } = setupBrowser({ releases: 'tests/fixtures/hostile/accepted' });

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';

const languageButton = (page: Page, group: 'Språk' | 'Language', name: string) =>
  page.getByRole('group', { name: group }).getByRole('button', { name, exact: true });

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Elements that data turned into markup would leave behind; none may exist. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    return {
      pwned: window.__pwned,
      handlers: all
        .filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))
        .map(describe),
      frames: [...document.querySelectorAll('iframe, frame, object, embed')].map(describe),
      images: [...document.querySelectorAll('img')]
        .filter((img) => img.getAttribute('src') === 'x' || !img.src.startsWith(location.origin))
        .map(describe),
      scripts: [...document.querySelectorAll('script')]
        .filter((s) => !s.src.startsWith(`${location.origin}/assets/`))
        // The app's own head scripts (public/view-pending.js, public/warm-up.js), from the
        // app's origin.
        .filter(
          (s) =>
            s.src !== `${location.origin}/view-pending.js` &&
            s.src !== `${location.origin}/warm-up.js`,
        )
        // The build's JSON-LD block in <head> is data, never run; it must still parse as JSON,
        // so hostile text inside it stayed a JSON string.
        .filter((s) => {
          if (s.type !== 'application/ld+json' || s.parentElement !== document.head) return true;
          try {
            JSON.parse(s.textContent ?? '');
            return false;
          } catch {
            return true;
          }
        })
        .map(describe),
      javascriptUrls: all
        .filter((el) =>
          ['href', 'src', 'action', 'formaction', 'xlink:href'].some((name) =>
            /^\s*javascript:/i.test(el.getAttribute(name) ?? ''),
          ),
        )
        .map(describe),
      // <b onmouseover> in the text must stay text, not become bold.
      markup: [...document.querySelectorAll('#root b, #root svg foreignObject')].map(describe),
    };
  });

async function expectInert(page: Page, step: string): Promise<void> {
  expect(await injected(page), step).toEqual({
    pwned: undefined,
    handlers: [],
    frames: [],
    images: [],
    scripts: [],
    javascriptUrls: [],
    markup: [],
  });
}

test('a hostile release renders as inert text and the app stays usable', async () => {
  const { page, errors } = await open();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Reloads the page, so its load is watched too.
  const csp = await watchCsp(page);

  const title = page.getByRole('heading', { level: 1 });
  await title.waitFor();
  expect(await title.textContent()).toContain(`Rubrik ${SCRIPT} med`);
  // Shown as text, where a user sees it.
  expect(await page.locator('h1', { hasText: SCRIPT }).isVisible()).toBe(true);
  await expectInert(page, 'on load');

  // Point at the text that carried onmouseover, and at the javascript: "link".
  await page.locator('.release-text p', { hasText: 'fet' }).first().hover();
  await title.click();
  await expectInert(page, 'after hovering the text');

  // The journey's details: name, role, inferred origin, note and external source are hostile.
  const journeys = page.getByRole('region', { name: 'Resor', exact: true });
  await journeys.getByRole('button').first().click();
  const details = page.getByRole('region', { name: SCRIPT, exact: true });
  await details.waitFor();
  expect(await details.textContent()).toContain(IMG);
  expect(await details.getByRole('link').getAttribute('href')).toBe('https://example.org/evil');
  await expectInert(page, 'with the journey details open');

  // The meeting filter's options carry hostile short titles.
  const select = page.getByLabel('Möte', { exact: true });
  expect(await select.locator('option').nth(1).textContent()).toContain(IMG);
  await select.selectOption('evil-meeting');
  await expect.poll(() => new URL(page.url()).searchParams.get('meeting')).toBe('evil-meeting');
  await expectInert(page, 'with the meeting chosen');

  // The map's names carry them too: open the arc from the keyboard.
  const arc = page.locator('path[role="button"][data-journey="mallory-to-kyiv"]');
  expect(await arc.getAttribute('aria-label')).toContain(SCRIPT);
  await arc.focus();
  await page.keyboard.press('Enter');
  await details.waitFor();
  await expectInert(page, 'with the arc opened from the map');

  await languageButton(page, 'Språk', 'English').click();
  await expect.poll(() => htmlLang(page)).toBe('en');
  await page.getByRole('region', { name: IMG, exact: true }).waitFor();
  expect(await title.first().textContent()).toContain(`Title ${SCRIPT} with`);
  await expectInert(page, 'in English');

  await languageButton(page, 'Language', 'Side by side').click();
  await expect.poll(() => title.count()).toBe(2);
  await expectInert(page, 'side by side');

  // Still usable: the toggle goes back to Swedish.
  await languageButton(page, 'Language', 'Svenska').click();
  await expect.poll(() => htmlLang(page)).toBe('sv');
  expect(await title.count()).toBe(1);
  await expectInert(page, 'back in Swedish');

  expect(dialogs).toEqual([]);
  expect(await csp.violations()).toEqual([]);
  expect(csp.consoleMessages).toEqual([]);
  expect(errors).toEqual([]);
});

test('long unbroken strings wrap instead of scrolling the sidebar sideways', async () => {
  const { page } = await open('?select=journey:mallory-to-kyiv');
  await page.locator('.details').waitFor();
  const [scroll, client] = await page
    .locator('.sidebar')
    .evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual((client ?? 0) + 1);
});

test('at 360 px long meeting names do not widen the page', async () => {
  const { page } = await open('', { width: 360, height: 740 });
  // With the filters unfolded too: the meeting select holds the meetings' names.
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  expect(await page.getByRole('combobox', { name: 'Möte' }).isVisible()).toBe(true);
  expect(
    await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity),
  ).toBeLessThanOrEqual(361);
});
