/**
 * tsx scripts/generate-archive.ts <outDir> [--releases N] [--journeys M]
 *
 * Writes a synthetic archive for the benchmark (npm run bench): N releases (default 1,000)
 * over ten years with M journeys in all (default 20,000) among a few hundred European cities,
 * by a cast of recurring actors (the same ids across releases, so the overview's actor filter
 * has something to find). <outDir> is a releases root: build with DIPLOMAP_RELEASES=<outDir>.
 * Places are geocoded with the project's geocoder and every folder is checked with the rules of
 * `npm run check:data`, so the archive is never silently invalid. Deterministic for given N, M.
 * Never commit a generated archive.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../geo/gazetteer.ts';
import { createGeocoder, type Geocoder } from '../geo/geocoder.ts';
import { geocodePlace } from '../geo/places.ts';
import { stripMarkup } from '../src/model/markup.ts';
import type { Actor, Journey, Meeting, PlaceInput, ReleaseMeta } from '../src/model/schema.ts';
import { checkReleaseFolder } from './lib/check.ts';
import { readReleaseFolder } from './lib/release-folders.ts';

const PLACES = 300;
const FIRST_DAY = Date.UTC(2016, 0, 4);
const DAYS = 3650;
const COUNTRIES = ['SE', 'DE', 'FR', 'GB', 'PL', 'FI', 'NO', 'DK', 'EE', 'LV', 'LT', 'UA', 'NL'];
const ROLES = [
  { id: 'foreign-minister', sv: 'utrikesminister', en: 'Foreign Minister' },
  { id: 'defence-minister', sv: 'försvarsminister', en: 'Defence Minister' },
  { id: 'prime-minister', sv: 'statsminister', en: 'Prime Minister' },
  { id: 'security-adviser', sv: 'säkerhetsrådgivare', en: 'national security adviser' },
];

/** mulberry32: the same arguments always give the same archive. */
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

/** The most populous cities of Europe that the geocoder finds again by name and country. */
function europeanCities(geocoder: Geocoder, count: number): PlaceInput[] {
  const seen = new Set<string>();
  const out: PlaceInput[] = [];
  const candidates = loadGazetteer()
    .filter((c) => c.lat > 35 && c.lat < 71 && c.lon > -11 && c.lon < 40)
    .sort((a, b) => b.population - a.population);
  for (const city of candidates) {
    if (out.length >= count) break;
    const id = slug(`${city.name}-${city.country}`);
    if (!id || seen.has(id)) continue;
    const place: PlaceInput = {
      id,
      kind: 'city',
      query: { name: city.name, country: city.country },
    };
    try {
      const geocoded = geocodePlace(geocoder, place);
      if (geocoded.geonameId !== city.geonameId) continue;
      seen.add(id);
      out.push({ ...place, geocoded });
    } catch {
      // Ambiguous or unknown to the geocoder: not a place an editor could have added.
    }
  }
  return out;
}

const iso = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const DATE_FORMAT = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};
const inWords = (date: string, lang: 'sv' | 'en') =>
  DATE_FORMAT[lang].format(new Date(`${date}T12:00:00Z`));

interface Written {
  id: string;
  journeys: number;
}

/** One release: a meeting at a venue, `count` actors travelling to it from their cities. */
function writeRelease(
  root: string,
  k: number,
  day: number,
  count: number,
  cities: PlaceInput[],
  next: () => number,
): Written {
  const date = iso(day);
  const venue = cities[Math.floor(next() * next() * cities.length)] ?? cities[0];
  if (!venue?.geocoded) throw new Error('no venue');
  const id = `${date}-archive-${k + 1}-${venue.id}`.slice(0, 80).replace(/-$/, '');
  const dir = join(root, id);
  const meetingId = 'meeting';
  const actors: Actor[] = [];
  const journeys: Journey[] = [];
  const used = new Set<string>([venue.id]);
  const cast = new Set<string>();
  for (let i = 0; i < count; i++) {
    const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)] ?? 'SE';
    const role = ROLES[Math.floor(next() * ROLES.length)] ?? ROLES[0];
    if (!role) throw new Error('no role');
    let who = `${role.id}-${country.toLowerCase()}`;
    if (cast.has(who)) who = `${who}-${i + 1}`;
    cast.add(who);
    actors.push({
      id: who,
      kind: 'person',
      role: { sv: `${country}:s ${role.sv}`, en: `${role.en} of ${country}` },
      affiliation: { country },
      provenance: { sentences: ['p2.s2'] },
    });
    const from = cities.filter((c) => c.id !== venue.id)[Math.floor(next() * (cities.length - 1))];
    if (!from) throw new Error('no origin');
    used.add(from.id);
    const mode = i % 15 === 14 ? 'remote' : 'travel';
    journeys.push({
      id: `journey-${i + 1}`,
      who,
      from: from.id,
      to: meetingId,
      mode,
      // The sentence that names where the journey began and how: travel p2.s2, remote p2.s3.
      provenance: { sentences: [mode === 'remote' ? 'p2.s3' : 'p2.s2'] },
    });
  }
  const places = cities.filter((c) => used.has(c.id));
  const name = (lang: 'sv' | 'en') => venue.geocoded?.name[lang] ?? venue.id;
  const meeting: Meeting = {
    id: meetingId,
    kind: k % 3 === 0 ? 'leaders-meeting' : 'adviser-meeting',
    title: { sv: `Möte i ${name('sv')}`, en: `Meeting in ${name('en')}` },
    shortTitle: { sv: name('sv'), en: name('en') },
    date,
    place: venue.id,
    status: 'held',
    participants: [
      {
        who: 'delegation',
        mode: 'in-person',
        provenance: { sentences: ['p2.s2'] },
      },
      ...journeys
        .filter((j) => j.mode === 'remote')
        .map((j) => ({
          who: j.who,
          mode: 'remote' as const,
          provenance: { sentences: ['p2.s3'] },
        })),
    ],
    provenance: { sentences: ['p2.s1'] },
  };
  const members = journeys.filter((j) => j.mode === 'travel').map((j) => j.who);
  const remote = journeys.filter((j) => j.mode === 'remote');
  const placeName = (id: string, lang: 'sv' | 'en') =>
    places.find((p) => p.id === id)?.geocoded?.name[lang] ?? id;
  /** "[A](place:a), [B](place:b)": what the cited sentences must mention (the data check's rule). */
  const listed = (ids: string[], lang: 'sv' | 'en', kind: 'place' | 'actor') =>
    [...new Set(ids)]
      .map((id) => {
        const role = actors.find((a) => a.id === id)?.role;
        return `[${kind === 'place' ? placeName(id, lang) : (role?.[lang] ?? id)}](${kind}:${id})`;
      })
      .join(', ');
  const travelFrom = (lang: 'sv' | 'en') =>
    listed(
      journeys.filter((j) => j.mode === 'travel').map((j) => j.from),
      lang,
      'place',
    );
  const remoteSentence = (lang: 'sv' | 'en') => {
    if (remote.length === 0) return '';
    const who = listed(
      remote.map((j) => j.who),
      lang,
      'actor',
    );
    const from = listed(
      remote.map((j) => j.from),
      lang,
      'place',
    );
    return lang === 'sv'
      ? ` Via video från ${from} deltog ${who}.`
      : ` By video from ${from}: ${who}.`;
  };
  const meta: ReleaseMeta = { id, sourceUrl: null, published: null, visitDate: date, sources: [] };
  const sv = [
    `# Möte i ${name('sv')} den ${inWords(date, 'sv')}`,
    `Detta är ett syntetiskt pressmeddelande för prestandamätning.`,
    `[Mötet](meeting:${meetingId}) hölls i [${name('sv')}](place:${venue.id}) den ${inWords(date, 'sv')}. ` +
      `[Delegationen](delegation:delegation) reste dit från ${travelFrom('sv')}.${remoteSentence('sv')}`,
  ].join('\n\n');
  const en = [
    `# Meeting in ${name('en')} on ${inWords(date, 'en')}`,
    `This is a synthetic press release for performance measurement.`,
    `[The meeting](meeting:${meetingId}) was held in [${name('en')}](place:${venue.id}) on ${inWords(date, 'en')}. ` +
      `[The delegation](delegation:delegation) travelled there from ${travelFrom('en')}.${remoteSentence('en')}`,
  ].join('\n\n');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.json'), json(meta));
  writeFileSync(join(dir, 'places.json'), json(places));
  writeFileSync(
    join(dir, 'actors.json'),
    json({
      actors,
      delegations: [
        {
          id: 'delegation',
          name: { sv: 'Delegationen', en: 'The delegation' },
          members: members.length > 0 ? members : [actors[0]?.id ?? 'nobody'],
          provenance: { sentences: ['p2.s2'] },
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'meetings.json'), json({ meetings: [meeting], journeys }));
  writeFileSync(join(dir, 'text.sv.md'), `${sv}\n`);
  writeFileSync(join(dir, 'text.en.md'), `${en}\n`);
  writeFileSync(join(dir, 'source.sv.md'), `${stripMarkup(sv)}\n`);
  return { id, journeys: journeys.length };
}

export interface GeneratedArchive {
  root: string;
  releases: Written[];
  places: number;
}

let sharedGeocoder: Geocoder | undefined;

/** Writes and validates an archive; throws with the first problems if any folder is invalid. */
export function generateArchive(
  outDir: string,
  releases = 1000,
  journeys = 20_000,
): GeneratedArchive {
  if (!Number.isInteger(releases) || releases < 1 || journeys < releases)
    throw new Error('--releases must be ≥ 1 and --journeys ≥ --releases');
  sharedGeocoder ??= createGeocoder(loadGazetteer(), exonyms);
  const geocoder = sharedGeocoder;
  const root = resolve(outDir);
  const cities = europeanCities(geocoder, PLACES);
  const next = random(releases * 7919 + journeys);
  const written: Written[] = [];
  for (let k = 0; k < releases; k++) {
    // Journeys spread evenly, the remainder to the first releases.
    const count = Math.floor(journeys / releases) + (k < journeys % releases ? 1 : 0);
    written.push(writeRelease(root, k, Math.floor((k * DAYS) / releases), count, cities, next));
  }
  const problems = written.flatMap((w) =>
    checkReleaseFolder(readReleaseFolder(join(root, w.id)), geocoder),
  );
  if (problems.length > 0)
    throw new Error(`generated archive is invalid:\n${problems.slice(0, 20).join('\n')}`);
  return { root, releases: written, places: cities.length };
}

function flag(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  return at === -1 ? fallback : Number(argv[at + 1]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const outDir = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!outDir)
    throw new Error(
      'usage: tsx scripts/generate-archive.ts <outDir> [--releases N] [--journeys M]',
    );
  const result = generateArchive(
    outDir,
    flag(argv, '--releases', 1000),
    flag(argv, '--journeys', 20_000),
  );
  const total = result.releases.reduce((n, r) => n + r.journeys, 0);
  console.log(
    `ok ${result.root}: ${result.releases.length} releases, ${total} journeys, ${result.places} places, valid (check:data rules)`,
  );
}
