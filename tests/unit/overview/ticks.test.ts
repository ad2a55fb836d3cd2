import { describe, expect, it } from 'vitest';
import { monthTicks, yearTicks } from '../../../src/overview/ticks.ts';

/** `count` consecutive months from `first` (`2026-02`). */
function monthsFrom(first: string, count: number): string[] {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const m = month - 1 + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

describe('yearTicks', () => {
  it('names the year at the first bar and at each January', () => {
    expect(yearTicks(monthsFrom('2025-11', 4))).toEqual([
      { index: 0, text: '2025' },
      { index: 2, text: '2026' },
    ]);
  });
});

describe('monthTicks', () => {
  it('names every month of a short archive, in the interface language', () => {
    const months = monthsFrom('2026-02', 3);
    expect(monthTicks(months, 'en').map((t) => t.text)).toEqual(['Feb', 'Mar', 'Apr']);
    expect(monthTicks(months, 'sv').map((t) => t.text)).toEqual(['feb.', 'mars', 'apr.']);
    expect(monthTicks(months, 'en').map((t) => t.index)).toEqual([0, 1, 2]);
  });

  it('names each quarter’s first month over two years, and no month over longer spans', () => {
    const two = monthsFrom('2025-02', 24);
    expect(monthTicks(two, 'en')).toEqual([
      { index: 2, text: 'Apr' },
      { index: 5, text: 'Jul' },
      { index: 8, text: 'Oct' },
      { index: 11, text: 'Jan' },
      { index: 14, text: 'Apr' },
      { index: 17, text: 'Jul' },
      { index: 20, text: 'Oct' },
      { index: 23, text: 'Jan' },
    ]);
    expect(monthTicks(monthsFrom('2016-01', 25), 'en')).toEqual([]);
  });
});
