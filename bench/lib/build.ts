/**
 * Production builds for the benchmark, always into a temporary directory (dist/ belongs to
 * others). The app and the baseline are built separately, each with the project's own
 * vite.config.ts (same plugins, target and minification), so neither shares chunks with the
 * other and the app's chunks are exactly those of `vite build`.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BASELINE_HTML = 'bench/baseline.html';

/** vite.config.ts reads DIPLOMAP_RELEASES when it is evaluated, which is once per build. */
async function withReleases<T>(releases: string | undefined, run: () => Promise<T>): Promise<T> {
  const before = process.env.DIPLOMAP_RELEASES;
  if (releases) process.env.DIPLOMAP_RELEASES = releases;
  else delete process.env.DIPLOMAP_RELEASES;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.DIPLOMAP_RELEASES;
    else process.env.DIPLOMAP_RELEASES = before;
  }
}

async function viteBuild(outDir: string, input?: Record<string, string>): Promise<void> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    // Errors only: chunk-size and plugin-timing warnings are about the build, not the benchmark.
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      ...(input ? { rolldownOptions: { input } } : {}),
    },
  });
}

/** The app, as `vite build` makes it; `releases` points @releases at another folder. */
export function buildApp(outDir: string, releases?: string): Promise<void> {
  return withReleases(releases, () => viteBuild(outDir));
}

/** The plain-Leaflet baseline page, at <outDir>/bench/baseline.html. */
export function buildBaseline(outDir: string, releases?: string): Promise<void> {
  return withReleases(releases, () =>
    viteBuild(outDir, { baseline: resolve(ROOT, BASELINE_HTML) }),
  );
}

export const OVERVIEW_BASELINE_HTML = 'bench/overview-baseline.html';

/** The plain-Leaflet overview baseline, at <outDir>/bench/overview-baseline.html. */
export function buildOverviewBaseline(outDir: string, releases: string): Promise<void> {
  return withReleases(releases, () =>
    viteBuild(outDir, { overview: resolve(ROOT, OVERVIEW_BASELINE_HTML) }),
  );
}
