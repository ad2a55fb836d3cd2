/**
 * The GeoJSON export of the real release: valid RFC 7946, lossless through JSON, faithful to the
 * data (names in both languages, dates, mode, status, source sentences), narrowed like the map,
 * cut at the antimeridian; and the `npm run export` command that writes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { cutAtAntimeridian, viewToGeoJSON } from '../../../src/export/geojson.ts';
import { greatCircle, type LatLon } from '../../../src/map/geometry.ts';
import { LANGS } from '../../../src/model/lang.ts';
import { sentenceText } from '../../../src/model/text.ts';
import { whoName } from '../../../src/model/view.ts';
import { visibleItems } from '../../../src/state/selection.ts';
import { FIRST_RELEASE_ID, indexFirstRelease } from '../support/real-release.ts';
import { featureCollectionProblems, featuresOf, propertiesOf } from './rfc7946.ts';

const index = indexFirstRelease();
const { release } = index;

const KYIV = 'kyiv-advisers-2026-01-03';
const PARIS_LEADERS = 'paris-leaders-2026-01-06';

const TOKYO: LatLon = { lat: 35.6895, lon: 139.6917 };
const LOS_ANGELES: LatLon = { lat: 34.0522, lon: -118.2437 };
const STOCKHOLM: LatLon = { lat: 59.3294, lon: 18.0687 };
const KYIV_CITY: LatLon = { lat: 50.4547, lon: 30.5238 };

const exportView = (meeting: string | null, external: boolean): FeatureCollection =>
  viewToGeoJSON(index, visibleItems(index, { meeting, external }));

/** Through JSON and back, as a file on disk or a download is read. */
const reread = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const featuresOfType = (collection: unknown, type: 'place' | 'journey') =>
  featuresOf(collection).filter((f) => propertiesOf(f).type === type);

const idsOfType = (collection: unknown, type: 'place' | 'journey') =>
  featuresOfType(collection, type)
    .map((f) => String(propertiesOf(f).id))
    .sort();

/** What the release folder says about a journey, independent of the exporter. */
function expectedJourney(id: string) {
  const raw = release.journeys.find((j) => j.id === id);
  if (!raw) throw new Error(`no journey ${id}`);
  const meeting = release.meetings.find((m) => m.id === raw.to);
  const placeOf = (placeId: string) => {
    const place = release.places.find((p) => p.id === placeId);
    if (!place) throw new Error(`no place ${placeId}`);
    return place;
  };
  const from = placeOf(raw.from);
  const to = placeOf(meeting ? meeting.place : raw.to);
  const source = release.meta.sources.find((s) => s.id === raw.provenance.source);
  return {
    raw,
    from,
    to,
    properties: {
      type: 'journey',
      id,
      who: { sv: whoName(index, raw.who, 'sv'), en: whoName(index, raw.who, 'en') },
      from: { id: from.id, name: from.geocoded.name },
      to: { id: to.id, name: to.geocoded.name },
      meeting: meeting ? { id: meeting.id, title: meeting.title, status: meeting.status } : null,
      date: meeting?.date ?? raw.date,
      mode: raw.mode,
      status: meeting?.status ?? null,
      originInferred: raw.origin ? raw.origin.reason : null,
      external: raw.provenance.source !== undefined,
      provenance: {
        sentences: (raw.provenance.sentences ?? []).map((ref) => ({
          ref,
          sv: sentenceText(release.text.sv, ref),
          en: sentenceText(release.text.en, ref),
        })),
        source: source
          ? { title: source.title, publisher: source.publisher, url: source.url, date: source.date }
          : null,
      },
    },
  };
}

/** The positions of a line or of the parts of a cut line, in order. */
function positionsOf(geometry: unknown): Position[] {
  const g = geometry as { type: string; coordinates: Position[] | Position[][] };
  return g.type === 'MultiLineString'
    ? (g.coordinates as Position[][]).flat()
    : (g.coordinates as Position[]);
}

describe('the RFC 7946 checker', () => {
  // The checker must catch what it is there to catch, or a passing export proves nothing.
  it.each([
    ['a bare array', [], '(root)'],
    ['a Feature instead of a collection', { type: 'Feature', features: [] }, '(root).type'],
    ['no features array', { type: 'FeatureCollection' }, '(root).features'],
    [
      'a feature without properties',
      { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] },
      'features[0]: a Feature must have a "properties" member',
    ],
    [
      'latitude first',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [59.33, 118.07] },
          },
        ],
      },
      'latitude 118.07 is outside [-90, 90]',
    ],
    [
      'a longitude past 180',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [
                [170, 0],
                [190, 0],
              ],
            },
          },
        ],
      },
      'longitude 190 is outside [-180, 180]',
    ],
    [
      'a one-point line',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: [[0, 0]] },
          },
        ],
      },
      'two or more positions',
    ],
    [
      'a line jumping across the antimeridian',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'MultiLineString',
              coordinates: [
                [
                  [170, 0],
                  [-170, 0],
                ],
              ],
            },
          },
        ],
      },
      'crosses the antimeridian',
    ],
    [
      'a string coordinate',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: null,
            geometry: { type: 'Point', coordinates: ['18', 59] },
          },
        ],
      },
      'finite numbers',
    ],
  ])('rejects %s', (_name, value, message) => {
    const problems = featureCollectionProblems(value);
    expect(problems.some((p) => p.includes(message))).toBe(true);
  });
});

describe('viewToGeoJSON', () => {
  const all = exportView(null, true);

  it('is a valid RFC 7946 FeatureCollection of points and lines', () => {
    expect(featureCollectionProblems(all)).toEqual([]);
    expect(all.type).toBe('FeatureCollection');
    for (const feature of all.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.properties).toBeTypeOf('object');
      if (feature.properties?.type === 'place') expect(feature.geometry.type).toBe('Point');
      else expect(['LineString', 'MultiLineString']).toContain(feature.geometry.type);
    }
    const featureIds = all.features.map((f) => f.id);
    expect(new Set(featureIds).size).toBe(featureIds.length);
  });

  it('survives JSON: stringified and parsed back it is deep-equal, with nothing lost', () => {
    // toStrictEqual also fails on an undefined member, which JSON would silently drop.
    expect(reread(all)).toStrictEqual(all);
  });

  it('has every place of the release as a [longitude, latitude] point with both names', () => {
    const back = reread(all);
    expect(idsOfType(back, 'place')).toEqual(release.places.map((p) => p.id).sort());
    for (const place of release.places) {
      const feature = featuresOfType(back, 'place').find((f) => propertiesOf(f).id === place.id);
      expect(feature?.id).toBe(`place:${place.id}`);
      expect(feature?.geometry).toEqual({
        type: 'Point',
        coordinates: [place.geocoded.lon, place.geocoded.lat],
      });
      expect(propertiesOf(feature ?? {})).toMatchObject({
        type: 'place',
        id: place.id,
        name: { sv: place.geocoded.name.sv, en: place.geocoded.name.en },
        kind: place.kind,
        country: place.geocoded.country,
      });
    }
    // Stockholm is in the northern and eastern hemispheres: longitude 18, latitude 59.
    const stockholm = featuresOfType(back, 'place').find((f) => propertiesOf(f).id === 'stockholm');
    expect(stockholm?.geometry).toMatchObject({
      coordinates: [expect.closeTo(18.07, 1), expect.closeTo(59.33, 1)],
    });
  });

  it('lists the meetings held at a place with their dates, status and source sentences', () => {
    const paris = featuresOfType(reread(all), 'place').find((f) => propertiesOf(f).id === 'paris');
    const meetings = release.meetings.filter((m) => m.place === 'paris');
    expect(propertiesOf(paris ?? {}).meetings).toMatchObject(
      meetings.map((m) => ({
        id: m.id,
        kind: m.kind,
        title: m.title,
        date: m.date,
        status: m.status,
        provenance: {
          sentences: (m.provenance.sentences ?? []).map((ref) => ({
            ref,
            sv: sentenceText(release.text.sv, ref),
            en: sentenceText(release.text.en, ref),
          })),
          source: null,
          note: m.provenance.note ?? null,
        },
      })),
    );
  });

  it('carries the marks: the follow-up meeting’s date and place inferred, the date approximate, the Ukrainian 7 January flagged as external', () => {
    type Exported = {
      id: string;
      marks: Record<string, { basis: string; approximate: boolean; reason: unknown }>;
      provenance: { external: Array<{ external: boolean; note: { en: string } }> };
    };
    const paris = featuresOfType(reread(all), 'place').find((f) => propertiesOf(f).id === 'paris');
    const followUp = (propertiesOf(paris ?? {}).meetings as Exported[]).find(
      (m) => m.id === 'paris-advisers-2026-01-06',
    );
    expect(followUp?.marks['date']).toMatchObject({ basis: 'inferred', approximate: true });
    expect(followUp?.marks['place']).toMatchObject({ basis: 'inferred', approximate: false });
    expect(followUp?.provenance.external).toEqual([
      expect.objectContaining({
        external: true,
        note: expect.objectContaining({ en: expect.stringContaining('7 January') }),
      }),
    ]);
    const leaders = (propertiesOf(paris ?? {}).meetings as Exported[]).find(
      (m) => m.id === 'paris-leaders-2026-01-06',
    );
    expect(leaders?.marks['date']).toMatchObject({ basis: 'stated', approximate: false });
    // The PM's journey: travel is our reading of "takes part".
    const pm = featuresOfType(reread(all), 'journey').find(
      (f) => propertiesOf(f).id === 'swedish-pm-to-paris',
    );
    expect((propertiesOf(pm ?? {}) as unknown as Exported).marks['mode']).toMatchObject({
      basis: 'inferred',
    });
    // With facts from other sources hidden, what other sources add is left out.
    const hidden = reread(
      viewToGeoJSON(index, visibleItems(index, { meeting: null, external: false }), false),
    );
    const parisHidden = featuresOfType(hidden, 'place').find((f) => propertiesOf(f).id === 'paris');
    const followUpHidden = (propertiesOf(parisHidden ?? {}).meetings as Exported[]).find(
      (m) => m.id === 'paris-advisers-2026-01-06',
    );
    expect(followUpHidden?.provenance.external).toEqual([]);
    expect((all as unknown as { original: string }).original).toBe('sv');
  });

  it('reads back every journey with its names, date, mode, status and provenance', () => {
    const journeys = featuresOfType(reread(all), 'journey');
    expect(idsOfType(reread(all), 'journey')).toEqual(release.journeys.map((j) => j.id).sort());
    for (const raw of release.journeys) {
      const expected = expectedJourney(raw.id);
      const feature = journeys.find((f) => propertiesOf(f).id === raw.id);
      expect(feature?.id).toBe(`journey:${raw.id}`);
      expect(propertiesOf(feature ?? {}), raw.id).toMatchObject(expected.properties);
      // A cited sentence that does not resolve would be exported as an empty quote.
      for (const s of expected.properties.provenance.sentences) {
        for (const lang of LANGS) expect(s[lang], `${raw.id} ${s.ref} ${lang}`).toBeTruthy();
      }
      // The line runs from the place of departure to the meeting's place.
      const positions = positionsOf(feature?.geometry);
      expect(positions.length).toBeGreaterThanOrEqual(2);
      const [first, last] = [positions[0] ?? [], positions.at(-1) ?? []];
      expect(first[0]).toBeCloseTo(expected.from.geocoded.lon, 6);
      expect(first[1]).toBeCloseTo(expected.from.geocoded.lat, 6);
      expect(last[0]).toBeCloseTo(expected.to.geocoded.lon, 6);
      expect(last[1]).toBeCloseTo(expected.to.geocoded.lat, 6);
    }
  });

  it('quotes a source sentence in both languages, and names the external source', () => {
    const journeys = featuresOfType(reread(all), 'journey');
    const witkoff = propertiesOf(
      journeys.find((f) => propertiesOf(f).id === 'witkoff-calls-kyiv') ?? {},
    );
    expect(witkoff).toMatchObject({
      mode: 'remote',
      date: '2026-01-03',
      status: 'held',
      external: false,
      provenance: {
        sentences: [
          {
            ref: 'p3.s2',
            sv: 'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.',
            en: 'The US envoy Steve Witkoff also called in to parts of the meetings.',
          },
        ],
        source: null,
      },
    });
    const german = propertiesOf(
      journeys.find((f) => propertiesOf(f).id === 'adviser-de-to-kyiv') ?? {},
    );
    expect(german).toMatchObject({
      external: true,
      provenance: { sentences: [], source: { publisher: 'Interfax-Ukraine' } },
    });
    const pm = propertiesOf(
      journeys.find((f) => propertiesOf(f).id === 'swedish-pm-to-paris') ?? {},
    );
    expect(pm).toMatchObject({ mode: 'travel', date: '2026-01-06', status: 'planned' });
  });

  it.each(release.meetings.map((m) => [m.id]))(
    'narrows to the meeting %s: its journeys and their places only',
    (meeting) => {
      const narrowed = reread(exportView(meeting, true));
      expect(featureCollectionProblems(narrowed)).toEqual([]);
      const journeys = release.journeys.filter((j) => j.to === meeting);
      expect(idsOfType(narrowed, 'journey')).toEqual(journeys.map((j) => j.id).sort());
      const venue = release.meetings.find((m) => m.id === meeting)?.place ?? '';
      const places = new Set([venue, ...journeys.map((j) => j.from)]);
      expect(idsOfType(narrowed, 'place')).toEqual([...places].sort());
      for (const place of featuresOfType(narrowed, 'place')) {
        const listed = propertiesOf(place).meetings as { id: string }[];
        for (const m of listed) expect(m.id).toBe(meeting);
      }
      expect(narrowed).toStrictEqual(reread(exportView(meeting, true)));
    },
  );

  it("narrows to the Paris leaders' meeting: the Prime Minister's journey from Stockholm", () => {
    const narrowed = reread(exportView(PARIS_LEADERS, true));
    expect(idsOfType(narrowed, 'journey')).toEqual(['swedish-pm-to-paris']);
    expect(idsOfType(narrowed, 'place')).toEqual(['paris', 'stockholm']);
    expect(featuresOf(narrowed).length).toBeLessThan(all.features.length);
  });

  it('hiding facts from other sources drops the external journeys and the places only they reach', () => {
    const stated = reread(exportView(null, false));
    expect(featureCollectionProblems(stated)).toEqual([]);
    const fromRelease = release.journeys.filter((j) => j.provenance.source === undefined);
    expect(fromRelease.length).toBeLessThan(release.journeys.length);
    expect(idsOfType(stated, 'journey')).toEqual(fromRelease.map((j) => j.id).sort());
    for (const f of featuresOfType(stated, 'journey')) {
      expect(propertiesOf(f).external).toBe(false);
      expect(propertiesOf(f).provenance).toMatchObject({ source: null });
    }
    const places = new Set([
      ...release.meetings.map((m) => m.place),
      ...fromRelease.flatMap((j) => [j.from, expectedJourney(j.id).to.id]),
    ]);
    expect(idsOfType(stated, 'place')).toEqual([...places].sort());
    expect(idsOfType(stated, 'place')).not.toContain('berlin');

    const kyivStated = reread(exportView(KYIV, false));
    expect(idsOfType(kyivStated, 'journey')).toEqual(
      fromRelease
        .filter((j) => j.to === KYIV)
        .map((j) => j.id)
        .sort(),
    );
  });
});

describe('cutAtAntimeridian', () => {
  it.each([
    ['Tokyo → Los Angeles', TOKYO, LOS_ANGELES, 180],
    ['Los Angeles → Tokyo', LOS_ANGELES, TOKYO, -180],
  ])('cuts %s into a MultiLineString whose parts meet at ±180', (_name, from, to, edge) => {
    const path = greatCircle(from, to);
    const line = cutAtAntimeridian(path);
    expect(line.type).toBe('MultiLineString');
    if (line.type !== 'MultiLineString') return;
    expect(line.coordinates).toHaveLength(2);
    const [west, east] = line.coordinates;
    expect(west?.length).toBeGreaterThanOrEqual(2);
    expect(east?.length).toBeGreaterThanOrEqual(2);
    const end = west?.at(-1) ?? [];
    const start = east?.[0] ?? [];
    expect(end[0]).toBe(edge);
    expect(start[0]).toBe(-edge);
    expect(start[1]).toBe(end[1]);
    // The Pacific crossing of this great circle lies north of both cities.
    expect(end[1]).toBeGreaterThan(Math.max(from.lat, to.lat));
    // Every longitude is in range, and the parts start and end where the journey does.
    for (const [lon = NaN, lat = NaN] of line.coordinates.flat()) {
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    expect(west?.[0]?.[0]).toBeCloseTo(from.lon, 9);
    expect(west?.[0]?.[1]).toBeCloseTo(from.lat, 9);
    expect(east?.at(-1)?.[0]).toBeCloseTo(to.lon, 9);
    expect(east?.at(-1)?.[1]).toBeCloseTo(to.lat, 9);
    // No point of the great circle is lost: the parts hold all of them plus the two cut points.
    expect(line.coordinates.flat()).toHaveLength(path.length + 2);
    const feature = { type: 'Feature', properties: {}, geometry: line };
    expect(featureCollectionProblems({ type: 'FeatureCollection', features: [feature] })).toEqual(
      [],
    );
  });

  it('leaves a European route a LineString, [longitude, latitude] to six decimals, point for point', () => {
    const path = greatCircle(STOCKHOLM, KYIV_CITY);
    const line = cutAtAntimeridian(path);
    const six = (x: number) => Math.round(x * 1e6) / 1e6;
    expect(line).toEqual({
      type: 'LineString',
      coordinates: path.map((p) => [six(p.lon), six(p.lat)]),
    });
    expect(line.coordinates[0]).toEqual([STOCKHOLM.lon, STOCKHOLM.lat]);
  });

  it('leaves every journey of the release uncut', () => {
    for (const feature of exportView(null, true).features) {
      if (feature.properties?.type === 'journey') expect(feature.geometry.type).toBe('LineString');
    }
  });
});

describe('npm run export', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'diplomap-export-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
      cwd: process.cwd(),
      encoding: 'utf8',
    });

  it('writes the view of one meeting to standard output, as the app exports it', () => {
    const result = run('--release', FIRST_RELEASE_ID, '--meeting', PARIS_LEADERS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written: unknown = JSON.parse(result.stdout);
    expect(featureCollectionProblems(written)).toEqual([]);
    expect(written).toStrictEqual(reread(exportView(PARIS_LEADERS, true)));
    expect(idsOfType(written, 'journey')).toEqual(['swedish-pm-to-paris']);
  }, 30_000);

  it('writes to a file with --out, and leaves out external facts with --hide-external', () => {
    const out = join(scratch, 'kyiv.geojson');
    const result = run(
      '--release',
      FIRST_RELEASE_ID,
      '--meeting',
      KYIV,
      '--hide-external',
      '--out',
      out,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const written: unknown = JSON.parse(readFileSync(out, 'utf8'));
    expect(featureCollectionProblems(written)).toEqual([]);
    expect(written).toStrictEqual(reread(exportView(KYIV, false)));
    expect(result.stderr).toContain(`wrote ${featuresOf(written).length} features to ${out}`);
  }, 30_000);

  it('refuses a meeting the release does not have: exit 1, and a message naming the meetings', () => {
    const result = run('--release', FIRST_RELEASE_ID, '--meeting', 'paris-2099-01-01');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `Release "${FIRST_RELEASE_ID}" has no meeting "paris-2099-01-01"`,
    );
    for (const m of release.meetings) expect(result.stderr).toContain(m.id);
  }, 30_000);

  it('refuses an unknown release: exit 1, and a message naming the releases', () => {
    const result = run('--release', '1999-01-01-nothing');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Unknown release "1999-01-01-nothing"');
    expect(result.stderr).toContain(FIRST_RELEASE_ID);
  }, 30_000);
});
