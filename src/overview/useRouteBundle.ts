/**
 * The overview's routes on Canvas, as one layer (routeBundle.ts): made once when the archive
 * has loaded, then told which routes are in view and how each looks. A click on a route calls
 * `onSelect` with its key.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { RouteBundle } from './routeBundle.ts';
import type { RouteArc, RouteLook } from './routeDrawing.ts';

export function useRouteBundle({
  arcs,
  shown,
  colour,
  onSelect,
}: {
  arcs: RouteArc[];
  shown: Map<string, RouteLook>;
  colour: string;
  onSelect: (key: string) => void;
}): void {
  const map = useMap();
  const bundle = useRef<RouteBundle | null>(null);
  const select = useEffectEvent((key: string) => onSelect(key));
  const current = useEffectEvent(() => shown);

  useEffect(() => {
    const layer = new RouteBundle(arcs, colour);
    layer.show(current());
    layer.on('click', () => {
      if (layer.hit) select(layer.hit);
    });
    layer.addTo(map);
    bundle.current = layer;
    return () => {
      layer.remove();
      bundle.current = null;
    };
  }, [map, arcs, colour]);

  useEffect(() => {
    bundle.current?.show(shown);
  }, [shown]);
}
