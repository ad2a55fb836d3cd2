import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False on the server and in the render that hydrates its HTML, true from the render after
 * (and at once when nothing is hydrated). For what a prerendered page must not carry: inline
 * `style` attributes, which the strict CSP (style-src 'self') refuses in HTML, though styles
 * React sets from script are allowed.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
