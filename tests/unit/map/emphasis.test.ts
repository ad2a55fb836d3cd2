import { describe, expect, it } from 'vitest';
import { journeyEmphasis } from '../../../src/map/styles';

describe('journeyEmphasis', () => {
  it('is empty with nothing selected or hovered, so no arc needs a look of its own', () => {
    expect(journeyEmphasis(null, [new Set(), new Set()]).size).toBe(0);
  });

  it('marks the selected journey, and highlights related and hovered journeys only', () => {
    const emphasised = journeyEmphasis('journey:a', [
      new Set(['journey:a', 'journey:b', 'place:kyiv', 'meeting:m']),
      new Set(['journey:c']),
    ]);
    expect([...emphasised]).toEqual([
      ['a', 'selected'],
      ['b', 'highlight'],
      ['c', 'highlight'],
    ]);
  });
});
