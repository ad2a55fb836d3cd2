/** Serves a build directory on 127.0.0.1 with Vite's preview server, as the browser tests do. */
import { preview, type PreviewServer } from 'vite';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serve(outDir: string): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: false,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`cannot serve ${outDir}: the preview server has no port`);
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
