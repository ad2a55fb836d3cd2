/**
 * Long text from data and bidi controls from the URL: each stays in its place. Timeline
 * pills keep one line, the page never grows past the window, and text from the URL cannot
 * reverse the sentence it is quoted in.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { RELEASES_DIR } from '../../scripts/lib/release-folders.ts';
import { setupBrowser } from './harness.ts';

const ID = '2026-01-03-kyiv-security-advisers';
const root = mkdtempSync(join(tmpdir(), 'diplomap-long-'));
cpSync(join(RELEASES_DIR, ID), join(root, ID), { recursive: true });
const meetingsFile = join(root, ID, 'meetings.json');
const data = JSON.parse(readFileSync(meetingsFile, 'utf8')) as {
  meetings: Array<{ shortTitle: { sv: string; en: string } }>;
};
const LONG = `Meeting ${'of national security advisers and their many guests '.repeat(30)}`.trim();
for (const m of data.meetings) m.shortTitle = { sv: LONG, en: LONG };
writeFileSync(meetingsFile, JSON.stringify(data, null, 2));

const { open } = setupBrowser({ releases: root });

/** The left edge of the first and last character of `word` in the first element that has it. */
async function wordEdges(page: Page, selector: string, word: string) {
  return page.evaluate(
    ({ selector, word }) => {
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(word) ?? -1;
          if (at === -1) continue;
          const edge = (i: number) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            return range.getBoundingClientRect().left;
          };
          return { first: edge(at), last: edge(at + word.length - 1) };
        }
      }
      return null;
    },
    { selector, word },
  );
}

test('timeline pills with long titles keep one line, and keep the whole title as their name', async () => {
  const { page, errors } = await open('?lang=en');
  const pills = page.locator('.timeline li button');
  await expect.poll(() => pills.count()).toBeGreaterThan(2);
  const heights = await pills.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  const [all] = heights;
  for (const h of heights) expect(h).toBeLessThanOrEqual((all ?? 0) + 1);
  expect(await pills.nth(2).textContent()).toContain(LONG);
  expect(errors).toEqual([]);
});

test('the page does not grow past the window when the sidebar scrolls', async () => {
  const { page } = await open('?lang=en', { width: 1280, height: 800 });
  await page.locator('.sidebar h1').waitFor();
  await page.locator('.sidebar').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const size = await page.evaluate(() => ({
    document: document.documentElement.scrollHeight,
    window: window.innerHeight,
    scrolled: window.scrollY,
  }));
  expect(size.document).toBeLessThanOrEqual(size.window);
  expect(size.scrolled).toBe(0);
});

test('a right-to-left override in the URL is quoted shortened and isolated, and the notice reads in order', async () => {
  const value = `\u202eevil${'x'.repeat(80)}`;
  const { page } = await open(`?lang=en&release=${encodeURIComponent(value)}`);
  const notice = page.locator('.notices li');
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  expect(text).not.toContain('\u202e');
  expect(text).toContain('…');
  expect(await notice.locator('bdi').count()).toBe(1);
  expect(text.length).toBeLessThan(120);
  // "showing" after the quoted value still reads left to right.
  const edges = await wordEdges(page, '.notices li', 'showing');
  expect(edges && edges.first < edges.last).toBe(true);
});
