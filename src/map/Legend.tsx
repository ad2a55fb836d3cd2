import { useId, type ReactNode } from 'react';
import { useView } from '../app/ViewContext.tsx';
import { meetingsByDate } from '../model/view.ts';
import { meetingColours, NO_MEETING_COLOUR } from './styles.ts';
import { symbolsInView, type MapSymbol } from './symbols.ts';

const OPEN_AT_START =
  typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 700px)').matches;

function Line({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="swatch">
      <line
        x1="2"
        y1="5"
        x2="26"
        y2="5"
        stroke={colour}
        strokeWidth="2.5"
        strokeDasharray={dash}
        strokeLinecap="round"
      />
    </svg>
  );
}

/** The marker's own markup and classes, so the key matches the map exactly. */
function Marker({ classes, children }: { classes: string; children?: ReactNode }) {
  return (
    <span className="legend-symbol" aria-hidden="true">
      <span className={`place ${classes}`}>
        <span className="place-dot">{children}</span>
      </span>
    </span>
  );
}

/**
 * Explains the symbols the current view draws, and only those (a cluster only while the label
 * step shows one), and holds the switch for facts from other sources.
 */
export function Legend({ clustered = false }: { clustered?: boolean }) {
  const { index, visible, state, t, update } = useView();
  const switchId = useId();
  const headingId = useId();
  const colours = meetingColours(index.release.meetings);
  const hasExternal = index.journeys.some((j) => j.external);
  // A meeting's colour is drawn by its journeys: a meeting without any in view has no line.
  const shownMeetings = new Set(visible.journeys.flatMap((j) => (j.meeting ? [j.meeting.id] : [])));
  const symbols = new Set(symbolsInView(visible));
  const items: { symbol: MapSymbol; swatch: ReactNode; text: string }[] = [
    { symbol: 'held', swatch: <Marker classes="place--meeting place--held" />, text: t.legendHeld },
    {
      symbol: 'planned',
      swatch: <Marker classes="place--meeting place--planned" />,
      text: t.legendPlanned,
    },
    {
      symbol: 'video',
      swatch: <Marker classes="place--meeting place--held place--video" />,
      text: t.legendVideo,
    },
    { symbol: 'origin', swatch: <Marker classes="place--origin" />, text: t.legendOrigin },
    {
      symbol: 'inferred',
      swatch: <Marker classes="place--origin place--inferred" />,
      text: t.legendInferred,
    },
    { symbol: 'travel', swatch: <Line colour={NO_MEETING_COLOUR} />, text: t.legendTravel },
    {
      symbol: 'remote',
      swatch: <Line colour={NO_MEETING_COLOUR} dash="6 4" />,
      text: t.legendRemote,
    },
    {
      symbol: 'external',
      swatch: <Line colour={NO_MEETING_COLOUR} dash="1 5" />,
      text: t.legendExternal,
    },
  ];
  return (
    // Open on wide screens; on a phone it starts folded so the map stays visible.
    // A <details> is a group; its heading names it for a screen reader.
    <details className="legend" open={OPEN_AT_START} aria-labelledby={headingId}>
      <summary>
        <h2 id={headingId}>{t.legend}</h2>
      </summary>
      <ul>
        {meetingsByDate(index, state.lang)
          .filter((m) => shownMeetings.has(m.id))
          .map((m) => (
            <li key={m.id}>
              <Line colour={colours.get(m.id) ?? NO_MEETING_COLOUR} />
              {m.shortTitle[state.lang]}
            </li>
          ))}
        {items
          .filter((item) => symbols.has(item.symbol))
          .map((item) => (
            <li key={item.symbol} data-symbol={item.symbol}>
              {item.swatch}
              {item.text}
            </li>
          ))}
        {clustered && (
          <li data-symbol="cluster">
            <Marker classes="place--cluster place--cluster-places">2</Marker>
            <span>
              {t.legendCluster}
              <span className="legend__hint"> {t.legendClusterHint}</span>
            </span>
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
