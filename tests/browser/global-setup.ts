/**
 * Serves the built app (dist/) with `vite preview` on a free loopback port for the browser
 * tests, and tells them its URL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A folder for this run's builds of other releases, shared by the test files. */
    buildCache: string;
  }
}

let server: PreviewServer | undefined;
let buildCache: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // DIPLOMAP_DIST serves another build, so a private build can be tested while dist/ is rebuilt.
  const outDir = process.env.DIPLOMAP_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      `${outDir}/ is missing: run \`npm run build\` first (npm run test:browser does).`,
    );
  }
  server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  buildCache = mkdtempSync(join(tmpdir(), 'diplomap-test-builds-'));
  project.provide('buildCache', buildCache);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (buildCache) rmSync(buildCache, { recursive: true, force: true });
}
