import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

/** A running `dist/web/server.cjs` with its own data folder. */
export interface RunningApp {
  /** The URL printed by the server, token included. */
  url: string;
  /** The origin without the token. */
  origin: string;
  dataDirectory: string;
  /** Everything the server printed so far. */
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function startApp(): Promise<{ app: RunningApp; child: ChildProcess }> {
  const dataDirectory = mkdtempSync(path.join(os.tmpdir(), 'crisis-room-e2e-'));
  const port = await freePort();
  // Exactly what a person runs: `npm run web` (build, then serve), in its own process group so
  // the server under npm is stopped with it.
  const child = spawn(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['run', '--silent', 'web', '--', '--port', String(port), '--data', dataDirectory],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run web printed no URL in 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})$/mu.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`web server exited with ${String(code)}:\n${output}`)),
    );
  });
  return {
    child,
    app: { url, origin: `http://127.0.0.1:${port}`, dataDirectory, output: () => output },
  };
}

/** Playwright test with `app`: one `npm run web` per worker, stopped (with its child) afterwards. */
export const test = base.extend<object, { app: RunningApp }>({
  app: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const { app, child } = await startApp();
      await use(app);
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      rmSync(app.dataDirectory, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
