import { describe, expect, it } from 'vitest';
import { arcStyle, journeyEmphasis } from '../../../src/map/styles.ts';

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

describe('hairline arcs of a dense hub', () => {
  it('stay at least half a pixel wide when dimmed and dotted', () => {
    const look = { colour: '#0b5cad', remote: false, external: true, weight: 1 } as const;
    expect(arcStyle({ ...look, emphasis: 'dimmed' }).weight).toBe(0.5);
    expect(arcStyle({ ...look, emphasis: 'normal' }).weight).toBe(0.5);
    expect(arcStyle({ ...look, external: false, emphasis: 'normal' }).weight).toBe(1);
  });
});
