import { useEffect, useState } from 'react';
import releases from 'virtual:release-index';
import { fetchRelease } from '../data/releases';
import { formatProblem } from '../model/problems';
import { indexRelease, type ReleaseIndex } from '../model/view';

export type Corpus =
  { status: 'loading' } | { status: 'ready'; indexes: ReleaseIndex[]; problems: string[] };

/** Loads every release, on demand: only the overview needs them all. */
export function useCorpus(): Corpus {
  const [corpus, setCorpus] = useState<Corpus>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    Promise.all(releases.map((r) => fetchRelease(r.id).then((result) => ({ id: r.id, result }))))
      .then((loaded) => {
        if (!current) return;
        const indexes: ReleaseIndex[] = [];
        const problems: string[] = [];
        for (const { id, result } of loaded) {
          if (result.ok) indexes.push(indexRelease(result.release));
          else for (const p of result.problems) problems.push(formatProblem(id, p));
        }
        setCorpus({ status: 'ready', indexes, problems });
      })
      .catch((error: unknown) => {
        if (current) setCorpus({ status: 'ready', indexes: [], problems: [String(error)] });
      });
    return () => {
      current = false;
    };
  }, []);
  return corpus;
}
