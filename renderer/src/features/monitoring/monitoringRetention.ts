import type { CrisisRoomDatabase } from '../../db/database';
import { pruneMonitoringData } from '../../db/repositories/monitoringItemRepository';
import type { PruneResult } from '../../db/repositories/monitoringItemRepository';
import { readSetting } from '../../db/repositories/settingsRepository';

/** How often retention runs while the app is open. */
export const retentionEveryMs = 6 * 60 * 60_000;

/** Options of {@link startRetention}. */
export type RetentionOptions = {
  db: CrisisRoomDatabase;
  /** The clock (epoch ms). */
  now?: () => number;
  /** Time between passes. */
  everyMs?: number;
  /** Receives each finished pass (diagnostics, tests). */
  onPruned?: (result: PruneResult) => void;
  /** Receives a failed pass; the next pass tries again. */
  onError?: (error: unknown) => void;
};

/**
 * Removes monitoring data older than the `monitoringRetentionDays` setting: items by fetch time,
 * fetch log, host events and old coverage windows. Resolves what was removed; rejects when the
 * setting cannot be read or a chunk cannot be deleted.
 */
export async function pruneByRetentionSetting(
  db: CrisisRoomDatabase,
  now: number,
): Promise<PruneResult> {
  const retentionDays = await readSetting('monitoringRetentionDays', db);
  return pruneMonitoringData(now, retentionDays, db);
}

/**
 * Runs retention in the background: once right away, then every {@link retentionEveryMs}, one
 * pass at a time. Returns the function that stops it.
 */
export function startRetention(options: RetentionOptions): () => void {
  const {
    db,
    now = Date.now,
    everyMs = retentionEveryMs,
    onPruned = () => undefined,
    onError = (error: unknown) => {
      console.error('Pruning old monitoring data failed.', error);
    },
  } = options;
  let isStopped = false;
  let isRunning = false;
  const pass = async (): Promise<void> => {
    if (isRunning || isStopped) {
      return;
    }
    isRunning = true;
    try {
      const result = await pruneByRetentionSetting(db, now());
      if (!isStopped) {
        onPruned(result);
      }
    } catch (error: unknown) {
      if (!isStopped) {
        onError(error);
      }
    } finally {
      isRunning = false;
    }
  };
  void pass();
  const timer = setInterval(() => {
    void pass();
  }, everyMs);
  return () => {
    isStopped = true;
    clearInterval(timer);
  };
}
