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

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
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

/** Where and how to start a server; by default a fresh data folder and a free port. */
export interface LaunchOptions {
  port?: number;
  dataDirectory?: string;
}

/** A launched server and the way to stop it. */
export interface LaunchedApp {
  app: RunningApp;
  child: ChildProcess;
  /** Stops npm and the server under it; `SIGKILL` simulates a crash. Resolves once they exited. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * Starts `npm run web` exactly as a person would (build, then serve), in its own process group
 * so the server under npm is stopped with it, and waits for the printed URL.
 */
export async function launchWebApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const dataDirectory =
    options.dataDirectory ?? mkdtempSync(path.join(os.tmpdir(), 'crisis-room-e2e-'));
  const port = options.port ?? (await freePort());
  const child = spawn(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['run', '--silent', 'web', '--', '--port', String(port), '--data', dataDirectory],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
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
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    }
    await exited;
  };
  return {
    child,
    stop,
    app: { url, origin: `http://127.0.0.1:${port}`, dataDirectory, output: () => output },
  };
}

/** Playwright test with `app`: one `npm run web` per worker, stopped (with its child) afterwards. */
export const test = base.extend<object, { app: RunningApp }>({
  app: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const { app, stop } = await launchWebApp();
      await use(app);
      await stop();
      rmSync(app.dataDirectory, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
