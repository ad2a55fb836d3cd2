/**
 * Where each value a reader sees comes from: stated by sentences of the release, from an
 * external source, or inferred with a reason, and whether it is approximate. A value without
 * its own basis rests on its item's provenance.
 */
import type { Bilingual } from './lang.ts';
import type { FieldBasis, Journey, Meeting, Participant, Provenance } from './schema.ts';

export type Mark = 'stated' | 'external' | 'inferred';

export interface FieldMark {
  mark: Mark;
  approximate: boolean;
  /** For a stated value: the sentences that state it. */
  sentences: string[];
  /** For a value from another source: its id in release.json. */
  source: string | undefined;
  /** Why the value was inferred, or a note on the source. */
  reason: Bilingual | undefined;
  /** The value has a basis of its own, rather than resting on its item's provenance. */
  own: boolean;
}

const mark = (m: Partial<FieldMark> & Pick<FieldMark, 'mark' | 'own'>): FieldMark => ({
  approximate: false,
  sentences: [],
  source: undefined,
  reason: undefined,
  ...m,
});

export function markOf(provenance: Provenance, basis: FieldBasis | undefined): FieldMark {
  if (basis === undefined) {
    return provenance.source !== undefined
      ? mark({ mark: 'external', source: provenance.source, own: false })
      : mark({ mark: 'stated', sentences: provenance.sentences ?? [], own: false });
  }
  const approximate = basis.approximate === true;
  if ('inferred' in basis)
    return mark({ mark: 'inferred', approximate, reason: basis.reason, own: true });
  if ('source' in basis)
    return mark({
      mark: 'external',
      approximate,
      source: basis.source,
      reason: basis.note,
      own: true,
    });
  return mark({ mark: 'stated', approximate, sentences: basis.sentences, own: true });
}

export const meetingMark = (meeting: Meeting, field: 'date' | 'place' | 'status'): FieldMark =>
  markOf(meeting.provenance, meeting.basis?.[field]);

export const participantMark = (participant: Participant, field: 'mode' | 'presence'): FieldMark =>
  markOf(participant.provenance, participant.basis?.[field]);

export function journeyMark(journey: Journey, field: 'date' | 'mode' | 'from'): FieldMark {
  if (field === 'from') {
    return journey.origin
      ? mark({ mark: 'inferred', reason: journey.origin.reason, own: true })
      : markOf(journey.provenance, undefined);
  }
  return markOf(journey.provenance, journey.basis?.[field]);
}

/** True when a value needs a mark beside it: anything but an exact value its item's release sentences state. */
export const isMarked = (m: FieldMark): boolean => m.mark !== 'stated' || m.approximate;

/** A month-only date ("2021-07") is approximate by itself. */
export const isMonth = (date: string): boolean => /^\d{4}-\d{2}$/.test(date);
