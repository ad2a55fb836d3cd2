/**
 * A prerendered page that the app takes over must not move under the reader (issue 11: CLS
 * 0), whether the address is plain or carries view state the prerenderer could not know: a
 * meeting filter or a selection whose details open. Every layout shift of the load is counted,
 * from the buffered Layout Instability entries, until the map, its basemap and the text are
 * all in their final state; the failure message names what moved.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readMeetings, releaseId } from './data';
import { setupBrowser } from './harness';

const { open } = setupBrowser();

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift since navigation, with the elements that moved. */
async function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        type Entry = PerformanceEntry & {
          value: number;
          sources?: Array<{
            node?: Node | null;
            previousRect: DOMRectReadOnly;
            currentRect: DOMRectReadOnly;
          }>;
        };
        const describe = (node: Node | null | undefined) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          const classes = [...node.classList].slice(0, 3).join('.');
          return `${node.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            (list.getEntries() as Entry[]).map((e) => ({
              value: e.value,
              sources: (e.sources ?? []).map((s) => {
                const r = (b: DOMRectReadOnly) =>
                  [b.x, b.y, b.width, b.height].map(Math.round).join(',');
                return `${describe(s.node)} ${r(s.previousRect)} → ${r(s.currentRect)}`;
              }),
            })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all the observer never calls back: settle after two frames.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );
}

/** Waits until nothing the load brings is still to come: map, basemap, names, text. */
async function settled(page: Page): Promise<void> {
  await page.locator('.leaflet-overlay-pane path').first().waitFor({ state: 'attached' });
  await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  await page.locator('.country-label').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Two frames, so whatever the last task changed has been laid out and painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const page_ = `r/${releaseId()}/`;
const [firstMeeting] = readMeetings().meetings;

describe('loading a prerendered page moves nothing', () => {
  test.each([
    ['the plain address', '', 1280],
    ['a meeting filter', `?meeting=${firstMeeting?.id ?? ''}`, 1280],
    ['a selection', '?select=journey:swedish-pm-to-paris', 1280],
    ['a selection on a phone', '?select=journey:swedish-pm-to-paris', 360],
  ])('%s', async (_name, query, width) => {
    const { page, errors } = await open(`${page_}${query}`, {
      width,
      height: width < 700 ? 740 : 800,
    });
    if (query.includes('select')) await page.getByRole('heading', { level: 2 }).first().waitFor();
    await settled(page);
    const shifts = await layoutShifts(page);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBe(0);
    expect(errors).toEqual([]);
  });
});
