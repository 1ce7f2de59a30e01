import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. `web` drives the whole app (main-side services included) through the loopback
 * web transport in Debian's Chromium; `electron` is the smoke test of the desktop shell, which runs
 * only where the Electron binary is present and prints why it was skipped otherwise.
 * `npm run test:e2e` builds dist/ first.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'web', testMatch: /.*\.web\.spec\.ts/u },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/u },
  ],
});
