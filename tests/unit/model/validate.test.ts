/**
 * The data check on the first release, and on broken copies of it: one fixture per rule,
 * each with the message an editor would see (file, path inside it, and what is wrong).
 */
import { describe, expect, test } from 'vitest';
import { loadRelease, type ReleaseFiles } from '../../../src/model/release.ts';
import type { Problem } from '../../../src/model/problems.ts';
import { FIRST_RELEASE, withJson, withText } from './release-fixture.ts';

type Json = Record<string, unknown>;
const list = (data: Json, key: string) => data[key] as Json[];
const at = (items: Json[], i: number): Json => {
  const item = items[i];
  if (!item) throw new Error(`fixture has no item ${i}`);
  return item;
};
const meeting = (data: Json, i = 0) => at(list(data, 'meetings'), i);
const journey = (data: Json, i = 0) => at(list(data, 'journeys'), i);

function problemsOf(files: ReleaseFiles): Problem[] {
  const result = loadRelease(files);
  return result.ok ? [] : result.problems;
}

test('the first release is valid', () => {
  const result = loadRelease(FIRST_RELEASE.files);
  expect(result.ok ? [] : result.problems).toEqual([]);
  expect(result.ok && result.release.meetings.map((m) => m.id)).toEqual([
    'kyiv-advisers-2026-01-03',
    'paris-leaders-2026-01-06',
    'paris-advisers-2026-01-06',
  ]);
});

const broken: Array<[rule: string, files: ReleaseFiles, expected: Problem]> = [
  [
    'a missing file',
    { ...FIRST_RELEASE.files, 'actors.json': undefined },
    { file: 'actors.json', path: '', message: 'is missing' },
  ],
  [
    'JSON that does not parse',
    withText('meetings.json', (t) => t.replace('{', '{,')),
    {
      file: 'meetings.json',
      path: '',
      message: expect.stringMatching(
        /^is not valid JSON at line 1, column 2: /,
      ) as unknown as string,
    },
  ],
  [
    'a malformed id',
    withJson('meetings.json', (d) => (meeting(d).id = 'Kyiv Meeting')),
    {
      file: 'meetings.json',
      path: 'meetings[0].id',
      message: 'must be a lowercase id like "kyiv-2026-01-03"',
    },
  ],
  [
    'a missing translation',
    withJson('meetings.json', (d) => delete (meeting(d).title as Json).en),
    {
      file: 'meetings.json',
      path: 'meetings[0].title.en',
      message: expect.stringMatching(/string/) as unknown as string,
    },
  ],
  [
    'an empty translation',
    withJson('actors.json', (d) => ((at(list(d, 'actors'), 0).role as Json).sv = '  ')),
    { file: 'actors.json', path: 'actors[0].role.sv', message: 'must not be empty' },
  ],
  [
    'a date that is not a date',
    withJson('meetings.json', (d) => (meeting(d).date = '3 January 2026')),
    {
      file: 'meetings.json',
      path: 'meetings[0].date',
      message: 'must be a date like 2026-01-03 or a month like 2021-07',
    },
  ],
  [
    'a source URL that is not http(s)',
    withJson('release.json', (d) => (d.sourceUrl = 'javascript:alert(1)')),
    { file: 'release.json', path: 'sourceUrl', message: 'must be an http(s) URL' },
  ],
  [
    'a fact without provenance',
    withJson('meetings.json', (d) => (journey(d).provenance = {})),
    {
      file: 'meetings.json',
      path: 'journeys[0].provenance',
      message: 'must cite either "sentences" of the release or an external "source", not both',
    },
  ],
  [
    'a Swedish text that no longer matches the published source',
    withText('text.sv.md', (t) => t.replace('femton länder', 'fjorton länder')),
    {
      file: 'text.sv.md',
      path: '',
      message: expect.stringMatching(
        /^without its mention links it differs from source\.sv\.md at line 3, column \d+: expected "femton/,
      ) as unknown as string,
    },
  ],
  [
    'paragraphs that do not align',
    withText('text.en.md', (t) => t.replace(/\n\n[^\n]*\n$/, '\n')),
    { file: 'text.en.md', path: '', message: 'has 5 paragraphs but text.sv.md has 6' },
  ],
  [
    'sentences that do not align',
    withText('text.en.md', (t) =>
      t.replace('the peace process.', 'the peace process. It was cold.'),
    ),
    {
      file: 'text.en.md',
      path: 'paragraph 2',
      message: 'has 2 sentences but the Swedish paragraph has 1',
    },
  ],
  [
    'a quotation in one language only',
    withText('text.en.md', (t) =>
      t.replace('“Sweden is', 'Sweden is').replace('Sweden’s security.”', 'Sweden’s security.'),
    ),
    {
      file: 'text.en.md',
      path: 'paragraph 6',
      message: 'is not a quotation but the Swedish paragraph is',
    },
  ],
  [
    'an id used twice',
    withJson('meetings.json', (d) => (journey(d, 1).id = journey(d, 0).id)),
    {
      file: 'meetings.json',
      path: 'journeys',
      message: 'the id "kvarnstrom-to-kyiv" is used twice',
    },
  ],
  [
    'a citation of a sentence that does not exist',
    withJson('meetings.json', (d) => (meeting(d).provenance = { sentences: ['p3.s9'] })),
    {
      file: 'meetings.json',
      path: 'meetings[0].provenance.sentences',
      message: 'cites "p3.s9", which is not a sentence of the release',
    },
  ],
  [
    'a citation of a source release.json does not list',
    withJson('meetings.json', (d) => (journey(d).provenance = { source: 'rumour' })),
    {
      file: 'meetings.json',
      path: 'journeys[0].provenance.source',
      message: 'cites the source "rumour", which release.json does not list',
    },
  ],
  [
    'a place that was never geocoded',
    withJson('places.json', (d) => delete at(d as unknown as Json[], 0).geocoded),
    {
      file: 'places.json',
      path: '[0].geocoded',
      message: '"kyiv" has not been geocoded: run npm run geocode',
    },
  ],
  [
    'a meeting at an unknown place',
    withJson('meetings.json', (d) => (meeting(d).place = 'atlantis')),
    {
      file: 'meetings.json',
      path: 'meetings[0].place',
      message: 'refers to the place "atlantis", which does not exist',
    },
  ],
  [
    'a journey from an unknown place',
    withJson('meetings.json', (d) => (journey(d).from = 'atlantis')),
    {
      file: 'meetings.json',
      path: 'journeys[0].from',
      message: 'refers to the place "atlantis", which does not exist',
    },
  ],
  [
    'a journey to an unknown meeting',
    withJson('meetings.json', (d) => (journey(d).to = 'yalta-1945')),
    {
      file: 'meetings.json',
      path: 'journeys[0].to',
      message: 'refers to the meeting or place "yalta-1945", which does not exist',
    },
  ],
  [
    'an unknown participant',
    withJson('meetings.json', (d) => (at(meeting(d).participants as Json[], 1).who = 'nobody')),
    {
      file: 'meetings.json',
      path: 'meetings[0].participants[1].who',
      message: 'refers to the actor or delegation "nobody", which does not exist',
    },
  ],
  [
    'an unknown delegation member',
    withJson(
      'actors.json',
      (d) => ((at(list(d, 'delegations'), 0).members as string[])[0] = 'nobody'),
    ),
    {
      file: 'actors.json',
      path: 'delegations[0].members[0]',
      message: 'refers to the actor or delegation "nobody", which does not exist',
    },
  ],
  [
    'an unknown host',
    withJson('meetings.json', (d) => (meeting(d).host = 'nobody')),
    {
      file: 'meetings.json',
      path: 'meetings[0].host',
      message: 'refers to the actor "nobody", which does not exist',
    },
  ],
  [
    'a journey by someone who does not take part in the meeting',
    withJson('meetings.json', (d) => (journey(d).who = 'swedish-pm')),
    {
      file: 'meetings.json',
      path: 'journeys[0].who',
      message: '"swedish-pm" does not take part in the meeting "kyiv-advisers-2026-01-03"',
    },
  ],
  [
    'a travel arc for someone who called in',
    withJson('meetings.json', (d) => {
      const call = list(d, 'journeys').find((j) => j.id === 'witkoff-calls-kyiv');
      if (call) call.mode = 'travel';
    }),
    {
      file: 'meetings.json',
      path: 'journeys[17].mode',
      message: 'is "travel" but "witkoff" takes part in "kyiv-advisers-2026-01-03" remotely',
    },
  ],
  [
    'a mention of something that does not exist',
    withText('text.en.md', (t) => t.replace('(actor:umerov)', '(actor:umerov-typo)')),
    {
      file: 'text.en.md',
      path: 'paragraph 3',
      message: 'links "Rustem Umerov" to the actor "umerov-typo", which does not exist',
    },
  ],
  [
    'a suggestion the draft command left unconfirmed',
    withJson('meetings.json', (d) => (meeting(d, 1).draft = 'Date resolved from “på tisdag”.')),
    {
      file: 'meetings.json',
      path: 'meetings[1].draft',
      message:
        'is a draft suggestion: Date resolved from “på tisdag”. Check it, then remove "draft".',
    },
  ],
  [
    'a paragraph still to be translated',
    withText('text.en.md', (t) =>
      t.replace(/\n\nThe visit took place[^\n]*/, '\n\nTODO: translate paragraph 2'),
    ),
    {
      file: 'text.en.md',
      path: 'paragraph 2',
      message: 'is still to be written: TODO: translate paragraph 2',
    },
  ],
  [
    'a leg home without a date',
    withJson('meetings.json', (d) =>
      list(d, 'journeys').push({
        id: 'kvarnstrom-home',
        who: 'kvarnstrom',
        from: 'kyiv',
        to: 'stockholm',
        mode: 'travel',
        provenance: { sentences: ['p1.s1'] },
      }),
    ),
    {
      file: 'meetings.json',
      path: 'journeys[19].date',
      message: 'is needed: the journey goes to the place "stockholm", not to a meeting',
    },
  ],
  [
    'a meeting with the id of a place',
    withJson('meetings.json', (d) => (meeting(d, 2).id = 'paris')),
    {
      file: 'meetings.json',
      path: 'meetings',
      message: 'the id "paris" is both a place and a meeting: journeys could not tell them apart',
    },
  ],
  [
    'someone in person at a video meeting',
    withJson('meetings.json', (d) => (meeting(d, 2).format = 'video')),
    {
      file: 'meetings.json',
      path: 'meetings[2].participants[0].mode',
      message: 'must be "remote": the meeting is held by video',
    },
  ],
  [
    'a country destination without its country',
    withJson('places.json', (d) => {
      const place = at(d as unknown as Json[], 1);
      place.kind = 'country';
      place.query = { name: 'Paris' };
    }),
    {
      file: 'places.json',
      path: '[1].query',
      message: '"paris" needs query.country, query.geonameId or a cited "position" to be geocoded',
    },
  ],
];

describe('each broken fixture is rejected with its own message', () => {
  test.each(broken)('%s', (_rule, files, expected) => {
    const problems = problemsOf(files);
    expect(problems).toContainEqual(expected);
  });

  test('every rule above produces a different message', () => {
    const first = broken.map(([, files]) => JSON.stringify(problemsOf(files)[0]));
    expect(new Set(first).size).toBe(broken.length);
  });
});
