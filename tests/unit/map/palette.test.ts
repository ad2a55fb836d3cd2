import { describe, expect, it } from 'vitest';
import { MEETING_COLOURS } from '../../../src/map/styles.ts';
import { contrast, minDifference, VISIONS } from '../support/colour-vision.ts';

const LAND = '#f7f6f2';
const SEA = '#cfdfeb';

describe('meeting colours', () => {
  it.each(VISIONS)('stay apart as seen with %s', (vision) => {
    expect(minDifference(MEETING_COLOURS.slice(0, 3), vision)).toBeGreaterThanOrEqual(15);
    expect(minDifference(MEETING_COLOURS, vision)).toBeGreaterThanOrEqual(10);
  });

  it('the palette the map used before failed for deuteranopia (the check can fail)', () => {
    expect(minDifference(['#0b5cad', '#c0392b', '#6c3fa0'], 'deuteranopia')).toBeLessThan(15);
  });

  it.each(MEETING_COLOURS)('%s reads on land and sea (3:1)', (colour) => {
    expect(contrast(colour, LAND)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, SEA)).toBeGreaterThanOrEqual(2.5);
  });
});
