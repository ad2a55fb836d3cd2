/**
 * The Content-Security-Policy of the built app, added to index.html as a meta tag so it holds
 * wherever the build is served. No inline or eval'd script, no plugins, and no third-party
 * origin unless an online tile layer was opted into.
 */
import type { Plugin } from 'vite';
import { parseTileUrl, tileSources } from '../src/map/config.ts';

/**
 * `tileUrl` has passed parseTileUrl, so it holds no character that could end the source list;
 * it is parsed again here so no other string can reach the policy.
 */
export function contentSecurityPolicy(tileUrl: string | null): string {
  const safe = parseTileUrl(tileUrl ?? undefined);
  const images = ["'self'", ...(safe ? tileSources(safe) : [])].join(' ');
  return [
    `default-src 'self'`,
    `script-src 'self'`,
    `style-src 'self'`,
    `img-src ${images}`,
    `connect-src 'self'`,
    `font-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
}

export function csp(tileUrl: string | null): Plugin {
  return {
    name: 'diplomap:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(tileUrl),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
