/**
 * Where the map goes. The server and the first (hydrating) render put a description of what
 * the map shows in its place, so the page reads without JavaScript; once the page runs, the
 * Leaflet map (a chunk of its own, requested at start-up by main.tsx) takes the same box.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { formatDate } from '../i18n/format';
import { meetingsByDate } from '../model/view';
import { useView } from './ViewContext';
import './published.css';

export const loadMapView = () => import('../map/MapView');
const MapView = lazy(() => loadMapView().then((m) => ({ default: m.MapView })));

/** "19 journeys to Kyiv, 3 January 2026 (held); Paris, …": the map's story in words. */
function MapDescription() {
  const { index, state, t, visible } = useView();
  const lang = state.lang;
  const shown = new Set(visible.meetings.map((m) => m.id));
  const meetings = meetingsByDate(index, lang)
    .filter((m) => shown.has(m.id))
    .map((m) => {
      return `${m.shortTitle[lang]}, ${formatDate(m.date, lang, false)} (${t[m.status]})`;
    })
    .join('; ');
  return (
    <div className="map map--placeholder">
      <p>{t.mapShows(visible.journeys.length, meetings)}</p>
      <p className="map-placeholder-hint">{t.mapNeedsScript}</p>
    </div>
  );
}

const subscribeNever = () => () => undefined;
const runningInBrowser = () => true;
const renderedOnServer = () => false;

export function MapSlot() {
  const { t } = useView();
  // False on the server and while hydrating; true from the render after.
  const running = useSyncExternalStore(subscribeNever, runningInBrowser, renderedOnServer);
  const placeholder = (
    <section className="map-panel" aria-label={t.map}>
      <MapDescription />
    </section>
  );
  if (!running) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <MapView />
    </Suspense>
  );
}
