// The ranking and matching rules on hand-made entries, independent of GeoNames data.
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../geo/gazetteer.ts';
import { createGeocoder, GeocodeError, type ExonymTable } from '../../../geo/geocoder.ts';
import { normaliseName } from '../../../geo/normalize.ts';

let nextId = 1;
function place(
  name: string,
  country: string,
  featureCode: string,
  population: number,
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry {
  return {
    geonameId: nextId++,
    name,
    altNames: [],
    country,
    featureCode,
    population,
    lat: 0,
    lon: 0,
    ...extra,
  };
}

const bigTown = place('Springfield', 'US', 'PPLA2', 150_000);
const smallCapital = place('Springfield', 'XA', 'PPLC', 20_000);
const other = place('Springfield', 'GB', 'PPL', 150_000);
const twinA = place('Twin', 'XB', 'PPL', 500, { geonameId: 901 });
const twinB = place('Twin', 'XB', 'PPL', 500, { geonameId: 900 });
const capitalB = place('Bigtown', 'XB', 'PPLC', 1_000_000);
const seatB = place('Office Town', 'XB', 'PPLG', 400_000);
const bogusSeatC = place('Lodge', 'XC', 'PPLG', 0);
const tinySeatC = place('Hamlet', 'XC', 'PPLG', 50);
const capitalC = place('Capitol', 'XC', 'PPLC', 100_000);
const seatOnlyD = place('Seatville', 'XD', 'PPLG', 3_000);
const noCapitalE = place('Nowhere', 'XE', 'PPL', 10_000);
const localExo = place('Kobstad', 'XA', 'PPL', 5_000);
const foreignSameName = place('Kopstad', 'XB', 'PPLA', 900_000);
const accented = place('Łódźville', 'XA', 'PPL', 1_000, { altNames: ['Lodsch'] });
const genitive = place('Tallby', 'XA', 'PPL', 1_000);
const sEnding = place('Tallbys', 'XA', 'PPL', 10);

const entries = [
  bigTown,
  smallCapital,
  other,
  twinA,
  twinB,
  capitalB,
  seatB,
  bogusSeatC,
  tinySeatC,
  capitalC,
  seatOnlyD,
  noCapitalE,
  localExo,
  foreignSameName,
  accented,
  genitive,
  sEnding,
  place('Dardanelle', 'XA', 'PPL', 1_000),
];

const exonyms: ExonymTable = {
  places: [
    { geonameId: localExo.geonameId, country: 'XA', sv: 'Köpstad', en: 'Shop Town' },
    { geonameId: 999_999, country: 'XZ', sv: 'Saknas', en: 'Missing' },
  ],
};

const geo = createGeocoder(entries, exonyms);
const ids = (name: string, extra: object = {}) =>
  geo.candidates({ name, ...extra }).map((p) => p.geonameId);

describe('ranking', () => {
  it('puts a capital above a larger non-capital, then orders by population', () => {
    expect(ids('Springfield')).toEqual([
      smallCapital.geonameId,
      Math.min(bigTown.geonameId, other.geonameId),
      Math.max(bigTown.geonameId, other.geonameId),
    ]);
  });

  it('breaks full ties by the lower GeoNames id', () => {
    expect(ids('Twin')).toEqual([900, 901]);
  });

  it('puts an exonym-table hit above a bigger place whose own name matches', () => {
    // "Köpstad" normalises to "kopstad", the name of a bigger place elsewhere.
    expect(geo.geocode({ name: 'Köpstad' }).geonameId).toBe(localExo.geonameId);
    expect(ids('kopstad')).toEqual([localExo.geonameId, foreignSameName.geonameId]);
  });

  it('restricts to the country hint, falling back to non-exonym matches there', () => {
    expect(geo.geocode({ name: 'Springfield', country: 'gb' }).geonameId).toBe(other.geonameId);
    expect(geo.geocode({ name: 'Köpstad', country: 'XB' }).geonameId).toBe(
      foreignSameName.geonameId,
    );
  });
});

describe('matching', () => {
  it('ignores case and diacritics, and matches alternate names', () => {
    expect(geo.geocode({ name: 'LODZVILLE' }).geonameId).toBe(accented.geonameId);
    expect(geo.geocode({ name: 'lodsch' }).geonameId).toBe(accented.geonameId);
  });

  it('uses exonym display names and falls back to the GeoNames name', () => {
    expect(geo.geocode({ name: 'Shop Town' }).name).toEqual({ sv: 'Köpstad', en: 'Shop Town' });
    expect(geo.geocode({ name: 'Twin' }).name).toEqual({ sv: 'Twin', en: 'Twin' });
  });

  it('strips a Swedish genitive -s only when the full name has no match', () => {
    expect(geo.geocode({ name: 'Köpstads' }).geonameId).toBe(localExo.geonameId);
    expect(geo.geocode({ name: 'Tallbys' }).geonameId).toBe(sEnding.geonameId);
    expect(geo.geocode({ name: "Shop Town's", lang: 'en' }).geonameId).toBe(localExo.geonameId);
  });

  it('does not strip a bare -s from English names', () => {
    expect(ids('Dardanelles', { lang: 'sv' })).toHaveLength(1);
    expect(ids('Dardanelles', { lang: 'en' })).toEqual([]);
  });

  it('prefers the exonym whose display name is in the query language', () => {
    const a = place('Aa', 'XA', 'PPL', 10);
    const b = place('Bb', 'XA', 'PPL', 10);
    const g = createGeocoder([a, b], {
      places: [
        { geonameId: a.geonameId, country: 'XA', sv: 'Samma', en: 'Aa' },
        { geonameId: b.geonameId, country: 'XA', sv: 'Bb', en: 'Samma' },
      ],
    });
    expect(g.geocode({ name: 'Samma', lang: 'sv' }).geonameId).toBe(a.geonameId);
    expect(g.geocode({ name: 'Samma', lang: 'en' }).geonameId).toBe(b.geonameId);
  });

  it('skips exonyms whose id is not in the entries', () => {
    expect(ids('Missing')).toEqual([]);
  });
});

describe('errors', () => {
  it('names the query and the country hint', () => {
    expect(() => geo.geocode({ name: 'Atlantis' })).toThrow(
      new GeocodeError('No place named "Atlantis" in the gazetteer'),
    );
    expect(() => geo.geocode({ name: 'Twin', country: 'XA' })).toThrow(
      'No place named "Twin" in country "XA" in the gazetteer',
    );
    expect(() => geo.geocode({ name: 'Atlantis' })).toThrow(GeocodeError);
  });

  it('rejects unknown country codes', () => {
    expect(() => geo.candidates({ name: 'Twin', country: 'QQ' })).toThrow(
      'Unknown country code "QQ"',
    );
    expect(() => geo.capital('QQ')).toThrow(GeocodeError);
    expect(() => geo.seatOfGovernment('QQ')).toThrow('Unknown country code "QQ"');
  });

  it('reports a known country without a capital', () => {
    expect(() => geo.capital('XE')).toThrow('No capital of "XE" in the gazetteer');
    expect(() => geo.seatOfGovernment('XE')).toThrow(GeocodeError);
  });
});

describe('capital and seat of government', () => {
  it('prefers a credible PPLG over the PPLC', () => {
    expect(geo.capital('XB').geonameId).toBe(capitalB.geonameId);
    expect(geo.seatOfGovernment('xb').geonameId).toBe(seatB.geonameId);
  });

  it('ignores unpopulated or tiny PPLGs', () => {
    expect(geo.seatOfGovernment('XC').geonameId).toBe(capitalC.geonameId);
  });

  it('uses a PPLG when there is no capital', () => {
    expect(geo.seatOfGovernment('XD').geonameId).toBe(seatOnlyD.geonameId);
  });

  it('ranks only credible seats as centres in name matching', () => {
    const dup = createGeocoder(
      [...entries, place('Lodge', 'XC', 'PPL', 10, { geonameId: 100_000 })],
      exonyms,
    );
    // The population-0 PPLG "Lodge" gets no centre boost over the populated namesake.
    expect(dup.candidates({ name: 'Lodge' }).map((p) => p.geonameId)).toEqual([
      100_000,
      bogusSeatC.geonameId,
    ]);
  });

  it('looks places up by id', () => {
    expect(geo.byId(capitalB.geonameId)?.name.en).toBe('Bigtown');
    expect(geo.byId(123_456_789)).toBeUndefined();
  });
});

describe('normaliseName', () => {
  it('folds case, diacritics, special letters and punctuation', () => {
    expect(normaliseName('  Köpenhamn ')).toBe('kopenhamn');
    expect(normaliseName('Łódź')).toBe('lodz');
    expect(normaliseName('København')).toBe('kobenhavn');
    expect(normaliseName('Washington, D.C.')).toBe('washington d c');
    expect(normaliseName("'s-Gravenhage")).toBe('s gravenhage');
    expect(normaliseName('Kuril’sk')).toBe('kurilsk');
  });
});
