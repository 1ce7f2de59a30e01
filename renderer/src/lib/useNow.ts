import { useCallback, useEffect, useState } from 'react';
import { toIsoDate } from '../../../shared/domain/risks/reviews';

/**
 * Calls `tick` every `intervalMs` and whenever the window comes back into view, so what a page
 * reads off the clock is right at once after a laptop wakes from sleep (timers fire late then).
 * `tick` must be stable (a state setter or a memoized callback), or the timer restarts each render.
 */
export function useClockTicks(tick: () => void, intervalMs: number): void {
  useEffect(() => {
    const timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    window.addEventListener('focus', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      window.removeEventListener('focus', tick);
    };
  }, [tick, intervalMs]);
}

/**
 * The current time (epoch ms), re-rendered every `intervalMs` and whenever the window comes back
 * into view, so "who is available now" moves when an absence ends while the app stays open, and
 * is right at once after the laptop wakes from sleep.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  const tick = useCallback(() => setNow(Date.now()), []);
  useClockTicks(tick, intervalMs);
  return now;
}

/** How often the date is checked: a timer set for midnight can fire late after sleep. */
const todayCheckIntervalMs = 60_000;

/**
 * Today's local calendar date (`YYYY-MM-DD`), re-rendering when it changes so overdue flags move
 * while the app stays open through the night of a crisis. The date is checked every minute and
 * whenever the window comes back into view, so a laptop waking from sleep, a clock correction or
 * a time-zone change on a trip never leaves it stuck on an old day.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => toIsoDate(new Date()));
  // Setting the same date again does not re-render: React skips an unchanged state.
  const check = useCallback(() => setToday(toIsoDate(new Date())), []);
  useClockTicks(check, todayCheckIntervalMs);
  return today;
}
