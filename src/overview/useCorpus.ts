import { useEffect, useState } from 'react';
import { loadCorpus, loadedCorpus, type LoadedCorpus } from './corpus.ts';

export type Corpus = { status: 'loading' } | ({ status: 'ready' } & LoadedCorpus);

const ready = (corpus: LoadedCorpus | undefined): Corpus =>
  corpus ? { status: 'ready', ...corpus } : { status: 'loading' };

/** Every release, on demand: only the overview needs them all. */
export function useCorpus(): Corpus {
  const [corpus, setCorpus] = useState<Corpus>(() => ready(loadedCorpus()));
  useEffect(() => {
    if (loadedCorpus()) return;
    let current = true;
    void loadCorpus().then((loaded) => {
      if (current) setCorpus(ready(loaded));
    });
    return () => {
      current = false;
    };
  }, []);
  return corpus;
}
