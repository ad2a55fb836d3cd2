/**
 * The actor and place filters of a release, as pure functions of the release index: who an
 * actor filter takes in (a person, an organisation, a delegation with its members, or everyone
 * from a country), and which choices the filters offer.
 */
import type { Lang } from '../model/lang.ts';
import { whoName, placeName, type ReleaseIndex } from '../model/view.ts';
import { countryName } from '../i18n/format.ts';

const COUNTRY = 'country:';

/** `country:se` → `SE`; anything else → undefined. */
export const countryOfFilter = (value: string): string | undefined =>
  value.startsWith(COUNTRY) ? value.slice(COUNTRY.length).toUpperCase() : undefined;

export const countryFilter = (code: string): string => `${COUNTRY}${code.toLowerCase()}`;

/** The country an actor is from, if the data says. */
function countryOf(index: ReleaseIndex, who: string): string | undefined {
  const affiliation = index.actors.get(who)?.affiliation;
  return affiliation && 'country' in affiliation ? affiliation.country : undefined;
}

/**
 * Whether a journey's or participant's `who` falls under an actor filter: the actor itself, a
 * delegation it belongs to, a member of the delegation filtered by, or anyone from the country.
 */
export function whoMatcher(index: ReleaseIndex, filter: string): (who: string) => boolean {
  const country = countryOfFilter(filter);
  const members = (who: string) => index.delegations.get(who)?.members ?? [];
  if (country) {
    return (who) =>
      countryOf(index, who) === country ||
      members(who).some((m) => countryOf(index, m) === country);
  }
  const own = new Set([filter, ...members(filter)]);
  return (who) => own.has(who) || members(who).includes(filter);
}

/**
 * Whether an actor filter would leave anything on the map, as whoMatcher decides it but from
 * sets made once: everyone who travels or takes part in a meeting, and the members of such a
 * delegation. (Asking whoMatcher of every journey for every choice is ten thousand journeys
 * times thousands of choices.)
 */
function onMapChecker(index: ReleaseIndex): (filter: string) => boolean {
  const everyone = new Set([
    ...index.journeys.map((j) => j.journey.who),
    ...index.release.meetings.flatMap((m) => m.participants.map((p) => p.who)),
  ]);
  const reached = new Set(everyone);
  for (const who of everyone)
    for (const member of index.delegations.get(who)?.members ?? []) reached.add(member);
  const countries = new Set([...reached].map((who) => countryOf(index, who)));
  return (filter) => {
    const country = countryOfFilter(filter);
    if (country) return countries.has(country);
    if (reached.has(filter)) return true;
    // A delegation with a member on the map.
    return (index.delegations.get(filter)?.members ?? []).some((m) => everyone.has(m));
  };
}

/**
 * Whether the release has what an actor filter names, and it is on the map: Ukraine, which
 * invites but neither travels nor sits in a meeting, is an actor no filter can show.
 */
export function actorFilterExists(index: ReleaseIndex, filter: string): boolean {
  const country = countryOfFilter(filter);
  const named = country
    ? index.release.actors.some((a) => countryOf(index, a.id) === country)
    : index.actors.has(filter) || index.delegations.has(filter);
  return named && onMapChecker(index)(filter);
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface ActorOptions {
  actors: FilterOption[];
  delegations: FilterOption[];
  countries: FilterOption[];
}

const byLabel = (lang: Lang) => (a: FilterOption, b: FilterOption) =>
  a.label.localeCompare(b.label, lang);

/**
 * What the actor filter offers: actors, delegations and countries, each sorted by name, and
 * only those that leave something on the map (a choice that empties it explains nothing).
 */
export function actorOptions(index: ReleaseIndex, lang: Lang): ActorOptions {
  const onMap = onMapChecker(index);
  const shown = (option: FilterOption) => onMap(option.value);
  const codes = new Set(
    index.release.actors.map((a) => countryOf(index, a.id)).filter((c): c is string => !!c),
  );
  return {
    actors: index.release.actors
      .map((a) => ({ value: a.id, label: whoName(index, a.id, lang) }))
      .filter(shown)
      .sort(byLabel(lang)),
    delegations: index.release.delegations
      .map((d) => ({ value: d.id, label: d.name[lang] }))
      .filter(shown)
      .sort(byLabel(lang)),
    countries: [...codes]
      .map((code) => ({ value: countryFilter(code), label: countryName(code, lang) }))
      .filter(shown)
      .sort(byLabel(lang)),
  };
}

/** What the place filter offers: every place of the release, by name. */
export function placeOptions(index: ReleaseIndex, lang: Lang): FilterOption[] {
  return index.release.places
    .map((p) => ({ value: p.id, label: placeName(p, lang) }))
    .sort(byLabel(lang));
}
