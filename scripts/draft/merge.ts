/**
 * Running the draft again must not undo an editor's work. What the editor has confirmed (an
 * item without `draft`) or written (a text file that is no longer the draft's) is kept; only
 * what is still a draft is replaced. What the editor deleted stays deleted: into a data file
 * that is already there, the draft adds no item (nor participant) it does not hold; it lists
 * them instead, for the editor to add by hand, or to delete the file and draft it anew.
 * (A release folder holds only the release's files, so there is nowhere to keep a list of
 * what was deleted: the file itself is that record.)
 */
import { LANGS, type Lang } from '../../src/model/lang.ts';
import type { ReleaseFiles } from '../../src/model/release.ts';

export interface MergeResult {
  /** File name → contents to write (files left out are kept as they are). */
  write: Record<string, string>;
  /** What was kept, one line each, for the editor. */
  kept: string[];
  /** Suggestions the folder's files do not hold (deleted by the editor, or new): not added. */
  notAdded: string[];
}

type Item = { id?: unknown; draft?: unknown; [key: string]: unknown };

const isItem = (x: unknown): x is Item => typeof x === 'object' && x !== null && !Array.isArray(x);
const confirmed = (x: Item) => typeof x.id === 'string' && x.draft === undefined;
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * New items, except that confirmed existing items win by id, and confirmed items the draft no
 * longer suggests stay. `carry` can move confirmed parts of a draft item into its replacement.
 */
function mergeItems(
  existing: unknown,
  freshItems: Item[],
  what: string,
  kept: string[],
  left: string[],
  carry?: (old: Item, fresh: Item) => Item,
): Item[] {
  const old = Array.isArray(existing) ? existing.filter(isItem) : [];
  const byId = new Map(old.filter((x) => typeof x.id === 'string').map((x) => [x.id as string, x]));
  // The file is there: an item it does not hold was deleted by the editor (or is new).
  const fresh = freshItems.filter((item) => {
    if (existing === undefined || typeof item.id !== 'string' || byId.has(item.id)) return true;
    left.push(`${what} ${item.id}`);
    return false;
  });
  const out = fresh.map((item) => {
    const before = typeof item.id === 'string' ? byId.get(item.id) : undefined;
    if (before && confirmed(before)) {
      kept.push(`${what} ${String(item.id)}: confirmed, kept as it is`);
      return before;
    }
    return before && carry ? carry(before, item) : item;
  });
  const ids = new Set(fresh.map((x) => x.id));
  for (const item of old) {
    if (confirmed(item) && !ids.has(item.id)) {
      kept.push(`${what} ${String(item.id)}: confirmed, kept (no longer suggested)`);
      out.push(item);
    }
  }
  return out;
}

/** A meeting still in draft keeps the participants the editor has already confirmed. */
function carryParticipants(kept: string[], left: string[]) {
  return (old: Item, fresh: Item): Item => {
    const before = Array.isArray(old.participants) ? old.participants.filter(isItem) : [];
    const had = new Set(before.map((p) => p.who));
    const list = (
      Array.isArray(fresh.participants) ? fresh.participants.filter(isItem) : []
    ).filter((p) => {
      if (had.has(p.who)) return true;
      left.push(`participant ${String(p.who)} of meeting ${String(fresh.id)}`);
      return false;
    });
    const done = before.filter((p) => p.draft === undefined && typeof p.who === 'string');
    if (done.length === 0) return { ...fresh, participants: list };
    for (const p of done)
      kept.push(`meeting ${String(fresh.id)}: participant ${String(p.who)} confirmed, kept`);
    const doneWho = new Set(done.map((p) => p.who));
    return { ...fresh, participants: [...done, ...list.filter((p) => !doneWho.has(p.who))] };
  };
}

/** Every block of a text file still a TODO the draft wrote: nothing of the editor's to lose. */
const allTodo = (text: string) =>
  text
    .replace(/^# /, '')
    .replace(/\n+$/, '')
    .split(/\n\n/)
    .every((block) => block.startsWith('TODO'));

export function mergeDraft(
  existing: ReleaseFiles,
  draft: Record<string, string>,
  lang: Lang,
): MergeResult {
  const write: Record<string, string> = {};
  const kept: string[] = [];
  const left: string[] = [];
  const target = LANGS.find((l) => l !== lang) ?? 'en';

  for (const [name, fresh] of Object.entries(draft)) {
    const before = existing[name];
    if (before === undefined || before === fresh) {
      if (before === undefined) write[name] = fresh;
      continue;
    }
    if (name === `text.${target}.md`) {
      if (allTodo(before)) write[name] = fresh;
      else kept.push(`${name}: has the editor's translation, kept`);
      continue;
    }
    if (name.endsWith('.md')) {
      kept.push(
        name.startsWith('source.')
          ? `${name}: differs from the input, kept (remove it to take the input)`
          : `${name}: changed by the editor, kept`,
      );
      continue;
    }
    const old = parse(before);
    const next = parse(fresh);
    if (old === undefined) {
      kept.push(`${name}: not valid JSON, kept as it is (fix or remove it to redraft)`);
      continue;
    }
    if (name === 'release.json' && isItem(old) && isItem(next)) {
      if (old.draft === undefined) {
        kept.push('release.json: confirmed, kept as it is');
        continue;
      }
      // Still a draft: what the editor filled in stays.
      const merged: Item = { ...next };
      for (const key of ['sourceUrl', 'published'] as const)
        if (old[key] !== null && old[key] !== undefined) merged[key] = old[key];
      if (Array.isArray(old.sources) && old.sources.length > 0) merged.sources = old.sources;
      if (typeof old.visitDate === 'string' && old.visitDate !== next.visitDate) {
        merged.visitDate = old.visitDate;
        kept.push(
          `release.json: visitDate ${old.visitDate} kept (the draft would say ${String(next.visitDate)})`,
        );
      }
      write[name] = json(merged);
      continue;
    }
    if (name === 'places.json' && Array.isArray(next)) {
      write[name] = json(mergeItems(old, next.filter(isItem), 'place', kept, left));
      continue;
    }
    if (name === 'actors.json' && isItem(old) && isItem(next)) {
      write[name] = json({
        actors: mergeItems(
          old.actors,
          Array.isArray(next.actors) ? next.actors.filter(isItem) : [],
          'actor',
          kept,
          left,
        ),
        delegations: mergeItems(
          old.delegations,
          Array.isArray(next.delegations) ? next.delegations.filter(isItem) : [],
          'delegation',
          kept,
          left,
        ),
      });
      continue;
    }
    if (name === 'meetings.json' && isItem(old) && isItem(next)) {
      write[name] = json({
        meetings: mergeItems(
          old.meetings,
          Array.isArray(next.meetings) ? next.meetings.filter(isItem) : [],
          'meeting',
          kept,
          left,
          carryParticipants(kept, left),
        ),
        journeys: mergeItems(
          old.journeys,
          Array.isArray(next.journeys) ? next.journeys.filter(isItem) : [],
          'journey',
          kept,
          left,
        ),
      });
      continue;
    }
    kept.push(`${name}: not in the expected shape, kept as it is`);
  }
  // Only files that change, so "wrote" lists real changes.
  const changed = Object.fromEntries(
    Object.entries(write).filter(([name, text]) => existing[name] !== text),
  );
  return { write: changed, kept, notAdded: left };
}
