import { useMemo } from 'react';
import { useView } from '../app/ViewContext';
import { actorOptions, placeOptions } from '../state/filters';
import { FilterSelect } from './FilterSelect';
import './filters.css';

/** The actor and place filters of an open release, next to the meeting filter. */
export function ActorPlaceFilters() {
  const { index, state, t, update } = useView();
  const lang = state.lang;
  const actors = useMemo(() => actorOptions(index, lang), [index, lang]);
  const places = useMemo(() => placeOptions(index, lang), [index, lang]);
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
        onChange={(actor) => update({ actor, selected: null })}
      />
      <FilterSelect
        label={t.place}
        allLabel={t.allPlaces}
        clearText={t.clear}
        clearLabel={t.clearFilter(t.place)}
        value={state.place}
        groups={[{ options: places }]}
        onChange={(place) => update({ place, selected: null })}
      />
    </>
  );
}
