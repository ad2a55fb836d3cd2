import { memo, useId } from 'react';
import type { FilterOption } from '../state/filters.ts';

export interface OptionGroup {
  /** Shown as an optgroup; without one the options stand alone. */
  label?: string;
  options: FilterOption[];
}

/**
 * The options, drawn again only when they change: an archive's actor list runs to thousands,
 * and the select re-renders with every change of the view (pass `groups` memoised).
 */
const Options = memo(function Options({ groups }: { groups: OptionGroup[] }) {
  return groups.map((group, i) =>
    group.label ? (
      <optgroup key={group.label} label={group.label}>
        {group.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </optgroup>
    ) : (
      group.options.map((o) => (
        <option key={`${i}-${o.value}`} value={o.value}>
          {o.label}
        </option>
      ))
    ),
  );
});

/**
 * A filter as a native select (keyboards and screen readers just work), with a visible Clear
 * button while it is set. Used for the actor and place filters, in a release and the overview.
 */
export function FilterSelect({
  label,
  allLabel,
  clearText,
  clearLabel,
  value,
  groups,
  onChange,
}: {
  label: string;
  allLabel: string;
  clearText: string;
  clearLabel: string;
  value: string | null;
  groups: OptionGroup[];
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  const known = groups.some((g) => g.options.some((o) => o.value === value));
  return (
    <div className="filter">
      <label className="control-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={known ? (value ?? '') : ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{allLabel}</option>
        <Options groups={groups} />
      </select>
      {value && (
        <button
          type="button"
          className="filter-clear"
          aria-label={clearLabel}
          onClick={() => onChange(null)}
        >
          {clearText}
        </button>
      )}
    </div>
  );
}
