import { useEffect, useRef, type RefObject } from 'react';
import { isPhone } from './phone.ts';

/**
 * On a phone the sidebar is a sheet under the map. A selection (on the map, in the list, by a
 * link) scrolls the sheet to its details, which sit at its top; closing them scrolls the
 * sheet back to where the reader was. The sheet itself grows while details are open (CSS).
 */
export function useDetailsInSheet(
  details: RefObject<HTMLElement | null>,
  selectedKey: string | null,
): void {
  // Where the reader was before the first of a run of selections.
  const before = useRef<number | null>(null);
  const sheet = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!isPhone()) return;
    if (selectedKey) {
      const scroller = details.current?.closest<HTMLElement>('.sidebar') ?? null;
      if (!scroller || !details.current) return;
      sheet.current = scroller;
      before.current ??= scroller.scrollTop;
      const top =
        details.current.getBoundingClientRect().top -
        scroller.getBoundingClientRect().top +
        scroller.scrollTop;
      scroller.scrollTop = Math.max(0, top - 8);
    } else if (before.current !== null && sheet.current) {
      sheet.current.scrollTop = before.current;
      before.current = null;
    }
  }, [details, selectedKey]);
}
