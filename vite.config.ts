import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serveDataDir } from './scripts/vite-data-plugin';
import { pdfjsAssets } from './scripts/vite-pdfjs-assets';

// `base: './'` keeps every asset URL relative, so the built app works from any sub-path and
// inside other sites. No COOP/COEP headers: they make DuckDB-WASM pick the slower coi bundle and
// break ranged reads (../shared/spec/stack.md §2).
export default defineConfig({
  base: './',
  plugins: [react(), serveDataDir(), pdfjsAssets()],
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  build: {
    chunkSizeWarningLimit: 4000,
    // embed.html (src/embed) is a second entry: one chart from a static slice, never DuckDB
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') } },
  },
});
