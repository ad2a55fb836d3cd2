/**
 * The places and actors a draft suggests, with ids, from what the extractors found and from
 * what the suggestions need (seats of government, organisations' seats). Places are geocoded
 * with geo/places.ts, so every coordinate comes from the gazetteer.
 */
import { countryName } from '../../geo/countries.ts';
import { GeocodeError, type GeocodedPlace, type Geocoder } from '../../geo/geocoder.ts';
import { geocodePlace, type Geocoded } from '../../geo/places.ts';
import type { Bilingual, Lang } from '../../src/model/lang.ts';
import type { PlaceInput, PlaceKind } from '../../src/model/schema.ts';
import { inProse, organisationById, type Organisation } from './organisations.ts';
import { roleOf, type PersonFind } from './people.ts';
import type { PlaceFind } from './places.ts';
import { slugify } from './words.ts';

/** The Government whose releases these are: its people travel from its seat. */
export const HOME = { country: 'SE', seat: { name: 'Stockholm', country: 'SE' } } as const;

export interface PlaceEntity {
  id: string;
  kind: PlaceKind;
  query: PlaceInput['query'];
  geocoded?: Geocoded;
  /** Country the place is in, for telling locals from travellers. */
  country?: string;
  names: Bilingual;
  /** How it came about: found in the text, or needed by a suggestion. */
  origin: 'text' | 'inferred';
  status: 'resolved' | 'ambiguous' | 'unresolved';
  alternatives: GeocodedPlace[];
  exonym: boolean;
  /** What the text calls it. */
  labels: string[];
  /** Why it is there, if the text does not name it. */
  why?: string;
  /** Set when it could not be geocoded. */
  error?: string;
}

export interface ActorEntity {
  id: string;
  kind: 'person' | 'organisation' | 'country' | 'group';
  name?: Bilingual;
  role?: Bilingual;
  country?: string;
  organisation?: Organisation;
  /** Member of an organisation named before the title ("Natos generalsekreterare"). */
  memberOf?: string;
  head: boolean;
  assumedSwedish: boolean;
  labels: string[];
}

export interface Registry {
  places: PlaceEntity[];
  actors: ActorEntity[];
  fromPlaceFind(find: PlaceFind): PlaceEntity;
  countryPlace(code: string, label?: string): PlaceEntity;
  /** A city by name and country, for places the text does not name (an origin). */
  city(name: string, country: string, kind: PlaceKind, why: string): PlaceEntity | undefined;
  seatOfGovernment(country: string): PlaceEntity | undefined;
  home(): PlaceEntity;
  organisationSeat(organisation: Organisation): PlaceEntity | undefined;
  organisation(organisation: Organisation, label: string): ActorEntity;
  country(code: string, label: string): ActorEntity;
  person(person: PersonFind, key: string, label: string): ActorEntity;
  place(id: string): PlaceEntity | undefined;
  actor(id: string): ActorEntity | undefined;
}

export function createRegistry(geocoder: Geocoder, lang: Lang): Registry {
  const places: PlaceEntity[] = [];
  const actors: ActorEntity[] = [];
  const placeKeys = new Map<string, PlaceEntity>();
  const actorKeys = new Map<string, ActorEntity>();

  const uniqueId = (base: string, taken: (id: string) => boolean): string => {
    const id = base || 'item';
    if (!taken(id)) return id;
    for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
  };
  const placeId = (base: string) => uniqueId(base, (id) => places.some((p) => p.id === id));
  const actorId = (base: string) => uniqueId(base, (id) => actors.some((a) => a.id === id));

  const geocode = (entity: PlaceEntity): PlaceEntity => {
    try {
      entity.geocoded = geocodePlace(geocoder, {
        id: entity.id,
        kind: entity.kind,
        query: entity.query,
      });
    } catch (error) {
      if (!(error instanceof GeocodeError)) throw error;
      entity.error = error.message;
    }
    return entity;
  };
  const addPlace = (
    key: string,
    make: () => Omit<PlaceEntity, 'id'> & { base: string },
  ): PlaceEntity => {
    const existing = placeKeys.get(key);
    if (existing) return existing;
    const { base, ...rest } = make();
    const entity = geocode({ id: placeId(base), ...rest });
    places.push(entity);
    placeKeys.set(key, entity);
    return entity;
  };
  const addLabel = <T extends { labels: string[] }>(entity: T, label: string | undefined): T => {
    if (label && !entity.labels.includes(label)) entity.labels.push(label);
    return entity;
  };

  const gazetteerPlace = (
    place: GeocodedPlace,
    kind: PlaceKind,
    extra: Partial<PlaceEntity>,
    why?: string,
  ) =>
    addPlace(`geo:${place.geonameId}`, () => ({
      base: slugify(place.name.en),
      kind,
      // The English name and the country, as the first release writes its queries.
      query: { name: place.name.en, country: place.country },
      country: place.country,
      names: place.name,
      origin: why ? 'inferred' : 'text',
      status: 'resolved',
      alternatives: [],
      exonym: false,
      labels: [],
      ...(why ? { why } : {}),
      ...extra,
    }));

  const registry: Registry = {
    places,
    actors,
    fromPlaceFind(find) {
      if (find.status === 'unresolved' || !find.place) {
        const name = find.label.replace(lang === 'sv' ? /s$/u : /['’]s$/u, '');
        return addLabel(
          addPlace(`name:${slugify(find.label)}`, () => ({
            base: slugify(name),
            kind: 'venue',
            query: { name },
            names: { sv: name, en: name },
            origin: 'text',
            status: 'unresolved',
            alternatives: [],
            exonym: false,
            labels: [],
          })),
          find.label,
        );
      }
      const entity = gazetteerPlace(find.place, 'city', {
        status: find.status,
        alternatives: find.alternatives,
        exonym: find.exonym,
        origin: 'text',
      });
      if (entity.origin === 'inferred') {
        // First added as an origin, now also named in the text.
        Object.assign(entity, {
          status: find.status,
          alternatives: find.alternatives,
          exonym: find.exonym,
        });
        entity.origin = 'text';
        delete entity.why;
      }
      return addLabel(entity, find.label);
    },
    countryPlace(code, label) {
      const names = { sv: countryName(code, 'sv') ?? code, en: countryName(code, 'en') ?? code };
      const entity = addPlace(`country:${code}`, () => ({
        base: places.some((p) => p.id === slugify(names.en))
          ? `${slugify(names.en)}-country`
          : slugify(names.en),
        kind: 'country',
        query: { country: code },
        country: code,
        names,
        origin: 'text',
        status: 'resolved',
        alternatives: [],
        exonym: false,
        labels: [],
      }));
      return addLabel(entity, label);
    },
    city(name, country, kind, why) {
      const found = geocoder.candidates({ name, country, lang: 'en' })[0];
      return found ? gazetteerPlace(found, kind, {}, why) : undefined;
    },
    seatOfGovernment(country) {
      try {
        const seat = geocoder.seatOfGovernment(country);
        return gazetteerPlace(
          seat,
          'city',
          {},
          `the seat of government of ${countryName(country, 'en') ?? country} (${country})`,
        );
      } catch (error) {
        if (error instanceof GeocodeError) return undefined;
        throw error;
      }
    },
    home() {
      const entity = registry.city(
        HOME.seat.name,
        HOME.seat.country,
        'city',
        'the seat of the Swedish Government',
      );
      if (!entity) throw new Error('Stockholm is missing from the gazetteer');
      return entity;
    },
    organisationSeat(organisation) {
      return registry.city(
        organisation.seat.name,
        organisation.seat.country,
        'seat',
        `the seat of ${inProse(organisation)}`,
      );
    },
    organisation(organisation, label) {
      let entity = actorKeys.get(`org:${organisation.id}`);
      if (!entity) {
        entity = {
          id: actorId(organisation.id),
          kind: 'organisation',
          name: organisation.name,
          organisation,
          head: false,
          assumedSwedish: false,
          labels: [],
        };
        actors.push(entity);
        actorKeys.set(`org:${organisation.id}`, entity);
      }
      return addLabel(entity, label);
    },
    country(code, label) {
      let entity = actorKeys.get(`country:${code}`);
      if (!entity) {
        const name = { sv: countryName(code, 'sv') ?? code, en: countryName(code, 'en') ?? code };
        entity = {
          id: actorId(slugify(name.en)),
          kind: 'country',
          name,
          country: code,
          head: false,
          assumedSwedish: false,
          labels: [],
        };
        actors.push(entity);
        actorKeys.set(`country:${code}`, entity);
      }
      return addLabel(entity, label);
    },
    person(person, key, label) {
      let entity = actorKeys.get(key);
      if (!entity) {
        // The surname: the last word, or from a particle on ("von der Leyen").
        const words = person.name?.split(/\s+/) ?? [];
        const particle = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
        const surname = slugify(words.slice(particle > 0 ? particle : -1).join(' '));
        const base = person.name
          ? actors.some((a) => a.id === surname)
            ? slugify(person.name)
            : surname
          : `swedish-${slugify(person.title.en)}`;
        const org = person.organisation ? organisationById(person.organisation) : undefined;
        entity = {
          id: actorId(base),
          kind: 'person',
          ...(person.name ? { name: { sv: person.name, en: person.name } } : {}),
          role: roleOf(person, lang),
          ...(person.country ? { country: person.country } : {}),
          ...(org ? { memberOf: org.id } : {}),
          head: person.title.head === true,
          assumedSwedish: person.assumedSwedish === true,
          labels: [],
        };
        actors.push(entity);
        actorKeys.set(key, entity);
      }
      return addLabel(entity, label);
    },
    place: (id) => places.find((p) => p.id === id),
    actor: (id) => actors.find((a) => a.id === id),
  };
  return registry;
}
