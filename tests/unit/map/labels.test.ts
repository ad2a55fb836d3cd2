/** Accessible names of map features (src/map/labels.ts). */
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/map/labels.ts';

describe('sentences', () => {
  it('ends each part but the last with a full stop', () => {
    expect(sentences(['Kyiv', 'Meeting here: advisers', '1 departure'])).toBe(
      'Kyiv. Meeting here: advisers. 1 departure',
    );
  });

  it('adds no second stop to a name that ends with one', () => {
    expect(sentences(['Washington, D.C.', '1 departure'])).toBe('Washington, D.C. 1 departure');
  });

  it('leaves a single part alone', () => {
    expect(sentences(['Paris'])).toBe('Paris');
  });
});
