/**
 * Where the map goes. The server and the first (hydrating) render put a description of what
 * the map shows in its place, so the page reads without JavaScript; once the page runs and the
 * Leaflet map's chunk has loaded (main.tsx asks for it at start-up, and the prerendered page
 * preloads it), the map takes the same box.
 *
 * The chunk is rendered once it is there rather than through lazy(): see clientChunk.ts.
 */
import { meetingsByDate } from '../model/view.ts';
import { meetingLine } from '../sidebar/labels.ts';
import { clientChunk } from './clientChunk.ts';
import { useView } from './ViewContext.tsx';
import './published.css';

const mapChunk = clientChunk('map', () => import('../map/MapView.tsx').then((m) => m.MapView));

/** Starts loading the map's code, once: main.tsx asks at start-up. */
export const loadMapView = mapChunk.load;

/** "19 journeys to Kyiv, 3 January 2026 (held); Paris, …": the map's story in words. */
function MapDescription({ failed, listed }: { failed: boolean; listed: boolean }) {
  const { index, state, t, visible } = useView();
  const lang = state.lang;
  const shown = new Set(visible.meetings.map((m) => m.id));
  const meetings = meetingsByDate(index, lang)
    .filter((m) => shown.has(m.id))
    .map((m) => meetingLine(m, lang, t));
  return (
    <div className="map map--placeholder">
      {/* The hint first: the description changes with the URL's filter when the page runs,
          and nothing may sit below it to be moved. */}
      <p className="map-placeholder-hint" role={failed ? 'alert' : undefined}>
        {listed
          ? failed
            ? t.mapLoadError
            : t.mapNeedsScript
          : failed
            ? t.mapLoadErrorUnlisted
            : t.mapNeedsScriptUnlisted}
      </p>
      <p>{t.mapShows(visible.journeys.length, meetings.length, meetings.join('; '))}</p>
    </div>
  );
}

/**
 * `listed`: the page lists the journeys as text (the embed page does not: its placeholder
 * points to the full page instead).
 */
export function MapSlot({ listed = true }: { listed?: boolean }) {
  const { t } = useView();
  const loaded = mapChunk.useChunk();
  if (loaded.status === 'ready') return <loaded.value />;
  return (
    <section className="map-panel" aria-label={t.map}>
      <MapDescription failed={loaded.status === 'failed'} listed={listed} />
    </section>
  );
}
