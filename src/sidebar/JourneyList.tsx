import { lazy, memo, Suspense, useCallback } from 'react';
import { useView } from '../app/ViewContext';
import { sourceOf, type JourneyView } from '../model/view';
import { formatDate } from '../i18n/format';
import type { Provenance } from '../model/schema';
import { sentenceText } from '../model/text';
import { keyOf } from '../state/selection';

/** Printed under each journey (see print.css), as paper has no details panel: its source. */
function PrintedSource({ provenance }: { provenance: Provenance }) {
  const { index, state } = useView();
  const lang = state.lang;
  const source = sourceOf(index, provenance);
  return (
    <div className="print-only journey-source">
      {provenance.sentences?.map((ref) => (
        <blockquote key={ref} lang={lang}>
          {sentenceText(index.release.text[lang], ref)}
        </blockquote>
      ))}
      {source && (
        <p>
          {`${source.publisher}, `}
          <time dateTime={source.date}>{formatDate(source.date, lang, false)}</time>
          {': '}
          <cite>{source.title}</cite> <span className="url">{source.url}</span>
        </p>
      )}
      {provenance.note && <p className="note">{provenance.note[lang]}</p>}
    </div>
  );
}

/** Above this many journeys the list draws only the rows on screen (a release of 10,000). */
export const VIRTUAL_FROM = 200;

// Loaded only for a release that long, so the usual start-up does not carry it.
const VirtualList = lazy(() => import('./VirtualJourneyList'));

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
        {label}
      </button>
      {j.external && <span className="badge badge--external">{externalText}</span>}
      {printed && <PrintedSource provenance={j.journey.provenance} />}
    </>
  );
});

export const itemClass = (j: JourneyView, related: boolean) =>
  `journey${j.external ? ' journey--external' : ''}${related ? ' journey--related' : ''}`;

/** The text alternative to the map: every journey in view, in sync with the map and filter. */
export function JourneyList() {
  const { index, state, t, visible, journeyLabels, select, related, setHovered } = useView();
  const selectedKey = state.selected ? keyOf(state.selected) : null;
  const onSelect = useCallback((id: string) => select({ kind: 'journey', id }), [select]);
  // What the release only counts is shown as that count, whatever other sources add.
  const counted = index.release.delegations.filter(
    (d) =>
      d.countryCount !== undefined &&
      visible.meetings.some((m) => m.participants.some((p) => p.who === d.id)),
  );
  const isRelated = (j: JourneyView) => related.has(`journey:${j.journey.id}`);
  const itemProps = (j: JourneyView): ItemProps => ({
    view: j,
    label: journeyLabels.get(j.journey.id) ?? j.journey.id,
    pressed: selectedKey === `journey:${j.journey.id}`,
    externalText: t.externalSource,
    printed: visible.journeys.length < VIRTUAL_FROM,
    onSelect,
    onHover: setHovered,
  });
  return (
    <section className="journeys" aria-labelledby="journeys-heading">
      <h2 id="journeys-heading">{t.journeys}</h2>
      {counted.map((d) => (
        <p key={d.id} className="note counted">
          {t.countedOnly(d.name[state.lang], d.countryCount ?? 0)}
        </p>
      ))}
      {visible.journeys.length === 0 ? (
        <p>{state.actor || state.place ? t.noJourneysFiltered : t.noJourneys}</p>
      ) : visible.journeys.length < VIRTUAL_FROM ? (
        <ul>
          {visible.journeys.map((j) => {
            return (
              <li key={j.journey.id} className={itemClass(j, isRelated(j))}>
                <JourneyItem {...itemProps(j)} />
              </li>
            );
          })}
        </ul>
      ) : (
        <Suspense fallback={<p>{t.loading}</p>}>
          <VirtualList journeys={visible.journeys} itemProps={itemProps} isRelated={isRelated} />
        </Suspense>
      )}
    </section>
  );
}
