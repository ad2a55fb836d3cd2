import { describe, expect, it } from 'vitest';
import {
  paragraphKeys,
  sentenceKeys,
  sentenceOrder,
  stepSentence,
} from '../../../src/state/reading.ts';
import { indexFirstRelease } from '../support/real-release.ts';

const index = indexFirstRelease();

describe('sentenceKeys', () => {
  it('brings out what the first sentence mentions: Kvarnström’s journey, Kyiv, NATO and the EU', () => {
    const keys = sentenceKeys(index, 'p1.s1');
    expect(keys).toContain('place:kyiv');
    expect(keys).toContain('journey:kvarnstrom-to-kyiv');
    expect(keys).toContain('place:stockholm');
    expect(keys).toContain('actor:nato');
    expect(keys).toContain('actor:eu');
  });

  it('brings a meeting’s place along: the Paris leaders’ meeting is drawn in Paris', () => {
    const ref = index.release.text.sv.paragraphs
      .flatMap((p) =>
        p.sentences.filter((s) =>
          p.mentions.some(
            (m) =>
              m.kind === 'meeting' &&
              m.id === 'paris-leaders-2026-01-06' &&
              m.start >= s.start &&
              m.end <= s.end,
          ),
        ),
      )
      .map((s) => s.ref)[0];
    expect(ref).toBeDefined();
    const keys = sentenceKeys(index, ref ?? '');
    expect(keys).toContain('meeting:paris-leaders-2026-01-06');
    expect(keys).toContain('place:paris');
  });

  it('has nothing for a sentence that mentions and states nothing', () => {
    // "The discussions focused on security guarantees…" names no place, person or meeting.
    const quiet = sentenceOrder(index).filter((ref) => sentenceKeys(index, ref).size === 0);
    expect(quiet.length).toBeGreaterThan(0);
    expect(sentenceKeys(index, 'p99.s1').size).toBe(0);
  });
});

describe('paragraphKeys', () => {
  it('is the union of its sentences’ keys', () => {
    const p3 = index.release.text.sv.paragraphs[2];
    const union = new Set(p3?.sentences.flatMap((s) => [...sentenceKeys(index, s.ref)]));
    expect(paragraphKeys(index, 3)).toEqual(union);
    expect(paragraphKeys(index, 3)).toContain('place:kyiv');
  });

  it('is empty for a paragraph that does not exist', () => {
    expect(paragraphKeys(index, 0).size).toBe(0);
  });
});

describe('stepSentence', () => {
  const order = ['p1.s1', 'p2.s1', 'p2.s2'];
  it('moves down and up through paragraphs, and stops at the ends', () => {
    expect(stepSentence(order, 'p1.s1', 'ArrowDown')).toBe('p2.s1');
    expect(stepSentence(order, 'p2.s1', 'ArrowUp')).toBe('p1.s1');
    expect(stepSentence(order, 'p2.s2', 'ArrowDown')).toBe('p2.s2');
    expect(stepSentence(order, 'p1.s1', 'ArrowUp')).toBe('p1.s1');
    expect(stepSentence(order, 'p2.s1', 'Home')).toBe('p1.s1');
    expect(stepSentence(order, 'p1.s1', 'End')).toBe('p2.s2');
  });
  it('ignores other keys and unknown sentences', () => {
    expect(stepSentence(order, 'p1.s1', 'a')).toBeUndefined();
    expect(stepSentence(order, 'p9.s9', 'ArrowDown')).toBeUndefined();
  });
  it('orders the real release paragraph by paragraph', () => {
    const real = sentenceOrder(index);
    expect(real[0]).toBe('p1.s1');
    expect(real).toContain('p3.s2');
    expect(real.indexOf('p3.s2')).toBeLessThan(real.indexOf('p4.s1'));
  });
});
