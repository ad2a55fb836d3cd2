import { useEffect, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically: the sidebar on wide screens and in the sheet. */
function scrollParent(element: Element): Element | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null;
}

/**
 * While `enabled`, reports the paragraph (`data-paragraph`) that crosses the middle line of the
 * text's scrolling area, or null when none does. It only watches: scrolling stays the
 * reader's, and with the mode off no observer exists, so nothing happens on scroll.
 */
export function useFollowText(
  container: RefObject<HTMLElement | null>,
  enabled: boolean,
  onParagraph: (paragraph: number | null) => void,
): void {
  useEffect(() => {
    const root = container.current;
    if (!enabled || !root || typeof IntersectionObserver === 'undefined') return;
    const crossing = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const paragraph = Number((entry.target as HTMLElement).dataset.paragraph);
          if (entry.isIntersecting) crossing.add(paragraph);
          else crossing.delete(paragraph);
        }
        // Between two paragraphs the line crosses none: the last one stays followed.
        if (crossing.size > 0) onParagraph(Math.min(...crossing));
        else if (entries.every((e) => !e.isIntersecting) && !middleInsideText(root))
          onParagraph(null);
      },
      // A line across the middle of the scrolling area.
      { root: scrollParent(root), rootMargin: '-50% 0px -50% 0px', threshold: 0 },
    );
    for (const p of root.querySelectorAll('[data-paragraph]')) observer.observe(p);
    return () => {
      observer.disconnect();
      onParagraph(null);
    };
  }, [container, enabled, onParagraph]);
}

/** Whether the middle line of the scrolling area is still within the text (between paragraphs). */
function middleInsideText(text: HTMLElement): boolean {
  const area = scrollParent(text)?.getBoundingClientRect();
  if (!area) return false;
  const middle = area.top + area.height / 2;
  const box = text.getBoundingClientRect();
  return middle >= box.top && middle <= box.bottom;
}
