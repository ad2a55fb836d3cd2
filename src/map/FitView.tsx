import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LatLon } from './geometry.ts';
import { boundsOf } from './geometry.ts';
import { boxesAround, FLOATING } from './floating.ts';
import { fitPadding, type Side } from './framing.ts';
import { prefersReducedMotion } from './motion.ts';

/**
 * Ends a running zoom animation (a zoom button, the wheel) now, at the zoom it was going to.
 * While one runs, Leaflet ignores any new view (setView returns early), so a filter or Back
 * during it would leave the map where the reader zoomed, with the arcs just shown drawn for
 * a view that is gone. Leaflet has no public way to end it; this is what its own timer does.
 */
export function finishZoom(map: L.Map): void {
  const zooming = map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
  if (zooming._animatingZoom) zooming._onZoomTransitionEnd?.();
}

/** Fits `bounds` into the part of the map that no control covers. */
export function fitClear(
  map: L.Map,
  bounds: [[number, number], [number, number]],
  options: L.FitBoundsOptions,
  extra: Partial<Record<Side, number>> = {},
): void {
  finishZoom(map);
  const [sw, ne] = bounds.map((corner) => map.project(corner, 0));
  const aspect = sw && ne ? Math.abs(ne.x - sw.x) / Math.max(1e-9, Math.abs(sw.y - ne.y)) : 1;
  const size = map.getSize();
  const padding = fitPadding(
    { width: size.x, height: size.y },
    boxesAround(map.getContainer(), FLOATING).filter((r) => r.bottom > r.top),
    aspect,
    24,
    extra,
  );
  const fit = {
    ...options,
    paddingTopLeft: padding.topLeft,
    paddingBottomRight: padding.bottomRight,
  };
  if (!movesView(map, bounds, fit)) return;
  map.fitBounds(bounds, fit);
}

/**
 * Whether fitting `bounds` would change the view by a pixel or a zoom step. Leaflet resets the
 * view (and redraws every layer) even for a fit that lands where the map already is.
 */
function movesView(
  map: L.Map,
  bounds: [[number, number], [number, number]],
  fit: { maxZoom?: number; paddingTopLeft: L.PointTuple; paddingBottomRight: L.PointTuple },
): boolean {
  // As Leaflet's fitBounds computes its target.
  const [left, top] = fit.paddingTopLeft;
  const [right, bottom] = fit.paddingBottomRight;
  const padding = L.point(left + right, top + bottom);
  const zoom = Math.min(fit.maxZoom ?? Infinity, map.getBoundsZoom(bounds, false, padding));
  if (Math.abs(zoom - map.getZoom()) > 1e-6) return true;
  const [sw, ne] = bounds.map((corner) => map.project(corner, zoom));
  if (!sw || !ne) return true;
  const centre = sw
    .add(ne)
    .divideBy(2)
    .add([(right - left) / 2, (bottom - top) / 2]);
  return centre.distanceTo(map.project(map.getCenter(), zoom)) >= 1;
}

/**
 * Fits the map to `points` whenever they change (on load, on a filter, on a selection),
 * animated unless the user prefers reduced motion. Keeps the map sized to its container, and
 * the story framed when the container changes size.
 */
export function FitView({
  points,
  room,
  keepFramed = false,
}: {
  points: LatLon[];
  /** Extra room along borders, for the edge markers of far origins. */
  room?: Partial<Record<Side, number>>;
  /**
   * After the first fit, leave the map still while the points are in view and a fit would
   * not zoom in by a whole level (the overview: filters there mostly keep the same extent).
   */
  keepFramed?: boolean;
}) {
  const map = useMap();
  const first = useRef(true);
  /** What was last fitted, for fitting again when the map changes size. */
  const fitted = useRef<{ bounds: [[number, number], [number, number]]; room?: typeof room }>(
    undefined,
  );
  useEffect(() => {
    const bounds = boundsOf(points);
    if (!bounds) return;
    fitted.current = { bounds, room };
    finishZoom(map);
    if (
      keepFramed &&
      !first.current &&
      map.getBounds().contains(bounds) &&
      map.getBoundsZoom(bounds) < map.getZoom() + 1
    )
      return;
    const animate = !first.current && !prefersReducedMotion();
    first.current = false;
    // The map may have just changed size (the phone's sheet grows when details open).
    map.invalidateSize({ animate: false, pan: false });
    fitClear(map, bounds, { maxZoom: 6, animate }, room);
  }, [map, points, room, keepFramed]);

  // Leaving the map mid-animation: Leaflet 1.9 ends a zoom animation from a 250 ms timer (and
  // a transitionend) that, after map.remove(), reads the removed pane ("reading
  // '_leaflet_pos'"). remove() stops pans and flights but not that; mark the zoom as ended
  // when the map unloads (map.stop() cannot be used: it sets the zoom, reading the pane too).
  useEffect(() => {
    const endZoom = () => {
      (map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
    };
    map.on('unload', endZoom);
    return () => {
      map.off('unload', endZoom);
      endZoom();
    };
  }, [map]);

  // A map that showed its story whole keeps showing it whole when it changes size ("Side by
  // side" narrows it by half), and fills it again when it grows by much; one the reader has
  // moved away from keeps its centre. A small change (a row of the header wrapping) leaves the
  // view be: a fit redraws every layer, which at thousands of routes is a long task.
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      const last = fitted.current;
      const framed = last && map.getBounds().pad(0.01).contains(last.bounds);
      const before = map.getSize();
      map.invalidateSize({ animate: false });
      if (!framed) return;
      const after = map.getSize();
      const grew = after.x > before.x * 1.2 || after.y > before.y * 1.2;
      if (grew || !map.getBounds().contains(last.bounds))
        fitClear(map, last.bounds, { maxZoom: 6, animate: false }, last.room);
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  // Printing lays the page out anew at the paper's size, and no ResizeObserver runs before it
  // is drawn: fit the story (or, if the reader had moved away from it, the area that was on
  // screen) into the printed map, and go back afterwards.
  useEffect(() => {
    const print = window.matchMedia('print');
    let screen: { center: L.LatLng; zoom: number } | undefined;
    const onChange = (event: MediaQueryListEvent) => {
      if (event.matches) {
        // Leaflet still holds the screen size here, so these are the bounds that were shown.
        const shown = map.getBounds();
        const last = fitted.current;
        const framed = last && shown.pad(0.01).contains(last.bounds);
        screen = { center: map.getCenter(), zoom: map.getZoom() };
        map.invalidateSize({ animate: false, pan: false });
        const snap = map.options.zoomSnap;
        map.options.zoomSnap = 0; // fit exactly: the basemap is vector, any zoom draws sharp
        // The story, with room around it, if the screen showed it whole; else what was shown.
        if (framed) fitClear(map, last.bounds, { maxZoom: 6, animate: false }, last.room);
        else map.fitBounds(shown, { animate: false });
        map.options.zoomSnap = snap;
      } else if (screen) {
        map.invalidateSize({ animate: false, pan: false });
        map.setView(screen.center, screen.zoom, { animate: false });
        screen = undefined;
      }
    };
    print.addEventListener('change', onChange);
    return () => print.removeEventListener('change', onChange);
  }, [map]);
  return null;
}
