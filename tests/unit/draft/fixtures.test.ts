/** The draft of each fixture release: what it links, and the shape of its meetings and journeys. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { stripMarkup } from '../../../src/model/markup.ts';
import { actorsFile, meetingsFile, placesFile, releaseMeta } from '../../../src/model/schema.ts';
import { parseReleaseText } from '../../../src/model/text.ts';
import type { DraftResult } from '../../../scripts/draft/build.ts';
import { formatMentions, formatSuggestions } from '../../../scripts/draft/table.ts';
import { RELEASES_DIR } from '../../../scripts/lib/release-folders.ts';
import { buildDraft } from '../../../scripts/draft/build.ts';
import {
  draftFixture,
  fixtureSource,
  FIXTURES,
  getGeocoder,
  journeyShape,
  meetingShape,
  other,
  TODAY,
} from './support.ts';

const drafts = new Map<string, DraftResult>();
beforeAll(() => {
  for (const f of FIXTURES) drafts.set(f.name, draftFixture(f));
}, 60_000);
const draft = (name: string): DraftResult => {
  const d = drafts.get(name);
  if (!d) throw new Error(`no draft of ${name}`);
  return d;
};

describe.each(FIXTURES)('the draft of $name', (f) => {
  test('keeps the source verbatim and the annotated text strips back to it', () => {
    const d = draft(f.name);
    expect(d.lang).toBe(f.lang);
    expect(d.files[`source.${f.lang}.md`]).toBe(fixtureSource(f));
    expect(stripMarkup(d.files[`text.${f.lang}.md`] ?? '')).toBe(fixtureSource(f));
  });

  test('writes a TODO translation paragraph for paragraph, sentence for sentence', () => {
    const d = draft(f.name);
    const source = parseReleaseText(d.files[`text.${f.lang}.md`] ?? '', f.lang);
    const todo = parseReleaseText(d.files[`text.${other(f.lang)}.md`] ?? '', other(f.lang));
    expect(todo.title.text).toMatch(/^TODO/);
    expect(todo.paragraphs.map((p) => p.sentences.length)).toEqual(
      source.paragraphs.map((p) => p.sentences.length),
    );
    for (const p of todo.paragraphs) expect(p.text).toMatch(/^TODO/);
  });

  test('files match the schemas and every suggestion says what to check', () => {
    const d = draft(f.name);
    const meta = releaseMeta.parse(JSON.parse(d.files['release.json'] ?? ''));
    const places = placesFile.parse(JSON.parse(d.files['places.json'] ?? ''));
    const { actors } = actorsFile.parse(JSON.parse(d.files['actors.json'] ?? ''));
    const { meetings, journeys } = meetingsFile.parse(JSON.parse(d.files['meetings.json'] ?? ''));
    const items = [
      meta,
      ...places,
      ...actors,
      ...meetings,
      ...meetings.flatMap((m) => m.participants),
      ...journeys,
    ];
    for (const item of items) expect(item.draft, JSON.stringify(item)).toMatch(/\S/);
    // Coordinates come from the gazetteer, for every place that has a name it knows; one it
    // does not know (Utøya) says what the editor can give instead.
    for (const p of places)
      if (p.geocoded === undefined)
        expect(p.draft, p.id).toMatch(/is not in the gazetteer.*: give query\.geonameId/);
    expect(places.filter((p) => p.geocoded === undefined).map((p) => p.id)).toEqual(
      f.name === 'norway-frame' ? ['utoya'] : [],
    );
    expect(meta).toMatchObject({
      id: d.id,
      published: f.date ?? null,
      original: f.lang,
      sourceUrl: null,
      sources: [],
    });
  });

  test('cites sentences that exist in the annotated text', () => {
    const d = draft(f.name);
    const text = parseReleaseText(d.files[`text.${f.lang}.md`] ?? '', f.lang);
    const refs = new Set(
      [text.title, ...text.paragraphs].flatMap((p) => p.sentences.map((s) => s.ref)),
    );
    const cited = [...d.meetings.flatMap((m) => [m, ...m.participants]), ...d.journeys].flatMap(
      (x) => x.provenance.sentences ?? [],
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const ref of cited) expect(refs).toContain(ref);
  });
});

describe('shapes of the suggestions', () => {
  test('a visit abroad and back: out from Stockholm, home again with a date, one trip', () => {
    const d = draft('visit-and-back');
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'copenhagen-2026-02-10',
        place: 'copenhagen',
        date: '2026-02-10',
        status: 'planned',
        participants: ['stenergard:in-person', 'rasmussen:in-person'],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'stenergard: stockholm → copenhagen-2026-02-10 travel inferred [stenergard-trip]',
      'stenergard: copenhagen → stockholm (2026-02-11) travel inferred [stenergard-trip]',
    ]);
    expect(d.files['text.sv.md']).toContain('besöker [Köpenhamn](place:copenhagen) tisdagen');
  });

  test('a trip with two cities: Stockholm → Vilnius → Riga → Stockholm', () => {
    const d = draft('two-cities');
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'vilnius-2026-03-16',
        place: 'vilnius',
        date: '2026-03-16',
        status: 'planned',
        participants: ['kristersson:in-person', 'nauseda:in-person'],
      },
      {
        id: 'riga-2026-03-17',
        place: 'riga',
        date: '2026-03-17',
        status: 'planned',
        participants: ['kristersson:in-person', 'silina:in-person'],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'kristersson: stockholm → vilnius-2026-03-16 travel inferred [kristersson-trip]',
      'kristersson: vilnius → riga-2026-03-17 travel [kristersson-trip]',
      'kristersson: riga → stockholm (2026-03-17) travel inferred [kristersson-trip]',
    ]);
  });

  test('a foreign leader visiting Sweden: the arc points to Stockholm', () => {
    const d = draft('leader-to-sweden');
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'stockholm-2026-03-05',
        place: 'stockholm',
        date: '2026-03-05',
        status: 'planned',
        participants: ['tusk:in-person', 'kristersson:in-person'],
      },
    ]);
    expect(d.meetings[0]?.host).toBe('sweden');
    expect(d.journeys.map(journeyShape)).toEqual([
      'tusk: warsaw → stockholm-2026-03-05 travel inferred',
    ]);
  });

  test('a destination named only as a country: a place of kind country, origin inferred', () => {
    const d = draft('country-only');
    const places = placesFile.parse(JSON.parse(d.files['places.json'] ?? ''));
    expect(places.find((p) => p.id === 'moldova')).toMatchObject({
      kind: 'country',
      query: { country: 'MD' },
      geocoded: { name: { sv: 'Moldavien', en: 'Moldova' }, country: 'MD' },
    });
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'moldova-2026-04-20',
        place: 'moldova',
        date: '2026-04-20',
        status: 'planned',
        participants: ['stenergard:in-person', 'sandu:in-person'],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'stenergard: stockholm → moldova-2026-04-20 travel inferred',
    ]);
    expect(d.journeys[0]?.origin?.reason.en).toMatch(/^Inferred/);
  });

  test('a meeting held by video: format video, everyone remote, remote arcs from the seats', () => {
    const d = draft('video');
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'stockholm-video-2026-02-09',
        place: 'stockholm',
        date: '2026-02-09',
        status: 'held',
        format: 'video',
        participants: [
          'kristersson:remote',
          'zelenskyj:remote',
          'nato:remote',
          'rutte:remote',
          'starmer:remote',
        ],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'zelenskyj: kyiv → stockholm-video-2026-02-09 remote inferred',
      'nato: brussels → stockholm-video-2026-02-09 remote inferred',
      'rutte: brussels → stockholm-video-2026-02-09 remote inferred',
      'starmer: london → stockholm-video-2026-02-09 remote inferred',
    ]);
    expect(d.meetings[0]?.draft).toMatch(/video meeting has no place of its own/);
  });

  test('a release in English: a visit, a call-in, and back; the Swedish text is to be written', () => {
    const d = draft('english');
    expect(d.lang).toBe('en');
    expect(Object.keys(d.files).sort()).toEqual([
      'actors.json',
      'meetings.json',
      'places.json',
      'release.json',
      'source.en.md',
      'text.en.md',
      'text.sv.md',
    ]);
    expect(d.meetings.map(meetingShape)).toEqual([
      {
        id: 'kyiv-2026-01-15',
        place: 'kyiv',
        date: '2026-01-15',
        status: 'held',
        participants: ['stenergard:in-person', 'sybiha:in-person', 'witkoff:remote'],
      },
    ]);
    expect(d.journeys.map(journeyShape)).toEqual([
      'stenergard: stockholm → kyiv-2026-01-15 travel inferred [stenergard-trip]',
      'witkoff: washington → kyiv-2026-01-15 remote inferred',
      'stenergard: kyiv → stockholm (2026-01-16) travel inferred [stenergard-trip]',
    ]);
    expect(JSON.parse(d.files['release.json'] ?? '').draft).toMatch(
      /in English: write the Swedish text/,
    );
  });
});

describe('the printed table', () => {
  test('lists each mention, its kind and what it resolved to', () => {
    const d = draft('visit-and-back');
    const table = formatMentions(d.rows);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^where\s+mention\s+kind\s+resolved to\s+not resolved$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^p1\.s1\s+Köpenhamn\s+place\s+copenhagen → Copenhagen, DK \(55\.67594, 12\.56553\) \[exonym\]$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^p1\.s1\s+Lars Løkke Rasmussen\s+person\s+rasmussen → Lars Løkke Rasmussen, Minister for Foreign Affairs of Denmark, DK$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^p2\.s2\s+på onsdag\s+date\s+2026-02-11 — /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^p2\.s1\s+Östersjöregionen\s+place\?\s+—\s+not in the gazetteer/),
    );
    const suggestions = formatSuggestions(d.meetings, d.journeys);
    expect(suggestions).toMatch(
      /copenhagen-2026-02-10\s+2026-02-10 planned\s+stenergard, rasmussen/,
    );
    expect(suggestions).toMatch(
      /stenergard-back-to-stockholm\s+copenhagen → stockholm on 2026-02-11/,
    );
  });
});

describe('the first release, drafted from its source', () => {
  const dir = join(RELEASES_DIR, '2026-01-03-kyiv-security-advisers');
  test('finds its meetings and most of its journeys', () => {
    const source = readFileSync(join(dir, 'source.sv.md'), 'utf8');
    const d = buildDraft({ source, today: TODAY }, getGeocoder());
    const gold = meetingsFile.parse(JSON.parse(readFileSync(join(dir, 'meetings.json'), 'utf8')));
    expect(d.visitDate).toBe('2026-01-03');
    expect(d.meetings.map((m) => [m.id, m.place, m.date, m.status])).toEqual(
      gold.meetings.map((m) => [m.id, m.place, m.date, m.status]),
    );
    expect(d.journeys.map(journeyShape)).toEqual([
      'kvarnstrom: stockholm → kyiv-advisers-2026-01-03 travel inferred',
      'nato: brussels → kyiv-advisers-2026-01-03 travel inferred',
      'eu: brussels → kyiv-advisers-2026-01-03 travel inferred',
      'witkoff: washington → kyiv-advisers-2026-01-03 remote inferred',
      'swedish-prime-minister: stockholm → paris-leaders-2026-01-06 travel inferred',
    ]);
    expect(d.files['text.sv.md']).toContain('besökte under helgen [Kiev](place:kyiv)');
  });
});

describe('gaps are marked for the editor', () => {
  const build = (source: string) =>
    buildDraft({ source, releaseDate: '2026-03-16', today: TODAY }, getGeocoder());
  const placesOf = (d: DraftResult) => placesFile.parse(JSON.parse(d.files['places.json'] ?? ''));

  test('plain text: the first line is the title; a stop with no date of its own is flagged', () => {
    const d = build(
      'Statsministern besöker Bryssel\nStatsminister Ulf Kristersson deltar på torsdag i Europeiska rådets möte i Bryssel.\n\nDärefter reser han vidare till Haag och återvänder till Stockholm på fredag.\n',
    );
    expect(d.sourceChanges).toContain('the first line made the "# Title"');
    // The European Council meets in Brussels: no journey for it.
    expect(d.journeys.map(journeyShape)).toEqual([
      'kristersson: stockholm → brussels-2026-03-19 travel inferred [kristersson-trip]',
      'kristersson: brussels → the-hague-2026-03-19 travel inferred [kristersson-trip]',
      'kristersson: the-hague → stockholm (2026-03-20) travel [kristersson-trip]',
    ]);
    expect(d.meetings.find((m) => m.place === 'the-hague')?.draft).toMatch(
      /Date not pinned: the release gives no date for this stop/,
    );
  });

  test('an ambiguous place name says which others the gazetteer has', () => {
    const d = build('# Besök i Valencia\n\nUtrikesministern besöker Valencia på torsdag.\n');
    expect(d.rows).toContainEqual(
      expect.objectContaining({
        mention: 'Valencia',
        problem: expect.stringMatching(/^ambiguous: also Valencia, /),
      }),
    );
    expect(placesOf(d).find((p) => p.id === 'valencia')?.draft).toMatch(
      /Ambiguous: the gazetteer also has Valencia, /,
    );
  });

  test('a destination the gazetteer does not know is a place without coordinates', () => {
    const d = build('# Möte på Harpsund\n\nStatsministern reser på torsdag till Harpsund.\n');
    expect(placesOf(d).find((p) => p.id === 'harpsund')).toEqual({
      id: 'harpsund',
      kind: 'venue',
      query: { name: 'Harpsund' },
      draft: expect.stringMatching(
        /"Harpsund" is not in the gazetteer: give query\.geonameId of a gazetteer entry, or a "position"/,
      ),
    });
    expect(d.meetings.map((m) => m.place)).toEqual(['harpsund']);
  });

  test('names it could not resolve and dates it could not pin are listed in release.json', () => {
    const d = build(
      '# Rubrik\n\nStatsministern talade om Coalition of the Willing. Ett möte hålls senare i år.\n',
    );
    const meta = releaseMeta.parse(JSON.parse(d.files['release.json'] ?? ''));
    expect(meta.draft).toMatch(/"Coalition of the Willing" \(p1\.s1, name: not a known place/);
    expect(meta.draft).toMatch(/"senare i år" \(p1\.s2, date: cannot be pinned to a day\)/);
  });
});
