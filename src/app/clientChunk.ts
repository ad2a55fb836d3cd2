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

export function clientChunk<T>(
  name: string,
  load: () => Promise<T>,
): { load: () => Promise<unknown>; useChunk: () => ChunkState<T> } {
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
  const current = () => state;
  return { load: start, useChunk: () => useSyncExternalStore(subscribe, current, onServer) };
}
