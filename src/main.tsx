import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, overviewPage } from './app/App.tsx';
import { loadMapView } from './app/MapSlot.tsx';
import { opening, preloadRelease } from './app/opening.ts';
import { loadBasemap } from './map/basemapData.ts';
import { appBase, parseLocation } from './state/location.ts';
import './styles.css';
import './print.css';
import './no-script.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/** A promise that settles when `work` does, never rejecting: the app reports its own errors. */
const settled = (work: Promise<unknown>) => work.catch(() => undefined);

/**
 * A page the build prerendered is hydrated: what its first render needs is loaded first (the
 * release, or every release and the overview's code; the map's code), so that render is the
 * page the server wrote (see setPrerenderLocation) and nothing flashes. Evaluated before
 * hydration, the map's code mounts in the render right after it, ahead of the deferred
 * hydration of the text. Without a prerendered page (npm run dev), the app renders from
 * scratch.
 */
async function start(element: HTMLElement): Promise<void> {
  // The basemap does not depend on the page: it loads alongside the page's data.
  void settled(loadBasemap());
  const prerendered = element.dataset.prerendered;
  if (prerendered === 'overview') {
    // The overview's modules, imported here rather than with the entry: a release page, the
    // page most readers open, does not load them.
    const [{ loadCorpus }, { loadOverviewMap }] = await Promise.all([
      import('./overview/corpus.ts'),
      import('./overview/OverviewMapSlot.tsx'),
    ]);
    const map = settled(loadOverviewMap());
    await Promise.all([settled(overviewPage.load()), loadCorpus(), map]);
    hydrateRoot(element, app);
    return;
  }
  const map = settled(loadMapView());
  if (prerendered !== 'release') {
    element.replaceChildren();
    createRoot(element).render(app);
    return;
  }
  const { state } = parseLocation(window.location.pathname, '', appBase());
  const open = opening(state.release, state.lang);
  if (open.kind === 'release') await settled(preloadRelease(open.id));
  await map;
  if (open.kind === 'release' && open.notice !== null) {
    // The address names a page that is not there, and the host answered with another page
    // (the root page, as `npm start` does): the app renders the page it opens instead, with a
    // notice, in place of the markup (React clears it when it first commits, so nothing
    // blanks in between) rather than hydrating markup that is not that page's.
    createRoot(element).render(app);
    return;
  }
  hydrateRoot(element, app);
}

void start(root);
