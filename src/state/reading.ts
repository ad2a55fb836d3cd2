/**
 * What a sentence or paragraph of the release brings out on the map, and how a reader steps
 * from sentence to sentence. Pure functions of the release index: nothing here is stored.
 */
import type { Provenance } from '../model/schema.ts';
import type { ReleaseIndex } from '../model/view.ts';
import { relatedKeys } from './selection.ts';
import type { Selection } from './url.ts';

/** Items whose provenance cites a sentence, as selections. */
function citing(index: ReleaseIndex, ref: string): Selection[] {
  const cites = (p: Provenance) => p.sentences?.includes(ref) ?? false;
  return [
    ...index.journeys
      .filter((j) => cites(j.journey.provenance))
      .map((j) => ({ kind: 'journey' as const, id: j.journey.id })),
    ...index.release.meetings
      .filter((m) => cites(m.provenance))
      .map((m) => ({ kind: 'meeting' as const, id: m.id })),
    ...index.release.actors
      .filter((a) => cites(a.provenance))
      .map((a) => ({ kind: 'actor' as const, id: a.id })),
    ...index.release.delegations
      .filter((d) => cites(d.provenance))
      .map((d) => ({ kind: 'delegation' as const, id: d.id })),
  ];
}

/** Mentions written in a sentence, in either language, as selections. */
function mentionedIn(index: ReleaseIndex, ref: string): Selection[] {
  const found: Selection[] = [];
  for (const text of Object.values(index.release.text)) {
    for (const p of text.paragraphs) {
      const sentence = p.sentences.find((s) => s.ref === ref);
      if (!sentence) continue;
      for (const m of p.mentions) {
        if (m.start < sentence.end && m.end > sentence.start)
          found.push({ kind: m.kind, id: m.id });
      }
    }
  }
  return found;
}

/**
 * Keys (`kind:id`) of the places, journeys, meetings and people a sentence mentions or states.
 * A place stands for itself; a person, group or meeting brings its journeys and places along,
 * since on the map that is where they are.
 */
export function sentenceKeys(index: ReleaseIndex, ref: string): Set<string> {
  const keys = new Set<string>();
  for (const item of [...mentionedIn(index, ref), ...citing(index, ref)]) {
    if (item.kind === 'place') keys.add(`place:${item.id}`);
    else for (const key of relatedKeys(index, item)) keys.add(key);
  }
  // A meeting is drawn at its place.
  for (const key of [...keys]) {
    const meeting = key.startsWith('meeting:') ? index.meetings.get(key.slice(8)) : undefined;
    if (meeting) keys.add(`place:${meeting.place}`);
  }
  return keys;
}

/** Keys of everything the sentences of a paragraph (1-based) bring out on the map. */
export function paragraphKeys(index: ReleaseIndex, paragraph: number): Set<string> {
  const p = index.release.text.sv.paragraphs[paragraph - 1];
  const keys = new Set<string>();
  for (const s of p?.sentences ?? []) for (const key of sentenceKeys(index, s.ref)) keys.add(key);
  return keys;
}

/** Every sentence reference of the body text, in reading order ("p1.s1", "p1.s2", …). */
export function sentenceOrder(index: ReleaseIndex): string[] {
  return index.release.text.sv.paragraphs.flatMap((p) => p.sentences.map((s) => s.ref));
}

/** The sentence a key press moves to, or undefined when the key does not move. */
export function stepSentence(order: string[], ref: string, key: string): string | undefined {
  const at = order.indexOf(ref);
  if (at === -1) return undefined;
  switch (key) {
    case 'ArrowDown':
      return order[Math.min(at + 1, order.length - 1)];
    case 'ArrowUp':
      return order[Math.max(at - 1, 0)];
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    default:
      return undefined;
  }
}
