/**
 * The Leaflet map every view of the app draws in (a release's and the overview's): the same
 * options, the zoom buttons titled in the interface language, the view's layers, then the
 * basemap.
 */
import type { ReactNode } from 'react';
import type L from 'leaflet';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { MAP_VIEW } from './config.ts';

export function MapFrame({
  lang,
  t,
  renderer,
  basemap,
  children,
}: {
  lang: Lang;
  t: Messages;
  renderer: L.Renderer | undefined;
  /** The country shapes (or nothing, when online tiles replace them). */
  basemap: ReactNode;
  /** The view's layers, FitView among them. */
  children: ReactNode;
}) {
  return (
    <MapContainer
      className="map"
      {...MAP_VIEW}
      zoomSnap={0.1}
      renderer={renderer}
      worldCopyJump={false}
      attributionControl
      zoomControl={false}
    >
      {/* Leaflet sets the titles once, so the control is made anew for each language. */}
      <ZoomControl key={lang} position="topright" zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
      {children}
      {/* After the layers: their FitView fits the first view before the shapes are added,
          so the basemap's hundreds of shapes are projected once, not again by that fit
          (passive effects run in tree order, each child before its parent). */}
      {basemap}
    </MapContainer>
  );
}
