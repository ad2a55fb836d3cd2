/**
 * Natural Earth 10m shapes where the shipped 50m basemap runs out of detail: beyond
 * DETAIL_ZOOM, the countries in view are loaded from the app's own origin (one file each, once)
 * and drawn over their coarse shapes, which are hidden meanwhile, so a fjord or a strait shows.
 */
import { useEffect, type RefObject } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature } from 'geojson';
import { DETAIL_ZOOM, detailKey, type DetailIndexEntry } from '../../geo/detail.ts';

const DIR = `${import.meta.env.BASE_URL}basemap/detail/`;
const HIDDEN: L.PathOptions = { opacity: 0, fillOpacity: 0 };

const getJson = <T,>(url: string): Promise<T> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<T>;
  });

const keyOf = (layer: L.Layer): string | undefined => {
  const feature = (layer as L.Path & { feature?: Feature }).feature;
  const properties = feature?.properties as { id: string | null; name: string } | undefined;
  return properties ? detailKey(properties) : undefined;
};

export function BasemapDetail({
  coarse,
  style,
}: {
  coarse: RefObject<L.GeoJSON | null>;
  style: L.PathOptions;
}) {
  const map = useMap();
  useEffect(() => {
    let index: Promise<DetailIndexEntry[]> | undefined;
    const layers = new Map<string, L.GeoJSON>();
    const pending = new Set<string>();
    let closed = false;

    /** Shows the detail of a loaded country, or the coarse shape when zoomed out. */
    const show = (key: string, detailed: boolean) => {
      const layer = layers.get(key);
      if (!layer) return;
      if (detailed) layer.addTo(map);
      else layer.remove();
      coarse.current?.eachLayer((shape) => {
        if (keyOf(shape) === key) (shape as L.Path).setStyle(detailed ? HIDDEN : style);
      });
    };

    const update = () => {
      const detailed = map.getZoom() >= DETAIL_ZOOM;
      for (const key of layers.keys()) show(key, detailed);
      if (!detailed) return;
      index ??= getJson<DetailIndexEntry[]>(`${DIR}index.json`);
      const view = map.getBounds().pad(0.25);
      index
        .then((entries) => {
          for (const { key, box } of entries) {
            const [w, s, e, n] = box;
            if (layers.has(key) || pending.has(key)) continue;
            if (!view.intersects(L.latLngBounds([s, w], [n, e]))) continue;
            pending.add(key);
            getJson<Feature>(`${DIR}${key}.json`)
              .then((feature) => {
                if (closed) return;
                layers.set(key, L.geoJSON(feature, { style, pane: 'basemap', interactive: false }));
                show(key, map.getZoom() >= DETAIL_ZOOM);
              })
              .catch((error: unknown) => console.warn('basemap detail', error))
              .finally(() => pending.delete(key));
          }
        })
        .catch((error: unknown) => console.warn('basemap detail', error));
    };
    update();
    map.on('zoomend moveend', update);
    return () => {
      closed = true;
      map.off('zoomend moveend', update);
      for (const key of [...layers.keys()]) show(key, false);
    };
  }, [map, coarse, style]);
  return null;
}
