/**
 * A brushable timeline over the years: one bar per month, as tall as the number of releases
 * that month. Drag across the bars to choose a range; the two sliders under them (From, To) do
 * the same from the keyboard. The range is written to the URL when a drag or key press ends.
 */
import { memo, useMemo, useState, type PointerEvent } from 'react';
import { useHydrated } from '../app/useHydrated.ts';
import { formatMonth } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { monthTicks, yearTicks, type Tick } from './ticks.ts';
import './date-range.css';

type Range = [number, number];

/**
 * Drawn again only when the range, the months, the matching counts or the language change.
 * With an actor or place filter, each bar shows in a darker part how many of its releases
 * have a journey the filter keeps: when the Prime Minister travelled, say.
 */
export const DateRange = memo(function DateRange({
  months,
  matching,
  from,
  to,
  lang,
  t,
  onChange,
}: {
  months: Array<{ month: string; count: number }>;
  /** Per month, the releases the actor and place filters keep; null without such a filter. */
  matching: number[] | null;
  from: string | null;
  to: string | null;
  lang: Lang;
  t: Messages;
  onChange: (from: string | null, to: string | null) => void;
}) {
  const last = months.length - 1;
  // The committed range as bar indexes: the first month from `from`, the last up to `to`.
  const start = from ? months.findIndex((m) => m.month >= from) : 0;
  const end = to ? months.map((m) => m.month <= to).lastIndexOf(true) : last;
  const committed: Range = [start === -1 ? last : start, end === -1 ? 0 : end];
  const [draft, setDraft] = useState<Range | null>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [a, b] = draft ?? committed;
  const max = Math.max(1, ...months.map((m) => m.count));
  // Each bar's name ("March 2026: 9 releases"), once per language rather than on every drag.
  const titles = useMemo(
    () =>
      months.map((m, i) =>
        matching
          ? t.releasesInMonthMatching(formatMonth(m.month, lang), m.count, matching[i] ?? 0)
          : t.releasesInMonth(formatMonth(m.month, lang), m.count),
      ),
    [months, matching, lang, t],
  );
  const ticks = useMemo(() => {
    const names = months.map((m) => m.month);
    return { years: yearTicks(names), months: monthTicks(names, lang) };
  }, [months, lang]);
  // Bars and ticks are placed with inline styles: drawn once the page runs (the boxes holding
  // them have fixed heights, so nothing moves when they appear).
  const hydrated = useHydrated();

  if (months.length === 0) return null;
  const monthAt = (i: number) => months[Math.max(0, Math.min(last, i))]?.month ?? '';
  const commit = (range: Range | null = draft) => {
    setDraft(null);
    setAnchor(null);
    if (!range) return;
    const [lo, hi] = range[0] <= range[1] ? range : [range[1], range[0]];
    onChange(lo <= 0 ? null : monthAt(lo), hi >= last ? null : monthAt(hi));
  };
  const barAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.max(
      0,
      Math.min(last, Math.floor(((event.clientX - box.left) / box.width) * months.length)),
    );
  };
  const tickRow = (row: Tick[], className: string) => (
    <div className={className} aria-hidden="true">
      {hydrated &&
        row.map(({ index, text }) => (
          <span key={index} style={{ left: `${(100 * index) / months.length}%` }}>
            {text}
          </span>
        ))}
    </div>
  );
  const label = (i: number) => formatMonth(monthAt(i), lang);

  return (
    <fieldset className="date-range">
      <legend>{t.dateRange}</legend>
      <div
        className="date-range__bars"
        aria-hidden="true"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          const i = barAt(event);
          setAnchor(i);
          setDraft([i, i]);
        }}
        onPointerMove={(event) => {
          if (anchor === null) return;
          const i = barAt(event);
          setDraft([Math.min(anchor, i), Math.max(anchor, i)]);
        }}
        onPointerUp={() => commit()}
        onPointerCancel={() => {
          setDraft(null);
          setAnchor(null);
        }}
      >
        {hydrated &&
          months.map((m, i) => (
            <span
              key={m.month}
              className={`date-range__bar${i >= a && i <= b ? ' is-in' : ''}${matching ? ' is-filtered' : ''}`}
              style={{ height: `${m.count === 0 ? 0 : 8 + (92 * m.count) / max}%` }}
              title={titles[i]}
            >
              {matching && (matching[i] ?? 0) > 0 && (
                <span
                  className="date-range__match"
                  style={{ height: `${(100 * (matching[i] ?? 0)) / Math.max(1, m.count)}%` }}
                />
              )}
            </span>
          ))}
      </div>
      {ticks.months.length > 0 && tickRow(ticks.months, 'date-range__ticks date-range__months')}
      {tickRow(ticks.years, 'date-range__ticks date-range__years')}
      {matching && <p className="date-range__key">{t.barsMatching}</p>}
      <div className="date-range__sliders">
        <label>
          <span>{t.rangeFrom}</span>
          <input
            type="range"
            min={0}
            max={last}
            value={a}
            aria-valuetext={label(a)}
            onChange={(event) => setDraft([Math.min(Number(event.target.value), b), b])}
            onKeyUp={() => commit()}
            onPointerUp={() => commit()}
            onBlur={() => commit()}
          />
        </label>
        <label>
          <span>{t.rangeTo}</span>
          <input
            type="range"
            min={0}
            max={last}
            value={b}
            aria-valuetext={label(b)}
            onChange={(event) => setDraft([a, Math.max(Number(event.target.value), a)])}
            onKeyUp={() => commit()}
            onPointerUp={() => commit()}
            onBlur={() => commit()}
          />
        </label>
      </div>
      <p className="date-range__shown">
        <output>{a === 0 && b === last ? t.rangeAll : `${label(a)} – ${label(b)}`}</output>
        {(from || to) && (
          <button
            type="button"
            className="filter-clear"
            aria-label={t.clearFilter(t.dateRange)}
            onClick={() => commit([0, last])}
          >
            {t.clear}
          </button>
        )}
      </p>
    </fieldset>
  );
});
