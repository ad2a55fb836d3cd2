import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { JourneyView } from '../model/view.ts';
import { itemClass, JourneyItem, type ItemProps } from './JourneyItem.tsx';
import './journey-list.css';

/**
 * Only the rows in and near the sidebar's view are in the DOM; the list keeps its full height,
 * and each row says its position (aria-setsize, aria-posinset) so a screen reader knows the size.
 */
export default function VirtualJourneyList({
  journeys,
  itemProps,
  isRelated,
}: {
  journeys: JourneyView[];
  itemProps: (j: JourneyView) => ItemProps;
  isRelated: (j: JourneyView) => boolean;
}) {
  const list = useRef<HTMLUListElement>(null);
  // The compiler skips this component (the virtualizer's functions change identity); rows are
  // memoised by hand in JourneyItem.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: journeys.length,
    getScrollElement: () => list.current?.closest('.sidebar') ?? null,
    estimateSize: () => 52,
    overscan: 8,
    scrollMargin: list.current?.offsetTop ?? 0,
    getItemKey: (i) => journeys[i]?.journey.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  return (
    <ul
      ref={list}
      className="journeys--virtual"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const j = journeys[item.index];
        if (!j) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={itemClass(j, isRelated(j))}
            aria-setsize={journeys.length}
            aria-posinset={item.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - margin}px)`,
            }}
          >
            <JourneyItem {...itemProps(j)} />
          </li>
        );
      })}
    </ul>
  );
}
