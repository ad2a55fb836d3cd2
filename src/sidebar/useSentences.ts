/**
 * Sentences that answer each other. The sentence under the pointer or focus is "active": its
 * counterpart in the other language is marked (and named by aria-describedby), and what it
 * mentions lights up on the map. The text is one tab stop; arrow keys move from sentence to
 * sentence (a roving tabindex). In one-language view, Enter or a click shows the counterpart.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { useView } from '../app/ViewContext.tsx';
import { otherLang, type Lang } from '../model/lang.ts';
import { prefersReducedMotion } from '../map/motion.ts';
import { sentenceKeys, sentenceOrder, stepSentence } from '../state/reading.ts';

export interface SentenceAt {
  ref: string;
  lang: Lang;
}

export const sentenceId = (ref: string, lang: Lang): string =>
  `sentence-${lang}-${ref.replace('.', '-')}`;
export const glossId = (ref: string): string => `gloss-${ref.replace('.', '-')}`;

/**
 * Scrolls the text to a sentence (and, side by side, its pair with it: they share a row) and
 * focuses it, so its counterpart is marked. For a citation opened from the details.
 */
export function revealSentence(ref: string, lang: Lang): void {
  const element = document.getElementById(sentenceId(ref, lang));
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}

const same = (a: SentenceAt | null, ref: string, lang: Lang) => a?.ref === ref && a.lang === lang;

export interface SentenceReader {
  /** The sentence whose counterpart is shown right under it, in one-language view. */
  gloss: string | null;
  closeGloss: () => void;
  /** Attributes and handlers of one sentence's element. */
  sentenceProps: (ref: string, lang: Lang) => HTMLAttributes<HTMLSpanElement>;
}

export function useSentences(parallel: boolean): SentenceReader {
  const { index, state, setReading } = useView();
  const order = useMemo(() => sentenceOrder(index), [index]);
  const [hover, setHover] = useState<SentenceAt | null>(null);
  const [focus, setFocus] = useState<SentenceAt | null>(null);
  const [stop, setStop] = useState<SentenceAt | null>(null);
  // A gloss belongs to the one-language view it was asked for in.
  const view = parallel ? 'parallel' : state.lang;
  const [asked, setAsked] = useState<{ ref: string; view: string } | null>(null);
  const gloss = asked?.view === view ? asked.ref : null;
  const setGloss = (toggle: (ref: string | null) => string | null) =>
    setAsked((a) => {
      const next = toggle(a?.view === view ? a.ref : null);
      return next ? { ref: next, view } : null;
    });
  const active = hover ?? focus;
  const activeRef = active?.ref ?? null;

  useEffect(() => {
    setReading(activeRef ? sentenceKeys(index, activeRef) : new Set());
  }, [index, activeRef, setReading]);
  useEffect(() => () => setReading(new Set()), [setReading]);

  // The latest of pointer and focus wins. When focus moves (by keys, or to a citation), the
  // text may scroll under a pointer that stays still; the browser then reports the pointer
  // entering another sentence, which is not the reader pointing at it.
  const pointer = useRef({ x: NaN, y: NaN });
  const focusedAt = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const record = (event: MouseEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    };
    window.addEventListener('mousemove', record, { passive: true });
    window.addEventListener('mousedown', record, { passive: true });
    return () => {
      window.removeEventListener('mousemove', record);
      window.removeEventListener('mousedown', record);
    };
  }, []);

  const move = useCallback((to: SentenceAt) => {
    setStop(to);
    document.getElementById(sentenceId(to.ref, to.lang))?.focus();
  }, []);

  const sentenceProps = (ref: string, lang: Lang): HTMLAttributes<HTMLSpanElement> => {
    const isActive = same(active, ref, lang);
    const isCounterpart = parallel && active?.ref === ref && active.lang !== lang;
    const tabStop = stop ?? { ref: order[0] ?? '', lang: parallel ? 'sv' : state.lang };
    const described = parallel
      ? sentenceId(ref, otherLang(lang))
      : gloss === ref
        ? glossId(ref)
        : undefined;
    const classes = ['sentence'];
    if (isActive) classes.push('sentence--active');
    if (isCounterpart) classes.push('sentence--counterpart');
    if (!parallel && gloss === ref) classes.push('sentence--glossed');
    return {
      id: sentenceId(ref, lang),
      className: classes.join(' '),
      tabIndex: same(tabStop, ref, lang) ? 0 : -1,
      'aria-describedby': described,
      onMouseEnter: (event) => {
        const still = focusedAt.current;
        if (still && still.x === event.clientX && still.y === event.clientY) return;
        setHover({ ref, lang });
      },
      onMouseLeave: () => setHover(null),
      onFocus: () => {
        focusedAt.current = { ...pointer.current };
        setHover(null);
        setFocus({ ref, lang });
        setStop({ ref, lang });
      },
      onBlur: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocus(null);
      },
      onClick: (event) => {
        if (parallel || (event.target as Element).closest('a')) return;
        // Selecting words to copy them is not a request for the translation.
        if (window.getSelection()?.isCollapsed === false) return;
        setGloss((g) => (g === ref ? null : ref));
      },
      onKeyDown: (event) => {
        if (event.target !== event.currentTarget) return; // a mention link inside handles its own keys
        const step = stepSentence(order, ref, event.key);
        if (step) {
          event.preventDefault();
          move({ ref: step, lang });
        } else if (parallel && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
          event.preventDefault();
          move({ ref, lang: event.key === 'ArrowLeft' ? 'sv' : 'en' });
        } else if (!parallel && event.key === 'Enter') {
          event.preventDefault();
          setGloss((g) => (g === ref ? null : ref));
        } else if (!parallel && event.key === 'Escape' && gloss === ref) {
          event.stopPropagation(); // closes the gloss, not the details too
          setAsked(null);
        }
      },
    };
  };

  return { gloss, closeGloss: () => setAsked(null), sentenceProps };
}
