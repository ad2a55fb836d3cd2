/**
 * What a reader of the map sees at a glance, measured in the page: labels on labels, labels on
 * other places' dots, markers whose centre something else covers, and how wide the story's core
 * is drawn. Shared by the legibility test and `npm run screenshots`.
 */
import type { Page } from 'playwright-core';

export interface Legibility {
  /** Pairs of shown labels (place or country) whose boxes overlap. */
  labelOverlaps: string[];
  /** A shown place label over another place's dot. */
  labelsOverDots: string[];
  /** Markers in view whose centre hit-tests to something other than the marker itself. */
  coveredMarkers: string[];
  /** Markers (not far origins, which get an edge marker) whose centre is outside the map. */
  outOfView: string[];
  /** Share of the map's width between the westmost and eastmost of the core places shown. */
  coreSpan: number;
}

export const CORE_PLACES = ['stockholm', 'berlin', 'warsaw', 'paris', 'kyiv'];

export async function measureLegibility(page: Page): Promise<Legibility> {
  // tsx (esbuild keepNames) wraps inner functions in __name(), which the page does not have.
  await page.evaluate('window.__name ??= (f) => f');
  return page.evaluate((core) => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      );
    };
    const overlaps = (a: Box, b: Box) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const map = document.querySelector('.map');
    if (!map) throw new Error('no map');
    const frame = map.getBoundingClientRect();
    const markers = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].filter(
      (m) => (m.dataset.place || m.dataset.cluster) && shown(m),
    );
    const nameOf = (m: HTMLElement) => m.dataset.place ?? `cluster(${m.dataset.cluster})`;
    const labels = [
      ...[...document.querySelectorAll<HTMLElement>('.map .place-label, .map .country-label')]
        .filter(shown)
        .map((el) => ({
          el,
          box: el.getBoundingClientRect(),
          owner: el.closest<HTMLElement>('.leaflet-marker-icon'),
          name: el.textContent ?? '',
        })),
    ];
    const labelOverlaps: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        if (overlaps(a.box, b.box)) labelOverlaps.push(`${a.name} × ${b.name}`);
      }
    const dots = markers.map((m) => ({
      m,
      box: (m.querySelector('.place-dot') ?? m).getBoundingClientRect(),
    }));
    const labelsOverDots: string[] = [];
    for (const label of labels)
      for (const dot of dots)
        if (dot.m !== label.owner && overlaps(label.box, dot.box))
          labelsOverDots.push(`${label.name} over ${nameOf(dot.m)}`);
    const coveredMarkers: string[] = [];
    const outOfView: string[] = [];
    const far = new Set(
      [...document.querySelectorAll<HTMLElement>('[data-edge-place]')].map(
        (e) => e.dataset.edgePlace,
      ),
    );
    const centres = new Map<string, number>();
    for (const { m, box } of dots) {
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      const inside = x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
      if (!inside || x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        if (!far.has(m.dataset.place)) outOfView.push(nameOf(m));
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !m.contains(hit))
        coveredMarkers.push(`${nameOf(m)} under ${hit?.className || hit?.tagName}`);
      if (m.dataset.place) centres.set(m.dataset.place, x);
    }
    const xs = core.map((id) => centres.get(id)).filter((x): x is number => x !== undefined);
    const coreSpan = xs.length > 1 ? (Math.max(...xs) - Math.min(...xs)) / frame.width : 0;
    return { labelOverlaps, labelsOverDots, coveredMarkers, outOfView, coreSpan };
  }, CORE_PLACES);
}
