import type { Messages } from '../i18n/messages.ts';
import { ROUTE_COLOUR } from './OverviewLayers.tsx';
import { routeWeight } from './routes.ts';

const OPEN_AT_START =
  typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 700px)').matches;

const WIDTHS = [1, 3, 10];

/** Explains the overview's symbols: width by number of trips, travel and remote, places. */
export function OverviewLegend({ t }: { t: Messages }) {
  return (
    <details className="legend" open={OPEN_AT_START}>
      <summary>
        <h2>{t.legend}</h2>
      </summary>
      <p className="legend-caption">{t.legendWidth}</p>
      <ul>
        {WIDTHS.map((n) => (
          <li key={n}>
            <svg width="28" height="14" aria-hidden="true" className="swatch">
              <line
                x1="3"
                y1="7"
                x2="25"
                y2="7"
                stroke={ROUTE_COLOUR}
                strokeWidth={routeWeight(n)}
                strokeLinecap="round"
              />
            </svg>
            {t.trips(n)}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true" className="swatch">
            <line
              x1="2"
              y1="5"
              x2="26"
              y2="5"
              stroke={ROUTE_COLOUR}
              strokeWidth="2.5"
              strokeDasharray="6 4"
              strokeLinecap="round"
            />
          </svg>
          {t.legendRemote}
        </li>
        <li>
          <span className="legend-symbol" aria-hidden="true">
            <span className="place place--origin">
              <span className="place-dot" />
            </span>
          </span>
          {t.legendOrigin}
        </li>
        <li>
          <span className="legend-symbol" aria-hidden="true">
            <span className="place place--destination">
              <span className="place-dot" />
            </span>
          </span>
          {t.legendDestination}
        </li>
      </ul>
    </details>
  );
}
