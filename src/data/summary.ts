import type { Bilingual } from '../model/lang.ts';

/** What the release picker shows of a release that is not loaded. */
export interface ReleaseSummary {
  id: string;
  /** ISO date of the visit; empty when release.json could not be read. */
  visitDate: string;
  title: Bilingual;
}
