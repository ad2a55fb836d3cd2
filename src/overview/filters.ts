/**
 * The overview's filters as pure functions of the loaded releases: an actor (by id across
 * releases, a delegation, or everyone from a country), a place (by GeoNames id, since place ids
 * are per release), and a range of months of the visit date. They combine with AND.
 */
import type { Lang } from '../model/lang';
import { placeName, whoName, type ReleaseIndex } from '../model/view';
import { countryName } from '../i18n/format';
import { countryFilter, whoMatcher, type FilterOption } from '../state/filters';
import type { ViewState } from '../state/url';

export type OverviewFilters = Pick<ViewState, 'actor' | 'place' | 'from' | 'to'>;

const monthOf = (isoDate: string) => isoDate.slice(0, 7);

export const inRange = (month: string, { from, to }: Pick<ViewState, 'from' | 'to'>): boolean =>
  (!from || month >= from) && (!to || month <= to);

/**
 * The releases in the date range, each with only the journeys the actor and place filters let
 * through. A release with no such journey is left out when an actor or place is filtered by.
 */
export function narrow(indexes: ReleaseIndex[], filters: OverviewFilters): ReleaseIndex[] {
  const place = filters.place === null ? null : Number(filters.place);
  const out: ReleaseIndex[] = [];
  for (const index of indexes) {
    if (!inRange(monthOf(index.release.meta.visitDate), filters)) continue;
    if (!filters.actor && place === null) {
      out.push(index);
      continue;
    }
    const matchesWho = filters.actor ? whoMatcher(index, filters.actor) : () => true;
    const journeys = index.journeys.filter(
      (j) =>
        matchesWho(j.journey.who) &&
        (place === null ||
          j.from.geocoded.geonameId === place ||
          j.to.geocoded.geonameId === place),
    );
    if (journeys.length > 0) out.push({ ...index, journeys });
  }
  return out;
}

/** Releases per month of the visit, every month from the first to the last, oldest first. */
export function releasesPerMonth(visitDates: string[]): Array<{ month: string; count: number }> {
  const months = visitDates
    .filter((d) => /^\d{4}-\d{2}/.test(d))
    .map(monthOf)
    .sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const counts = new Map<string, number>();
  for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
  const out: Array<{ month: string; count: number }> = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

const byLabel = (lang: Lang) => (a: FilterOption, b: FilterOption) =>
  a.label.localeCompare(b.label, lang);

/** Actors, delegations and countries of every release; a name from the newest that has it. */
export function overviewActorOptions(indexes: ReleaseIndex[], lang: Lang) {
  const actors = new Map<string, string>();
  const delegations = new Map<string, string>();
  const countries = new Set<string>();
  for (const index of indexes) {
    for (const a of index.release.actors) {
      if (!actors.has(a.id)) actors.set(a.id, whoName(index, a.id, lang));
      if (a.affiliation && 'country' in a.affiliation) countries.add(a.affiliation.country);
    }
    for (const d of index.release.delegations)
      if (!delegations.has(d.id)) delegations.set(d.id, d.name[lang]);
  }
  const options = (m: Map<string, string>) =>
    [...m].map(([value, label]) => ({ value, label })).sort(byLabel(lang));
  return {
    actors: options(actors),
    delegations: options(delegations),
    countries: [...countries]
      .map((code) => ({ value: countryFilter(code), label: countryName(code, lang) }))
      .sort(byLabel(lang)),
  };
}

/** Every place any journey starts or ends at, by GeoNames id. */
export function overviewPlaceOptions(indexes: ReleaseIndex[], lang: Lang): FilterOption[] {
  const places = new Map<string, string>();
  for (const index of indexes)
    for (const j of index.journeys)
      for (const p of [j.from, j.to])
        if (!places.has(String(p.geocoded.geonameId)))
          places.set(String(p.geocoded.geonameId), placeName(p, lang));
  return [...places].map(([value, label]) => ({ value, label })).sort(byLabel(lang));
}
