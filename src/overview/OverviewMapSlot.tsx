/**
 * Where the overview's map goes. The server and the hydrating render describe the map in words
 * (so the page reads without JavaScript); once the page runs and the map's chunk has loaded,
 * the map takes the same box. As the release page's MapSlot.
 */
import { clientChunk } from '../app/clientChunk.ts';
import '../app/published.css';
import type { OverviewLayersProps } from './OverviewMap.tsx';

const mapChunk = clientChunk('overview map', () =>
  import('./OverviewMap.tsx').then((m) => m.OverviewMap),
);

/** Starts loading the map's code, once: main.tsx asks before hydrating the overview. */
export const loadOverviewMap = mapChunk.load;

/** The busiest routes named in the description of the map. */
const NAMED = 3;

export function OverviewMapSlot({ layers }: { layers: OverviewLayersProps }) {
  const loaded = mapChunk.useChunk();
  if (loaded.status === 'ready') return <loaded.value layers={layers} />;
  const { t, lang, routes } = layers;
  const busiest = routes
    .slice(0, NAMED)
    .map((r) => `${r.from.name[lang]} → ${r.to.name[lang]} (${t.trips(r.trips.length)})`)
    .join(', ');
  const failed = loaded.status === 'failed';
  return (
    <section className="map-panel" aria-label={t.map}>
      <div className="map map--placeholder">
        <p className="map-placeholder-hint" role={failed ? 'alert' : undefined}>
          {failed ? t.mapLoadError : t.mapNeedsScript}
        </p>
        {routes.length > 0 && <p>{t.overviewMapShows(routes.length, busiest)}</p>}
      </div>
    </section>
  );
}
