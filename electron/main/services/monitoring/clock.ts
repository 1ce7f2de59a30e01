/**
 * Time as the monitoring engine sees it. Everything time-dependent (scheduler, host watcher,
 * status coalescing) takes a Clock, so tests drive time by hand instead of waiting.
 */

/** An opaque handle of a pending timer. */
export type TimerHandle = { readonly timer: unknown };

/** Wall-clock time and one-shot timers. */
export interface Clock {
  /** Epoch milliseconds (wall clock: it jumps when the machine sleeps or the user changes it). */
  now(): number;
  /** Calls `callback` once after `delayMs`; never keeps the process alive on its own. */
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The real clock: `Date.now` and Node timers, unref'd so a pending timer never blocks exit. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => {
    const timer = setTimeout(callback, Math.max(0, delayMs));
    timer.unref();
    return { timer };
  },
  clearTimeout: (handle) => {
    clearTimeout(handle.timer as ReturnType<typeof setTimeout>);
  },
};
