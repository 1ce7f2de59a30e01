import { getDatabase } from '../../../../renderer/src/db/database';
import type { MonitoringStatus, SourceRuntime } from '../../../../shared/monitoring/status';

/** Empties every monitoring table, so each test starts with no sources, items or history. */
export async function clearMonitoringData(): Promise<void> {
  const db = getDatabase();
  await Promise.all([
    db.monitoringSources.clear(),
    db.monitoringItems.clear(),
    db.monitoringFetchLog.clear(),
    db.monitoringCoverage.clear(),
    db.monitoringHostEvents.clear(),
  ]);
}

/** The scheduler's view of one source, idle and due at `nextRunAt`, with `overrides` applied. */
export function runtime(sourceId: string, overrides: Partial<SourceRuntime> = {}): SourceRuntime {
  return {
    sourceId,
    isRunning: false,
    isQueued: false,
    nextRunAt: Date.UTC(2026, 10, 22, 9, 0, 0),
    consecutiveFailures: 0,
    isBackingOff: false,
    ...overrides,
  };
}

/** An engine status, online and awake, with `overrides` applied. */
export function engineStatus(overrides: Partial<MonitoringStatus> = {}): MonitoringStatus {
  return {
    isOnline: true,
    isSuspended: false,
    runningCount: 0,
    pendingRecords: 0,
    sources: [],
    ...overrides,
  };
}

/**
 * The accessible description of a control as a screen reader gets it: the text of the elements
 * its `aria-describedby` names, in order. (jsdom does not compute it.)
 */
export function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}
