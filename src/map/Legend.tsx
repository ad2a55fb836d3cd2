import { useId } from 'react';
import { useView } from '../app/ViewContext';
import { meetingsByDate } from '../model/view';
import { meetingColours } from './styles';

const OPEN_AT_START =
  typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 700px)').matches;

function Line({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="36" height="10" aria-hidden="true" className="swatch">
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke={colour}
        strokeWidth="3"
        strokeDasharray={dash}
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Explains colours and line styles, and holds the switch for facts from other sources. */
export function Legend() {
  const { index, state, t, update } = useView();
  const switchId = useId();
  const colours = meetingColours(index.release.meetings);
  const hasExternal = index.journeys.some((j) => j.external);
  return (
    // Open on wide screens; on a phone it starts folded so the map stays visible.
    <details className="legend" open={OPEN_AT_START}>
      <summary>
        <h2>{t.legend}</h2>
      </summary>
      <ul>
        {meetingsByDate(index, state.lang).map((m) => (
          <li key={m.id}>
            <Line colour={colours.get(m.id) ?? '#444'} />
            {m.shortTitle[state.lang]}
          </li>
        ))}
        <li>
          <span className={`legend-dot place--meeting place--held`} aria-hidden="true" />
          {t.legendHeld}
        </li>
        <li>
          <span className={`legend-dot place--meeting place--planned`} aria-hidden="true" />
          {t.legendPlanned}
        </li>
        <li>
          <span className="legend-dot place--origin" aria-hidden="true" />
          {t.legendOrigin}
        </li>
        <li>
          <Line colour="#444" />
          {t.legendTravel}
        </li>
        <li>
          <Line colour="#444" dash="10 7" />
          {t.legendRemote}
        </li>
        {hasExternal && (
          <li>
            <Line colour="#444" dash="1 6" />
            {t.legendExternal}
          </li>
        )}
      </ul>
      {hasExternal && (
        <p className="switch">
          <input
            id={switchId}
            type="checkbox"
            checked={state.external}
            onChange={(event) => update({ external: event.target.checked })}
          />
          <label htmlFor={switchId}>{t.showExternal}</label>
        </p>
      )}
    </details>
  );
}
