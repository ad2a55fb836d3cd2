import { describe, expect, it } from 'vitest';
import { screenArrow, type ScreenPoint } from '../../../src/map/geometry.ts';

const straight = (length: number): ScreenPoint[] =>
  Array.from({ length: 11 }, (_, i) => [(length * i) / 10, 0] as ScreenPoint);
const size = (head: ScreenPoint[]) => {
  const [a, tip, b] = head;
  if (!a || !tip || !b) return 0;
  return Math.hypot(tip[0] - (a[0] + b[0]) / 2, tip[1] - (a[1] + b[1]) / 2);
};

describe('screenArrow', () => {
  it('draws the same head on a long arc at any zoom, its tip on the dot edge', () => {
    for (const length of [200, 400, 1600]) {
      const { head, line } = screenArrow(straight(length), 9, 9);
      expect(size(head)).toBeCloseTo(9);
      expect(head[1]?.[0]).toBeCloseTo(length - 9);
      // The line ends inside the head, short of the tip.
      expect(line[line.length - 1]?.[0]).toBeLessThan(length - 9);
      expect(line[line.length - 1]?.[0]).toBeGreaterThan(length - 18);
    }
  });

  it('never draws a head longer than a third of a short arc', () => {
    const { head } = screenArrow(straight(21), 6, 9);
    expect(size(head)).toBeCloseTo(5);
  });

  it('draws no head on an arc hidden under its dot', () => {
    expect(screenArrow(straight(5), 6, 9).head).toEqual([]);
  });
});
