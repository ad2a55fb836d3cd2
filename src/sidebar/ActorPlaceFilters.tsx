import { useMemo } from 'react';
import { useView } from '../app/ViewContext.tsx';
import { actorOptions, placeOptions } from '../state/filters.ts';
import { ActorPlaceSelects } from './ActorPlaceSelects.tsx';

/** The actor and place filters of an open release, next to the meeting filter. */
export function ActorPlaceFilters() {
  const { index, state, t, update } = useView();
  const lang = state.lang;
  const actors = useMemo(() => actorOptions(index, lang), [index, lang]);
  const places = useMemo(() => placeOptions(index, lang), [index, lang]);
  // A filter that changes what is in view also drops the selection it may have hidden.
  return (
    <ActorPlaceSelects
      actors={actors}
      places={places}
      state={state}
      t={t}
      onChange={(patch) => update({ ...patch, selected: null })}
    />
  );
}
