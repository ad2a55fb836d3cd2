/**
 * The release the app opens, read from its data folder with node fs, so the browser tests check
 * the page against the data rather than against numbers copied into the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RELEASES = join(process.cwd(), 'src/data/releases');

export interface JourneyData {
  id: string;
  who: string;
  from: string;
  to: string;
  mode: 'travel' | 'remote';
  origin?: { inferred: boolean };
  provenance: { sentences?: string[]; source?: string };
}

export interface MeetingData {
  id: string;
  place: string;
  status: 'held' | 'planned';
}

/** The folder the app opens: the newest, as folder names start with the date of the visit. */
export const releaseId = (): string => {
  const [newest] = readdirSync(RELEASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .reverse();
  if (!newest) throw new Error(`no release folders in ${RELEASES}`);
  return newest;
};

export function readMeetings(): { meetings: MeetingData[]; journeys: JourneyData[] } {
  return JSON.parse(readFileSync(join(RELEASES, releaseId(), 'meetings.json'), 'utf8')) as {
    meetings: MeetingData[];
    journeys: JourneyData[];
  };
}
