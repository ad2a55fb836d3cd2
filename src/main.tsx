import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadMapView } from './app/MapSlot';
import { opening, preloadRelease } from './app/opening';
import { loadBasemap } from './map/basemapData';
import { appBase, parseLocation } from './state/location';
import './styles.css';
import './print.css';

// Neither the basemap nor the map's code depends on the release: start loading both now,
// alongside the data, so the map paints as soon as the page is ready for it.
void loadBasemap().catch(() => undefined);
void loadMapView().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/**
 * A release page the build prerendered is hydrated: its release is loaded first, so the first
 * render is the page the server wrote (see setPrerenderLocation), and nothing flashes. Without
 * a prerendered page (npm run dev), the app renders from scratch.
 *
 * The overview's prerendered page is replaced, not hydrated. Its component cannot run in the
 * build's server renderer: it draws its Leaflet map inline (Leaflet needs a DOM the moment it
 * is imported), and it loads every release in an effect, so a server render would be its
 * loading state. Hydrating it needs the overview split as the release page is (a map slot the
 * browser fills, and its releases loaded before hydrateRoot). Until then its page is a list of
 * every release linked to its own page (src/publish/prerender.tsx), which the app replaces.
 */
async function start(element: HTMLElement): Promise<void> {
  if (element.dataset.prerendered !== 'release') {
    element.replaceChildren();
    createRoot(element).render(app);
    return;
  }
  const open = opening(parseLocation(window.location.pathname, '', appBase()).state.release);
  if (open.kind === 'release') await preloadRelease(open.id).catch(() => undefined);
  hydrateRoot(element, app);
}

void start(root);
