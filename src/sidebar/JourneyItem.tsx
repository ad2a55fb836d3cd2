import { memo } from 'react';
import type { JourneyView } from '../model/view.ts';
import type { Provenance } from '../model/schema.ts';
import { SourceQuote } from './SourceQuote.tsx';

/** Printed under each journey (see print.css), as paper has no details panel: its source. */
function PrintedSource({ provenance }: { provenance: Provenance }) {
  return (
    <div className="print-only journey-source">
      <SourceQuote provenance={provenance} printed />
    </div>
  );
}

/** Above this many journeys the list draws only the rows on screen (a release of 10,000). */
export const VIRTUAL_FROM = 200;

export interface ItemProps {
  view: JourneyView;
  label: string;
  pressed: boolean;
  externalText: string;
  printed: boolean;
  onSelect: (id: string) => void;
  onHover: (key: string | null) => void;
}

/** One journey; memoised, so a selection or hover re-renders only the rows whose state changed. */
export const JourneyItem = memo(function JourneyItem({
  view: j,
  label,
  pressed,
  externalText,
  printed,
  onSelect,
  onHover,
}: ItemProps) {
  const key = `journey:${j.journey.id}`;
  return (
    <>
      <button
        type="button"
        aria-pressed={pressed}
        onClick={() => onSelect(j.journey.id)}
        onMouseEnter={() => onHover(key)}
        onMouseLeave={() => onHover(null)}
      >
        <bdi>{label}</bdi>
      </button>
      {j.external && <span className="badge badge--external">{externalText}</span>}
      {printed && <PrintedSource provenance={j.journey.provenance} />}
    </>
  );
});

export const itemClass = (j: JourneyView, related: boolean) =>
  `journey${j.external ? ' journey--external' : ''}${related ? ' journey--related' : ''}`;
