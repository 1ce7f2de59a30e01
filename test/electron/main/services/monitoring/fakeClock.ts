import type { Clock } from '../../../../../electron/main/services/monitoring/clock';

/** Lets pending promise callbacks and I/O callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A clock the test moves by hand: timers fire in due order as time is advanced. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, firing each timer due on the way (and settling after each). */
  advance(ms: number): Promise<void>;
  /** Moves the wall clock without firing timers (a sleep: timers were frozen). */
  jump(ms: number): void;
  pendingTimers(): number;
}

/** A fake clock starting at `start` (epoch ms). */
export function createFakeClock(start = Date.UTC(2026, 10, 22, 8, 0, 0)): FakeClock {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback, delayMs) => {
      nextId += 1;
      timers.set(nextId, { at: now + Math.max(0, delayMs), callback });
      return { timer: nextId };
    },
    clearTimeout: (handle) => {
      timers.delete(handle.timer as number);
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (;;) {
        let earliest: [number, { at: number; callback: () => void }] | null = null;
        for (const entry of timers) {
          if (entry[1].at <= target && (earliest === null || entry[1].at < earliest[1].at))
            earliest = entry;
        }
        if (earliest === null) break;
        timers.delete(earliest[0]);
        now = Math.max(now, earliest[1].at);
        earliest[1].callback();
        await settle();
      }
      now = target;
      await settle();
    },
    jump(ms) {
      now += ms;
    },
    pendingTimers: () => timers.size,
  };
}
