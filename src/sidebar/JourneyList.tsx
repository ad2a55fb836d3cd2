import { useCallback, type ComponentProps } from 'react';
import { clientChunk } from '../app/clientChunk.ts';
import { useView } from '../app/ViewContext.tsx';
import type { JourneyView } from '../model/view.ts';
import { keyOf } from '../state/selection.ts';
import { itemClass, JourneyItem, VIRTUAL_FROM, type ItemProps } from './JourneyItem.tsx';
import type VirtualJourneyList from './VirtualJourneyList.tsx';

// Loaded only for a release that long, so the usual start-up does not carry it; in the
// browser only (the server's page says it is loading), see clientChunk.ts.
const virtualList = clientChunk('journey list', () =>
  import('./VirtualJourneyList.tsx').then((m) => m.default),
);

/** Every journey in view, drawn only where the reader is looking once its code has loaded. */
function LongList(props: ComponentProps<typeof VirtualJourneyList>) {
  const { t } = useView();
  const loaded = virtualList.useChunk();
  if (loaded.status === 'ready') return <loaded.value {...props} />;
  if (loaded.status === 'failed') return <p role="alert">{t.journeyListLoadError}</p>;
  return <p>{t.loading}</p>;
}

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
        <LongList journeys={visible.journeys} itemProps={itemProps} isRelated={isRelated} />
      )}
    </section>
  );
}
