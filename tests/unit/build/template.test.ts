/**
 * The page template's head order (build/prerender.ts): a parser-blocking script from public/
 * comes after the module script and every hint, so it holds none of the page's requests back;
 * an async one stays where it was.
 */
import { describe, expect, test } from 'vitest';
import { blockingScriptsLast } from '../../../build/prerender.ts';

const HEAD = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <title>x</title>
    <script async fetchpriority="high" src="/warm-up.js"></script>
    <script src="/view-pending.js"></script>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/map.js">
  </head>
  <body><script type="module" src="/late.js"></script></body>
</html>`;

const tags = (html: string) =>
  [...html.matchAll(/<(script|link|meta|title)\b[^>]*>/g)].map((m) => m[0]);

describe('blockingScriptsLast', () => {
  test('moves blocking scripts after the module script and the hints, not async ones', () => {
    const head = /<head>[\s\S]*<\/head>/.exec(blockingScriptsLast(HEAD))?.[0] ?? '';
    expect(tags(head)).toEqual([
      '<meta charset="UTF-8" />',
      '<title>',
      '<script async fetchpriority="high" src="/warm-up.js">',
      '<script type="module" crossorigin src="/assets/index.js">',
      '<link rel="modulepreload" crossorigin href="/assets/map.js">',
      '<script src="/view-pending.js">',
    ]);
  });

  test('leaves the body and a head without blocking scripts alone', () => {
    const out = blockingScriptsLast(HEAD);
    expect(out.slice(out.indexOf('<body>'))).toBe(HEAD.slice(HEAD.indexOf('<body>')));
    const plain = HEAD.replace(/\s*<script src="[^"]*"><\/script>/g, '');
    expect(blockingScriptsLast(plain)).toBe(plain);
  });
});
