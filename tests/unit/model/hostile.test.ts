/**
 * A hostile release: markup, event handlers, javascript: links and very long strings in every
 * field. Validation either accepts it (as text) or rejects it with clear messages.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadRelease } from '../../../src/model/release.ts';
import { readReleaseFolder } from '../../../scripts/lib/release-folders.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/hostile');
const accepted = readReleaseFolder(join(fixtures, 'accepted/2026-02-01-hostile'));
const rejected = readReleaseFolder(join(fixtures, 'rejected/2026-02-02-rejected'));

test('markup in text fields is data: the release is accepted and keeps it verbatim', () => {
  const result = loadRelease(accepted.files);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) return;
  expect(result.release.text.sv.title.text).toContain('<script>window.__pwned = 1</script>');
  expect(result.release.actors[0]?.name?.en).toBe('<img src=x onerror="window.__pwned = 2">');
  // A link that is not one of our mention kinds is not a mention: it stays text.
  expect(result.release.text.sv.title.mentions).toEqual([]);
  expect(result.release.text.sv.title.text).toContain('[länk](javascript:alert(1))');
});

test('javascript: and data: URLs, overlong names, bad ids and bad mention targets are rejected', () => {
  const result = loadRelease(rejected.files);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const messages = result.problems.map((p) => `${p.file} at ${p.path}: ${p.message}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      'release.json at sourceUrl: must be an http(s) URL',
      'release.json at sources[0].url: must be an http(s) URL',
      'actors.json at actors[0].id: must be a lowercase id like "kyiv-2026-01-03"',
      'actors.json at actors[0].name.en: is longer than 2000 characters',
    ]),
  );
});

test('a mention whose target is a javascript: URL does not resolve', () => {
  const files = { ...accepted.files };
  files['text.en.md'] = (files['text.en.md'] ?? '').replace(
    '(place:kyiv)',
    '(place:javascript:alert(1))',
  );
  const result = loadRelease(files);
  expect(result.ok ? [] : result.problems).toContainEqual({
    file: 'text.en.md',
    path: 'paragraph 1',
    message: 'links "Kyiv" to the place "javascript:alert(1", which does not exist',
  });
});
