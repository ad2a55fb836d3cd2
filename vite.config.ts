import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemap } from './geo/vite-plugin-basemap.ts';

export default defineConfig({
  plugins: [react(), basemap()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
});
