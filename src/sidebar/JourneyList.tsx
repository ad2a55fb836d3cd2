import { useView } from '../app/ViewContext';
import { keyOf } from '../state/selection';
import { journeyLabel } from './labels';

/** The text alternative to the map: every journey in view, in sync with the map and filter. */
export function JourneyList() {
  const { index, state, t, visible, select, related, setHovered } = useView();
  const selectedKey = state.selected ? keyOf(state.selected) : null;
  return (
    <section className="journeys" aria-labelledby="journeys-heading">
      <h2 id="journeys-heading">{t.journeys}</h2>
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
