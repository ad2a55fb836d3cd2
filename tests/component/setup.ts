/**
 * Setup for component tests in happy-dom. The URL is the app's state and the document is
 * shared by the tests of a file, so each test starts from a clean page and a clean URL.
 * Tests run offline: a request to the network fails the test instead of leaving the machine.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

beforeEach(() => {
  vi.stubGlobal('fetch', (input: unknown) =>
    Promise.reject(new Error(`component tests are offline; fetch(${String(input)}) refused`)),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
  document.title = '';
});
