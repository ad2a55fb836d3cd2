/**
 * Every release, loaded and indexed once for the overview, whoever asks first: the overview's
 * prerendered page loads it before hydrating (src/main.tsx), the build's server renderer before
 * rendering that page, and the overview itself when it is opened from a release.
 */
import releases from 'virtual:release-index';
import { fetchRelease } from '../data/releases';
import { formatProblem } from '../model/problems';
import { indexRelease, type ReleaseIndex } from '../model/view';

export interface LoadedCorpus {
  indexes: ReleaseIndex[];
  /** Releases that failed to load, each problem in words; the overview lists them. */
  problems: string[];
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
  return { indexes, problems };
}

/** Starts loading every release once; never rejects (a failure is a problem to list). */
export function loadCorpus(): Promise<LoadedCorpus> {
  request ??= fetchCorpus()
    .catch((error: unknown) => ({ indexes: [], problems: [String(error)] }))
    .then((corpus) => (loaded = corpus));
  return request;
}

/** The corpus, if it has loaded: a hydrating render must start from it to match the HTML. */
export const loadedCorpus = (): LoadedCorpus | undefined => loaded;
