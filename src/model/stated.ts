/**
 * The rule "a value that no sentence states must be marked", as far as it can be checked by
 * reading the cited sentences: a date must be written in them, a place or a participant
 * mentioned in them, a mode of travel or of taking part named by its verb. A value that fails
 * needs its own basis (inferred with a reason, from an external source, or other sentences).
 * The check is conservative: passing does not prove a reading right, so a reading the words
 * allow but do not settle (whose "Tuesday" it is) is still for the editor to mark.
 */
import type { Lang } from './lang.ts';
import type { Problem } from './problems.ts';
import type { Release } from './release.ts';
import type { FieldBasis, Provenance } from './schema.ts';
import type { Paragraph } from './text.ts';

const MEETINGS = 'meetings.json';

const MONTHS: Record<Lang, string[]> = {
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};
const WEEKDAYS: Record<Lang, string[]> = {
  sv: 'söndag måndag tisdag onsdag torsdag fredag lördag'.split(' '),
  en: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
};

/** Words that say someone goes there, or is there (sv and en), and that someone takes part from afar. */
const IN_PERSON =
  /(?<!\p{L})(besök\w*|res[aet]r?\b|reste|åk\w*|flyg\w*|anländ\w*|på plats|(?:tar|tas|tog|togs)(?: \p{L}+)? emot|träffa\w*|möter|mötte|meets?|met|talks with|samtal med|välkomna\w*|återv\w*|hem\b|vidare|return\w*|home|on to|visit\w*|travel\w*|fl(y|ew)|arriv\w*|in person|welcom\w*|receiv\w*|host\w*)/iu;
const REMOTE =
  /(?<!\p{L})(ring\w* in|video\w*|digital\w*|telefon\w*|distans|call\w* in|by video|remote\w*|by phone|virtual\w*)/iu;

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

/** Whether `text` (in `lang`) writes the date `value` ("2026-01-06" or "2021-07"). */
export function statesDate(text: string, lang: Lang, value: string, visitDate: string): boolean {
  const [year = '', month = '', day] = value.split('-');
  const monthName = MONTHS[lang][Number(month) - 1] ?? '';
  const yearOk = (y: string | undefined) => y === undefined || y === year;
  if (day === undefined) {
    const re = new RegExp(`\\b${monthName}(?:\\s+(\\d{4}))?`, 'giu');
    return [...text.matchAll(re)].some((m) => yearOk(m[1]));
  }
  const d = String(Number(day));
  const patterns = [
    new RegExp(`\\b${d}(?::e)?\\s+${monthName}(?:,?\\s+(\\d{4}))?`, 'giu'),
    new RegExp(`\\b${monthName}\\s+${d}(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'giu'),
  ];
  if (patterns.some((re) => [...text.matchAll(re)].some((m) => yearOk(m[1])))) return true;
  // A weekday counts from the visit date: the one within six days of it, either way.
  const weekday = WEEKDAYS[lang][new Date(time(value)).getUTCDay()] ?? '';
  const near = Math.abs(time(value) - time(visitDate)) <= 6 * DAY;
  return near && new RegExp(`\\b${weekday}(en)?\\b`, 'iu').test(text);
}

interface Cited {
  text: string;
  mentions: Set<string>;
}

function citedSentences(paragraphs: Paragraph[], refs: string[]): Cited[] {
  const cited: Cited[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      if (!refs.includes(s.ref)) continue;
      const mentions = p.mentions
        .filter((m) => m.start < s.end && m.end > s.start)
        .map((m) => `${m.kind}:${m.id}`);
      cited.push({ text: p.text.slice(s.start, s.end), mentions: new Set(mentions) });
    }
  }
  return cited;
}

/** Problems for values the cited sentences do not state and that carry no mark. */
export function unmarkedValues(release: Release): Problem[] {
  const problems: Problem[] = [];
  const lang: Lang =
    release.meta.original ?? (release.hasSource.en && !release.hasSource.sv ? 'en' : 'sv');
  const { title, paragraphs } = release.text[lang];
  const all = [title, ...paragraphs];
  const visitDate = release.meta.visitDate;
  const report = (path: string, message: string) =>
    problems.push({ file: MEETINGS, path, message });

  /** Sentences a value rests on, or null when it is already marked or from another source. */
  const restsOn = (provenance: Provenance, basis: FieldBasis | undefined): Cited[] | null => {
    if (basis !== undefined)
      return 'sentences' in basis ? citedSentences(all, basis.sentences) : null;
    if (provenance.sentences === undefined) return null;
    return citedSentences(all, provenance.sentences);
  };
  const mark = (what: string) =>
    `${what}: cite the sentence that states it, or mark it with "inferred" and a reason, or an external "source"`;
  const whoKey = (id: string) =>
    release.delegations.some((d) => d.id === id) ? `delegation:${id}` : `actor:${id}`;
  const delegationsOf = (id: string) =>
    release.delegations.filter((d) => d.members.includes(id)).map((d) => `delegation:${d.id}`);

  release.meetings.forEach((meeting, i) => {
    const path = `meetings[${i}]`;
    const dateIn = restsOn(meeting.provenance, meeting.basis?.date);
    if (dateIn && !dateIn.some((s) => statesDate(s.text, lang, meeting.date, visitDate))) {
      report(`${path}.date`, mark(`no cited sentence gives the date ${meeting.date}`));
    }
    const placeIn = restsOn(meeting.provenance, meeting.basis?.place);
    if (placeIn && !placeIn.some((s) => s.mentions.has(`place:${meeting.place}`))) {
      report(`${path}.place`, mark(`no cited sentence mentions the place "${meeting.place}"`));
    }
    meeting.participants.forEach((participant, j) => {
      const at = `${path}.participants[${j}]`;
      const presenceIn = restsOn(participant.provenance, participant.basis?.presence);
      const keys = [whoKey(participant.who), ...delegationsOf(participant.who)];
      if (presenceIn && !presenceIn.some((s) => keys.some((k) => s.mentions.has(k)))) {
        report(`${at}.who`, mark(`no cited sentence mentions "${participant.who}"`));
      }
      const modeIn = restsOn(participant.provenance, participant.basis?.mode);
      const cue = participant.mode === 'remote' ? REMOTE : IN_PERSON;
      if (meeting.format !== 'video' && modeIn && !modeIn.some((s) => cue.test(s.text))) {
        report(
          `${at}.mode`,
          mark(
            `no cited sentence says "${participant.who}" takes part ${participant.mode === 'remote' ? 'remotely' : 'in person'}`,
          ),
        );
      }
    });
  });

  release.journeys.forEach((journey, i) => {
    const path = `journeys[${i}]`;
    const meeting = release.meetings.find((m) => m.id === journey.to);
    // A leg that goes on from a meeting the traveller attends begins where that meeting is.
    const goesOnFrom = release.meetings.some(
      (m) => m.place === journey.from && m.participants.some((p) => p.who === journey.who),
    );
    if (!journey.origin && !goesOnFrom) {
      const fromIn = restsOn(journey.provenance, undefined);
      if (fromIn && !fromIn.some((s) => s.mentions.has(`place:${journey.from}`))) {
        report(
          `${path}.from`,
          mark(`no cited sentence says the journey began in "${journey.from}"`),
        );
      }
    }
    const modeIn = restsOn(journey.provenance, journey.basis?.mode);
    const cue = journey.mode === 'remote' ? REMOTE : IN_PERSON;
    if (meeting?.format !== 'video' && modeIn && !modeIn.some((s) => cue.test(s.text))) {
      report(
        `${path}.mode`,
        mark(
          `no cited sentence says the journey is ${journey.mode === 'remote' ? 'remote' : 'travel'}`,
        ),
      );
    }
    if (journey.date !== undefined && !meeting) {
      const dateIn = restsOn(journey.provenance, journey.basis?.date);
      if (dateIn && !dateIn.some((s) => statesDate(s.text, lang, journey.date ?? '', visitDate))) {
        report(`${path}.date`, mark(`no cited sentence gives the date ${journey.date}`));
      }
    }
  });
  return problems;
}

/** Whether `text` names the way someone takes part or travels: in person, or remotely. */
export const statesMode = (text: string, mode: 'in-person' | 'remote' | 'travel'): boolean =>
  (mode === 'remote' ? REMOTE : IN_PERSON).test(text);
