/**
 * tsx scripts/generate-corpus.ts <outDir> [--journeys N]
 *
 * Writes a synthetic release with N journeys among European capitals into
 * <outDir>/<release id>/, for the benchmark (npm run bench). <outDir> is a releases root: build
 * with DIPLOMAP_RELEASES=<outDir> and the app loads it through its ordinary data path. Places
 * are geocoded with the project's own geocoder, and the folder is checked with the same rules
 * as `npm run check:data` before the script reports success, so a corpus is never silently
 * invalid. Output is deterministic for a given N. Never commit a generated corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../geo/gazetteer.ts';
import { createGeocoder, type Geocoder } from '../geo/geocoder.ts';
import { geocodePlace } from '../geo/places.ts';
import { stripMarkup } from '../src/model/markup.ts';
import type {
  Actor,
  Delegation,
  Journey,
  Meeting,
  Participant,
  PlaceInput,
  ReleaseMeta,
} from '../src/model/schema.ts';
import { checkReleaseFolder } from './lib/check.ts';
import { readReleaseFolder } from './lib/release-folders.ts';

/** Capitals as an editor would ask for them; the geocoder turns them into coordinates. */
const CAPITALS: ReadonlyArray<readonly [country: string, name: string]> = [
  ['AL', 'Tirana'],
  ['AT', 'Vienna'],
  ['BA', 'Sarajevo'],
  ['BE', 'Brussels'],
  ['BG', 'Sofia'],
  ['BY', 'Minsk'],
  ['CH', 'Bern'],
  ['CY', 'Nicosia'],
  ['CZ', 'Prague'],
  ['DE', 'Berlin'],
  ['DK', 'Copenhagen'],
  ['EE', 'Tallinn'],
  ['ES', 'Madrid'],
  ['FI', 'Helsinki'],
  ['FR', 'Paris'],
  ['GB', 'London'],
  ['GR', 'Athens'],
  ['HR', 'Zagreb'],
  ['HU', 'Budapest'],
  ['IE', 'Dublin'],
  ['IS', 'Reykjavik'],
  ['IT', 'Rome'],
  ['LT', 'Vilnius'],
  ['LU', 'Luxembourg'],
  ['LV', 'Riga'],
  ['MD', 'Chisinau'],
  ['ME', 'Podgorica'],
  ['MK', 'Skopje'],
  ['MT', 'Valletta'],
  ['NL', 'Amsterdam'],
  ['NO', 'Oslo'],
  ['PL', 'Warsaw'],
  ['PT', 'Lisbon'],
  ['RO', 'Bucharest'],
  ['RS', 'Belgrade'],
  ['SE', 'Stockholm'],
  ['SI', 'Ljubljana'],
  ['SK', 'Bratislava'],
  ['UA', 'Kyiv'],
];

/** Meetings: where, when, and what share of the journeys go there (uneven, so filters differ). */
const MEETINGS = [
  { place: 'BE', date: '2026-03-02', share: 0.4, status: 'held' },
  { place: 'UA', date: '2026-03-04', share: 0.25, status: 'held' },
  { place: 'FR', date: '2026-03-09', share: 0.15, status: 'held' },
  { place: 'PL', date: '2026-03-12', share: 0.12, status: 'planned' },
  { place: 'SE', date: '2026-03-16', share: 0.08, status: 'planned' },
] as const;

const SOURCE_ID = 'synthetic-register';
const MIN_JOURNEYS = 20;
/** Every n-th journey has a variant, so each arc style (dashed, dotted, inferred) is exercised. */
const REMOTE_EVERY = 20;
const EXTERNAL_EVERY = 10;
const INFERRED_EVERY = 3;

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni'],
  en: ['January', 'February', 'March', 'April', 'May', 'June'],
};

interface Corpus {
  id: string;
  meta: ReleaseMeta;
  places: PlaceInput[];
  actors: Actor[];
  delegations: Delegation[];
  meetings: Meeting[];
  journeys: Journey[];
  text: { sv: string; en: string };
}

/** A small seeded PRNG (mulberry32): the same N always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function geocodedPlaces(geocoder: Geocoder): PlaceInput[] {
  return CAPITALS.map(([country, name]) => {
    const place: PlaceInput = { id: slug(name), kind: 'city', query: { name, country } };
    return { ...place, geocoded: geocodePlace(geocoder, place) };
  });
}

function humanDate(iso: string, lang: 'sv' | 'en'): string {
  const [, month = '1', day = '1'] = iso.split('-');
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1] ?? ''} 2026`;
}

/** Journey counts per meeting, summing exactly to the total. */
function split(total: number): number[] {
  const counts = MEETINGS.map((m) => Math.floor(total * m.share));
  counts[0] = (counts[0] ?? 0) + total - counts.reduce((a, b) => a + b, 0);
  return counts;
}

function buildCorpus(total: number, geocoder: Geocoder): Corpus {
  const id = `2026-03-02-synthetic-${total}-journeys`;
  const places = geocodedPlaces(geocoder);
  const placeOf = (country: string) => places.find((p) => p.query.country === country);
  const next = random(total);
  const actors: Actor[] = [];
  const delegations: Delegation[] = [];
  const meetings: Meeting[] = [];
  const journeys: Journey[] = [];
  const counts = split(total);
  let n = 0;

  MEETINGS.forEach((spec, k) => {
    const meetingId = `meeting-${k + 1}`;
    const paragraph = `p${k + 2}`;
    const venue = placeOf(spec.place);
    if (!venue) throw new Error(`no capital for ${spec.place}`);
    const members: string[] = [];
    const remote: Participant[] = [];
    for (let i = 0; i < (counts[k] ?? 0); i++, n++) {
      const origins = places.filter((p) => p.id !== venue.id);
      const from = origins[Math.floor(next() * origins.length)] ?? origins[0];
      if (!from) throw new Error('no origins');
      const who = `adviser-${n + 1}`;
      const isRemote = n % REMOTE_EVERY === REMOTE_EVERY - 1;
      const isExternal = n % EXTERNAL_EVERY === EXTERNAL_EVERY - 1;
      const cites = isExternal ? { source: SOURCE_ID } : { sentences: [`${paragraph}.s2`] };
      actors.push({
        id: who,
        kind: 'person',
        role: { sv: 'Säkerhetsrådgivare', en: 'Security adviser' },
        affiliation: { country: from.query.country ?? 'SE' },
        provenance: { sentences: [`${paragraph}.s2`] },
      });
      if (isRemote)
        // The text names no remote adviser (hundreds would not read): the register is the source.
        remote.push({ who, mode: 'remote', provenance: { source: SOURCE_ID } });
      else members.push(who);
      journeys.push({
        id: `journey-${n + 1}`,
        who,
        from: from.id,
        to: meetingId,
        mode: isRemote ? 'remote' : 'travel',
        ...(n % INFERRED_EVERY === 0
          ? {
              origin: {
                inferred: true as const,
                reason: {
                  sv: 'Härlett: regeringens säte. Uppgiften anger inte varifrån resan började.',
                  en: 'Inferred: the seat of government. The record does not say where the journey began.',
                },
              },
            }
          : {}),
        provenance: isRemote ? { sentences: [`${paragraph}.s3`] } : cites,
      });
    }
    const delegationId = `delegation-${k + 1}`;
    delegations.push({
      id: delegationId,
      name: { sv: `Delegationen till möte ${k + 1}`, en: `The delegation to meeting ${k + 1}` },
      members: members.length > 0 ? members : ['adviser-1'],
      provenance: { sentences: [`${paragraph}.s2`] },
    });
    meetings.push({
      id: meetingId,
      kind: k % 2 === 0 ? 'adviser-meeting' : 'leaders-meeting',
      title: {
        sv: `Syntetiskt möte ${k + 1} i ${venue.geocoded?.name.sv ?? venue.query.name}`,
        en: `Synthetic meeting ${k + 1} in ${venue.geocoded?.name.en ?? venue.query.name}`,
      },
      shortTitle: { sv: `Möte ${k + 1}`, en: `Meeting ${k + 1}` },
      date: spec.date,
      place: venue.id,
      status: spec.status,
      participants: [
        { who: delegationId, mode: 'in-person', provenance: { sentences: [`${paragraph}.s2`] } },
        ...remote,
      ],
      provenance: { sentences: [`${paragraph}.s1`] },
    });
  });

  return {
    id,
    meta: {
      id,
      sourceUrl: null,
      published: null,
      visitDate: MEETINGS[0].date,
      sources: [
        {
          id: SOURCE_ID,
          title: 'Synthetic register of journeys for the diplomap benchmark',
          publisher: 'diplomap',
          url: 'https://example.org/diplomap/synthetic',
          date: MEETINGS[0].date,
        },
      ],
    },
    places,
    actors,
    delegations,
    meetings,
    journeys,
    text: releaseText(total, meetings, counts, places, journeys),
  };
}

/**
 * The release text: an introduction, then one paragraph of three sentences per meeting (the
 * meeting, its delegation, its remote participants), mirrored sentence for sentence in English.
 */
function releaseText(
  total: number,
  meetings: Meeting[],
  counts: number[],
  places: PlaceInput[],
  journeys: Journey[],
): { sv: string; en: string } {
  const name = (id: string, lang: 'sv' | 'en') =>
    places.find((p) => p.id === id)?.geocoded?.name[lang] ?? id;
  const sv = [
    `# Syntetiskt pressmeddelande med ${total} resor`,
    `Detta är ett syntetiskt pressmeddelande för prestandamätning. Det beskriver ${total} resor till ${meetings.length} möten i Europa.`,
  ];
  const en = [
    `# Synthetic press release with ${total} journeys`,
    `This is a synthetic press release for performance measurement. It describes ${total} journeys to ${meetings.length} meetings in Europe.`,
  ];
  meetings.forEach((m, k) => {
    const count = counts[k] ?? 0;
    // The sentences a journey cites name where it began and how (the data check's rule).
    const origins = (mode: Journey['mode'], lang: 'sv' | 'en') =>
      [...new Set(journeys.filter((j) => j.to === m.id && j.mode === mode).map((j) => j.from))]
        .sort()
        .map((id) => `[${name(id, lang)}](place:${id})`)
        .join(', ') || (lang === 'sv' ? 'hela Europa' : 'across Europe');
    sv.push(
      `[Möte ${k + 1}](meeting:${m.id}) hölls i [${name(m.place, 'sv')}](place:${m.place}) den ${humanDate(m.date, 'sv')}. ` +
        `[Delegationen](delegation:delegation-${k + 1}) omfattade ${count} rådgivare som reste dit från ${origins('travel', 'sv')}. ` +
        `Några av dem deltog på distans från ${origins('remote', 'sv')}.`,
    );
    en.push(
      `[Meeting ${k + 1}](meeting:${m.id}) was held in [${name(m.place, 'en')}](place:${m.place}) on ${humanDate(m.date, 'en')}. ` +
        `[The delegation](delegation:delegation-${k + 1}) comprised ${count} advisers who travelled there from ${origins('travel', 'en')}. ` +
        `Some of them took part remotely from ${origins('remote', 'en')}.`,
    );
  });
  return { sv: `${sv.join('\n\n')}\n`, en: `${en.join('\n\n')}\n` };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function writeCorpus(dir: string, corpus: Corpus): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.json'), json(corpus.meta));
  writeFileSync(join(dir, 'places.json'), json(corpus.places));
  writeFileSync(
    join(dir, 'actors.json'),
    json({ actors: corpus.actors, delegations: corpus.delegations }),
  );
  writeFileSync(
    join(dir, 'meetings.json'),
    json({ meetings: corpus.meetings, journeys: corpus.journeys }),
  );
  writeFileSync(join(dir, 'text.sv.md'), corpus.text.sv);
  writeFileSync(join(dir, 'text.en.md'), corpus.text.en);
  writeFileSync(join(dir, 'source.sv.md'), stripMarkup(corpus.text.sv));
}

export interface GeneratedCorpus {
  /** The release folder, <outDir>/<id>. */
  dir: string;
  id: string;
  /** Journeys per meeting id, for checking the journey list after a filter change. */
  journeysPerMeeting: Record<string, number>;
}

let sharedGeocoder: Geocoder | undefined;

/** Writes and validates a corpus; throws with every problem if the folder is not valid. */
export function generateCorpus(outDir: string, journeys: number): GeneratedCorpus {
  // Below this, some meetings would get no journeys and the filter would have nothing to show.
  if (!Number.isInteger(journeys) || journeys < MIN_JOURNEYS)
    throw new Error(`--journeys must be an integer ≥ ${MIN_JOURNEYS}`);
  sharedGeocoder ??= createGeocoder(loadGazetteer(), exonyms);
  const corpus = buildCorpus(journeys, sharedGeocoder);
  const dir = join(resolve(outDir), corpus.id);
  writeCorpus(dir, corpus);
  const problems = checkReleaseFolder(readReleaseFolder(dir), sharedGeocoder);
  if (problems.length > 0)
    throw new Error(`generated corpus is invalid:\n${problems.slice(0, 20).join('\n')}`);
  const journeysPerMeeting: Record<string, number> = {};
  for (const j of corpus.journeys) journeysPerMeeting[j.to] = (journeysPerMeeting[j.to] ?? 0) + 1;
  return { dir, id: corpus.id, journeysPerMeeting };
}

function parseArgs(argv: string[]): { outDir: string; journeys: number } {
  const flag = argv.indexOf('--journeys');
  const valueAt = flag === -1 ? -1 : flag + 1;
  const journeys = flag === -1 ? 1000 : Number(argv[valueAt]);
  const outDir = argv.find((arg, i) => !arg.startsWith('--') && i !== valueAt);
  if (!outDir || valueAt >= argv.length)
    throw new Error('usage: tsx scripts/generate-corpus.ts <outDir> [--journeys N]');
  return { outDir, journeys };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { outDir, journeys } = parseArgs(process.argv.slice(2));
  const result = generateCorpus(outDir, journeys);
  console.log(`ok ${result.dir}: ${journeys} journeys, valid (check:data rules)`);
  console.log(`build with DIPLOMAP_RELEASES=${resolve(outDir)}`);
}
