/** Running the draft again keeps what an editor has confirmed or written. */
import { beforeAll, describe, expect, test } from 'vitest';
import { mergeDraft } from '../../../scripts/draft/merge.ts';
import type { Place } from '../../../src/model/release.ts';
import { draftFixture, fixture, fixtureTranslation, getGeocoder } from './support.ts';

beforeAll(() => void getGeocoder(), 60_000);

type Json = Record<string, unknown>;
const parse = (text: string | undefined): Json => JSON.parse(text ?? 'null') as Json;
const list = (value: unknown): Json[] => value as Json[];

describe('running the draft again', () => {
  const f = fixture('visit-and-back');
  const fresh = () => draftFixture(f).files;

  test('into an empty folder writes every file; over itself writes nothing', () => {
    const files = fresh();
    expect(Object.keys(mergeDraft({}, files, 'sv').write).sort()).toEqual(
      Object.keys(files).sort(),
    );
    expect(mergeDraft(files, fresh(), 'sv')).toEqual({ write: {}, kept: [], notAdded: [] });
  });

  test('keeps confirmed items by id, replaces those still in draft', () => {
    const existing = fresh();
    const places = list(parse(existing['places.json']));
    const copenhagen = places.find((p) => p.id === 'copenhagen') as Partial<Place> & Json;
    delete copenhagen.draft;
    copenhagen.kind = 'venue'; // the editor's change, to be kept
    const meetings = parse(existing['meetings.json']);
    const [journey] = list(meetings.journeys);
    if (journey) delete journey.draft;
    const [meeting] = list(meetings.meetings);
    const [participant] = list(meeting?.participants);
    if (participant) delete participant.draft;
    // An item the editor added by hand, not suggested by the draft.
    places.push({ id: 'malmo', kind: 'city', query: { name: 'Malmö', country: 'SE' } });
    existing['places.json'] = JSON.stringify(places);
    existing['meetings.json'] = JSON.stringify(meetings);

    const { write, kept } = mergeDraft(existing, fresh(), 'sv');
    const placesOut = list(parse(write['places.json']));
    expect(placesOut.find((p) => p.id === 'copenhagen')).toMatchObject({ kind: 'venue' });
    expect(placesOut.find((p) => p.id === 'copenhagen')?.draft).toBeUndefined();
    expect(placesOut.find((p) => p.id === 'stockholm')?.draft).toMatch(/\S/);
    expect(placesOut.find((p) => p.id === 'malmo')).toEqual({
      id: 'malmo',
      kind: 'city',
      query: { name: 'Malmö', country: 'SE' },
    });
    const meetingsOut = parse(write['meetings.json']);
    expect(list(meetingsOut.journeys)[0]?.draft).toBeUndefined();
    const [m] = list(meetingsOut.meetings);
    expect(m?.draft).toMatch(/\S/);
    expect(list(m?.participants)[0]?.draft).toBeUndefined();
    expect(kept).toEqual([
      'place copenhagen: confirmed, kept as it is',
      'place malmo: confirmed, kept (no longer suggested)',
      'meeting copenhagen-2026-02-10: participant stenergard confirmed, kept',
      'journey stenergard-to-copenhagen: confirmed, kept as it is',
    ]);
  });

  test('keeps text files the editor changed, and a translation once begun', () => {
    const existing = fresh();
    existing['text.sv.md'] = (existing['text.sv.md'] ?? '').replace(
      '[Köpenhamn](place:copenhagen) tisdagen',
      'Köpenhamn tisdagen',
    );
    const partial = (existing['text.en.md'] ?? '').replace(
      /^# .*$/m,
      '# The Minister for Foreign Affairs visits Copenhagen',
    );
    existing['text.en.md'] = partial;
    const { write, kept } = mergeDraft(existing, fresh(), 'sv');
    expect(write['text.sv.md']).toBeUndefined();
    expect(write['text.en.md']).toBeUndefined();
    expect(kept).toEqual([
      'text.sv.md: changed by the editor, kept',
      "text.en.md: has the editor's translation, kept",
    ]);

    existing['text.en.md'] = fixtureTranslation(f);
    expect(mergeDraft(existing, fresh(), 'sv').write['text.en.md']).toBeUndefined();
  });

  test('rewrites a translation that is still all TODO, and a missing file', () => {
    const existing = fresh();
    existing['text.en.md'] = '# TODO: old\n\nTODO: old paragraph.\n';
    delete existing['actors.json'];
    const { write } = mergeDraft(existing, fresh(), 'sv');
    expect(write['text.en.md']).toBe(fresh()['text.en.md']);
    expect(write['actors.json']).toBe(fresh()['actors.json']);
  });

  test('keeps a confirmed release.json, and what the editor filled in of one still in draft', () => {
    const existing = fresh();
    const meta = parse(existing['release.json']);
    meta.sourceUrl = 'https://www.regeringen.se/pressmeddelanden/2026/02/x/';
    existing['release.json'] = JSON.stringify(meta);
    expect(parse(mergeDraft(existing, fresh(), 'sv').write['release.json'])).toMatchObject({
      sourceUrl: 'https://www.regeringen.se/pressmeddelanden/2026/02/x/',
      draft: expect.stringMatching(/\S/),
    });

    delete meta.draft;
    existing['release.json'] = JSON.stringify(meta);
    const { write, kept } = mergeDraft(existing, fresh(), 'sv');
    expect(write['release.json']).toBeUndefined();
    expect(kept).toContain('release.json: confirmed, kept as it is');
  });

  test('leaves a file it cannot parse alone', () => {
    const existing = { ...fresh(), 'meetings.json': '{ "meetings": [' };
    const { write, kept } = mergeDraft(existing, fresh(), 'sv');
    expect(write['meetings.json']).toBeUndefined();
    expect(kept).toContain(
      'meetings.json: not valid JSON, kept as it is (fix or remove it to redraft)',
    );
  });
});
