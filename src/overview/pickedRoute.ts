/**
 * The route a reader last picked on the map. The list beside the map names only the busiest
 * routes; a route picked outside them is listed after them, so a pick always lands on its
 * entry (the map's text alternative). Each pick is new, so picking the same route again shows
 * its entry again.
 */
import { useSyncExternalStore } from 'react';

export interface Pick {
  key: string;
  /** Counts picks: two picks of one route are two changes. */
  n: number;
}

let picked: Pick | null = null;
const listeners = new Set<() => void>();

export function pickRoute(key: string): void {
  picked = { key, n: (picked?.n ?? 0) + 1 };
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePickedRoute(): Pick | null {
  return useSyncExternalStore(
    subscribe,
    () => picked,
    () => null,
  );
}
