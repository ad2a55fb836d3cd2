import { useId, useState, type ReactNode } from 'react';
import './filters.css';
import type { Messages } from '../i18n/messages.ts';

/**
 * The filters' own row under the release picker and language. On a phone it folds behind one
 * "Filters" button (saying how many are set), so the map keeps its share of the screen; the
 * meeting timeline in the sheet still filters by meeting with one tap.
 */
export function FilterBar({
  active,
  t,
  children,
}: {
  /** How many filters are set. */
  active: number;
  t: Messages;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className={`filter-bar${open ? ' filter-bar--open' : ''}`}>
      <button
        type="button"
        className="filter-bar-toggle"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {active > 0 ? t.filtersSet(active) : t.filters}
      </button>
      <div id={panel} className="filter-bar-panel" role="group" aria-label={t.filters}>
        {children}
      </div>
    </div>
  );
}
