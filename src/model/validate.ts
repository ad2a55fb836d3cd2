/**
 * Rules across the files of a release: every reference resolves, both languages align,
 * every fact cites a sentence that exists or a listed source, the Swedish text round-trips.
 */
import { LANGS } from './lang.ts';
import { stripMarkup } from './markup.ts';
import type { Problem } from './problems.ts';
import type { Release, ReleaseFiles } from './release.ts';
import type { FieldBasis, Provenance } from './schema.ts';
import type { ReleaseText } from './text.ts';

/** A release as parsed, before we know every place has been geocoded. */
export type ReleaseDraft = Omit<Release, 'places'> & {
  places: Array<Release['places'][number] | Omit<Release['places'][number], 'geocoded'>>;
};

const PLACES = 'places.json';
const ACTORS = 'actors.json';
const MEETINGS = 'meetings.json';

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function sentenceRefs(text: ReleaseText): Set<string> {
  return new Set([text.title, ...text.paragraphs].flatMap((p) => p.sentences.map((s) => s.ref)));
}

/** First line and column where two texts differ, for a message an editor can act on. */
export function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const before = expected.slice(0, i);
  const line = before.split('\n').length;
  const column = i - before.lastIndexOf('\n');
  // Quote from the start of the word where they part, so the editor sees whole words.
  const from = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1;
  const show = (s: string) => JSON.stringify(s.slice(from, i + 20));
  return `line ${line}, column ${column}: expected ${show(expected)}, found ${show(actual)}`;
}

/** A paragraph the draft command could not write (an English translation, say) starts with TODO. */
const isTodo = (text: string) => text.startsWith('TODO');

export function validateRelease(release: ReleaseDraft, files: ReleaseFiles): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: string, message: string) =>
    problems.push({ file, path, message });

  // What the draft command left for an editor to confirm or write.
  const checkDraft = (file: string, path: string, item: { draft?: string | undefined }) => {
    if (item.draft !== undefined) {
      report(
        file,
        `${path}.draft`,
        `is a draft suggestion: ${item.draft} Check it, then remove "draft".`,
      );
    }
  };
  checkDraft('release.json', '', release.meta);
  for (const lang of LANGS) {
    const text = release.text[lang];
    for (const p of [text.title, ...text.paragraphs]) {
      if (isTodo(p.text)) {
        const where = p.index === 0 ? 'title' : `paragraph ${p.index}`;
        report(`text.${lang}.md`, where, `is still to be written: ${p.text}`);
      }
    }
  }

  // The annotated text must give back the published text exactly.
  for (const lang of LANGS) {
    const source = files[`source.${lang}.md`];
    const annotated = files[`text.${lang}.md`];
    if (source === undefined || annotated === undefined) continue;
    const diff = firstDifference(source, stripMarkup(annotated));
    if (diff)
      report(
        `text.${lang}.md`,
        '',
        `without its mention links it differs from source.${lang}.md at ${diff}`,
      );
  }
  if (!LANGS.some((lang) => files[`source.${lang}.md`] !== undefined)) {
    report('source.sv.md', '', 'is missing: keep the published text verbatim as source.<lang>.md');
  }
  const original = release.meta.original;
  if (original !== undefined && files[`source.${original}.md`] === undefined) {
    report(
      `source.${original}.md`,
      '',
      `is missing: release.json gives "${original}" as the original language, so its published text must be kept verbatim here`,
    );
  }
  if (original === undefined && LANGS.every((lang) => files[`source.${lang}.md`] !== undefined)) {
    report(
      'release.json',
      'original',
      'is needed: there is a source text in both languages, so say which is the original',
    );
  }

  // Paragraphs and sentences align one to one, so a citation means the same in both languages.
  const { sv, en } = release.text;
  if (sv.paragraphs.length !== en.paragraphs.length) {
    report(
      'text.en.md',
      '',
      `has ${en.paragraphs.length} paragraphs but text.sv.md has ${sv.paragraphs.length}`,
    );
  } else {
    sv.paragraphs.forEach((p, i) => {
      const q = en.paragraphs[i];
      if (!q || isTodo(p.text) || isTodo(q.text)) return;
      if (p.sentences.length !== q.sentences.length) {
        report(
          'text.en.md',
          `paragraph ${i + 1}`,
          `has ${q.sentences.length} sentences but the Swedish paragraph has ${p.sentences.length}`,
        );
      }
      if (p.isQuote !== q.isQuote) {
        report(
          'text.en.md',
          `paragraph ${i + 1}`,
          `is ${q.isQuote ? '' : 'not '}a quotation but the Swedish paragraph is${p.isQuote ? '' : ' not'}`,
        );
      }
    });
  }

  // Ids are unique; actors and delegations share one namespace because "who" may be either.
  const placeIds = new Set(release.places.map((p) => p.id));
  const meetingIds = new Set(release.meetings.map((m) => m.id));
  const actorIds = new Set(release.actors.map((a) => a.id));
  const whoIds = new Set([...actorIds, ...release.delegations.map((d) => d.id)]);
  const sourceIds = new Set(release.meta.sources.map((s) => s.id));
  const idLists: Array<[string, string, string[]]> = [
    [PLACES, 'places', release.places.map((p) => p.id)],
    [
      ACTORS,
      'actors and delegations',
      [...release.actors, ...release.delegations].map((a) => a.id),
    ],
    [MEETINGS, 'meetings', release.meetings.map((m) => m.id)],
    [MEETINGS, 'journeys', release.journeys.map((j) => j.id)],
  ];
  for (const id of release.places.map((p) => p.id).filter((id) => meetingIds.has(id))) {
    report(
      MEETINGS,
      'meetings',
      `the id "${id}" is both a place and a meeting: journeys could not tell them apart`,
    );
  }
  for (const [file, what, ids] of idLists) {
    for (const id of duplicates(ids)) report(file, what, `the id "${id}" is used twice`);
  }

  const refs = sentenceRefs(sv);
  const checkProvenance = (file: string, path: string, p: Provenance) => {
    for (const ref of p.sentences ?? []) {
      if (!refs.has(ref))
        report(
          file,
          `${path}.provenance.sentences`,
          `cites "${ref}", which is not a sentence of the release`,
        );
    }
    if (p.source !== undefined && !sourceIds.has(p.source)) {
      report(
        file,
        `${path}.provenance.source`,
        `cites the source "${p.source}", which release.json does not list`,
      );
    }
    p.external?.forEach((e, k) => {
      if (!sourceIds.has(e.source))
        report(
          file,
          `${path}.provenance.external[${k}].source`,
          `cites the source "${e.source}", which release.json does not list`,
        );
    });
  };
  // A value's own basis cites sentences that exist or a listed source.
  const checkBasis = (
    file: string,
    path: string,
    basis: Record<string, FieldBasis | undefined> | undefined,
  ) => {
    for (const [field, b] of Object.entries(basis ?? {})) {
      if (b === undefined) continue;
      const at = `${path}.basis.${field}`;
      if ('sentences' in b)
        for (const ref of b.sentences)
          if (!refs.has(ref))
            report(
              file,
              `${at}.sentences`,
              `cites "${ref}", which is not a sentence of the release`,
            );
      if ('source' in b && !sourceIds.has(b.source))
        report(
          file,
          `${at}.source`,
          `cites the source "${b.source}", which release.json does not list`,
        );
    }
  };
  const checkRef = (
    file: string,
    path: string,
    id: string | undefined,
    ids: Set<string>,
    what: string,
  ) => {
    if (id !== undefined && !ids.has(id))
      report(file, path, `refers to the ${what} "${id}", which does not exist`);
  };

  release.places.forEach((place, i) => {
    checkDraft(PLACES, `[${i}]`, place);
    const located =
      place.position !== undefined ||
      place.query.geonameId !== undefined ||
      (place.kind === 'country' ? place.query.country : place.query.name) !== undefined;
    if (!located) {
      const needed = place.kind === 'country' ? 'query.country' : 'query.name';
      report(
        PLACES,
        `[${i}].query`,
        `"${place.id}" needs ${needed}, query.geonameId or a cited "position" to be geocoded`,
      );
    } else if (place.position && !place.name) {
      report(PLACES, `[${i}].name`, `"${place.id}" has a cited position, so it needs its own name`);
    } else if (!('geocoded' in place) || place.geocoded === undefined) {
      report(PLACES, `[${i}].geocoded`, `"${place.id}" has not been geocoded: run npm run geocode`);
    }
  });

  release.actors.forEach((actor, i) => {
    checkDraft(ACTORS, `actors[${i}]`, actor);
    checkProvenance(ACTORS, `actors[${i}]`, actor.provenance);
    const org =
      actor.affiliation && 'organisation' in actor.affiliation
        ? actor.affiliation.organisation
        : undefined;
    checkRef(ACTORS, `actors[${i}].affiliation.organisation`, org, actorIds, 'organisation');
  });
  release.delegations.forEach((delegation, i) => {
    checkDraft(ACTORS, `delegations[${i}]`, delegation);
    checkProvenance(ACTORS, `delegations[${i}]`, delegation.provenance);
    delegation.members.forEach((member, j) =>
      checkRef(ACTORS, `delegations[${i}].members[${j}]`, member, whoIds, 'actor or delegation'),
    );
  });

  // Who takes part in a meeting, directly or as a member of a delegation that does.
  const membersOf = new Map(release.delegations.map((d) => [d.id, d.members]));
  const takesPart = (who: string, direct: string[]): boolean =>
    direct.includes(who) || direct.some((d) => (membersOf.get(d) ?? []).includes(who) && d !== who);

  release.meetings.forEach((meeting, i) => {
    const path = `meetings[${i}]`;
    checkDraft(MEETINGS, path, meeting);
    checkProvenance(MEETINGS, path, meeting.provenance);
    checkBasis(MEETINGS, path, meeting.basis);
    checkRef(MEETINGS, `${path}.place`, meeting.place, placeIds, 'place');
    checkRef(MEETINGS, `${path}.host`, meeting.host, whoIds, 'actor');
    meeting.participants.forEach((participant, j) => {
      checkRef(
        MEETINGS,
        `${path}.participants[${j}].who`,
        participant.who,
        whoIds,
        'actor or delegation',
      );
      checkProvenance(MEETINGS, `${path}.participants[${j}]`, participant.provenance);
      checkBasis(MEETINGS, `${path}.participants[${j}]`, participant.basis);
      checkDraft(MEETINGS, `${path}.participants[${j}]`, participant);
      if (meeting.format === 'video' && participant.mode !== 'remote') {
        report(
          MEETINGS,
          `${path}.participants[${j}].mode`,
          'must be "remote": the meeting is held by video',
        );
      }
    });
  });

  release.journeys.forEach((journey, i) => {
    const path = `journeys[${i}]`;
    checkDraft(MEETINGS, path, journey);
    checkProvenance(MEETINGS, path, journey.provenance);
    checkBasis(MEETINGS, path, journey.basis);
    checkRef(MEETINGS, `${path}.who`, journey.who, whoIds, 'actor or delegation');
    checkRef(MEETINGS, `${path}.from`, journey.from, placeIds, 'place');
    if (placeIds.has(journey.to)) {
      // A leg home, or on to a place with no meeting: it needs its own date.
      if (journey.date === undefined) {
        report(
          MEETINGS,
          `${path}.date`,
          `is needed: the journey goes to the place "${journey.to}", not to a meeting`,
        );
      }
      return;
    }
    checkRef(MEETINGS, `${path}.to`, journey.to, meetingIds, 'meeting or place');
    const meeting = release.meetings.find((m) => m.id === journey.to);
    if (!meeting || !whoIds.has(journey.who)) return;
    const direct = meeting.participants.map((p) => p.who);
    if (!takesPart(journey.who, direct)) {
      report(
        MEETINGS,
        `${path}.who`,
        `"${journey.who}" does not take part in the meeting "${meeting.id}"`,
      );
    }
    const remote = meeting.participants.some((p) => p.who === journey.who && p.mode === 'remote');
    if (remote !== (journey.mode === 'remote')) {
      report(
        MEETINGS,
        `${path}.mode`,
        `is "${journey.mode}" but "${journey.who}" takes part in "${meeting.id}" ${remote ? 'remotely' : 'in person'}`,
      );
    }
  });

  // Every mention in either language points at something that exists.
  const targets = {
    place: placeIds,
    actor: actorIds,
    delegation: new Set(membersOf.keys()),
    meeting: meetingIds,
  };
  for (const lang of LANGS) {
    const text = release.text[lang];
    for (const p of [text.title, ...text.paragraphs]) {
      for (const m of p.mentions) {
        if (!targets[m.kind].has(m.id)) {
          const where = p.index === 0 ? 'title' : `paragraph ${p.index}`;
          report(
            `text.${lang}.md`,
            where,
            `links "${p.text.slice(m.start, m.end)}" to the ${m.kind} "${m.id}", which does not exist`,
          );
        }
      }
    }
  }
  return problems;
}
