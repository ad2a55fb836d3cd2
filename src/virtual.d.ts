declare module 'virtual:release-index' {
  import type { ReleaseSummary } from './data/summary';
  /** Every release, newest first. */
  const releases: ReleaseSummary[];
  export default releases;
  /** Loads one release's files (name → raw text), as a chunk of its own. */
  export const loaders: Record<string, () => Promise<{ default: Record<string, string> }>>;
}
