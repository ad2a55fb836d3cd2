/** Sizes of a production build, raw and gzip, read from the files Vite wrote. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface BuildSizes {
  /**
   * The entry and what it imports statically: what must load and run before the page can
   * hydrate. (index.html also preloads the map's chunks and the release's data, which the
   * entry imports dynamically: `preloadedJs`.)
   */
  initialJs: Size & { files: string[] };
  /** Modulepreload hints of index.html beyond the entry's own imports (map code, data). */
  preloadedJs: Size & { files: string[] };
  /** Every .js the build emitted (data chunks included; source maps excluded). */
  totalJs: Size & { files: number };
  css: Size & { files: string[] };
  basemap: Size;
  /** Every prerendered release page (`r/<id>/index.html`, `r/<id>/en/index.html`, embeds). */
  releasePages: Array<Size & { file: string }>;
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

/** Raw and gzip bytes of a file; level 9, as Vite's own build report. */
export function sizeOf(path: string): Size {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** URLs of index.html's module scripts, modulepreloads and stylesheets, relative to the build. */
export function entryAssets(html: string): { js: string[]; css: string[] } {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? '';
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = tags
    .filter((t) => /^<script\b/.test(t) && /type="module"/.test(t))
    .map((t) => attr(t, 'src'))
    .concat(tags.filter((t) => /rel="modulepreload"/.test(t)).map((t) => attr(t, 'href')));
  const css = tags.filter((t) => /rel="stylesheet"/.test(t)).map((t) => attr(t, 'href'));
  const local = (url: string) => url.replace(/^\//, '');
  return { js: js.filter(Boolean).map(local), css: css.filter(Boolean).map(local) };
}

/** `file` and the chunks it imports statically (`import … from "./x.js"`), transitively. */
export function staticImports(outDir: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(outDir, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const [, target] of code.matchAll(
    /\bimport\s*(?:[^"';()]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g,
  ))
    if (target) staticImports(outDir, `${dir}${target}`, seen);
  return [...seen];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function buildSizes(outDir: string): BuildSizes {
  const { js, css } = entryAssets(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const allJs = walk(outDir).filter((path) => path.endsWith('.js'));
  const [entry] = js;
  const initial = new Set(entry ? staticImports(outDir, entry) : []);
  const files = (list: string[]) => ({
    ...list.map((f) => sizeOf(join(outDir, f))).reduce(add, ZERO),
    files: list,
  });
  return {
    initialJs: files(js.filter((f) => initial.has(f))),
    preloadedJs: files(js.filter((f) => !initial.has(f))),
    totalJs: { ...allJs.map(sizeOf).reduce(add, ZERO), files: allJs.length },
    css: { ...css.map((f) => sizeOf(join(outDir, f))).reduce(add, ZERO), files: css },
    basemap: sizeOf(join(outDir, 'basemap/countries.json')),
    releasePages: walk(join(outDir, 'r'))
      .filter((path) => path.endsWith('index.html'))
      .map((path) => ({ file: relative(outDir, path), ...sizeOf(path) })),
  };
}

/** Sum of the sizes of the given build-relative files (those a page actually requested). */
export function sizeOfFiles(outDir: string, files: string[]): Size {
  return files.map((f) => sizeOf(join(outDir, f))).reduce(add, ZERO);
}
