declare module 'virtual:release-index' {
  import type { ReleaseSummary } from './data/summary.ts';
  /** Every release, newest first. */
  const releases: ReleaseSummary[];
  export default releases;
  import type { ReleaseChunk } from './data/releases.ts';
  /** Loads one release, as a chunk of its own (see build/release-index.ts); in the order of `releases`. */
  export const loaders: Array<() => Promise<{ default: ReleaseChunk }>>;
}

declare module 'virtual:release-search' {
  import type { SearchEntry } from './data/search.ts';
  /** Every release with the words it can be found by; a chunk of its own, loaded on first use. */
  const entries: SearchEntry[];
  export default entries;
}
