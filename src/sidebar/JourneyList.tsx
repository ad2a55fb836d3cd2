import { useView } from '../app/ViewContext';
import { keyOf } from '../state/selection';
import { ExportButton } from './ExportButton';
import { journeyLabel } from './labels';

/** The text alternative to the map: every journey in view, in sync with the map and filter. */
export function JourneyList() {
  const { index, state, t, visible, select, related, setHovered } = useView();
  const selectedKey = state.selected ? keyOf(state.selected) : null;
  // What the release only counts is shown as that count, whatever other sources add.
  const counted = index.release.delegations.filter(
    (d) =>
      d.countryCount !== undefined &&
      visible.meetings.some((m) => m.participants.some((p) => p.who === d.id)),
  );
  return (
    <section className="journeys" aria-labelledby="journeys-heading">
      <div className="journeys-bar">
        <h2 id="journeys-heading">{t.journeys}</h2>
        <div className="actions">
          <ExportButton />
          <button type="button" className="action" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
      </div>
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
                  {journeyLabel(index, j, state.lang, t)}
                </button>
                {j.external && <span className="badge badge--external">{t.externalSource}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
