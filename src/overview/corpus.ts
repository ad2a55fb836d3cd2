/**
 * Every release, loaded and indexed once for the overview, whoever asks first: the overview's
 * prerendered page loads it before hydrating (src/main.tsx), the build's server renderer before
 * rendering that page, and the overview itself when it is opened from a release. What is kept
 * is the archive index and the filters' choices, not the releases: at a thousand, their full
 * models (text, sentences, sources) would hold most of the page's memory for nothing.
 */
import releases from 'virtual:release-index';
import { fetchRelease } from '../data/releases.ts';
import { LANGS, type Lang } from '../model/lang.ts';
import { formatProblem } from '../model/problems.ts';
import { indexRelease, type ReleaseIndex } from '../model/view.ts';
import type { ActorOptions, FilterOption } from '../state/filters.ts';
import { indexArchive, type Archive } from './archive.ts';
import { overviewActorOptions, overviewPlaceOptions } from './filters.ts';

export interface LoadedCorpus {
  /** How many releases loaded. */
  releases: number;
  archive: Archive;
  actors: Record<Lang, ActorOptions>;
  places: Record<Lang, FilterOption[]>;
  /** Releases that failed to load, each problem in words; the overview lists them. */
  problems: string[];
}

/** Indexes the releases once; the indexes themselves are not kept. */
export function digestCorpus(indexes: ReleaseIndex[], problems: string[]): LoadedCorpus {
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

let request: Promise<LoadedCorpus> | undefined;
let loaded: LoadedCorpus | undefined;

async function fetchCorpus(): Promise<LoadedCorpus> {
  const results = await Promise.all(
    releases.map((r) => fetchRelease(r.id).then((result) => ({ id: r.id, result }))),
  );
  const indexes: ReleaseIndex[] = [];
  const problems: string[] = [];
  for (const { id, result } of results) {
    if (result.ok) indexes.push(indexRelease(result.release));
    else for (const p of result.problems) problems.push(formatProblem(id, p));
  }
  return digestCorpus(indexes, problems);
}

/** Starts loading every release once; never rejects (a failure is a problem to list). */
export function loadCorpus(): Promise<LoadedCorpus> {
  request ??= fetchCorpus()
    .catch((error: unknown) => digestCorpus([], [String(error)]))
    .then((corpus) => (loaded = corpus));
  return request;
}

/** The corpus, if it has loaded: a hydrating render must start from it to match the HTML. */
export const loadedCorpus = (): LoadedCorpus | undefined => loaded;
