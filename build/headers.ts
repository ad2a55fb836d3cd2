/**
 * HTTP headers a deployment should send, which a <meta> tag cannot carry: the CSP's
 * frame-ancestors (who may put a page in a frame), and the older X-Frame-Options for browsers
 * that ignore it. Embed pages (`…/embed/`) may be framed by any site, since embedding is their
 * purpose; every other page by none. `npm start` (vite preview) sends exactly these, so what
 * the tests see is what a host should serve; README.md lists them for other hosts.
 */
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.ts';

export const isEmbedPath = (pathname: string): boolean => /\/embed\/(index\.html)?$/.test(pathname);

export function securityHeaders(pathname: string, tileUrl: string | null): Record<string, string> {
  const embed = isEmbedPath(pathname);
  const headers: Record<string, string> = {
    'Content-Security-Policy': `${contentSecurityPolicy(tileUrl)}; frame-ancestors ${embed ? '*' : "'none'"}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  if (!embed) headers['X-Frame-Options'] = 'DENY';
  return headers;
}

/** Adds the headers to every response of `vite preview` (and so `npm start`). */
export function previewHeaders(tileUrl: string | null): Plugin {
  return {
    name: 'diplomap:preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(securityHeaders(pathname, tileUrl)))
          response.setHeader(name, value);
        next();
      });
    },
  };
}
