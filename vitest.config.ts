import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` runs shared and electron tests in plain Node (no Electron, no DOM);
 * `renderer` runs React and Dexie tests under jsdom 29 with fake-indexeddb.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/build/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
