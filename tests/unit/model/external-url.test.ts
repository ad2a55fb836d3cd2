/** Links a reader may follow: public http(s) addresses only, with the host shown. */
import { describe, expect, test } from 'vitest';
import { linkHost } from '../../../src/model/external-url.ts';
import { loadRelease } from '../../../src/model/release.ts';
import { withJson } from './release-fixture.ts';

const withSourceUrl = (url: string) =>
  loadRelease(
    withJson('release.json', (meta) => {
      meta.sourceUrl = url;
    }),
  );

describe('source URLs', () => {
  test.each([
    ['https://user:pass@www.regeringen.se/x', 'must not carry a user name or password'],
    ['https://127.0.0.1/x', 'must name a host, not an IP address'],
    ['http://[::1]/x', 'must name a host, not an IP address'],
    ['http://2130706433/x', 'must name a host, not an IP address'],
    ['http://localhost:8080/admin', 'must be a public address, not a local one'],
    ['http://printer.local/', 'must be a public address, not a local one'],
    ['http://intranet/', 'must be a public address, not a local one'],
    [`https://www.regeringen.se/${'a'.repeat(2000)}`, 'is longer than 2000 characters'],
  ])('%s is refused: %s', (url, message) => {
    const result = withSourceUrl(url);
    expect(result.ok ? [] : result.problems).toContainEqual({
      file: 'release.json',
      path: 'sourceUrl',
      message,
    });
  });

  test('a public https address passes', () => {
    expect(withSourceUrl('https://www.regeringen.se/pressmeddelanden/x').ok).toBe(true);
  });

  test('the host shown next to a link is punycode for a look-alike name', () => {
    expect(linkHost('https://www.regeringen.se/x')).toBe('www.regeringen.se');
    // Cyrillic "е" in place of the Latin one.
    expect(linkHost('https://www.r\u0435geringen.se/x')).toBe('www.xn--rgeringen-g0h.se');
  });
});
