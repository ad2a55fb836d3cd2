/**
 * The draft on the releases of issue 10: incoming visits, a country that frames the trip, the
 * person a traveller meets, dates without --date or with a month, a quoted past date, a meeting
 * held in connection with another, titles and demonyms, and running the draft again.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDraft, DraftDateError, type DraftResult } from '../../../scripts/draft/build.ts';
import { formatFiles } from '../../../scripts/draft/format.ts';
import { mergeDraft } from '../../../scripts/draft/merge.ts';
import { checkReleaseFolder } from '../../../scripts/lib/check.ts';
import { readReleaseFolder, RELEASES_DIR } from '../../../scripts/lib/release-folders.ts';
import { actorsFile, meetingsFile, releaseMeta } from '../../../src/model/schema.ts';
import {
  confirmFolder,
  draftFixture,
  fixture,
  getGeocoder,
  journeyShape,
  meetingShape,
  TODAY,
  withoutDraft,
  writeFolder,
} from './support.ts';

const scratch = mkdtempSync(join(tmpdir(), 'diplomap-draft-issue10-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const drafts = new Map<string, DraftResult>();
beforeAll(() => {
  for (const name of ['welcome-finland', 'tar-emot-finland', 'norway-frame', 'meets-sanchez'])
    drafts.set(name, draftFixture(fixture(name)));
}, 60_000);
const draft = (name: string): DraftResult => {
  const d = drafts.get(name);
  if (!d) throw new Error(`no draft of ${name}`);
  return d;
};
const actorsOf = (d: DraftResult) => actorsFile.parse(JSON.parse(d.files['actors.json'] ?? ''));
const metaOf = (d: DraftResult) => releaseMeta.parse(JSON.parse(d.files['release.json'] ?? ''));

describe('an incoming visit', () => {
  test.each(['welcome-finland', 'tar-emot-finland'])(
    '%s: a meeting in Stockholm, the visitor’s journey from Helsinki inferred',
    (name) => {
      const d = draft(name);
      expect(d.meetings.map(meetingShape)).toEqual([
        {
          id: 'stockholm-2022-11-30',
          place: 'stockholm',
          date: '2022-11-30',
          status: 'planned',
          participants: ['kristersson:in-person', 'marin:in-person'],
        },
      ]);
      expect(d.meetings[0]).toMatchObject({ kind: 'visit', host: 'sweden' });
      // Stockholm is named: the place is stated, not inferred.
      expect(d.meetings[0]?.basis?.place).toBeUndefined();
      expect(d.journeys.map(journeyShape)).toEqual([
        'marin: helsinki → stockholm-2022-11-30 travel inferred',
      ]);
      expect(d.journeys[0]?.origin?.reason.en).toMatch(/^Inferred: the seat of government/);
    },
  );

  test('with no place named, the visit is put in Stockholm and marked inferred', () => {
    const d = buildDraft(
      {
        source:
          '# Besök\n\nStatsminister Ulf Kristersson tar emot Estlands premiärminister Kristen Michal den 14 april 2026.\n',
        today: TODAY,
      },
      getGeocoder(),
    );
    expect(d.meetings.map((m) => [m.place, m.basis?.place?.approximate])).toEqual([
      ['stockholm', undefined],
    ]);
    expect(d.meetings[0]?.basis?.place).toMatchObject({
      inferred: true,
      reason: { en: expect.stringMatching(/The release names no place/) },
    });
    expect(d.journeys.map(journeyShape)).toEqual([
      'michal: tallinn → stockholm-2026-04-14 travel inferred',
    ]);
  });

  test('an English original: original en, the Swedish to be written, the id keeps the title', () => {
    const d = draft('welcome-finland');
    expect(metaOf(d)).toMatchObject({ original: 'en', published: null });
    expect(d.files['text.sv.md']).toMatch(/^# TODO: översätt rubriken/);
    expect(d.id).toBe('2022-11-30-prime-minister-ulf-kristersson-to-welcome-finlands-prime');
  });
});

describe('titles and demonyms', () => {
  test('the Nordic heads of government are "statsminister" in Swedish', () => {
    const roles = Object.fromEntries(
      actorsOf(draft('welcome-finland')).actors.map((a) => [a.id, a.role?.sv]),
    );
    expect(roles).toMatchObject({
      kristersson: 'Sveriges statsminister',
      marin: 'Finlands statsminister',
    });
    const spanish = actorsOf(draft('meets-sanchez')).actors.find((a) => a.id === 'sanchez');
    expect(spanish?.role).toEqual({
      sv: 'Spaniens premiärminister',
      en: 'Prime Minister of Spain',
    });
  });

  test('"Finnish" and "finska" link to Finland', () => {
    expect(draft('welcome-finland').files['text.en.md']).toContain(
      'the [Swedish](actor:sweden) and [Finnish](actor:finland) applications',
    );
    expect(draft('tar-emot-finland').files['text.sv.md']).toContain(
      'de [svenska](actor:sweden) och [finska](actor:finland) ansökningarna',
    );
  });
});

describe('a country that frames the trip', () => {
  test('"besöker Norge" with Utøya and Oslo: two stops, no meeting in Norway', () => {
    const d = draft('norway-frame');
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'utoya-2021-07-22',
        place: 'utoya',
        date: '2021-07-22',
        status: 'planned',
        participants: ['lofven:in-person'],
      },
      {
        id: 'oslo-2021-07-22',
        place: 'oslo',
        date: '2021-07-22',
        status: 'planned',
        participants: ['lofven:in-person', 'solberg:in-person'],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'lofven: stockholm → utoya-2021-07-22 travel inferred [lofven-trip]',
      'lofven: utoya → oslo-2021-07-22 travel [lofven-trip]',
    ]);
    // Norway is linked as a country, not drafted as a place of its own with a meeting.
    expect(d.meetings.some((m) => m.place === 'norway')).toBe(false);
  });

  test('the issue’s Norway release: places where something happened are not stops', () => {
    const source = readFileSync(
      join(
        import.meta.dirname,
        '../../fixtures/releases-10/2021-07-22-statsministern-besoker-norge/source.sv.md',
      ),
      'utf8',
    );
    const d = buildDraft({ source, releaseDate: '2021-07', today: TODAY }, getGeocoder());
    expect(d.meetings.map((m) => [m.place, m.participants.map((p) => p.who)])).toEqual([
      ['utoya', ['lofven', 'solberg']],
      ['oslo', ['lofven']],
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'lofven: stockholm → utoya-2021-07-22 travel inferred [lofven-trip]',
      'lofven: utoya → oslo-2021-07-22 travel inferred [lofven-trip]',
    ]);
  });

  test('the person the traveller meets takes part; a genitive organisation does not', () => {
    const d = draft('meets-sanchez');
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'madrid-2026-03-09',
        place: 'madrid',
        date: '2026-03-09',
        status: 'planned',
        participants: ['kristersson:in-person', 'sanchez:in-person'],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'kristersson: stockholm → madrid-2026-03-09 travel inferred',
    ]);
  });

  test('a meeting sentence with "träffar" and a place makes the meeting', () => {
    const d = buildDraft(
      {
        source:
          '# Möte i Madrid\n\nStatsministern träffar Spaniens premiärminister Pedro Sánchez i Madrid måndagen den 9 mars.\n',
        today: TODAY,
      },
      getGeocoder(),
    );
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'madrid-2026-03-09',
        place: 'madrid',
        date: '2026-03-09',
        status: 'planned',
        participants: ['swedish-prime-minister:in-person', 'sanchez:in-person'],
      },
    ]);
  });
});

describe('dates', () => {
  test('--date 2021-07: the year from the month, published as the month', () => {
    const d = draft('norway-frame');
    expect(d.visitDate).toBe('2021-07-22');
    expect(metaOf(d).published).toBe('2021-07');
  });

  test('without --date the weekday tells the year, never a future one', () => {
    // Thursday 22 July is 2021 or 2027; today is 2026-05-01.
    const d = buildDraft({ source: fixtureText('norway-frame'), today: TODAY }, getGeocoder());
    expect(d.visitDate).toBe('2021-07-22');
    expect(d.rows.find((r) => r.mention === 'torsdagen den 22 juli')?.resolved).toMatch(
      /year from the weekday: the latest 22 July on a Thursday up to today/,
    );
  });

  test('a quoted past date keeps its year and dates no meeting', () => {
    const d = draft('norway-frame');
    expect(d.rows.find((r) => r.mention === 'Den 22 juli 2011')?.resolved).toMatch(/^2011-07-22/);
    expect(d.meetings.every((m) => m.date === '2021-07-22')).toBe(true);
  });

  test('no year and no weekday: the draft refuses rather than guess', () => {
    expect(() =>
      buildDraft(
        { source: '# Möte\n\nMötet hålls den 6 juni i Oslo.\n', today: TODAY },
        getGeocoder(),
      ),
    ).toThrow(DraftDateError);
    expect(() =>
      buildDraft(
        { source: '# Möte\n\nMötet hålls den 6 juni i Oslo.\n', today: TODAY },
        getGeocoder(),
      ),
    ).toThrow(/"den 6 juni" \(paragraph 1\): the release gives no year.*give --date/);
  });

  test('"i samband med ledarmötet i Paris på tisdag": the follow-up’s date is approximate', () => {
    const source = readFileSync(
      join(RELEASES_DIR, '2026-01-03-kyiv-security-advisers/source.sv.md'),
      'utf8',
    );
    const d = buildDraft({ source, today: TODAY }, getGeocoder());
    const leaders = d.meetings.find((m) => m.id === 'paris-leaders-2026-01-06');
    const followUp = d.meetings.find((m) => m.id === 'paris-advisers-2026-01-06');
    expect(leaders?.basis?.date).toBeUndefined();
    expect(followUp?.basis?.date).toMatchObject({
      inferred: true,
      approximate: true,
      reason: { sv: expect.stringMatching(/i samband med ledarmötet i Paris på tisdag/) },
    });
    expect(followUp?.basis?.place).toMatchObject({ inferred: true });
    expect(followUp?.draft).toMatch(/Date not pinned: approximate/);
  });
});

function fixtureText(name: string): string {
  return readFileSync(
    join(import.meta.dirname, `../../fixtures/drafts/${name}.source.sv.md`),
    'utf8',
  );
}

describe('running the draft again over a confirmed release', () => {
  test('keeps what was confirmed, does not bring back what the editor deleted, and passes', async () => {
    const f = fixture('meets-sanchez');
    const d = draftFixture(f);
    const dir = join(scratch, d.id);
    writeFolder(dir, await formatFiles(dir, d.files));
    confirmFolder(dir, d.files, f);
    // The editor deletes a participant they think is wrong.
    const meetings = meetingsFile.parse(
      JSON.parse(readFileSync(join(dir, 'meetings.json'), 'utf8')),
    );
    const [meeting] = meetings.meetings;
    if (!meeting) throw new Error('no meeting');
    meeting.participants = meeting.participants.filter((p) => p.who !== 'sanchez');
    const edited = {
      ...readReleaseFolder(dir).files,
      'meetings.json': `${JSON.stringify(meetings, null, 2)}\n`,
    };
    writeFolder(dir, edited);
    expect(checkReleaseFolder(readReleaseFolder(dir), getGeocoder())).toEqual([]);

    const { write, notAdded } = mergeDraft(readReleaseFolder(dir).files, d.files, f.lang);
    writeFolder(dir, write);
    expect(checkReleaseFolder(readReleaseFolder(dir), getGeocoder())).toEqual([]);
    const after = meetingsFile.parse(JSON.parse(readFileSync(join(dir, 'meetings.json'), 'utf8')));
    expect(after.meetings[0]?.participants.map((p) => p.who)).toEqual(['kristersson']);
    expect(withoutDraft(after)).toEqual(after);
    expect(notAdded).toEqual([]);
  });

  test('a suggestion deleted from a draft folder is listed, not written back', () => {
    const d = draftFixture(fixture('norway-frame'));
    const meetings = JSON.parse(d.files['meetings.json'] ?? '') as {
      meetings: Array<{ id: string }>;
      journeys: Array<{ id: string; to: string }>;
    };
    meetings.meetings = meetings.meetings.filter((m) => m.id !== 'oslo-2021-07-22');
    meetings.journeys = meetings.journeys.filter((j) => j.to !== 'oslo-2021-07-22');
    const existing = { ...d.files, 'meetings.json': JSON.stringify(meetings) };
    const { write, notAdded } = mergeDraft(existing, d.files, 'sv');
    expect(notAdded).toEqual(['meeting oslo-2021-07-22', 'journey lofven-to-oslo']);
    expect(write['meetings.json']).not.toContain('"oslo-2021-07-22"');
  });
});

describe('formatting', () => {
  test('the files the draft writes pass Prettier as npm run lint runs it', async () => {
    const d = draft('welcome-finland');
    const dir = join(RELEASES_DIR, d.id);
    const files = await formatFiles(dir, d.files);
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      const options = await prettier.resolveConfig(join(dir, name));
      expect(await prettier.check(text, { ...options, filepath: join(dir, name) }), name).toBe(
        true,
      );
    }
    // JSON.stringify alone would not: Prettier keeps short objects on one line.
    const raw = d.files['meetings.json'] ?? '';
    expect(
      await prettier.check(raw, { filepath: join(dir, 'meetings.json'), printWidth: 100 }),
    ).toBe(false);
  });
});
