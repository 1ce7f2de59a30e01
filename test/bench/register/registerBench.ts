import { withBenchPage } from '../chromiumPage';
import type { RegisterBenchResult } from './registerBenchPage';

/** Risks in the run: the 10,000. */
const riskCount = 10_000;

/**
 * Renders the risk register and the heat map over 10,000 risks in Chromium, against a plain
 * non-virtualized table of the same rows. Chromium runs without a frame-rate limit or vsync, so
 * frame intervals measure the work of each frame. Returns null where Chromium is absent.
 */
export function runRegisterBench(): Promise<RegisterBenchResult | null> {
  return withBenchPage(
    'registerBenchPage',
    ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
    (page) =>
      page.evaluate(async (count) => {
        const run = (
          globalThis as unknown as {
            runRegisterBench: (count: number) => Promise<RegisterBenchResult>;
          }
        ).runRegisterBench;
        return run(count);
      }, riskCount),
  );
}
