import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { IdbBenchResult } from './idbBenchPage';

/** Where Debian's Chromium lives (CHROMIUM_PATH overrides, as in the Playwright config). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Items stored in the run: the issue asks for the rate at 100,000. */
const totalItems = 100_000;
/** Items per fetch record (a busy feed's worth). */
const batchSize = 500;

/**
 * Measures how fast the app stores monitoring items in Chromium's IndexedDB at 100,000 items,
 * against a bare `bulkAdd` of the same rows. Returns null (and says why) where Chromium is absent.
 */
export async function runIdbBench(): Promise<IdbBenchResult | null> {
  if (!existsSync(chromiumPath)) {
    console.log(`IndexedDB bench skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
    return null;
  }
  const script = await readFile(path.join(__dirname, 'idbBenchPage.js'));
  const server = http.createServer((request, response) => {
    if (request.url === '/idbBenchPage.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><meta charset="utf-8"><script src="/idbBenchPage.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(
      async ([total, size]) => {
        const run = (
          globalThis as unknown as {
            runIdbBench: (total: number, size: number) => Promise<IdbBenchResult>;
          }
        ).runIdbBench;
        return run(total, size);
      },
      [totalItems, batchSize] as const,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
