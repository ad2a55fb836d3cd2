import { describe, expect, it } from 'vitest';
import { sceneName } from '../../../src/map/sceneName.ts';

describe('sceneName', () => {
  it('names the same ids in the same order alike', () => {
    expect(sceneName(['journey-1', 'journey-2'])).toBe(sceneName(['journey-1', 'journey-2']));
  });

  it('tells apart other ids, another order, another split and another count', () => {
    const names = new Set([
      sceneName(['journey-1', 'journey-2']),
      sceneName(['journey-2', 'journey-1']),
      sceneName(['journey-1', 'journey-3']),
      sceneName(['journey-1']),
      sceneName(['journey-1', 'journey-2', 'journey-2']),
      sceneName(['ab', 'c']),
      sceneName(['a', 'bc']),
      sceneName([]),
    ]);
    expect(names.size).toBe(8);
  });

  it('gives ten thousand lists that differ in one id ten thousand names', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `journey-${i}`);
    const names = new Set(
      ids.map((_, i) => sceneName(ids.map((id, k) => (k === i ? `${id}x` : id)).slice(0, 200))),
    );
    // Only the first 200 lists change an id inside the slice; the rest are the same list.
    expect(names.size).toBe(201);
  });
});
