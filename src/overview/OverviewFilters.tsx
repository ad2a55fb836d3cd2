import { useMemo } from 'react';
import type { Messages } from '../i18n/messages';
import type { ReleaseIndex } from '../model/view';
import { FilterSelect } from '../sidebar/FilterSelect';
import '../sidebar/filters.css';
import type { ViewState } from '../state/url';
import { overviewActorOptions, overviewPlaceOptions } from './filters';

/** The overview's actor and place filters: across releases, by actor id, country or place. */
export function OverviewFilters({
  indexes,
  state,
  t,
  update,
}: {
  indexes: ReleaseIndex[];
  state: ViewState;
  t: Messages;
  update: (patch: Partial<ViewState>) => void;
}) {
  const lang = state.lang;
  const actors = useMemo(() => overviewActorOptions(indexes, lang), [indexes, lang]);
  const places = useMemo(() => overviewPlaceOptions(indexes, lang), [indexes, lang]);
  return (
    <>
      <FilterSelect
        label={t.actor}
        allLabel={t.allActors}
        clearText={t.clear}
        clearLabel={t.clearFilter(t.actor)}
        value={state.actor}
        groups={[
          { label: t.actorKinds, options: actors.actors },
          { label: t.delegations, options: actors.delegations },
          { label: t.countries, options: actors.countries },
        ].filter((g) => g.options.length > 0)}
        onChange={(actor) => update({ actor })}
      />
      <FilterSelect
        label={t.place}
        allLabel={t.allPlaces}
        clearText={t.clear}
        clearLabel={t.clearFilter(t.place)}
        value={state.place}
        groups={[{ options: places }]}
        onChange={(place) => update({ place })}
      />
    </>
  );
}
