/**
 * Says the page shows the view its address asks for: public/view-pending.js hides the sidebar
 * of a prerendered page whose query opens details, and this shows it again in the same commit
 * as the details, before that frame is painted, so the text appears in its final place.
 */
import { useLayoutEffect } from 'react';
import { useSearch } from '../state/useViewState.ts';

export function ViewApplied() {
  const search = useSearch();
  useLayoutEffect(() => {
    // While hydrating, the page renders as the server did, without the query.
    if (search === window.location.search) delete document.documentElement.dataset.viewPending;
  }, [search]);
  return null;
}
