import { resolve } from 'node:path';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { csp } from './build/csp.ts';
import { basemap } from './geo/vite-plugin-basemap.ts';
import { releaseIndex } from './build/release-index.ts';
import { prerender } from './build/prerender.ts';
import { previewHeaders } from './build/headers.ts';
import { normaliseBase } from './src/state/location.ts';
import { parseTileUrl } from './src/map/config.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const releases = resolve(process.env.DIPLOMAP_RELEASES ?? 'src/data/releases');
  return {
    // BASE_PATH=/diplomap/ builds for a sub-path; every address the app writes starts there.
    base: normaliseBase(process.env.BASE_PATH),
    plugins: [
      react(),
      basemap(),
      releaseIndex(releases),
      csp(parseTileUrl(env.VITE_TILE_URL)),
      prerender(),
      previewHeaders(parseTileUrl(env.VITE_TILE_URL)),
    ],
    resolve: {
      alias: {
        // The folder of releases the app is built with; the tests and the benchmark point it at
        // fixtures and generated corpora, so they load through the same data path.
        '@releases': releases,
      },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Few files at start-up, not many small ones: left alone, the bundler cuts a dozen
          // chunks of a few hundred bytes each (modules the entry shares with the overview or
          // the map), and on an HTTP/1.1 host, six requests at a time, the map's code and data
          // then waited behind them. Everything the entry imports goes into the entry; the map's
          // code (Leaflet, react-leaflet, src/map) is one chunk, shared by a release's map and
          // the overview's; the release data and the overview keep their own chunks.
          codeSplitting: {
            groups: [
              { name: 'app', tags: ['$initial'] },
              {
                name: 'map',
                test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]|src[\\/]map[\\/]/,
              },
            ],
          },
        },
      },
    },
    preview: { host: '127.0.0.1', port: 4173 },
    server: { host: '127.0.0.1' },
  };
});
