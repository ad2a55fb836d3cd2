import { useEffect, useState } from 'react';
import { fetchRelease, RELEASE_IDS } from '../data/releases';
import { MESSAGES } from '../i18n/messages';
import { formatProblem, type Problem } from '../model/problems';
import { indexRelease, type ReleaseIndex } from '../model/view';
import { parseUrl } from '../state/url';
import { Explorer } from './Explorer';

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

export function App() {
  const id = RELEASE_IDS[0];
  return id ? <ReleaseApp id={id} /> : <Failure problems={['No release folders were found.']} />;
}

function ReleaseApp({ id }: { id: string }) {
  const loaded = useRelease(id);
  if (loaded.status === 'ready') return <Explorer index={loaded.index} />;
  if (loaded.status === 'loading') return <p className="status">{interfaceMessages().loading}</p>;
  return <Failure problems={loaded.problems} />;
}

/** Before a release is open, the interface language still follows the URL. */
const interfaceMessages = () => MESSAGES[parseUrl(window.location.search).state.lang];

function Failure({ problems }: { problems: string[] }) {
  const t = interfaceMessages();
  return (
    <main className="status" role="alert">
      <h1>{t.dataError}</h1>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
