/**
 * Code the page loads in the browser only, rendered once it has arrived. On the server and in
 * the hydrating render its state is 'loading', so the browser's first render matches the HTML
 * the server wrote; from the render after, it is the chunk's real state.
 *
 * Used instead of lazy() and Suspense: with renderToString a lazy component makes the server
 * write a fallback that hydration then throws away with a recoverable error (React #419), and
 * a boundary that showed its fallback holds its content back for React's reveal throttle
 * (300 ms) after the chunk arrives.
 */
import { useSyncExternalStore } from 'react';

export type ChunkState<T> = { status: 'loading' | 'failed' } | { status: 'ready'; value: T };

const ON_SERVER = { status: 'loading' } as const;
const onServer = () => ON_SERVER;

interface ChunkStore<T> {
  load: () => Promise<unknown>;
  subscribe: (listener: () => void) => () => void;
  current: () => ChunkState<T>;
  settle: (next: ChunkState<T>) => void;
}

function chunkStore<T>(name: string, load: () => Promise<T>): ChunkStore<T> {
  let state: ChunkState<T> = ON_SERVER;
  let request: Promise<unknown> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: ChunkState<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  /** Starts loading once, whoever asks first. */
  const start = () => {
    request ??= load().then(
      (value) => settle({ status: 'ready', value }),
      (error: unknown) => {
        console.error(name, error);
        settle({ status: 'failed' });
      },
    );
    return request;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    void start();
    return () => listeners.delete(listener);
  };
  return { load: start, subscribe, current: () => state, settle };
}

export function clientChunk<T>(
  name: string,
  load: () => Promise<T>,
): { load: () => Promise<unknown>; useChunk: () => ChunkState<T> } {
  const store = chunkStore(name, load);
  return {
    load: store.load,
    useChunk: () => useSyncExternalStore(store.subscribe, store.current, onServer),
  };
}

/**
 * A page's own code, which its prerendered HTML was rendered from: the server renderer is given
 * it (`provide`), and the browser loads it before hydrating, so both render it from the first
 * pass and the HTML matches. Opened without a prerendered page (from a link in the app), it
 * renders once it has loaded, as a client chunk does.
 */
export function pageChunk<T>(
  name: string,
  load: () => Promise<T>,
): {
  load: () => Promise<unknown>;
  provide: (value: T) => void;
  useChunk: () => ChunkState<T>;
} {
  const store = chunkStore(name, load);
  return {
    load: store.load,
    provide: (value) => store.settle({ status: 'ready', value }),
    useChunk: () => useSyncExternalStore(store.subscribe, store.current, store.current),
  };
}
