/** The extraction units: places, countries, organisations, people, language. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Geocoder } from '../../../geo/geocoder.ts';
import { findCountries, findDemonyms, nationality } from '../../../scripts/draft/countries.ts';
import { detectLanguage } from '../../../scripts/draft/language.ts';
import { findOrganisations } from '../../../scripts/draft/organisations.ts';
import { findPeople, roleOf } from '../../../scripts/draft/people.ts';
import { findPlaces } from '../../../scripts/draft/places.ts';
import { getGeocoder } from './support.ts';

let geocoder: Geocoder;
beforeAll(() => {
  geocoder = getGeocoder();
}, 60_000);

const places = (text: string, lang: 'sv' | 'en' = 'sv') =>
  findPlaces(text, lang, geocoder).map((p) => ({
    label: p.label,
    status: p.status,
    id: p.place?.geonameId,
    name: p.place?.name.en,
  }));

describe('places', () => {
  test('Swedish exonyms, inflected: Kievs, Bryssels, i Köpenhamn', () => {
    expect(
      places('Kievs borgmästare reste till Bryssels centrum och sedan vidare i Köpenhamn.'),
    ).toEqual([
      { label: 'Kievs', status: 'resolved', id: 703448, name: 'Kyiv' },
      { label: 'Bryssels', status: 'resolved', id: 2800866, name: 'Brussels' },
      { label: 'Köpenhamn', status: 'resolved', id: 2618425, name: 'Copenhagen' },
    ]);
  });

  test('Swedish exonyms of European cities: Odessa, Lviv, München, Åbo, Charkiv, Neapel', () => {
    expect(
      places(
        'Ministern reste från Odessa till Lviv och vidare till München, Åbo, Charkiv och Neapel.',
      ).map((p) => [p.label, p.name]),
    ).toEqual([
      ['Odessa', 'Odesa'],
      ['Lviv', 'Lviv'],
      ['München', 'Munich'],
      ['Åbo', 'Turku'],
      ['Charkiv', 'Kharkiv'],
      ['Neapel', 'Naples'],
    ]);
    expect(places('She travelled from Odesa to Mykolaiv.', 'en')).toEqual([
      { label: 'Odesa', status: 'resolved', id: 698740, name: 'Odesa' },
      { label: 'Mykolaiv', status: 'resolved', id: 700569, name: 'Mykolaiv' },
    ]);
  });

  test('the label is exactly the text it covers', () => {
    const text = 'Mötet hölls i Helsingfors och i Haag.';
    for (const p of findPlaces(text, 'sv', geocoder))
      expect(text.slice(p.start, p.end)).toBe(p.label);
  });

  test('English names and a possessive: Kyiv’s, in Warsaw', () => {
    expect(places('She met Kyiv’s mayor and then flew to Warsaw.', 'en')).toEqual([
      { label: 'Kyiv', status: 'resolved', id: 703448, name: 'Kyiv' },
      { label: 'Warsaw', status: 'resolved', id: 756135, name: 'Warsaw' },
    ]);
  });

  test('no false hits: sentence-initial words, names, small places without a cue', () => {
    // "Även", "Fokus" start sentences; "Maria" and "Donald" are small places somewhere.
    expect(places('Även Maria deltog. Fokus låg på Donald och Victoria.')).toEqual([]);
  });

  test('a sentence-initial exonym still counts', () => {
    expect(places('Kiev var målet.')).toMatchObject([{ label: 'Kiev', status: 'resolved' }]);
  });

  test('a smaller town counts after a preposition, not without one', () => {
    expect(places('Hon reste till Kiruna.')).toMatchObject([
      { label: 'Kiruna', status: 'resolved' },
    ]);
    expect(places('Hon talade om Kiruna.')).toEqual([]);
  });

  test('a name in several countries with similar populations is ambiguous', () => {
    const [valencia] = findPlaces('Hon reste till Valencia.', 'sv', geocoder);
    expect(valencia?.status).toBe('ambiguous');
    expect(
      new Set([valencia?.place?.country, ...(valencia?.alternatives ?? []).map((a) => a.country)]),
    ).toEqual(new Set(['VE', 'ES']));
  });

  test('a country named in the release settles an ambiguous name', () => {
    const [valencia] = findPlaces('Hon reste till Valencia.', 'sv', geocoder, {
      countries: ['ES'],
    });
    expect(valencia).toMatchObject({ status: 'resolved', place: { country: 'ES' } });
  });

  test('an unknown name after a preposition is reported as unresolved', () => {
    // "på" names an island or an estate where someone goes or receives guests.
    expect(places('Statsministern tar emot gästerna på Harpsund och i Xyzzyborg.')).toEqual([
      { label: 'Harpsund', status: 'unresolved', id: undefined, name: undefined },
      { label: 'Xyzzyborg', status: 'unresolved', id: undefined, name: undefined },
    ]);
  });
});

describe('countries', () => {
  test('"Vitryssland" is Belarus; demonyms name their country', () => {
    expect(findCountries('Oppositionen i Vitryssland', 'sv').map((c) => c.code)).toEqual(['BY']);
    expect(
      findDemonyms('de svenska och finska ansökningarna', 'sv').map((c) => [c.label, c.code]),
    ).toEqual([
      ['svenska', 'SE'],
      ['finska', 'FI'],
    ]);
    expect(
      findDemonyms('the Swedish and Finnish applications, as told to us', 'en').map((c) => [
        c.label,
        c.code,
      ]),
    ).toEqual([
      ['Swedish', 'SE'],
      ['Finnish', 'FI'],
    ]);
  });

  test('names, Swedish genitives and English possessives', () => {
    const found = (text: string, lang: 'sv' | 'en') =>
      findCountries(text, lang).map((c) => [c.label, c.code, c.genitive]);
    expect(found('Ukrainas säkerhet är viktig för Sverige och USA:s stöd.', 'sv')).toEqual([
      ['Ukrainas', 'UA', true],
      ['Sverige', 'SE', false],
      ['USA', 'US', true],
    ]);
    expect(found('Ukraine’s allies in the United Kingdom and the Netherlands.', 'en')).toEqual([
      ['Ukraine', 'UA', true],
      ['United Kingdom', 'GB', false],
      ['Netherlands', 'NL', false],
    ]);
    expect(found('Förenade kungariket och Nederländerna.', 'sv')).toEqual([
      ['Förenade kungariket', 'GB', false],
      ['Nederländerna', 'NL', false],
    ]);
  });

  test('"us" is not the United States', () => {
    expect(findCountries('Join us in Kyiv.', 'en')).toEqual([]);
  });

  test('nationality adjectives', () => {
    expect(nationality('amerikanska', 'sv')).toBe('US');
    expect(nationality('ukrainske', 'sv')).toBe('UA');
    expect(nationality('American', 'en')).toBe('US');
    expect(nationality('gröna', 'sv')).toBeUndefined();
  });
});

describe('organisations', () => {
  const orgs = (text: string) => findOrganisations(text).map((o) => [o.label, o.organisation.id]);

  test('NATO, the EU and its institutions, the UN', () => {
    expect(
      orgs('NATO och EU samt Europeiska kommissionen och Europeiska rådet, FN och Natos chef.'),
    ).toEqual([
      ['NATO', 'nato'],
      ['EU', 'eu'],
      ['Europeiska kommissionen', 'european-commission'],
      ['Europeiska rådet', 'european-council'],
      ['FN', 'un'],
      ['Natos', 'nato'],
    ]);
    expect(orgs('The European Commission, the European Council and the UN.')).toEqual([
      ['European Commission', 'european-commission'],
      ['European Council', 'european-council'],
      ['UN', 'un'],
    ]);
  });

  test('not inside words or compounds, and case matters', () => {
    expect(orgs('EU-länder, FNL och un-named reuters. EU:s budget')).toEqual([['EU', 'eu']]);
  });
});

describe('people with titles', () => {
  const people = (text: string, lang: 'sv' | 'en' = 'sv') =>
    findPeople(text, lang).map((p) => ({
      label: p.label,
      name: p.name,
      title: p.title.en,
      country: p.country,
    }));

  test('Swedish: president, statsminister, a country or nationality before the title', () => {
    expect(
      people(
        'Gruppen togs emot av president Zelenskyj. Statsminister Ulf Kristersson deltog. Även det amerikanska sändebudet Steve Witkoff ringde in, liksom Ukrainas nationella säkerhetsrådgivare tillika chefsförhandlare Rustem Umjerov.',
      ),
    ).toEqual([
      { label: 'Zelenskyj', name: 'Zelenskyj', title: 'President', country: undefined },
      { label: 'Ulf Kristersson', name: 'Ulf Kristersson', title: 'Prime Minister', country: 'SE' },
      { label: 'Steve Witkoff', name: 'Steve Witkoff', title: 'Envoy', country: 'US' },
      { label: 'Rustem Umjerov', name: 'Rustem Umjerov', title: 'Chief Negotiator', country: 'UA' },
    ]);
  });

  // A Swedish office with no country named is taken to be Sweden's (and flagged as assumed).
  test('English: Foreign Minister X, the US envoy Y, Prime Minister Z of Poland', () => {
    expect(
      people(
        'Foreign Minister Annalena Baerbock met the US envoy Steve Witkoff and Prime Minister Donald Tusk of Poland.',
        'en',
      ),
    ).toEqual([
      {
        label: 'Annalena Baerbock',
        name: 'Annalena Baerbock',
        title: 'Foreign Minister',
        country: 'SE',
      },
      { label: 'Steve Witkoff', name: 'Steve Witkoff', title: 'Envoy', country: 'US' },
      { label: 'Donald Tusk', name: 'Donald Tusk', title: 'Prime Minister', country: 'PL' },
    ]);
  });

  test('a Swedish office named without its holder', () => {
    const [pm] = findPeople('Mötet där statsministern deltar.', 'sv');
    expect(pm).toMatchObject({ label: 'statsministern', country: 'SE', assumedSwedish: true });
    expect(pm?.name).toBeUndefined();
    expect(pm && roleOf(pm, 'sv')).toEqual({
      sv: 'Sveriges statsminister',
      en: 'Prime Minister of Sweden',
    });
  });

  test('a name stops at a country: "statsministern Litauens president Gitanas Nausėda"', () => {
    expect(people('I Vilnius träffar statsministern Litauens president Gitanas Nausėda.')).toEqual([
      { label: 'statsministern', name: undefined, title: 'Prime Minister', country: 'SE' },
      { label: 'Gitanas Nausėda', name: 'Gitanas Nausėda', title: 'President', country: 'LT' },
    ]);
  });

  test('roles keep what the release writes and translate the title', () => {
    const [umerov] = findPeople('samtal med Ukrainas chefsförhandlare Rustem Umjerov', 'sv');
    expect(umerov && roleOf(umerov, 'sv')).toEqual({
      sv: 'Ukrainas chefsförhandlare',
      en: 'Chief Negotiator of Ukraine',
    });
  });

  test('an organisation before the title is the affiliation', () => {
    expect(findPeople('Natos generalsekreterare Mark Rutte', 'sv')[0]).toMatchObject({
      name: 'Mark Rutte',
      organisation: 'nato',
    });
  });
});

describe('language', () => {
  test('Swedish and English by their stop words', () => {
    expect(
      detectLanguage(
        'Statsministern reser till Kiev och träffar presidenten för att diskutera stödet.',
      ).lang,
    ).toBe('sv');
    expect(
      detectLanguage(
        'The Prime Minister will travel to Kyiv and meet the President to discuss support.',
      ).lang,
    ).toBe('en');
  });
});
