import { useMemo } from 'react';
import type { Messages } from '../i18n/messages';
import type { ReleaseIndex } from '../model/view';
import { ActorPlaceSelects } from '../sidebar/ActorPlaceSelects';
import { FilterBar } from '../sidebar/FilterBar';
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
    <FilterBar active={[state.actor, state.place].filter(Boolean).length} t={t}>
      <ActorPlaceSelects actors={actors} places={places} state={state} t={t} onChange={update} />
    </FilterBar>
  );
}
