import { useView } from '../app/ViewContext';
import type { Provenance } from '../model/schema';
import { SourceQuote } from './SourceQuote';
import { keyOf } from '../state/selection';

/** Printed under each journey (see print.css), as paper has no details panel: its source. */
function PrintedSource({ provenance }: { provenance: Provenance }) {
  return (
    <div className="print-only journey-source">
      <SourceQuote provenance={provenance} printed />
    </div>
  );
}

/** The text alternative to the map: every journey in view, in sync with the map and filter. */
export function JourneyList() {
  const { index, state, t, visible, journeyLabels, select, related, setHovered } = useView();
  const selectedKey = state.selected ? keyOf(state.selected) : null;
  // What the release only counts is shown as that count, whatever other sources add.
  const counted = index.release.delegations.filter(
    (d) =>
      d.countryCount !== undefined &&
      visible.meetings.some((m) => m.participants.some((p) => p.who === d.id)),
  );
  return (
    <section className="journeys" aria-labelledby="journeys-heading">
      <h2 id="journeys-heading">{t.journeys}</h2>
      {counted.map((d) => (
        <p key={d.id} className="note counted">
          {t.countedOnly(d.name[state.lang], d.countryCount ?? 0)}
        </p>
      ))}
      {visible.journeys.length === 0 ? (
        <p>{t.noJourneys}</p>
      ) : (
        <ul>
          {visible.journeys.map((j) => {
            const key = `journey:${j.journey.id}`;
            return (
              <li
                key={j.journey.id}
                className={`journey${j.external ? ' journey--external' : ''}${related.has(key) ? ' journey--related' : ''}`}
              >
                <button
                  type="button"
                  aria-pressed={selectedKey === key}
                  onClick={() => select({ kind: 'journey', id: j.journey.id })}
                  onMouseEnter={() => setHovered(key)}
                  onMouseLeave={() => setHovered(null)}
                >
                  <bdi>{journeyLabels.get(j.journey.id)}</bdi>
                </button>
                {j.external && <span className="badge badge--external">{t.externalSource}</span>}
                <PrintedSource provenance={j.journey.provenance} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
