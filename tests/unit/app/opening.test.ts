/**
 * The releases the app has loaded ahead of rendering (src/app/opening.ts): kept for the render
 * that needs them, and let go when the build's prerenderer is done with one.
 */
import { expect, test } from 'vitest';
import releases from 'virtual:release-index';
import { forgetRelease, preloaded, preloadRelease } from '../../../src/app/opening.ts';

test('a preloaded release is ready to render until it is forgotten', async () => {
  const id = releases[0]?.id ?? '';
  expect(preloaded(id)).toBeUndefined();
  await preloadRelease(id);
  expect(preloaded(id)?.release.id).toBe(id);
  forgetRelease(id);
  expect(preloaded(id)).toBeUndefined();
});
