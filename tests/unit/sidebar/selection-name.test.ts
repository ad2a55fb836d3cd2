/** What a selection is called in a sentence (a notice about it), in either language. */
import { describe, expect, it } from 'vitest';
import { selectionName } from '../../../src/sidebar/labels.ts';
import { indexFirstRelease } from '../support/real-release.ts';

const index = indexFirstRelease();

describe('selectionName', () => {
  it('names a journey by who travels from where to where', () => {
    expect(selectionName(index, { kind: 'journey', id: 'kvarnstrom-to-kyiv' }, 'en')).toBe(
      'Niclas Kvarnström (Stockholm → Kyiv)',
    );
    expect(selectionName(index, { kind: 'journey', id: 'kvarnstrom-to-kyiv' }, 'sv')).toBe(
      'Niclas Kvarnström (Stockholm → Kiev)',
    );
  });

  it('names places, meetings and actors as the interface does', () => {
    expect(selectionName(index, { kind: 'place', id: 'kyiv' }, 'sv')).toBe('Kiev');
    expect(selectionName(index, { kind: 'actor', id: 'ukraine' }, 'en')).toBe('Ukraine');
    expect(selectionName(index, { kind: 'meeting', id: 'paris-leaders-2026-01-06' }, 'en')).toBe(
      'Leaders in Paris',
    );
  });
});
