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
 * A page the build prerendered is hydrated: its release is loaded first, so the first render
 * is the page the server wrote (see setPrerenderLocation), and nothing flashes. Without a
 * prerendered page (npm run dev), the app renders from scratch.
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
