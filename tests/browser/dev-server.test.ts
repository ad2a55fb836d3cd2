/** `npm run dev` serves a working app: the release (through its virtual module) and the basemap. */
import { expect, test } from 'vitest';
import { get as httpGet } from 'node:http';
import { baseUrl, setupBrowser } from './harness.ts';

const { open } = setupBrowser({ devServer: true });

test('the development server serves the release, its map and its basemap', async () => {
  const { page, errors, foreignRequests } = await open('?lang=en');
  await expect
    .poll(() => page.locator('h1').first().textContent(), { timeout: 20_000 })
    .toBe('National security advisers visited Kyiv on 3 January');
  await page.locator('[data-place="kyiv"]').waitFor();
  await expect
    .poll(() => page.locator('.leaflet-basemap-pane path').count(), { timeout: 20_000 })
    .toBeGreaterThan(100);
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

/** A GET with the path sent as written: `../` is not resolved by the client. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((done, fail) => {
    const request = httpGet({ hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', fail);
  });
}

test('the release module serves release folders only, not a folder reached with ../', async () => {
  const release = await rawGet('/@id/__x00__virtual:release/2026-01-03-kyiv-security-advisers');
  expect(release.body).toContain('release.json');
  for (const path of [
    '/@id/__x00__virtual:release/../../..',
    '/@id/__x00__virtual:release/..%2F..%2F..',
    '/@id/__x00__virtual:release/../../../tests/fixtures/corpus/2026-02-10-berlin-visit',
    '/@id/__x00__virtual:release/2026-01-03-kyiv-security-advisers/../../../..',
  ]) {
    const { body } = await rawGet(path);
    // The repository's package.json and the fixtures' files are what ../ reached before.
    expect(body, path).not.toContain('"name": "diplomap"');
    expect(body, path).not.toContain('places.json');
  }
});
