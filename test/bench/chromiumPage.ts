import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Where Debian's Chromium lives (CHROMIUM_PATH overrides, as in the Playwright config). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves a bundled bench page (`<name>.js`, and `<name>.css` when the bundle has one) from
 * dist/bench on a loopback port, opens it in Debian's Chromium with `extraArgs`, and runs `use`.
 * Returns null, saying why, where Chromium is absent.
 */
export async function withBenchPage<T>(
  name: string,
  extraArgs: readonly string[],
  use: (page: Page) => Promise<T>,
): Promise<T | null> {
  if (!existsSync(chromiumPath)) {
    console.log(`${name} skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
    return null;
  }
  const script = await readFile(path.join(__dirname, `${name}.js`));
  const stylesheetPath = path.join(__dirname, `${name}.css`);
  const stylesheet = existsSync(stylesheetPath) ? await readFile(stylesheetPath) : null;
  const server = http.createServer((request, response) => {
    if (request.url === `/${name}.js`) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    if (request.url === `/${name}.css` && stylesheet !== null) {
      response.writeHead(200, { 'content-type': 'text/css' });
      response.end(stylesheet);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    const link = stylesheet === null ? '' : `<link rel="stylesheet" href="/${name}.css">`;
    response.end(`<!doctype html><meta charset="utf-8">${link}<script src="/${name}.js"></script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    return await use(page);
  } finally {
    await browser.close();
    server.close();
  }
}
