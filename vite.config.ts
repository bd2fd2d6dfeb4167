import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledTablesPlugin } from './scripts/bundledTablesPlugin.ts';

// base './': the built site works from any static host and any sub-path (e.g. /driftwatch/).
export default defineConfig({
  base: './',
  plugins: [react(), bundledTablesPlugin()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // DuckDB's wasm files are megabytes by nature; they load once and are cached.
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
});
