import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/** Builds the renderer into dist/renderer, served by the app:// scheme and by `npm run web`. */
export default defineConfig({
  root: rendererRoot,
  base: '/',
  plugins: [react()],
  // Module workers (the search index): Chromium 130 supports them, and FlexSearch's own unused
  // worker code references import.meta, which the classic (iife) worker format cannot express.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // Served from the local disk (app://) or loopback, never over a network: one larger chunk is fine.
    chunkSizeWarningLimit: 2000,
  },
});
