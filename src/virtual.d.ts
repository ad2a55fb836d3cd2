declare module 'virtual:release-index' {
  import type { ReleaseSummary } from './data/summary';
  const releases: ReleaseSummary[];
  export default releases;
}
