import './long-text.css';
import './timeline.css';

/**
 * Dates in order on a line, as buttons that can be stepped through with Previous and Next.
 * Used for the meetings of a release and for the dates of all releases in the overview.
 */
export interface TimelineItem {
  value: string;
  /** The date, as shown on the line. */
  label: string;
  /** What happened that day, under the date. */
  title?: string;
  detail?: string;
}

export function Timeline({
  label,
  allLabel,
  previousLabel,
  nextLabel,
  items,
  selected,
  onSelect,
}: {
  label: string;
  allLabel: string;
  previousLabel: string;
  nextLabel: string;
  items: TimelineItem[];
  selected: string | null;
  onSelect: (value: string | null) => void;
}) {
  const at = items.findIndex((item) => item.value === selected);
  const step = (by: number) => {
    const next = items[at === -1 ? (by > 0 ? 0 : items.length - 1) : at + by];
    if (next) onSelect(next.value);
  };
  return (
    <nav className="timeline" aria-label={label}>
      <button type="button" onClick={() => step(-1)} disabled={at === 0} aria-label={previousLabel}>
        ‹
      </button>
      <ol>
        <li className="timeline-all">
          <button type="button" aria-pressed={selected === null} onClick={() => onSelect(null)}>
            {allLabel}
          </button>
        </li>
        {items.map((item) => (
          <li key={item.value}>
            <button
              type="button"
              aria-pressed={item.value === selected}
              title={item.detail}
              onClick={() => onSelect(item.value)}
            >
              <bdi className="timeline-date">{item.label}</bdi>
              {item.title && (
                <>
                  {/* The line shows date and title apart; the name reads "date · title". */}
                  <span className="visually-hidden"> · </span>
                  {/* Release data can be long: one line, ending in an ellipsis. */}
                  <bdi className="timeline-title timeline-label">{item.title}</bdi>
                </>
              )}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => step(1)}
        disabled={at === items.length - 1}
        aria-label={nextLabel}
      >
        ›
      </button>
    </nav>
  );
}
