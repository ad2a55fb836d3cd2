/**
 * Code that runs inside the benchmarked page. Every function here is serialised by Playwright
 * (addInitScript / evaluate), so each must be self-contained: no imports, no outer variables.
 * Times are performance.now() milliseconds since navigation start.
 */

/** Milestones marked by the app and the baseline (src/map/Basemap.tsx, src/map/MapView.tsx). */
export const MARKS = ['diplomap:basemap', 'diplomap:arcs'] as const;

/** The Layout Instability API's entry, which TypeScript's DOM library does not describe. */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

export interface EventRecord {
  name: string;
  interactionId: number;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
}

export interface ProbeState {
  marks: Record<string, number>;
  /** After both marks, two animation frames later: the frame with both has been painted. */
  painted: number | null;
  lcp: number | null;
  shifts: Array<{ time: number; value: number }>;
  events: EventRecord[];
  longTasks: Array<{ start: number; duration: number }>;
  pending: Promise<unknown> | null;
}

declare global {
  interface Window {
    __bench?: ProbeState;
    __name?: (f: unknown, name: string) => unknown;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`;
 * the page has no such helper, so we give it one before anything of ours runs.
 */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** Installed before the page's own scripts: marks, paint, LCP, layout shifts, event timing. */
export function installProbe(marks: readonly string[]): void {
  const state: ProbeState = {
    marks: {},
    painted: null,
    lcp: null,
    shifts: [],
    events: [],
    longTasks: [],
    pending: null,
  };
  window.__bench = state;
  const afterTwoFrames = (done: () => void) =>
    requestAnimationFrame(() => requestAnimationFrame(done));
  // Wrapped rather than observed: observer callbacks are low-priority tasks and could arrive a
  // frame late, which would blur the paint time we chain from the mark.
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (marks.includes(name) && !(name in state.marks)) {
      state.marks[name] = entry.startTime;
      if (marks.every((m) => m in state.marks))
        afterTwoFrames(() => (state.painted = performance.now()));
    }
    return entry;
  };
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
        ...extra,
      });
    } catch {
      // An entry type this browser does not support stays empty.
    }
  };
  observe('largest-contentful-paint', (entry) => (state.lcp = entry.startTime));
  observe('layout-shift', (entry) => {
    const shift = entry as LayoutShift;
    if (!shift.hadRecentInput) state.shifts.push({ time: shift.startTime, value: shift.value });
  });
  observe('longtask', (entry) =>
    state.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe(
    'event',
    (entry) => {
      const e = entry as PerformanceEventTiming;
      state.events.push({
        name: e.name,
        interactionId: e.interactionId,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
      });
    },
    { durationThreshold: 16 },
  );
}

export interface ChangeTiming {
  /** From the input event to two frames after the list shows the expected count: painted. */
  painted: number;
  /** Long tasks (≥ 50 ms) on the main thread in that interval, summed: the blocking work. */
  longTasks: number;
}

/**
 * Arms a measurement of a meeting-filter change: from the select's input event (its timeStamp
 * is taken before dispatch) until the journey list holds `expected` items, then painted. The
 * result is left in window.__bench.pending for the caller to await after it acts.
 *
 * The list is checked once per frame, not with a MutationObserver: at 10,000 journeys an
 * observer would queue a record per removed item and slow the very change it measures. The
 * first frame that sees the new list is the frame that paints it, so one more frame later it
 * has been painted, the same moment as "two frames after the commit".
 */
export function armFilterChange(expected: number): void {
  const state = window.__bench;
  if (!state) throw new Error('probe not installed');
  let start: number | null = null;
  const onInput = (event: Event) => (start ??= event.timeStamp);
  window.addEventListener('input', onInput, { capture: true });
  window.addEventListener('change', onInput, { capture: true });
  // A virtualised list draws only some rows; each says the list's size (aria-setsize).
  const count = () => {
    const list = document.querySelector('.journeys ul');
    const size = list?.firstElementChild?.getAttribute('aria-setsize');
    return size ? Number(size) : (list?.childElementCount ?? 0);
  };
  state.pending = new Promise<ChangeTiming>((resolve) => {
    const check = () => {
      if (start === null || count() !== expected) {
        requestAnimationFrame(check);
        return;
      }
      const t0 = start;
      window.removeEventListener('input', onInput, { capture: true });
      window.removeEventListener('change', onInput, { capture: true });
      requestAnimationFrame(() => {
        const end = performance.now();
        const longTasks = state.longTasks
          .filter((task) => task.start + task.duration > t0 && task.start < end)
          .reduce((sum, task) => sum + task.duration, 0);
        resolve({ painted: end - t0, longTasks });
      });
    };
    requestAnimationFrame(check);
  });
}

export interface ToggleTiming {
  /** From the click to the release title in the new language in the DOM. */
  dom: number;
  /** Same, plus the style and layout that change forces: the frame's work before paint. */
  layout: number;
  /** From the click to two frames later: painted. */
  painted: number;
}

/** Arms a measurement of a language-toggle click: until the release title changes. */
export function armLanguageToggle(): void {
  const state = window.__bench;
  if (!state) throw new Error('probe not installed');
  const title = () => document.querySelector('.release-header h1')?.textContent ?? '';
  const before = title();
  let start: number | null = null;
  const onClick = (event: Event) => (start ??= event.timeStamp);
  window.addEventListener('click', onClick, { capture: true });
  state.pending = new Promise<ToggleTiming>((resolve) => {
    const observer = new MutationObserver(() => {
      if (start === null || title() === before) return;
      const t0 = start;
      const dom = performance.now() - t0;
      // Reading geometry forces the style and layout the new text needs, now rather than at paint.
      document.body.getBoundingClientRect();
      const layout = performance.now() - t0;
      observer.disconnect();
      window.removeEventListener('click', onClick, { capture: true });
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ dom, layout, painted: performance.now() - t0 })),
      );
    });
    const header = document.querySelector('.release-header');
    if (!header) throw new Error('no release header');
    observer.observe(header, { childList: true, subtree: true, characterData: true });
  });
}

export interface MutationCounts {
  /** Attribute mutations on the overlay's SVG elements, by attribute name. */
  attributes: Record<string, number>;
  /** Distinct paths whose stroke or fill attributes were written: restyles. */
  restyledPaths: number;
  /** Distinct paths whose geometry (d) was rewritten: reprojection, not restyling. */
  reshapedPaths: number;
  added: number;
  removed: number;
}

/**
 * Counts DOM mutations in the map's overlay (SVG arcs) until the pending measurement settles.
 * Leaflet's setStyle writes stroke and fill attributes, so written style attributes are how
 * many arcs were restyled; a value rewritten unchanged still counts, as it still costs.
 */
export function armOverlayMutations(): void {
  const state = window.__bench;
  const pane = document.querySelector('.leaflet-overlay-pane');
  if (!state?.pending || !pane) throw new Error('arm a change before counting mutations');
  const counts: MutationCounts = {
    attributes: {},
    restyledPaths: 0,
    reshapedPaths: 0,
    added: 0,
    removed: 0,
  };
  const restyled = new Set<Node>();
  const reshaped = new Set<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        counts.added += record.addedNodes.length;
        counts.removed += record.removedNodes.length;
        continue;
      }
      const name = record.attributeName ?? '?';
      counts.attributes[name] = (counts.attributes[name] ?? 0) + 1;
      if (/^(stroke|fill)/.test(name)) restyled.add(record.target);
      if (name === 'd') reshaped.add(record.target);
    }
  });
  observer.observe(pane, { attributes: true, childList: true, subtree: true });
  const pending = state.pending;
  state.pending = pending.then((timing) => {
    observer.disconnect();
    counts.restyledPaths = restyled.size;
    counts.reshapedPaths = reshaped.size;
    return { timing, counts };
  });
}
