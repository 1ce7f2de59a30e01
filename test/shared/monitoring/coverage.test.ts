import { describe, expect, it } from 'vitest';
import { coverageToleranceMs, extendCoverage, findGaps } from '../../../shared/monitoring/coverage';
import type { CoverageWindow } from '../../../shared/monitoring/coverage';

const minute = 60_000;
const hour = 60 * minute;
const interval = hour;
const base = Date.UTC(2026, 10, 22, 0, 0, 0);

/** Windows after scans at the given times (minutes after `base`), applied in that order. */
function scansAt(minutes: readonly number[]): CoverageWindow[] {
  return minutes.reduce<CoverageWindow[]>(
    (windows, at) => extendCoverage(windows, base + at * minute, interval),
    [],
  );
}

describe('coverageToleranceMs', () => {
  it('is one and a half intervals plus two minutes', () => {
    expect(coverageToleranceMs(hour)).toBe(92 * minute);
    expect(coverageToleranceMs(5 * minute)).toBe(9.5 * minute);
  });
});

describe('extendCoverage', () => {
  it('opens a window with the first scan', () => {
    expect(extendCoverage([], base, interval)).toEqual([{ start: base, end: base }]);
  });

  it('extends the window while scans come within the tolerance', () => {
    expect(scansAt([0, 60, 121, 212])).toEqual([{ start: base, end: base + 212 * minute }]);
  });

  it('opens a new window after a scan later than the tolerance', () => {
    expect(scansAt([0, 60, 153])).toEqual([
      { start: base, end: base + 60 * minute },
      { start: base + 153 * minute, end: base + 153 * minute },
    ]);
  });

  it('bridges two windows when a late scan falls between them', () => {
    const windows = scansAt([0, 60, 240, 300]);
    expect(windows).toHaveLength(2);
    expect(extendCoverage(windows, base + 150 * minute, interval)).toEqual([
      { start: base, end: base + 300 * minute },
    ]);
  });

  it('gives the same ledger whatever order the scans arrive in', () => {
    expect(scansAt([300, 0, 240, 60, 500])).toEqual(scansAt([0, 60, 240, 300, 500]));
  });

  it('does not change its input', () => {
    const windows = [{ start: base, end: base }];
    extendCoverage(windows, base + 30 * minute, interval);
    expect(windows).toEqual([{ start: base, end: base }]);
  });
});

describe('findGaps', () => {
  const day = { from: base, to: base + 12 * hour };

  it('finds none when the source was scanned on schedule throughout', () => {
    const windows = [{ start: base, end: base + 11 * hour }];
    expect(findGaps(windows, day.from, day.to, interval, [], [])).toEqual([]);
  });

  it('reports a stretch without scans as not-running when nothing explains it', () => {
    const windows = [
      { start: base, end: base + 2 * hour },
      { start: base + 6 * hour, end: base + 12 * hour },
    ];
    expect(findGaps(windows, day.from, day.to, interval, [], [])).toEqual([
      { start: base + 2 * hour, end: base + 6 * hour, reasons: ['not-running'] },
    ]);
  });

  it('reports a trailing gap only once the next scan is overdue', () => {
    const windows = [{ start: base, end: base + 10 * hour }];
    expect(findGaps(windows, day.from, base + 11 * hour, interval, [], [])).toEqual([]);
    expect(findGaps(windows, day.from, day.to, interval, [], [])).toEqual([
      { start: base + 10 * hour, end: day.to, reasons: ['not-running'] },
    ]);
  });

  it('reports the whole range when there was no scan at all', () => {
    expect(findGaps([], day.from, day.to, interval, [], [])).toEqual([
      { start: day.from, end: day.to, reasons: ['not-running'] },
    ]);
  });

  it('explains a gap by sleep, offline time and failed fetches', () => {
    const windows = [
      { start: base, end: base + 2 * hour },
      { start: base + 5 * hour, end: base + 7 * hour },
      { start: base + 10 * hour, end: day.to },
    ];
    const hostEvents = [
      { at: base + 2 * hour + 10 * minute, event: 'suspend' as const },
      { at: base + 4 * hour, event: 'resume' as const },
      { at: base + 4 * hour + 5 * minute, event: 'offline' as const },
      { at: base + 4 * hour + 50 * minute, event: 'online' as const },
    ];
    const failures = [base + 8 * hour, base + 9 * hour];
    expect(findGaps(windows, day.from, day.to, interval, hostEvents, failures)).toEqual([
      { start: base + 2 * hour, end: base + 5 * hour, reasons: ['asleep', 'offline'] },
      { start: base + 7 * hour, end: base + 10 * hour, reasons: ['failing'] },
    ]);
  });

  it('knows a state that began before the range from the last event before it', () => {
    const hostEvents = [{ at: base - hour, event: 'offline' as const }];
    expect(findGaps([], day.from, day.to, interval, hostEvents, [])).toEqual([
      { start: day.from, end: day.to, reasons: ['offline'] },
    ]);
  });

  it('reads a leading resume as asleep since before the records', () => {
    const hostEvents = [{ at: base + 3 * hour, event: 'resume' as const }];
    const windows = [{ start: base + 3 * hour, end: day.to }];
    expect(findGaps(windows, day.from, day.to, interval, hostEvents, [])).toEqual([
      { start: day.from, end: base + 3 * hour, reasons: ['asleep'] },
    ]);
  });

  it('ignores host events and failures outside the gap', () => {
    const windows = [
      { start: base, end: base + 2 * hour },
      { start: base + 6 * hour, end: day.to },
    ];
    const hostEvents = [
      { at: base + hour, event: 'suspend' as const },
      { at: base + hour + 10 * minute, event: 'resume' as const },
    ];
    expect(findGaps(windows, day.from, day.to, interval, hostEvents, [base + 7 * hour])).toEqual([
      { start: base + 2 * hour, end: base + 6 * hour, reasons: ['not-running'] },
    ]);
  });

  it('returns nothing for an empty range', () => {
    expect(findGaps([], day.to, day.from, interval, [], [])).toEqual([]);
  });
});
