/**
 * What floats over the map, read from the page: boxes of elements in the map container's
 * pixels, for the fit, the label layout and the edge markers to keep clear of.
 */
import type { Box } from './framing.ts';

/** What floats over the map and must never cover a fitted marker. */
export const FLOATING = '.legend, .leaflet-control-zoom, .leaflet-control-attribution, .sidebar';

/**
 * Boxes of the elements matching `selectors` around the map `container`, in its pixels, each
 * grown by `margin`; elements with no width (hidden) are left out. Searched in the page's
 * layout (the sidebar and the map panel), not the whole app: its header's filters can hold
 * thousands of options, which every search would walk through.
 */
export function boxesAround(container: HTMLElement, selectors: string, margin = 0): Box[] {
  const frame = container.getBoundingClientRect();
  const root = container.closest('.layout') ?? container.closest('.app') ?? document;
  return [...root.querySelectorAll(selectors)]
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0)
    .map((r) => ({
      left: r.left - frame.left - margin,
      top: r.top - frame.top - margin,
      right: r.right - frame.left + margin,
      bottom: r.bottom - frame.top + margin,
    }));
}
