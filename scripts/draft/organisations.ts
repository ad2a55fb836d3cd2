/**
 * International organisations a release may name, with the spellings we look for and the
 * seat a journey of theirs is taken to start from. Our own small table, not the gazetteer's.
 */
import type { Bilingual } from '../../src/model/lang.ts';
import type { Span } from './words.ts';

export interface Organisation {
  id: string;
  name: Bilingual;
  /** Exact spellings, longest first is not required: matching tries the longest. */
  spellings: string[];
  /** Where the organisation sits: the origin suggested for its journeys. */
  seat: { name: string; country: string };
}

/** "NATO", but "the EU", "the UN": for messages to the editor. */
export const inProse = (o: Organisation): string =>
  o.id === 'nato' ? o.name.en : `the ${o.name.en}`;

const BRUSSELS = { name: 'Brussels', country: 'BE' };

export const ORGANISATIONS: Organisation[] = [
  {
    id: 'nato',
    name: { sv: 'NATO', en: 'NATO' },
    spellings: ['NATO', 'Nato', 'Natos', 'Nordatlantiska fördragsorganisationen'],
    seat: BRUSSELS,
  },
  {
    id: 'european-commission',
    name: { sv: 'Europeiska kommissionen', en: 'European Commission' },
    spellings: [
      'Europeiska kommissionen',
      'Europeiska kommissionens',
      'EU-kommissionen',
      'EU-kommissionens',
      'European Commission',
    ],
    seat: BRUSSELS,
  },
  {
    id: 'european-council',
    name: { sv: 'Europeiska rådet', en: 'European Council' },
    spellings: ['Europeiska rådet', 'Europeiska rådets', 'European Council'],
    seat: BRUSSELS,
  },
  {
    id: 'council-of-the-eu',
    name: { sv: 'Europeiska unionens råd', en: 'Council of the European Union' },
    spellings: [
      'Europeiska unionens råd',
      'Council of the European Union',
      'Council of the EU',
      'ministerrådet',
    ],
    seat: BRUSSELS,
  },
  {
    id: 'european-parliament',
    name: { sv: 'Europaparlamentet', en: 'European Parliament' },
    spellings: ['Europaparlamentet', 'Europaparlamentets', 'European Parliament'],
    seat: BRUSSELS,
  },
  {
    id: 'eu',
    name: { sv: 'EU', en: 'EU' },
    spellings: ['EU', 'Europeiska unionen', 'Europeiska unionens', 'European Union'],
    seat: BRUSSELS,
  },
  {
    id: 'un',
    name: { sv: 'FN', en: 'UN' },
    spellings: ['FN', 'FN:s', 'Förenta nationerna', 'Förenta nationernas', 'UN', 'United Nations'],
    seat: { name: 'New York', country: 'US' },
  },
  {
    id: 'osce',
    name: { sv: 'OSSE', en: 'OSCE' },
    spellings: ['OSSE', 'OSCE'],
    seat: { name: 'Vienna', country: 'AT' },
  },
  {
    id: 'council-of-europe',
    name: { sv: 'Europarådet', en: 'Council of Europe' },
    spellings: ['Europarådet', 'Europarådets', 'Council of Europe'],
    seat: { name: 'Strasbourg', country: 'FR' },
  },
];

export const organisationById = (id: string): Organisation | undefined =>
  ORGANISATIONS.find((o) => o.id === id);

export interface OrganisationFind extends Span {
  label: string;
  organisation: Organisation;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every spelling, longest first, so "EU-kommissionen" wins over "EU".
const SPELLINGS = ORGANISATIONS.flatMap((organisation) =>
  organisation.spellings.map((spelling) => ({ spelling, organisation })),
).sort((a, b) => b.spelling.length - a.spelling.length);

const PATTERN = new RegExp(
  // Not inside a word, and not the first part of a compound ("EU-länder").
  `(?<![\\p{L}\\p{N}-])(${SPELLINGS.map((s) => escape(s.spelling)).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'gu',
);

/** Organisations named in a text, by exact spelling (case matters: "un" is not the UN). */
export function findOrganisations(text: string): OrganisationFind[] {
  const found: OrganisationFind[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const label = match[0];
    const entry = SPELLINGS.find((s) => s.spelling === label);
    if (entry)
      found.push({
        start: match.index,
        end: match.index + label.length,
        label,
        organisation: entry.organisation,
      });
  }
  return found;
}
