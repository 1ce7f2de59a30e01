import { useEffect, useState } from 'react';
import { toIsoDate } from '../../../shared/domain/risks/reviews';

/**
 * The current time (epoch ms), re-rendered every `intervalMs` and whenever the window comes back
 * into view, so "who is available now" moves when an absence ends while the app stays open, and
 * is right at once after the laptop wakes from sleep.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    window.addEventListener('focus', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      window.removeEventListener('focus', tick);
    };
  }, [intervalMs]);
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
  useEffect(() => {
    // Setting the same date again does not re-render: React skips an unchanged state.
    const check = () => setToday(toIsoDate(new Date()));
    const timer = setInterval(check, todayCheckIntervalMs);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}
