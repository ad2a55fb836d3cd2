import { useEffect, useState } from 'react';
import releases from 'virtual:release-index';
import { fetchRelease } from '../data/releases';
import { LANGS, type Lang } from '../model/lang';
import { formatProblem } from '../model/problems';
import { indexRelease, type ReleaseIndex } from '../model/view';
import type { ActorOptions, FilterOption } from '../state/filters';
import { indexArchive, type Archive } from './archive';
import { overviewActorOptions, overviewPlaceOptions } from './filters';

/** What the overview keeps of the releases: the archive index and the filters' choices. */
export interface Corpus {
  /** How many releases loaded. */
  releases: number;
  archive: Archive;
  actors: Record<Lang, ActorOptions>;
  places: Record<Lang, FilterOption[]>;
  problems: string[];
}

export type CorpusState = { status: 'loading' } | ({ status: 'ready' } & Corpus);

/**
 * Indexes the releases once. The releases themselves are not kept: at a thousand, their full
 * models (text, sentences, sources) would hold most of the page's memory for nothing.
 */
export function digestCorpus(indexes: ReleaseIndex[], problems: string[]): Corpus {
  const each = <T>(f: (lang: Lang) => T) =>
    Object.fromEntries(LANGS.map((lang) => [lang, f(lang)])) as Record<Lang, T>;
  return {
    releases: indexes.length,
    archive: indexArchive(indexes),
    actors: each((lang) => overviewActorOptions(indexes, lang)),
    places: each((lang) => overviewPlaceOptions(indexes, lang)),
    problems,
  };
}

/** Loads every release, on demand: only the overview needs them all. */
export function useCorpus(): CorpusState {
  const [corpus, setCorpus] = useState<CorpusState>({ status: 'loading' });
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
        setCorpus({ status: 'ready', ...digestCorpus(indexes, problems) });
      })
      .catch((error: unknown) => {
        if (current) setCorpus({ status: 'ready', ...digestCorpus([], [String(error)]) });
      });
    return () => {
      current = false;
    };
  }, []);
  return corpus;
}
