import { describe, expect, it } from 'vitest';
import { countryCode, countryName } from '../../../geo/countries.ts';

describe('countryName', () => {
  it('names countries in Swedish and English', () => {
    expect(countryName('UA', 'sv')).toBe('Ukraina');
    expect(countryName('UA', 'en')).toBe('Ukraine');
    expect(countryName('NL', 'sv')).toBe('Nederländerna');
    expect(countryName('nl', 'en')).toBe('Netherlands');
    expect(countryName('SE', 'sv')).toBe('Sverige');
  });

  it('uses short forms where the ISO name reads badly', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('US', 'sv')).toBe('USA');
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('PS', 'sv')).toBe('Palestina');
  });

  it('returns undefined for unknown codes', () => {
    expect(countryName('QQ', 'en')).toBeUndefined();
  });
});

describe('countryCode', () => {
  it('accepts Swedish and English names in any case', () => {
    expect(countryCode('Ukraina')).toBe('UA');
    expect(countryCode('ukraine')).toBe('UA');
    expect(countryCode('Nederländerna')).toBe('NL');
    expect(countryCode('NEDERLANDERNA')).toBe('NL');
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode('Netherlands')).toBe('NL');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('Förenta staterna')).toBe('US');
    expect(countryCode('Russia')).toBe('RU');
    expect(countryCode('Ryssland')).toBe('RU');
  });

  it('restricts to one language when asked', () => {
    expect(countryCode('Ukraina', 'sv')).toBe('UA');
    expect(countryCode('Ukraina', 'en')).toBeUndefined();
  });

  it('returns undefined for unknown or ambiguous names', () => {
    expect(countryCode('Atlantis')).toBeUndefined();
    // English "Congo" is an alias of both CG and CD.
    expect(countryCode('Congo', 'en')).toBeUndefined();
    expect(countryCode('Republic of the Congo', 'en')).toBe('CG');
  });
});
