import { useMemo } from 'react';
import type { Messages } from '../i18n/messages.ts';
import type { ActorOptions, FilterOption } from '../state/filters.ts';
import type { ViewState } from '../state/url.ts';
import { FilterSelect } from './FilterSelect.tsx';
import './filters.css';

/**
 * The actor and place selects, each with its Clear button: the same controls in a release and
 * in the overview, which differ only in their options and in what a change also resets.
 */
export function ActorPlaceSelects({
  actors,
  places,
  state,
  t,
  onChange,
}: {
  actors: ActorOptions;
  places: FilterOption[];
  state: Pick<ViewState, 'actor' | 'place'>;
  t: Messages;
  onChange: (patch: Partial<Pick<ViewState, 'actor' | 'place'>>) => void;
}) {
  const actorGroups = useMemo(
    () =>
      [
        { label: t.actorKinds, options: actors.actors },
        { label: t.delegations, options: actors.delegations },
        { label: t.countries, options: actors.countries },
      ].filter((g) => g.options.length > 0),
    [actors, t],
  );
  const placeGroups = useMemo(() => [{ options: places }], [places]);
  return (
    <>
      <FilterSelect
        label={t.actor}
        allLabel={t.allActors}
        clearText={t.clear}
        clearLabel={t.clearFilter(t.actor)}
        value={state.actor}
        groups={actorGroups}
        onChange={(actor) => onChange({ actor })}
      />
      <FilterSelect
        label={t.place}
        allLabel={t.allPlaces}
        clearText={t.clear}
        clearLabel={t.clearFilter(t.place)}
        value={state.place}
        groups={placeGroups}
        onChange={(place) => onChange({ place })}
      />
    </>
  );
}
