/**
 * Where the map goes. The server and the first (hydrating) render put a description of what
 * the map shows in its place, so the page reads without JavaScript; once the page runs and the
 * Leaflet map's chunk has loaded (main.tsx asks for it at start-up, and the prerendered page
 * preloads it), the map takes the same box.
 *
 * The chunk is awaited outside React rather than through lazy() and Suspense: a boundary that
 * showed its fallback holds the content back for React's reveal throttle (300 ms) after the
 * chunk arrives, which delayed the map's first paint by that much.
 */
import { useSyncExternalStore, type ComponentType } from 'react';
import { formatDate } from '../i18n/format';
import { meetingsByDate } from '../model/view';
import { useView } from './ViewContext';
import './published.css';

type Chunk = { status: 'loading' | 'failed' } | { status: 'ready'; MapView: ComponentType };

let chunk: Chunk = { status: 'loading' };
let request: Promise<unknown> | undefined;
const listeners = new Set<() => void>();

function settle(next: Chunk): void {
  chunk = next;
  listeners.forEach((listener) => listener());
}

/** Starts loading the map's code once, whoever asks first. */
export function loadMapView(): Promise<unknown> {
  request ??= import('../map/MapView').then(
    (m) => settle({ status: 'ready', MapView: m.MapView }),
    (error: unknown) => {
      console.error('map', error);
      settle({ status: 'failed' });
    },
  );
  return request;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadMapView();
  return () => listeners.delete(listener);
}

const current = () => chunk;
/** The server has no map, and a hydrating render must match what the server wrote. */
const SERVER: Chunk = { status: 'loading' };
const onServer = () => SERVER;

/** "19 journeys to Kyiv, 3 January 2026 (held); Paris, …": the map's story in words. */
function MapDescription({ failed }: { failed: boolean }) {
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
      <p className="map-placeholder-hint" role={failed ? 'alert' : undefined}>
        {failed ? t.mapLoadError : t.mapNeedsScript}
      </p>
    </div>
  );
}

export function MapSlot() {
  const { t } = useView();
  // 'loading' on the server and while hydrating; the chunk's real state from the render after.
  const loaded = useSyncExternalStore(subscribe, current, onServer);
  if (loaded.status === 'ready') return <loaded.MapView />;
  return (
    <section className="map-panel" aria-label={t.map}>
      <MapDescription failed={loaded.status === 'failed'} />
    </section>
  );
}
