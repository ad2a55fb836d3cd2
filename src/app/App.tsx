import { useEffect, useState } from 'react';
import { fetchRelease } from '../data/releases.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { formatProblem, type Problem } from '../model/problems.ts';
import { indexRelease, type ReleaseIndex } from '../model/view.ts';
import { appBase, parseLocation } from '../state/location.ts';
import type { UrlNotice } from '../state/url.ts';
import { useUrlState } from '../state/useViewState.ts';
import { pageChunk } from './clientChunk.ts';
import { Explorer } from './Explorer.tsx';
import { Failure } from './Failure.tsx';
import { opening, preloaded } from './opening.ts';

/**
 * The overview needs every release and its own code: both load only when it is opened, or,
 * for its prerendered page, before that page hydrates (main.tsx). The build's server renderer
 * is given the component (src/publish/prerender.tsx).
 */
export const overviewPage = pageChunk('overview', () =>
  import('../overview/Overview.tsx').then((m) => m.Overview),
);

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; index: ReleaseIndex }
  | { status: 'failed'; problems: string[] };

function useRelease(id: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const index = preloaded(id);
    return index ? { status: 'ready', index } : { status: 'loading' };
  });
  useEffect(() => {
    if (preloaded(id)) return;
    let current = true;
    fetchRelease(id)
      .then((result) => {
        if (!current) return;
        if (result.ok) setLoaded({ status: 'ready', index: indexRelease(result.release) });
        else
          setLoaded({
            status: 'failed',
            problems: result.problems.map((p: Problem) => formatProblem(id, p)),
          });
      })
      .catch((error: unknown) => {
        if (current) setLoaded({ status: 'failed', problems: [String(error)] });
      });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded;
}

/**
 * Opens the release the URL names (the newest by default), or the overview of all releases.
 * An unknown release opens the newest, with a notice (see `opening`).
 */
export function App() {
  const { state } = useUrlState();
  // Says the page runs: a prerendered page looks the same before it is hydrated.
  useEffect(() => {
    document.documentElement.dataset.running = '';
  }, []);
  const open = opening(state.release, state.lang);
  if (open.kind === 'none') {
    return <Failure problems={['No release folders were found.']} />;
  }
  if (open.kind === 'overview') return <OverviewPage />;
  const notices: UrlNotice[] = open.notice ? [open.notice] : [];
  return <ReleaseApp key={open.id} id={open.id} notices={notices} />;
}

function OverviewPage() {
  const page = overviewPage.useChunk();
  if (page.status === 'ready') return <page.value />;
  if (page.status === 'failed')
    return <Failure problems={[interfaceMessages().overviewLoadError]} />;
  return <p className="status">{interfaceMessages().loading}</p>;
}

function ReleaseApp({ id, notices }: { id: string; notices: UrlNotice[] }) {
  const loaded = useRelease(id);
  if (loaded.status === 'ready') return <Explorer index={loaded.index} releaseNotices={notices} />;
  if (loaded.status === 'loading') return <p className="status">{interfaceMessages().loading}</p>;
  return <Failure release={id} problems={loaded.problems} />;
}

/** Before a release is open, the interface language still follows the URL. */
const interfaceMessages = () =>
  MESSAGES[parseLocation(window.location.pathname, window.location.search, appBase()).state.lang];
