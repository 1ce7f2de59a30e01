import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { useClockTicks } from '../../../lib/useNow';

/** How often the shown generation time moves on: the report writes times to the minute. */
const tickMs = 60_000;

/** The report's generation time and the way to stamp it afresh. */
export type GenerationTime = {
  /** The time the document on screen states as its generation, kept current to the minute. */
  generatedAt: number;
  /**
   * Reads the clock now, shows that time on the page at once (before a PDF is printed from it),
   * and returns it, so an export states when it was actually made.
   */
  stamp: () => number;
};

/**
 * The generation time of the report on screen: the current time, moved on every minute and when
 * the window comes back into view (a page left open overnight, a laptop waking from sleep), and
 * stamped again by every export. `clock` is injected so tests can fix it.
 */
export function useGenerationTime(clock: () => number): GenerationTime {
  const [generatedAt, setGeneratedAt] = useState(clock);
  const tick = useCallback(() => setGeneratedAt(clock()), [clock]);
  useClockTicks(tick, tickMs);
  const stamp = useCallback(() => {
    const now = clock();
    // Synchronously, so the printed page already states the time the export stamps.
    flushSync(() => setGeneratedAt(now));
    return now;
  }, [clock]);
  return { generatedAt, stamp };
}
