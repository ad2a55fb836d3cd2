/**
 * What the overview's filters offer, as pure functions of the loaded releases: actors,
 * delegations and countries; places by GeoNames id; releases per month for the date range.
 * The filtering itself is in archive.ts.
 */
import type { Lang } from '../model/lang.ts';
import { placeName, whoName, type ReleaseIndex } from '../model/view.ts';
import { countryName } from '../i18n/format.ts';
import { countryFilter, type ActorOptions, type FilterOption } from '../state/filters.ts';
import { shown, type UrlNotice } from '../state/url.ts';
import { monthOf, type OverviewFilters } from './archive.ts';

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

/**
 * Of each month of `months`, how many of the releases `releaseIds` (those with a trip the actor
 * and place filters keep) were visits that month, counted as releasesPerMonth counts.
 */
export function matchingPerMonth(
  months: string[],
  releases: ReadonlyArray<{ id: string; visitDate: string }>,
  releaseIds: ReadonlySet<string>,
): number[] {
  const kept = releases.filter((r) => releaseIds.has(r.id)).map((r) => r.visitDate);
  const counts = new Map(releasesPerMonth(kept).map((m) => [m.month, m.count]));
  return months.map((m) => counts.get(m) ?? 0);
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

/** What the loaded archive has to filter by: its actors, its places and its months, oldest first. */
export interface ArchiveKnows {
  actors: ActorOptions;
  places: FilterOption[];
  months: string[];
}

/**
 * The overview's filters as the archive can answer them: an actor or place no release has, or a
 * date range with no month of the archive in it, is dropped with a notice, as a release drops
 * a meeting it does not have (resolveState), so the controls never show one view and the
 * counts another.
 */
export function resolveOverview(
  state: OverviewFilters,
  known: ArchiveKnows,
): { filters: OverviewFilters; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const filters = { ...state };
  const { actors, delegations, countries } = known.actors;
  const has = (options: FilterOption[], value: string) => options.some((o) => o.value === value);
  if (filters.actor && ![actors, delegations, countries].some((o) => has(o, filters.actor ?? ''))) {
    notices.push({ kind: 'unknownActor', value: shown(filters.actor) });
    filters.actor = null;
  }
  if (filters.place && !has(known.places, filters.place)) {
    notices.push({ kind: 'unknownPlace', value: shown(filters.place) });
    filters.place = null;
  }
  const [first, last] = [known.months[0], known.months.at(-1)];
  const outside =
    first !== undefined &&
    last !== undefined &&
    ((filters.from !== null && filters.from > last) || (filters.to !== null && filters.to < first));
  if (outside) {
    notices.push({ kind: 'unknownRange', value: shown(`${state.from ?? ''}–${state.to ?? ''}`) });
    filters.from = null;
    filters.to = null;
  }
  return { filters, notices };
}
