import { memo } from 'react';
import type { Messages } from '../i18n/messages.ts';
import { ActorPlaceSelects } from '../sidebar/ActorPlaceSelects.tsx';
import { FilterBar } from '../sidebar/FilterBar.tsx';
import type { ActorOptions, FilterOption } from '../state/filters.ts';
import type { ViewState } from '../state/url.ts';

/**
 * The overview's actor and place filters: across releases, by actor id, country or place.
 * Their choices (hundreds) are drawn again only when a filter or the language changes.
 */
export const OverviewFilters = memo(function OverviewFilters({
  actors,
  places,
  actor,
  place,
  t,
  update,
}: {
  actors: ActorOptions;
  places: FilterOption[];
  actor: string | null;
  place: string | null;
  t: Messages;
  update: (patch: Partial<ViewState>) => void;
}) {
  return (
    <FilterBar active={[actor, place].filter(Boolean).length} t={t}>
      <ActorPlaceSelects
        actors={actors}
        places={places}
        state={{ actor, place }}
        t={t}
        onChange={update}
      />
    </FilterBar>
  );
});
