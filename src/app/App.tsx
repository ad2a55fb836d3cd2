import { lazy, Suspense, useEffect, useState } from 'react';
import { fetchRelease } from '../data/releases';
import { MESSAGES } from '../i18n/messages';
import { formatProblem, type Problem } from '../model/problems';
import { indexRelease, type ReleaseIndex } from '../model/view';
import releases from 'virtual:release-index';
import { OVERVIEW, parseUrl, type UrlNotice } from '../state/url';
import { useUrlState } from '../state/useViewState';
import { Explorer } from './Explorer';
import { Failure } from './Failure';

// The overview needs every release and its own code: both load only when it is opened.
const Overview = lazy(() => import('../overview/Overview').then((m) => ({ default: m.Overview })));

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; index: ReleaseIndex }
  | { status: 'failed'; problems: string[] };

function useRelease(id: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
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
 * An unknown release opens the newest, with a notice.
 */
export function App() {
  const { state } = useUrlState();
  const newest = releases[0]?.id;
  if (!newest) {
    return <Failure problems={['No release folders were found.']} />;
  }
  if (state.release === OVERVIEW && releases.length > 1) {
    return (
      <Suspense fallback={<p className="status">{interfaceMessages().loading}</p>}>
        <Overview />
      </Suspense>
    );
  }
  const known = releases.some((r) => r.id === state.release);
  const id = known && state.release ? state.release : newest;
  const notices: UrlNotice[] =
    state.release && !known ? [{ kind: 'unknownRelease', value: state.release.slice(0, 60) }] : [];
  return <ReleaseApp key={id} id={id} notices={notices} />;
}

function ReleaseApp({ id, notices }: { id: string; notices: UrlNotice[] }) {
  const loaded = useRelease(id);
  if (loaded.status === 'ready') return <Explorer index={loaded.index} releaseNotices={notices} />;
  if (loaded.status === 'loading') return <p className="status">{interfaceMessages().loading}</p>;
  return <Failure release={id} problems={loaded.problems} />;
}

/** Before a release is open, the interface language still follows the URL. */
const interfaceMessages = () => MESSAGES[parseUrl(window.location.search).state.lang];
