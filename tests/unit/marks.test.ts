/**
 * Issue 10: every value a reader sees says where it comes from. check:data requires a mark on
 * values no cited sentence states; places the gazetteer lacks are given honestly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import exonyms from '../../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../../geo/gazetteer.ts';
import { AmbiguousPlaceError, createGeocoder } from '../../geo/geocoder.ts';
import { checkReleaseFolder } from '../../scripts/lib/check.ts';
import { readReleaseFolder, RELEASES_DIR } from '../../scripts/lib/release-folders.ts';
import { meetingMark, participantMark } from '../../src/model/basis.ts';
import { loadRelease } from '../../src/model/release.ts';
import { statesDate } from '../../src/model/stated.ts';
import { indexRelease, originalLang } from '../../src/model/view.ts';

const geocoder = createGeocoder(loadGazetteer(), exonyms);
const FIXTURES = join(import.meta.dirname, '../fixtures/releases-10');
const KYIV = '2026-01-03-kyiv-security-advisers';
const NORWAY = '2021-07-22-statsministern-besoker-norge';
const MARIN = '2022-11-29-kristersson-welcomes-marin';
const SPAIN = '2023-03-08-statsministern-besoker-spanien';
const scratch = mkdtempSync(join(tmpdir(), 'diplomap-marks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Json = Record<string, unknown>;
function copyWith(from: string, name: string, file: string, edit: (data: Json) => void): string {
  const dir = join(scratch, name, from.split('/').pop() ?? '');
  cpSync(from, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
  return dir;
}
const check = (dir: string) => checkReleaseFolder(readReleaseFolder(dir), geocoder);
const meetings = (d: Json) => d['meetings'] as Json[];
const journeys = (d: Json) => d['journeys'] as Json[];
const byId = (items: Json[], id: string) => items.find((i) => i['id'] === id) ?? {};

describe('what a sentence states', () => {
  test('a day and month, with or without a year that must match', () => {
    expect(statesDate('den 3 januari', 'sv', '2026-01-03', '2026-01-03')).toBe(true);
    expect(statesDate('on Saturday 3 January', 'en', '2026-01-03', '2026-01-03')).toBe(true);
    expect(statesDate('den 4 januari', 'sv', '2026-01-03', '2026-01-03')).toBe(false);
    // A past date quoted in a statement is not the visit's date.
    expect(statesDate('– Den 22 juli 2011 drabbades Norge', 'sv', '2021-07-22', '2021-07-22')).toBe(
      false,
    );
  });

  test('a weekday counts from the visit date, a month stands for a month-only date', () => {
    expect(statesDate('i Paris på tisdag', 'sv', '2026-01-06', '2026-01-03')).toBe(true);
    expect(statesDate('i Paris på tisdag', 'sv', '2026-01-07', '2026-01-03')).toBe(false);
    expect(statesDate('i juli 2021', 'sv', '2021-07', '2021-07-22')).toBe(true);
    expect(statesDate('i juli 2020', 'sv', '2021-07', '2021-07-22')).toBe(false);
  });
});

describe('check:data requires a mark on what no sentence states', () => {
  test('the first release and the issue 10 fixtures pass', () => {
    expect(check(join(RELEASES_DIR, KYIV))).toEqual([]);
    for (const id of [NORWAY, MARIN, SPAIN]) expect(check(join(FIXTURES, id))).toEqual([]);
  });

  test('the Prime Minister’s journey drawn as travel without a mark is caught', () => {
    const dir = copyWith(join(RELEASES_DIR, KYIV), 'pm-mode', 'meetings.json', (d) => {
      delete byId(journeys(d), 'swedish-pm-to-paris')['basis'];
    });
    expect(check(dir)).toEqual([
      expect.stringMatching(
        /meetings\.json at journeys\[18\]\.mode: no cited sentence says the journey is travel: .*"inferred" and a reason/,
      ),
    ]);
  });

  test('a date the cited sentence does not give is caught: the quoted 2011 date is not 2021', () => {
    const dir = copyWith(join(FIXTURES, NORWAY), 'quoted-date', 'meetings.json', (d) => {
      byId(meetings(d), 'oslo-2021-07-22')['basis'] = { date: { sentences: ['p3.s1'] } };
    });
    expect(check(dir)).toEqual([
      expect.stringMatching(
        /meetings\.json at meetings\[1\]\.date: no cited sentence gives the date 2021-07-22/,
      ),
    ]);
  });

  test('a participant no cited sentence mentions is caught', () => {
    const dir = copyWith(join(RELEASES_DIR, KYIV), 'presence', 'meetings.json', (d) => {
      const followUp = byId(meetings(d), 'paris-advisers-2026-01-06');
      const [network] = followUp['participants'] as Json[];
      delete (network?.['basis'] as Json)['presence'];
    });
    expect(check(dir)).toEqual([
      expect.stringMatching(
        /meetings\[2\]\.participants\[0\]\.who: no cited sentence mentions "adviser-network"/,
      ),
    ]);
  });

  test('a basis citing a source the release does not list is caught', () => {
    const dir = copyWith(join(RELEASES_DIR, KYIV), 'basis-source', 'meetings.json', (d) => {
      byId(meetings(d), 'paris-advisers-2026-01-06')['basis'] = {
        date: { source: 'nowhere-news', approximate: true },
      };
    });
    expect(check(dir)).toContainEqual(
      expect.stringMatching(
        /meetings\[2\]\.basis\.date\.source: cites the source "nowhere-news", which release\.json does not list/,
      ),
    );
  });
});

describe('the first release, as a journalist reads it', () => {
  const release = loadRelease(readReleaseFolder(join(RELEASES_DIR, KYIV)).files);
  if (!release.ok) throw new Error('the first release does not load');
  const index = indexRelease(release.release);
  const followUp = index.meetings.get('paris-advisers-2026-01-06');
  const leaders = index.meetings.get('paris-leaders-2026-01-06');

  test('the follow-up date is approximate and inferred; the leaders’ date is stated', () => {
    if (!followUp || !leaders) throw new Error('meetings missing');
    expect(meetingMark(followUp, 'date')).toMatchObject({ mark: 'inferred', approximate: true });
    expect(meetingMark(followUp, 'date').reason?.en).toContain('“on Tuesday” belongs to');
    expect(meetingMark(followUp, 'place')).toMatchObject({ mark: 'inferred' });
    expect(meetingMark(leaders, 'date')).toMatchObject({ mark: 'stated', approximate: false });
    // Ukraine's 7 January is another source's, kept apart from the release's facts.
    expect(followUp.provenance.external?.[0]).toMatchObject({ source: 'interfax-2026-01-03' });
  });

  test('the Prime Minister takes part; in person is a reading', () => {
    const pm = leaders?.participants.find((p) => p.who === 'swedish-pm');
    if (!pm) throw new Error('no PM');
    expect(participantMark(pm, 'mode')).toMatchObject({ mark: 'inferred' });
    const journey = index.journeys.find((j) => j.journey.id === 'swedish-pm-to-paris');
    expect(journey?.marks.mode).toMatchObject({ mark: 'inferred' });
  });

  test('the EU note comes from Interfax-Ukraine, and the release is Swedish with our English', () => {
    const eu = index.actors.get('eu');
    expect(eu?.provenance.note).toBeUndefined();
    expect(eu?.provenance.external?.[0]?.source).toBe('interfax-2026-01-03');
    expect(originalLang(index)).toBe('sv');
    expect(index.release.meta.sources[0]?.title).toBe(
      'National security advisors from European countries arrive in Kyiv',
    );
    expect(index.places.get('washington')?.geocoded.name.en).toBe('Washington, D.C.');
  });

  test('an English original is the original, with a month-only publication date', () => {
    const marin = loadRelease(readReleaseFolder(join(FIXTURES, MARIN)).files);
    if (!marin.ok) throw new Error('the Marin fixture does not load');
    expect(originalLang(indexRelease(marin.release))).toBe('en');
    expect(marin.release.meta.published).toBe('2022-11');
  });
});

describe('places the gazetteer lacks', () => {
  test('a cited position outside its country is caught, and so is a URL not of its id', () => {
    const dir = copyWith(join(FIXTURES, NORWAY), 'outside', 'places.json', (d) => {
      const utoya = (d as unknown as Json[])[0] as Json;
      const position = utoya['position'] as Json;
      position['lon'] = 18.07; // Stockholm's longitude: Sweden, not Norway
      position['source'] = { geonames: 3133359, url: 'https://www.geonames.org/1' };
      (utoya['geocoded'] as Json)['lon'] = 18.07;
    });
    expect(check(dir)).toEqual([
      expect.stringMatching(
        /places\.json at \[0\]\.position: "utoya" lies in SE, not inside the shape of "NO"/,
      ),
      expect.stringMatching(
        /places\.json at \[0\]\.position: "utoya" source\.url must be the geonames\.org page of 3133359/,
      ),
    ]);
  });

  test('several places of one name are refused, listed with their regions', () => {
    expect(() => geocoder.resolve({ name: 'Vik', country: 'NO' })).toThrow(AmbiguousPlaceError);
    try {
      geocoder.resolve({ name: 'Vik', country: 'NO' });
    } catch (error) {
      const e = error as AmbiguousPlaceError;
      expect(e.matches.length).toBeGreaterThan(1);
      expect(e.message).toMatch(/places are named "Vik" in country "NO": Vik \(NO, region \d+/);
      expect(e.message).toMatch(/Give the right one as query\.geonameId/);
    }
    // A capital, or a name in our exonym table, is not ambiguous.
    expect(geocoder.resolve({ name: 'Paris', country: 'FR' }).geonameId).toBe(2988507);
    expect(geocoder.resolve({ name: 'Kiev' }).geonameId).toBe(703448);
  });

  test('a failed query leaves no old coordinates behind', () => {
    const dir = copyWith(join(FIXTURES, SPAIN), 'failed', 'places.json', (d) => {
      ((d as unknown as Json[])[1]?.['query'] as Json)['name'] = 'Xanadu-on-Sea';
    });
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/geocode.ts', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No place named "Xanadu-on-Sea"/);
    const places = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')) as Json[];
    expect(places[1]?.['geocoded']).toBeUndefined();
    expect(places[0]?.['geocoded']).toMatchObject({ approximate: true });
    // A child process with its own TypeScript loader and gazetteer: slow on a busy machine.
  }, 60_000);
});
