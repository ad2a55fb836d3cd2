import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { FeatureCollection } from 'geojson';
import type { GeoJSON as GeoJSONLayer, LeafletEventHandlerFnMap, PathOptions } from 'leaflet';
import { loadBasemap, loadedBasemap } from './basemapData.ts';
import { BasemapDetail } from './BasemapDetail.tsx';

// Quiet, so the data stands out; a stable object, so react-leaflet never restyles it.
const STYLE: PathOptions = { color: '#9aa7b4', weight: 0.6, fillColor: '#f7f6f2', fillOpacity: 1 };
const ATTRIBUTION = 'Natural Earth';
/** Above the tiles (200), below the arcs (overlayPane, 400). */
const PANE = 'basemap';
// For npm run bench: marks when the shapes are on the map (once). Stable, so never re-bound.
const EVENTS: LeafletEventHandlerFnMap = {
  add: () => {
    if (performance.getEntriesByName('diplomap:basemap').length === 0)
      performance.mark('diplomap:basemap');
  },
};

/** Country shapes from Natural Earth, served from the app's own origin. */
export function Basemap({ errorText }: { errorText: string }) {
  const [data, setData] = useState<FeatureCollection | null>(() => loadedBasemap() ?? null);
  const [failed, setFailed] = useState(false);
  const coarse = useRef<GeoJSONLayer | null>(null);
  const map = useMap();
  // The shapes' pane, made before any layer is added (a layout effect runs before the layers'
  // effects): react-leaflet's <Pane> makes it in an effect and renders its children a pass
  // later, which put the basemap on the map after the arcs and every other layer. It lives as
  // long as the map; BasemapDetail draws into it too.
  useLayoutEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '250';
  }, [map]);
  // Credited on the map itself, from its first frame: given to the GeoJSON layer, the credit
  // would be added once per country shape (each re-rendering the control) and would widen the
  // attribution line only once the shapes arrive, moving it under the reader.
  useLayoutEffect(() => {
    if (failed) return;
    map.attributionControl?.addAttribution(ATTRIBUTION);
    return () => void map.attributionControl?.removeAttribution(ATTRIBUTION);
  }, [map, failed]);
  useEffect(() => {
    // Already drawn from the first render: setting the same shapes again changes nothing.
    let current = true;
    loadBasemap()
      .then((shapes) => {
        if (current) setData(shapes);
      })
      .catch((error: unknown) => {
        console.error('basemap', error);
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, []);
  if (failed)
    return (
      <p className="map-message" role="status">
        {errorText}
      </p>
    );
  if (!data) return null;
  return (
    <>
      <GeoJSON
        ref={coarse}
        data={data}
        pane={PANE}
        style={STYLE}
        interactive={false}
        eventHandlers={EVENTS}
      />
      <BasemapDetail coarse={coarse} style={STYLE} />
    </>
  );
}
