/**
 * The Content-Security-Policy of the built app, added to index.html as a meta tag so it holds
 * wherever the build is served. No inline or eval'd script, no plugins, and no third-party
 * origin unless an online tile layer was opted into.
 */
import type { Plugin } from 'vite';

export function contentSecurityPolicy(tileUrl: string | null): string {
  const tileOrigin = tileUrl ? new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin : null;
  const images = tileOrigin ? `'self' ${tileOrigin} data:` : `'self'`;
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
