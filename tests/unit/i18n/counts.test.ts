/** Counts in the interface's sentences agree in number: "1 journey", "2 journeys", both languages. */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/i18n/messages.ts';

describe('the overview summary line', () => {
  it('writes one of each in the singular', () => {
    expect(MESSAGES.en.overviewSummary(1, 1, 1)).toBe('1 release, 1 journey on 1 route.');
    expect(MESSAGES.sv.overviewSummary(1, 1, 1)).toBe('1 pressmeddelande, 1 resa på 1 rutt.');
  });

  it('writes more in the plural', () => {
    expect(MESSAGES.en.overviewSummary(3, 8, 2)).toBe('3 releases, 8 journeys on 2 routes.');
    expect(MESSAGES.sv.overviewSummary(3, 8, 2)).toBe('3 pressmeddelanden, 8 resor på 2 rutter.');
  });
});
