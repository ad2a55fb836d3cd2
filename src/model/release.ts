/**
 * A release assembled from the files of its folder. Parsing never evaluates data as code:
 * JSON goes through JSON.parse and a schema, text through the markup parser.
 */
import type * as z from 'zod/mini';
import { LANGS, type Bilingual, type Lang } from './lang.ts';
import { parseJsonText } from './json.ts';
import { formatPath, type Problem } from './problems.ts';
import {
  actorsFile,
  meetingsFile,
  placesFile,
  releaseMeta,
  type Actor,
  type Delegation,
  type Journey,
  type Meeting,
  type PlaceInput,
  type ReleaseMeta,
} from './schema.ts';
import { parseReleaseText, TextFormatError, type ReleaseText } from './text.ts';
import { validateRelease } from './validate.ts';

export const RELEASE_FILES = {
  meta: 'release.json',
  places: 'places.json',
  actors: 'actors.json',
  meetings: 'meetings.json',
} as const;
export const textFile = (lang: Lang): string => `text.${lang}.md`;
/** The original text as published, kept verbatim; present for the release's original language. */
export const sourceFile = (lang: Lang): string => `source.${lang}.md`;

/** Every file a release folder may hold: nothing else is read, built or published. */
export const RELEASE_FILE_NAMES: readonly string[] = [
  ...LANGS.flatMap((lang) => [sourceFile(lang), textFile(lang)]),
  ...Object.values(RELEASE_FILES),
];
export const isReleaseFileName = (name: string): boolean => RELEASE_FILE_NAMES.includes(name);

export type Place = PlaceInput & { geocoded: NonNullable<PlaceInput['geocoded']> };

export interface Release {
  id: string;
  meta: ReleaseMeta;
  text: Bilingual<ReleaseText>;
  places: Place[];
  actors: Actor[];
  delegations: Delegation[];
  meetings: Meeting[];
  journeys: Journey[];
  /** Which languages have the published text kept verbatim (source.<lang>.md). */
  hasSource: Bilingual<boolean>;
}

/** File name → contents; a missing file is undefined. */
export type ReleaseFiles = Record<string, string | undefined>;

/** Far above any real release (the first one's largest file is 13 KB), far below a hang. */
export const MAX_JSON_CHARS = 32_000_000;

export type LoadResult = { ok: true; release: Release } | { ok: false; problems: Problem[] };

function parseJson<S extends z.ZodMiniType>(
  files: ReleaseFiles,
  file: string,
  schema: S,
  problems: Problem[],
): z.infer<S> | undefined {
  const raw = files[file];
  if (raw === undefined) {
    problems.push({ file, path: '', message: 'is missing' });
    return undefined;
  }
  if (raw.length > MAX_JSON_CHARS) {
    problems.push({
      file,
      path: '',
      message: `is ${raw.length} characters long, more than the ${MAX_JSON_CHARS} a data file may have`,
    });
    return undefined;
  }
  const parsed = parseJsonText(raw);
  if (!parsed.ok) {
    problems.push({ file, path: '', message: parsed.message });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  return undefined;
}

function parseText(files: ReleaseFiles, lang: Lang, problems: Problem[]): ReleaseText | undefined {
  const file = textFile(lang);
  const raw = files[file];
  if (raw === undefined) {
    problems.push({
      file,
      path: '',
      message: `is missing: every release needs its text in ${lang}`,
    });
    return undefined;
  }
  try {
    return parseReleaseText(raw, lang);
  } catch (error) {
    if (!(error instanceof TextFormatError)) throw error;
    problems.push({ file, path: '', message: error.message });
    return undefined;
  }
}

export function loadRelease(files: ReleaseFiles): LoadResult {
  const problems: Problem[] = [];
  const meta = parseJson(files, RELEASE_FILES.meta, releaseMeta, problems);
  const places = parseJson(files, RELEASE_FILES.places, placesFile, problems);
  const actors = parseJson(files, RELEASE_FILES.actors, actorsFile, problems);
  const meetings = parseJson(files, RELEASE_FILES.meetings, meetingsFile, problems);
  const sv = parseText(files, 'sv', problems);
  const en = parseText(files, 'en', problems);
  if (!meta || !places || !actors || !meetings || !sv || !en) return { ok: false, problems };

  const hasSource = {
    sv: files[sourceFile('sv')] !== undefined,
    en: files[sourceFile('en')] !== undefined,
  };
  const draft = { id: meta.id, meta, text: { sv, en }, places, ...actors, ...meetings, hasSource };
  for (const problem of validateRelease(draft, files)) problems.push(problem);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, release: draft as Release };
}
