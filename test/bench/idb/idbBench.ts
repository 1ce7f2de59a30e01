import { withBenchPage } from '../chromiumPage';
import type { IdbBenchResult } from './idbBenchPage';

/** Items stored in the run: the issue asks for the rate at 100,000. */
const totalItems = 100_000;
/** Items per fetch record (a busy feed's worth). */
const batchSize = 500;

/**
 * Measures how fast the app stores monitoring items in Chromium's IndexedDB at 100,000 items,
 * against a bare `bulkAdd` of the same rows. Returns null (and says why) where Chromium is absent.
 */
export function runIdbBench(): Promise<IdbBenchResult | null> {
  return withBenchPage('idbBenchPage', [], (page) =>
    page.evaluate(
      async ([total, size]) => {
        const run = (
          globalThis as unknown as {
            runIdbBench: (total: number, size: number) => Promise<IdbBenchResult>;
          }
        ).runIdbBench;
        return run(total, size);
      },
      [totalItems, batchSize] as const,
    ),
  );
}
