/**
 * The overview's map: basemap, every route and place, legend. Loaded in the browser only
 * (Leaflet needs a DOM the moment it is imported), through OverviewMapSlot.
 */
import { useMemo, type ComponentProps } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../map/map.css';
import releases from 'virtual:release-index';
import { Basemap } from '../map/Basemap.tsx';
import { MapFrame } from '../map/MapFrame.tsx';
import { OverviewLayers } from './OverviewLayers.tsx';
import { OverviewLegend } from './OverviewLegend.tsx';

export type OverviewLayersProps = Omit<ComponentProps<typeof OverviewLayers>, 'canvas'>;

/**
 * Above this many releases the routes (thousands) are drawn on Canvas: as SVG each would be an
 * element to style and lay out on every filter change, and a Tab stop no one could use. The
 * list of routes is the map's text alternative either way.
 */
const CANVAS_ABOVE = 100;

export function OverviewMap({ layers }: { layers: OverviewLayersProps }) {
  const { t, lang } = layers;
  const canvas = releases.length > CANVAS_ABOVE;
  const renderer = useMemo(() => (canvas ? L.canvas() : undefined), [canvas]);
  return (
    <section className="map-panel" aria-label={t.map}>
      <MapFrame
        lang={lang}
        t={t}
        renderer={renderer}
        basemap={<Basemap errorText={t.basemapError} />}
      >
        <OverviewLayers {...layers} canvas={canvas} />
      </MapFrame>
      <OverviewLegend t={t} />
    </section>
  );
}
