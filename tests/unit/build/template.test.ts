/**
 * The page template's head order (build/prerender.ts): the classic scripts from public/ come
 * after the module script and every hint, so none of them holds the page's requests back.
 */
import { describe, expect, test } from 'vitest';
import { classicScriptsLast } from '../../../build/prerender';

const HEAD = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <title>x</title>
    <script async src="/warm-up.js"></script>
    <script src="/view-pending.js"></script>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/map.js">
  </head>
  <body><script type="module" src="/late.js"></script></body>
</html>`;

const tags = (html: string) =>
  [...html.matchAll(/<(script|link|meta|title)\b[^>]*>/g)].map((m) => m[0]);

describe('classicScriptsLast', () => {
  test('moves classic scripts after the module script and the hints, keeping their order', () => {
    const head = /<head>[\s\S]*<\/head>/.exec(classicScriptsLast(HEAD))?.[0] ?? '';
    expect(tags(head)).toEqual([
      '<meta charset="UTF-8" />',
      '<title>',
      '<script type="module" crossorigin src="/assets/index.js">',
      '<link rel="modulepreload" crossorigin href="/assets/map.js">',
      '<script async src="/warm-up.js">',
      '<script src="/view-pending.js">',
    ]);
  });

  test('leaves the body and a head without classic scripts alone', () => {
    const out = classicScriptsLast(HEAD);
    expect(out.slice(out.indexOf('<body>'))).toBe(HEAD.slice(HEAD.indexOf('<body>')));
    const plain = HEAD.replace(/\s*<script (async )?src="[^"]*"><\/script>/g, '');
    expect(classicScriptsLast(plain)).toBe(plain);
  });
});
