import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { chromiumPath } from '../chromiumPage';
import type { ReportSeed, SeededRow } from './reportPdfSeedPage';

/** Timeline entries of the bench incident: the 1,000. */
const entryCount = 1_000;
/** Longest wait for the report page to show the whole timeline. */
const reportTimeoutMs = 60_000;
/** Measured PDF exports per side, after one warm-up. */
const rounds = 3;

/**
 * PDF export of an incident report with 1,000 timeline entries (issue 8), in Debian's Chromium
 * driven by Playwright: the real app (`dist/web/server.cjs` serving dist/renderer) opens the real
 * report route `#/reports/incidents/<id>` on an incident seeded through the app's own commands
 * (reportPdfSeedPage.ts, evaluated on the app's origin so it writes the database the app reads);
 * then the page is switched to print media and printed with `page.pdf` (what Electron's
 * `printToPDF` does with the same Chromium). Baseline in the same run and browser: a plain static
 * HTML page holding one table with the same 1,000 rows (same text), printed the same way.
 */

/** One side's measurements, in ms (medians over the rounds), pages and bytes. */
export interface PdfMeasurement {
  /** Navigation until the last timeline row is on the page (screen media). */
  renderMs: number;
  /** Switching to print media until the next frame is painted. */
  printRenderMs: number;
  /** `page.pdf` alone. */
  pdfMs: number;
  pages: number;
  bytes: number;
}

/** What the report PDF bench measured. */
export interface ReportPdfBenchResult {
  entries: number;
  seedMs: number;
  app: PdfMeasurement;
  plain: PdfMeasurement;
}

/** A running web transport. */
interface WebApp {
  url: string;
  origin: string;
  stop: () => Promise<void>;
}

/** A loopback port nothing listens on right now (the server refuses port 0). */
function freePort(): Promise<number> {
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

/** Starts dist/web/server.cjs on a free port with a throw-away data folder. */
async function startWebApp(serverPath: string): Promise<WebApp> {
  const dataDirectory = mkdtempSync(path.join(os.tmpdir(), 'crisis-room-bench-'));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [serverPath, '--port', String(port), '--data', dataDirectory],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the web server printed no URL in 30 s:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})$/mu.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web server exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/** Resolves after the page has painted (two animation frames). */
function painted(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/** Pages of a PDF made by Chromium (one `/Type /Page` object per page). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gu) ?? []).length;
}

/** Median of numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Characters of text escaped for HTML. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

/** The baseline page: a static table of the same rows, nothing else. */
function plainReportHtml(title: string, rows: readonly SeededRow[]): string {
  const time = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');
  const body = rows
    .map(
      (row) =>
        `<tr><td>${time(row.at)}</td><td>${escapeHtml(row.kind)}</td><td>${escapeHtml(row.text)}</td><td>${escapeHtml(row.author)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title><body><h1>${escapeHtml(title)}</h1><table><thead><tr><th>Time</th><th>Kind</th><th>Text</th><th>Author</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

/** Switches `page` to print media and prints it, timing both; restores screen media after. */
async function printPage(page: Page): Promise<Omit<PdfMeasurement, 'renderMs'>> {
  const printStarted = performance.now();
  await page.emulateMedia({ media: 'print' });
  await painted(page);
  const printRenderMs = performance.now() - printStarted;
  const pdfStarted = performance.now();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfMs = performance.now() - pdfStarted;
  await page.emulateMedia({ media: 'screen' });
  return { printRenderMs, pdfMs, pages: pdfPages(pdf), bytes: pdf.length };
}

/** Medians of `rounds` measurements after a warm-up. */
async function measureRounds(run: () => Promise<PdfMeasurement>): Promise<PdfMeasurement> {
  await run();
  const samples: PdfMeasurement[] = [];
  for (let round = 0; round < rounds; round += 1) samples.push(await run());
  return {
    renderMs: median(samples.map((sample) => sample.renderMs)),
    printRenderMs: median(samples.map((sample) => sample.printRenderMs)),
    pdfMs: median(samples.map((sample) => sample.pdfMs)),
    pages: samples[0]?.pages ?? 0,
    bytes: samples[0]?.bytes ?? 0,
  };
}

/** Seeds, opens the report and measures both sides; null (with the reason printed) when skipped. */
async function measureWith(
  browser: Browser,
  app: WebApp,
  seedScript: string,
): Promise<ReportPdfBenchResult | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The first visit with the token sets the session cookie; the app then opens its database.
  await page.goto(app.url);
  await page.waitForSelector('h1', { timeout: 30_000 });
  const seedStarted = performance.now();
  await page.evaluate(seedScript);
  const seed = await page.evaluate(
    (count) =>
      (
        globalThis as unknown as { seedReportBench: (count: number) => Promise<ReportSeed> }
      ).seedReportBench(count),
    entryCount,
  );
  const seedMs = performance.now() - seedStarted;

  const reportUrl = `${app.origin}/#/reports/incidents/${encodeURIComponent(seed.incidentId)}`;
  const openReport = async (): Promise<number> => {
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(reportUrl);
    await page
      .getByRole('heading', { name: seed.title, exact: false })
      .first()
      .waitFor({ timeout: reportTimeoutMs });
    await page.getByText(seed.lastEntryText).first().waitFor({ timeout: reportTimeoutMs });
    await painted(page);
    return performance.now() - started;
  };
  try {
    await openReport();
  } catch (error) {
    console.log(
      `Report PDF bench skipped: ${reportUrl.replace(app.origin, '')} did not show a heading with "${seed.title}" and its last timeline entry within ${reportTimeoutMs / 1000} s (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). The incident report page may not be built yet; re-run \`npm run bench\` once it is.\n`,
    );
    await context.close();
    return null;
  }
  const appMeasurement = await measureRounds(async () => {
    const renderMs = await openReport();
    return { renderMs, ...(await printPage(page)) };
  });

  const html = plainReportHtml(seed.title, seed.rows);
  const plainMeasurement = await measureRounds(async () => {
    await page.goto('about:blank');
    const started = performance.now();
    await page.setContent(html);
    await painted(page);
    const renderMs = performance.now() - started;
    return { renderMs, ...(await printPage(page)) };
  });
  await context.close();
  return { entries: seed.rows.length, seedMs, app: appMeasurement, plain: plainMeasurement };
}

/**
 * Runs the report PDF bench. Returns null, saying why, where Chromium or the built app is absent
 * or the report page does not show the incident.
 */
export async function runReportPdfBench(): Promise<ReportPdfBenchResult | null> {
  const serverPath = path.join(__dirname, '..', 'web', 'server.cjs');
  const seedPath = path.join(__dirname, 'reportPdfSeedPage.js');
  if (!existsSync(chromiumPath)) {
    console.log(`Report PDF bench skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH).\n`);
    return null;
  }
  for (const needed of [serverPath, seedPath, path.join(__dirname, '..', 'renderer')]) {
    if (!existsSync(needed)) {
      console.log(`Report PDF bench skipped: ${needed} is missing (run npm run bench).\n`);
      return null;
    }
  }
  const seedScript = await readFile(seedPath, 'utf8');
  const app = await startWebApp(serverPath);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    return await measureWith(browser, app, seedScript);
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** Prints the report PDF bench: render, print and PDF times, pages, bytes, app against plain. */
export function reportReportPdfBench(result: ReportPdfBenchResult): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);
  const format = (value: number) => value.toLocaleString('en-US');
  console.log(
    `Incident report PDF in Chromium (${format(result.entries)} timeline entries, postmortem with action items; seeded in ${ms(result.seedMs).trim()}; medians of ${rounds} runs)`,
  );
  console.log('                      render   print media        pdf   pages       bytes');
  for (const [name, measured] of [
    ['report (app)', result.app],
    ['plain table', result.plain],
  ] as const) {
    console.log(
      `  ${name.padEnd(16)} ${ms(measured.renderMs)}   ${ms(measured.printRenderMs)}  ${ms(measured.pdfMs)}  ${String(measured.pages).padStart(6)}  ${format(measured.bytes).padStart(10)}`,
    );
  }
  const appTotal = result.app.printRenderMs + result.app.pdfMs;
  const plainTotal = result.plain.printRenderMs + result.plain.pdfMs;
  console.log(
    `  ratio (app / plain) ${(result.app.renderMs / result.plain.renderMs).toFixed(3)} render, ${(result.app.pdfMs / result.plain.pdfMs).toFixed(3)} pdf, ${(appTotal / plainTotal).toFixed(3)} print + pdf\n`,
  );
}
