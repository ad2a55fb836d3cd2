/**
 * npm run draft -- <file> [--lang sv|en] [--out <folder>] [--date YYYY-MM-DD|YYYY-MM]
 *
 * Drafts a release folder from the text of a press release: the text with its mentions
 * linked, places geocoded from the offline gazetteer, actors, and suggested meetings and
 * journeys, each marked `draft` for an editor to check. Prints what it found, writes the
 * folder without overwriting what an editor has confirmed, and lists what is left to do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import exonyms from '../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer } from '../geo/gazetteer.ts';
import { createGeocoder } from '../geo/geocoder.ts';
import { isLang } from '../src/model/lang.ts';
import { TextFormatError } from '../src/model/text.ts';
import { buildDraft, DraftDateError } from './draft/build.ts';
import { mergeDraft } from './draft/merge.ts';
import { formatFiles } from './draft/format.ts';
import { formatMentions, formatSuggestions } from './draft/table.ts';
import { checkReleaseFolder } from './lib/check.ts';
import { isCalendarDate, readTextInput } from './lib/input.ts';
import { readReleaseFolder, releasesRoot } from './lib/release-folders.ts';
import { checkDraftFolder } from './lib/safe-out.ts';

const USAGE =
  'usage: npm run draft -- <file> [--lang sv|en] [--out <folder>] [--date YYYY-MM-DD|YYYY-MM]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file, ...extra] = positionals;
if (!file || extra.length > 0)
  fail(file ? `one input file, not ${positionals.length}` : 'no input file');
const input = readTextInput(file);
if ('error' in input) fail(input.error);
if (values.lang !== undefined && !isLang(values.lang))
  fail(`--lang must be sv or en, not "${values.lang}"`);
const date = values.date;
// A day, or a month when that is all that is known of the release's date ("--date 2021-07").
if (date !== undefined && !isCalendarDate(date) && !/^\d{4}-(0[1-9]|1[0-2])$/.test(date)) {
  fail(`--date must be a date like 2026-01-03 or a month like 2021-07, not "${date}"`);
}
const outId = values.out === undefined ? undefined : basename(resolve(values.out));
if (outId !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(outId)) {
  fail(
    `the folder name "${outId}" is the release id: use lowercase letters, digits and hyphens, like 2026-01-03-kyiv-visit`,
  );
}
const refusal = values.out === undefined ? undefined : checkDraftFolder(values.out, releasesRoot());
if (refusal) fail(refusal);

const geocoder = createGeocoder(loadGazetteer(), exonyms);
const draft = (() => {
  try {
    return buildDraft(
      {
        source: input.text,
        ...(isLang(values.lang) ? { lang: values.lang } : {}),
        ...(outId ? { id: outId } : {}),
        ...(date ? { releaseDate: date } : {}),
        today: new Date().toISOString().slice(0, 10),
      },
      geocoder,
    );
  } catch (error) {
    // A text with no paragraphs after its title is not a release yet.
    if (error instanceof TextFormatError) return fail(`${file}: ${error.message}`);
    if (error instanceof DraftDateError) return fail(`${file}: ${error.message}`);
    throw error;
  }
})();
const folder = values.out === undefined ? join(releasesRoot(), draft.id) : resolve(values.out);
// Without --out the folder is named by the draft's id: check it the same way.
if (values.out === undefined) {
  const refused = checkDraftFolder(folder, releasesRoot());
  if (refused) fail(refused);
}
const shown = relative(process.cwd(), folder) || '.';

const language = draft.lang === 'sv' ? 'Swedish' : 'English';
console.log(
  `${file}: ${language}${draft.detected ? ` (detected: ${draft.detected.scores.sv} Swedish and ${draft.detected.scores.en} English stop words)` : ''}, visit ${draft.visitDate}, release id ${draft.id}`,
);
for (const change of draft.sourceChanges) console.log(`  source: ${change}`);
console.log(`\n${formatMentions(draft.rows)}\n`);
console.log(
  `Suggested (each marked "draft"):\n${formatSuggestions(draft.meetings, draft.journeys)}\n`,
);

mkdirSync(folder, { recursive: true });
const existing = readReleaseFolder(folder).files;
const {
  write: merged,
  kept,
  notAdded,
} = mergeDraft(existing, await formatFiles(folder, draft.files), draft.lang);
// Formatted as npm run lint wants it; only what differs from the folder is written.
const write = Object.fromEntries(
  Object.entries(await formatFiles(folder, merged)).filter(([n, t]) => existing[n] !== t),
);
for (const [name, text] of Object.entries(write)) writeFileSync(join(folder, name), text);
for (const line of kept) console.log(`kept ${line}`);
if (notAdded.length > 0)
  console.log(
    `not added, as the folder's files do not hold them (deleted by the editor, or new since the last draft): ${notAdded.join(', ')}. Add by hand what is meant, or delete a file to draft it anew.`,
  );
const written = Object.keys(write);
console.log(
  written.length > 0
    ? `wrote ${written.map((n) => join(shown, n)).join(', ')}`
    : `nothing to write in ${shown}: it is up to date`,
);

const problems = checkReleaseFolder(readReleaseFolder(folder), geocoder);
if (problems.length > 0) {
  console.log(
    `\nFor the editor to confirm or fill in before npm run check:data ${shown} passes (${problems.length}):`,
  );
  for (const p of problems) console.log(`  ${p}`);
} else {
  console.log(`\nnpm run check:data ${shown} passes.`);
}
