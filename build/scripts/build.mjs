// Builds everything the app runs from, into dist/:
//   dist/renderer/          the React renderer (Vite)
//   dist/electron/main.cjs  the Electron main process (esbuild, CommonJS, electron external)
//   dist/electron/preload.cjs  the sandboxed preload (esbuild, CommonJS, one file)
//   dist/web/server.cjs     the loopback web transport (`npm run web`)
//   dist/bench/run.cjs      benchmarks, only with --bench (plus idbBenchPage.js and
//                           registerBenchPage.js/.css for Chromium)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const withBench = process.argv.includes('--bench');
const started = performance.now();

/** Options shared by every Node-side bundle. */
const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { __CRISIS_ROOM_VERSION__: JSON.stringify(packageJson.version) },
};

await Promise.all([
  viteBuild({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' }),
  esbuild({
    ...nodeBundle,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
    target: 'node22',
    external: ['electron', 'electron-updater'],
  }),
  esbuild({
    ...nodeBundle,
    // A sandboxed preload may require only 'electron' and a few polyfilled modules: bundle all else.
    platform: 'browser',
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    target: 'chrome140',
    external: ['electron'],
  }),
  esbuild({
    ...nodeBundle,
    entryPoints: ['electron/web/main.ts'],
    outfile: 'dist/web/server.cjs',
    target: 'node20',
  }),
  withBench
    ? esbuild({
        ...nodeBundle,
        entryPoints: ['test/bench/run.ts'],
        outfile: 'dist/bench/run.cjs',
        target: 'node20',
        // Playwright drives Debian's Chromium for the IndexedDB bench; it stays a runtime require.
        external: ['@playwright/test', 'playwright-core', 'rss-parser'],
      })
    : Promise.resolve(),
  withBench
    ? esbuild({
        ...nodeBundle,
        // The renderer's real data layer, run inside Chromium by the IndexedDB bench.
        platform: 'browser',
        format: 'iife',
        entryPoints: ['test/bench/idb/idbBenchPage.ts'],
        outfile: 'dist/bench/idbBenchPage.js',
        target: 'chrome140',
      })
    : Promise.resolve(),
  withBench
    ? esbuild({
        ...nodeBundle,
        // The app's register table and heat map, rendered by React in production mode.
        platform: 'browser',
        format: 'iife',
        jsx: 'automatic',
        minify: true,
        define: { ...nodeBundle.define, 'process.env.NODE_ENV': '"production"' },
        entryPoints: ['test/bench/register/registerBenchPage.tsx'],
        outfile: 'dist/bench/registerBenchPage.js',
        target: 'chrome140',
      })
    : Promise.resolve(),
  withBench
    ? esbuild({
        ...nodeBundle,
        // The app's incident timeline (5,000 entries), rendered by React in production mode.
        platform: 'browser',
        format: 'iife',
        jsx: 'automatic',
        minify: true,
        define: { ...nodeBundle.define, 'process.env.NODE_ENV': '"production"' },
        entryPoints: ['test/bench/incidentTimeline/timelineBenchPage.tsx'],
        outfile: 'dist/bench/timelineBenchPage.js',
        target: 'chrome140',
      })
    : Promise.resolve(),
  withBench
    ? esbuild({
        ...nodeBundle,
        // Seeds the report PDF bench's incident through the app's commands, on the app's origin.
        platform: 'browser',
        format: 'iife',
        entryPoints: ['test/bench/reportPdf/reportPdfSeedPage.ts'],
        outfile: 'dist/bench/reportPdfSeedPage.js',
        target: 'chrome140',
      })
    : Promise.resolve(),
]);

console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
