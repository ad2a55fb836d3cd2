/** The CSP of a build with an online tile layer: every tile host admitted, nothing injected. */
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../../build/csp.ts';
import { parseTileUrl, tileSources } from '../../../src/map/config.ts';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('the tile layer in the CSP', () => {
  test('{s} in the host admits every subdomain Leaflet uses', () => {
    const template = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
    expect(parseTileUrl(template)).toBe(template);
    expect(tileSources(template)).toEqual([
      'https://a.tile.openstreetmap.org',
      'https://b.tile.openstreetmap.org',
      'https://c.tile.openstreetmap.org',
    ]);
    expect(directives(contentSecurityPolicy(template)).get('img-src')).toEqual([
      "'self'",
      'https://a.tile.openstreetmap.org',
      'https://b.tile.openstreetmap.org',
      'https://c.tile.openstreetmap.org',
    ]);
  });

  test('a plain host with a port, and img-src without data:', () => {
    const policy = directives(
      contentSecurityPolicy('http://tiles.example.com:8080/{z}/{x}/{y}.png'),
    );
    expect(policy.get('img-src')).toEqual(["'self'", 'http://tiles.example.com:8080']);
    expect(directives(contentSecurityPolicy(null)).get('img-src')).toEqual(["'self'"]);
  });

  test.each([
    'https://tiles.example.com;script-src-elem/{z}/{x}/{y}.png',
    'https://tiles.example.com/{z}/{x}/{y}.png;script-src *',
    "https://tiles.example.com/{z}/{x}/{y}.png' 'unsafe-inline",
    'https://tiles.example.com/{z}/{x}/{y}.png https://evil.example',
    'https://tiles.example.com,evil.example/{z}/{x}/{y}.png',
    'https://user:pass@tiles.example.com/{z}/{x}/{y}.png',
    'https://tiles.example.com/{z}/{x}/{y}.png?key=1',
    'https://{evil}.example.com/{z}/{x}/{y}.png',
    'https://tiles.example.com/{z}/{x}/{y;}.png',
    'javascript:alert(1)//{z}',
  ])('%s is refused and leaves the policy as it is without tiles', (template) => {
    expect(parseTileUrl(template)).toBeNull();
    const policy = contentSecurityPolicy(template);
    expect(policy).toBe(contentSecurityPolicy(null));
    expect(policy.split(';')).toHaveLength(9);
  });
});
