import { withBenchPage } from '../chromiumPage';
import type { TimelineBenchResult } from './timelineBenchPage';

/** Entries in the run besides the declaration: the 5,000. */
const entryCount = 5_000;

/**
 * Opens an incident with 5,000 timeline entries in Chromium and scrolls its list, against a
 * plain non-virtualized list of the same entries. Chromium runs without a frame-rate limit or
 * vsync, so frame intervals measure the work of each frame. Returns null where Chromium is absent.
 */
export function runTimelineBench(): Promise<TimelineBenchResult | null> {
  return withBenchPage(
    'timelineBenchPage',
    ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
    (page) =>
      page.evaluate(async (count) => {
        const run = (
          globalThis as unknown as {
            runTimelineBench: (count: number) => Promise<TimelineBenchResult>;
          }
        ).runTimelineBench;
        return run(count);
      }, entryCount),
  );
}

/** Prints the timeline bench: open time, and the app's list against a plain one. */
export function reportTimelineBench(result: TimelineBenchResult): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  console.log(`Incident timeline in Chromium (${result.entries.toLocaleString('en-US')} entries)`);
  console.log(
    `  open (read from IndexedDB, check chain, first rows painted) ${ms(result.openMs).trim()}`,
  );
  console.log(
    `    of which read ${ms(result.readMs).trim()}, chain check ${ms(result.verifyMs).trim()}`,
  );
  console.log('                     first render   scroll p50   scroll p95');
  for (const [name, measured] of [
    ['timeline (app)', result.app],
    ['plain list', result.plain],
  ] as const) {
    console.log(
      `  ${name.padEnd(18)} ${ms(measured.firstRenderMs)}   ${ms(measured.scrollFrameP50Ms)}   ${ms(measured.scrollFrameP95Ms)}`,
    );
  }
  console.log(
    `  ratio (app / plain) ${(result.app.firstRenderMs / result.plain.firstRenderMs).toFixed(3)} first render, ${(result.app.scrollFrameP95Ms / result.plain.scrollFrameP95Ms).toFixed(3)} scroll p95`,
  );
  console.log('  targets: open < 1,000 ms, scroll p95 < 16.7 ms\n');
}
