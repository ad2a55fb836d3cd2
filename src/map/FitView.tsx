import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLon } from './geometry';
import { boundsOf } from './geometry';
import { prefersReducedMotion } from './motion';

/**
 * Fits the map to `points` whenever they change (on load, on a filter, on a selection),
 * animated unless the user prefers reduced motion. Keeps the map sized to its container.
 */
export function FitView({ points }: { points: LatLon[] }) {
  const map = useMap();
  const first = useRef(true);
  useEffect(() => {
    const bounds = boundsOf(points);
    if (!bounds) return;
    const animate = !first.current && !prefersReducedMotion();
    first.current = false;
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: 6, animate });
  }, [map, points]);

  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
