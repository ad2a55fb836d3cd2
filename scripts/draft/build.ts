/**
 * A draft release from the text of a press release: every file of the folder as a string,
 * and a report of what was found. Pure apart from the geocoder it is given.
 */
import type { Geocoder } from '../../geo/geocoder.ts';
import type { Lang } from '../../src/model/lang.ts';
import { stripMarkup } from '../../src/model/markup.ts';
import type { Actor, Journey, Meeting, PlaceInput, ReleaseMeta } from '../../src/model/schema.ts';
import {
  parseReleaseText,
  splitSentences,
  type Paragraph,
  type ReleaseText,
} from '../../src/model/text.ts';
import { annotate, type Mark } from './annotate.ts';
import { hasCue, type Cue } from './cues.ts';
import { resolveDates } from './dates.ts';
import { createRegistry, HOME, type ActorEntity, type PlaceEntity } from './entities.ts';
import { suggestEvents, type SentenceView } from './events.ts';
import { detectLanguage } from './language.ts';
import { findMentions, type MentionFind } from './mentions.ts';
import { normaliseSource } from './source.ts';
import { refOrder } from './suggestions.ts';
import { slugify } from './words.ts';

export interface DraftOptions {
  /** The release as given: plain text or Markdown. */
  source: string;
  /** The language, when not detected. */
  lang?: Lang;
  /** The release id (= folder name); by default the visit's date and a slug of the title. */
  id?: string;
  /** The release's date or month (--date 2026-01-05, --date 2021-07): years are taken from it,
   * relative days counted from it when it is a day. */
  releaseDate?: string;
  /** Today's date, for a year when neither the text nor --date gives one. */
  today: string;
}

export interface ReportRow {
  ref: string;
  mention: string;
  kind: string;
  resolved: string;
  /** What could not be resolved or needs a decision. */
  problem?: string;
}

export interface DraftResult {
  id: string;
  lang: Lang;
  detected: { lang: Lang; scores: Record<Lang, number> } | undefined;
  visitDate: string;
  files: Record<string, string>;
  rows: ReportRow[];
  meetings: Meeting[];
  journeys: Journey[];
  sourceChanges: string[];
}

/** The release's dates cannot be placed in a year: the draft stops rather than guess one. */
export class DraftDateError extends Error {}

const other = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
const coords = (p: { lat: number; lon: number }) => `(${p.lat}, ${p.lon})`;
const clip = (text: string, max = 1990) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
const LANGUAGE: Record<Lang, string> = { sv: 'Swedish', en: 'English' };

/**
 * The title's words as a folder name, cut at a word within 60 characters: "Prime Minister Ulf
 * Kristersson to welcome Finland’s Prime Minister Sanna Marin" →
 * "prime-minister-ulf-kristersson-to-welcome-finlands-prime".
 */
export function titleSlug(title: string): string {
  const words = slugify(title.replace(/['’]/gu, '')).split('-').filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || 'release';
}

/** The TODO translation: one paragraph per source paragraph, one TODO sentence per sentence. */
export function todoText(text: ReleaseText, lang: Lang): string {
  const target = other(lang);
  const line = (p: Paragraph): string => {
    const n = p.sentences.length;
    const sentences = Array.from({ length: n }, (_, i) =>
      target === 'en'
        ? `TODO: translate sentence ${i + 1} of paragraph ${p.index}.`
        : `TODO: översätt mening ${i + 1} i stycke ${p.index}.`,
    );
    const joined = sentences.join(' ');
    // If the segmenter would count them differently, one TODO for the whole paragraph.
    return splitSentences(joined, target, p.index).length === n
      ? joined
      : `TODO: translate paragraph ${p.index} (${n} sentences).`;
  };
  const title = target === 'en' ? 'TODO: translate the title' : 'TODO: översätt rubriken';
  return `# ${title}\n\n${text.paragraphs.map(line).join('\n\n')}\n`;
}

export function buildDraft(options: DraftOptions, geocoder: Geocoder): DraftResult {
  const { text: source, changes } = normaliseSource(options.source);
  const detected = options.lang ? undefined : detectLanguage(source);
  const lang: Lang = options.lang ?? detected?.lang ?? 'sv';
  const parsed = parseReleaseText(source, lang);
  const paragraphs = [parsed.title, ...parsed.paragraphs].map((p) => ({
    index: p.index,
    text: p.text,
  }));
  const finds = findMentions(paragraphs, lang, geocoder);

  // Dates in reading order; the first absolute one is the visit's.
  const allDates = finds.flatMap((p) => p.dates.map((d) => ({ ...d, paragraph: p.index })));
  const { dates, visitDate: foundVisit } = resolveDates(allDates, {
    ...(options.releaseDate ? { releaseDate: options.releaseDate } : {}),
    today: options.today,
  });
  const resolved = dates;
  const yearless = dates.find(
    (d) => !d.quoted && d.expression.type === 'absolute' && !d.resolution.date,
  );
  if (!foundVisit && !options.releaseDate && yearless?.resolution.problem) {
    throw new DraftDateError(
      `"${yearless.label}" (paragraph ${yearless.paragraph === 0 ? 'title' : yearless.paragraph}): ${yearless.resolution.problem}`,
    );
  }

  // Entities and the marks that link them.
  const registry = createRegistry(geocoder, lang);
  // A country that contains the places the release names frames the trip ("besöker Norge" with
  // Utøya and Oslo): it is linked as the country, not drafted as a destination of its own.
  const allMentions = finds.flatMap((p) => p.mentions);
  const countryGoals = new Set(
    allMentions.flatMap((m) => (m.kind === 'country' && m.destination ? [m.country.code] : [])),
  );
  const namedIn = new Set(
    allMentions.flatMap((m) =>
      m.kind === 'place' && m.place.status !== 'unresolved' && m.place.place
        ? [m.place.place.country]
        : [],
    ),
  );
  const unknownPlaces = allMentions.some(
    (m) => m.kind === 'place' && m.place.status === 'unresolved',
  );
  const frames = new Set(
    [...countryGoals].filter((c) => namedIn.has(c) || (countryGoals.size === 1 && unknownPlaces)),
  );
  const unresolvedPlaces: Array<{ paragraph: number; find: MentionFind }> = [];
  const marks = new Map<number, Mark[]>();
  for (const p of finds) {
    const list: Mark[] = [];
    for (const m of p.mentions) {
      const at = { start: m.start, end: m.end };
      if (m.kind === 'organisation')
        list.push({ ...at, kind: 'actor', id: registry.organisation(m.organisation, m.label).id });
      else if (m.kind === 'person')
        list.push({ ...at, kind: 'actor', id: registry.person(m.person, m.key, m.label).id });
      else if (m.kind === 'country') {
        list.push(
          m.destination && m.country.code !== HOME.country && !frames.has(m.country.code)
            ? { ...at, kind: 'place', id: registry.countryPlace(m.country.code, m.label).id }
            : { ...at, kind: 'actor', id: registry.country(m.country.code, m.label).id },
        );
      } else if (m.place.status === 'unresolved') {
        // An unknown name becomes a place only where someone goes there.
        const sentence = splitSentences(p.text, lang, 1).find(
          (s) => s.start <= m.start && m.start < s.end,
        );
        const before = p.text.slice(sentence?.start ?? 0, m.start);
        if (['visit', 'participate', 'meet'].some((cue) => hasCue(cue as Cue, lang, before)))
          list.push({ ...at, kind: 'place', id: registry.fromPlaceFind(m.place).id });
        else unresolvedPlaces.push({ paragraph: p.index, find: m });
      } else list.push({ ...at, kind: 'place', id: registry.fromPlaceFind(m.place).id });
    }
    marks.set(p.index, list);
  }

  const annotatedBlocks = finds.map((p) => annotate(p.text, marks.get(p.index) ?? []));
  const [annotatedTitle, ...annotatedBody] = annotatedBlocks;
  const annotated = `# ${annotatedTitle ?? ''}\n\n${annotatedBody.join('\n\n')}\n`;
  if (stripMarkup(annotated) !== source)
    throw new Error('internal error: the annotated text does not give back the source');
  const text = parseReleaseText(annotated, lang);
  const blocks = [text.title, ...text.paragraphs];
  const refAt = (paragraph: number, offset: number): string => {
    const p = blocks[paragraph];
    const s =
      p?.sentences.find((x) => x.start <= offset && offset < Math.max(x.end, x.start + 1)) ??
      p?.sentences[p.sentences.length - 1];
    return s?.ref ?? 'title';
  };

  const visitDateRef = (() => {
    const first = resolved.find(
      (d) => d.expression.type === 'absolute' && d.resolution.date === foundVisit,
    );
    return first ? refAt(first.paragraph, first.start) : undefined;
  })();

  // Sentence by sentence, with the mentions and dates in each, for the suggestions.
  const views: SentenceView[] = blocks.flatMap((p) =>
    p.sentences.map((s) => ({
      ref: s.ref,
      text: p.text.slice(s.start, s.end),
      mentions: p.mentions
        .filter((m) => m.start >= s.start && m.start < s.end)
        .map((m) => ({ kind: m.kind, id: m.id, start: m.start - s.start, end: m.end - s.start })),
      // A date inside a quotation is the speaker's ("Den 22 juli 2011"), not a meeting's.
      dates: resolved
        .filter(
          (d) => d.paragraph === p.index && d.start >= s.start && d.start < s.end && !d.quoted,
        )
        .map((d) => ({
          start: d.start - s.start,
          end: d.end - s.start,
          label: d.label,
          note: d.resolution.note,
          ...(d.resolution.date ? { date: d.resolution.date } : {}),
          ...(d.resolution.problem ? { problem: d.resolution.problem } : {}),
        })),
    })),
  );
  const releaseDay = options.releaseDate?.length === 10 ? options.releaseDate : undefined;
  const visitDate = foundVisit ?? releaseDay ?? options.releaseDate?.concat('-01') ?? options.today;
  const cited = (refs: string[]) =>
    blocks.flatMap((p) =>
      p.sentences
        .filter((s) => refs.includes(s.ref))
        .map((s) => ({
          text: p.text.slice(s.start, s.end),
          mentions: new Set(
            p.mentions
              .filter((m) => m.start < s.end && m.end > s.start)
              .map((m) => `${m.kind}:${m.id}`),
          ),
        })),
    );
  const { meetings, journeys } = suggestEvents(views, {
    lang,
    cited,
    frames,
    registry,
    ...(foundVisit ? { visitDate: foundVisit } : {}),
    ...(visitDateRef ? { visitDateRef } : {}),
    ...(releaseDay ? { releaseDate: releaseDay } : {}),
    today: options.today,
  });

  // Where each entity is mentioned.
  const refsOf = (kind: 'place' | 'actor', id: string): string[] => [
    ...new Set(
      blocks.flatMap((p) =>
        p.mentions
          .filter((m) => m.kind === kind && m.id === id)
          .map((m) => refAt(p.index, m.start)),
      ),
    ),
  ];
  const used = new Set([
    ...meetings.map((m) => m.place),
    ...journeys.flatMap((j) => [j.from, j.to]),
  ]);

  const places = registry.places
    .filter((p) => refsOf('place', p.id).length > 0 || used.has(p.id))
    .map((p): PlaceInput => ({
      id: p.id,
      kind: p.kind,
      query: p.query,
      ...(p.geocoded ? { geocoded: p.geocoded } : {}),
      draft: clip(placeDraft(p, refsOf('place', p.id))),
    }));
  const actors = registry.actors
    .map((a) => ({ a, refs: refsOf('actor', a.id) }))
    .filter(({ refs }) => refs.length > 0)
    .map(({ a, refs }): Actor => actorJson(a, refs, registry.actors, lang));

  // The rows of the printed table, in reading order.
  const rows: ReportRow[] = [];
  for (const p of blocks) {
    for (const m of p.mentions) {
      const label = p.text.slice(m.start, m.end);
      const ref = refAt(p.index, m.start);
      if (m.kind === 'place') {
        const place = registry.place(m.id);
        if (place) rows.push(placeRow(ref, label, place));
      } else {
        const actor = registry.actor(m.id);
        if (actor) rows.push(actorRow(ref, label, actor));
      }
    }
    for (const d of resolved.filter((x) => x.paragraph === p.index)) {
      rows.push({
        ref: refAt(p.index, d.start),
        mention: d.label,
        kind: 'date',
        resolved: d.resolution.date ? `${d.resolution.date} — ${d.resolution.note}` : '—',
        ...(d.resolution.problem ? { problem: d.resolution.problem } : {}),
      });
    }
    for (const u of finds[p.index]?.unresolved ?? []) {
      rows.push({
        ref: refAt(p.index, u.start),
        mention: u.label,
        kind: 'name',
        resolved: '—',
        problem: 'not a known place, person, organisation or country',
      });
    }
  }
  for (const u of unresolvedPlaces) {
    rows.push({
      ref: refAt(u.paragraph, u.find.start),
      mention: u.find.label,
      kind: 'place?',
      resolved: '—',
      problem: `not in the gazetteer (after "${u.find.kind === 'place' ? (u.find.place.cue ?? '') : ''}")`,
    });
  }
  rows.sort((a, b) => refOrder(a.ref) - refOrder(b.ref));

  const id = options.id ?? `${visitDate}-${titleSlug(parsed.title.text)}`;
  const gaps = rows.filter((r) => r.problem);
  const metaChecks = [
    `Drafted by npm run draft from source.${lang}.md (${LANGUAGE[lang]}${detected ? ', detected' : ''}).`,
    foundVisit
      ? `visitDate ${foundVisit} is the first date of the release (${visitDateRef ?? '?'}).`
      : `No date found in the release: visitDate is ${releaseDay ? 'the --date given' : options.releaseDate ? 'the first day of the --date month' : 'today'}; set it.`,
    lang === 'en'
      ? 'The release is in English: write the Swedish text in text.sv.md, sentence for sentence.'
      : '',
    releaseDay
      ? `published is the --date given (${releaseDay}).`
      : options.releaseDate
        ? `published is the month given with --date (${options.releaseDate}): give the day if it is known.`
        : 'Fill in published if known (a day, or a month like 2021-07).',
    `original is ${lang}: the ${LANGUAGE[other(lang)]} text is our translation.`,
    'Fill in sourceUrl if known, and list any external sources.',
    gaps.length > 0
      ? `Not resolved: ${gaps.map((g) => `"${g.mention}" (${g.ref}, ${g.kind}: ${g.problem ?? ''})`).join('; ')}.`
      : '',
  ];
  const meta: ReleaseMeta = {
    id,
    sourceUrl: null,
    published: options.releaseDate ?? null,
    original: lang,
    visitDate,
    sources: [],
    draft: clip(metaChecks.filter(Boolean).join(' ')),
  };

  const files: Record<string, string> = {
    [`source.${lang}.md`]: source,
    [`text.${lang}.md`]: annotated,
    [`text.${other(lang)}.md`]: todoText(text, lang),
    'release.json': json(meta),
    'places.json': json(places),
    'actors.json': json({ actors, delegations: [] }),
    'meetings.json': json({ meetings, journeys }),
  };
  return { id, lang, detected, visitDate, files, rows, meetings, journeys, sourceChanges: changes };
}

function placeDraft(p: PlaceEntity, refs: string[]): string {
  const found =
    p.labels.length > 0
      ? `Found as ${p.labels.map((l) => `"${l}"`).join(', ')} (${refs.join(', ')}).`
      : '';
  const where = p.geocoded
    ? `${p.geocoded.name.en}, ${p.geocoded.country} ${coords(p.geocoded)}, GeoNames ${p.geocoded.geonameId}${p.exonym ? ', from the exonym table' : ''}`
    : '';
  if (p.error || !p.geocoded) {
    return `${found} "${p.query.name ?? p.query.country ?? p.id}" is not in the gazetteer${p.country ? ` (taken to be in ${p.country}, the country the trip is in)` : ''}: give query.geonameId of a gazetteer entry, or a "position" with lat, lon, country and its GeoNames or Wikidata source, with "approximate" and a reason if the point is only near the place; then run npm run geocode.`.trim();
  }
  if (p.kind === 'country') {
    return `${found} Named only as a country: placed at its capital, ${where}. Name the city if the release (or a source) does.`.trim();
  }
  if (p.origin === 'inferred') {
    return `Not named in the release: added as ${p.why ?? 'an origin'} for a journey, at ${where}. Check the journeys that start here.`;
  }
  const ambiguous =
    p.status === 'ambiguous'
      ? ` Ambiguous: the gazetteer also has ${p.alternatives
          .slice(0, 4)
          .map((a) => `${a.name.en}, ${a.country} (population ${a.population})`)
          .join('; ')}; set query.country if another is meant.`
      : '';
  return `${found} Geocoded to ${where}.${ambiguous} Is it the place meant?`.trim();
}

function actorJson(a: ActorEntity, refs: string[], all: ActorEntity[], lang: Lang): Actor {
  const org = a.memberOf && all.some((x) => x.id === a.memberOf) ? a.memberOf : undefined;
  const affiliation =
    a.kind === 'organisation'
      ? undefined
      : org
        ? { organisation: org }
        : a.country
          ? { country: a.country }
          : undefined;
  const labels = a.labels.map((l) => `"${l}"`).join(', ');
  const checks =
    a.kind === 'person'
      ? [
          `Found as ${labels} (${refs.join(', ')}).`,
          a.name
            ? `The name is spelled as in the ${LANGUAGE[lang]} text: give the ${LANGUAGE[other(lang)]} spelling if it differs.`
            : 'The release names the office, not the person.',
          a.role
            ? `Role "${a.role[lang]}" as written; "${a.role[other(lang)]}" from our title table.`
            : '',
          a.assumedSwedish
            ? 'Taken to be Swedish: the release names the office without a country.'
            : '',
          affiliation
            ? ''
            : 'No affiliation found: add the country or organisation they represent.',
          'Check name, role and affiliation.',
        ]
      : [`Found as ${labels} (${refs.join(', ')}).`, `Is it the ${a.kind} meant?`];
  return {
    id: a.id,
    kind: a.kind,
    ...(a.name ? { name: a.name } : {}),
    ...(a.role ? { role: a.role } : {}),
    ...(affiliation ? { affiliation } : {}),
    provenance: { sentences: refs },
    draft: clip(checks.filter(Boolean).join(' ')),
  };
}

function placeRow(ref: string, label: string, p: PlaceEntity): ReportRow {
  const where = p.geocoded
    ? `${p.geocoded.name.en}, ${p.geocoded.country} ${coords(p.geocoded)}`
    : '—';
  return {
    ref,
    mention: label,
    kind: p.kind === 'country' ? 'place (country)' : 'place',
    resolved: `${p.id} → ${where}${p.exonym ? ' [exonym]' : ''}`,
    ...(p.status === 'ambiguous'
      ? {
          problem: `ambiguous: also ${p.alternatives.map((x) => `${x.name.en}, ${x.country}`).join('; ')}`,
        }
      : p.geocoded
        ? {}
        : { problem: 'not in the gazetteer' }),
  };
}

function actorRow(ref: string, label: string, a: ActorEntity): ReportRow {
  if (a.kind === 'person') {
    const parts = [a.name?.en ?? '(unnamed)', a.role?.en, a.country ?? a.memberOf].filter(Boolean);
    return {
      ref,
      mention: label,
      kind: 'person',
      resolved: `${a.id} → ${parts.join(', ')}`,
      ...(a.country || a.memberOf ? {} : { problem: 'affiliation unknown' }),
    };
  }
  if (a.kind === 'organisation') {
    const seat = a.organisation?.seat;
    return {
      ref,
      mention: label,
      kind: 'organisation',
      resolved: `${a.id} → ${a.name?.en ?? ''}${seat ? ` (seat ${seat.name}, ${seat.country})` : ''}`,
    };
  }
  return {
    ref,
    mention: label,
    kind: a.kind,
    resolved: `${a.id} → ${a.name?.en ?? ''} (${a.country ?? ''})`,
  };
}
