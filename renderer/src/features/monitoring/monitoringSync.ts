import type { CrisisRoomBridge } from '../../../../shared/ipc/bridge';
import { maxScheduledSources } from '../../../../shared/ipc/contract';
import type { IpcErrorCode, IpcResult } from '../../../../shared/ipc/result';
import type { OutboxRecord } from '../../../../shared/monitoring/records';
import type { ScheduledSource } from '../../../../shared/monitoring/source';
import type { MonitoringStatus } from '../../../../shared/monitoring/status';
import type { CrisisRoomDatabase } from '../../db/database';
import { applyRecords } from '../../db/repositories/monitoringRecordRepository';
import { observeScheduledSources } from '../../db/repositories/monitoringSourceRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import type { MonitoringSyncErrorCode } from '../../stores/slices/monitoringSlice';

/** The bridge methods the sync uses (the whole bridge fits; tests may pass a smaller fake). */
export type MonitoringSyncBridge = Pick<
  CrisisRoomBridge,
  | 'monitoringSetSources'
  | 'monitoringGetPending'
  | 'monitoringAckRecords'
  | 'onMonitoringRecords'
  | 'onMonitoringStatus'
>;

/** Options of {@link startMonitoringSync}. */
export type MonitoringSyncOptions = {
  bridge: MonitoringSyncBridge;
  db: CrisisRoomDatabase;
  /** Receives every status the main process reports. */
  onStatus: (status: MonitoringStatus) => void;
  /** Receives why the hand-off is stuck, and null once it flows again. */
  onSyncError: (code: MonitoringSyncErrorCode | null) => void;
  /** Waits before retries after a failure, in order; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Quiet time after a source change before the list is sent (several edits, one send). */
  sourcesDebounceMs?: number;
};

/** A running sync; `stop` unsubscribes everything and cancels timers. */
export type MonitoringSync = { stop: () => void };

/** Default waits between retries: quick at first, then once a minute. */
export const defaultRetryDelaysMs: readonly number[] = [
  1_000, 2_000, 5_000, 15_000, 30_000, 60_000,
];

/** Default quiet time before a changed source list is sent. */
export const defaultSourcesDebounceMs = 300;

/** Most ids in one `monitoring:ack-records` call (the contract's limit). */
const maxAckIds = 1_000;

/** A step of the sync that failed with a code worth showing. */
class SyncFailure extends Error {
  readonly code: MonitoringSyncErrorCode;

  constructor(code: MonitoringSyncErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SyncFailure';
    this.code = code;
  }
}

/** The value of an IPC result, or a SyncFailure carrying its error code. */
async function unwrap<T>(call: () => Promise<IpcResult<T>>, what: string): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await call();
  } catch (error: unknown) {
    const code: IpcErrorCode = 'transport-unavailable';
    throw new SyncFailure(code, `${what} failed to reach the main process.`, { cause: error });
  }
  if (!result.ok) {
    throw new SyncFailure(result.error.code, `${what}: ${result.error.message}`);
  }
  return result.value;
}

/** The code to show for anything a sync step threw. */
function failureCode(error: unknown): MonitoringSyncErrorCode {
  return error instanceof SyncFailure ? error.code : toStorageWriteError(error).code;
}

/** What decides whether the main process must hear about a change: configurations, not health. */
function sourcesFingerprint(sources: readonly ScheduledSource[]): string {
  return JSON.stringify(sources.map((source) => source.config));
}

/**
 * Connects the renderer's database to the monitoring engine in the main process, for as long as
 * it runs:
 *
 * - sends the complete source list (configuration and resume state) at start, and again after
 *   every change of a configuration (debounced; health updates from applied records do not
 *   resend it);
 * - drains the outbox (`monitoring:get-pending`, paged), applies each page in one transaction,
 *   then acknowledges it; records pushed on `monitoring:records` are queued and applied the same
 *   way, one transaction at a time, several records per transaction when they queued up;
 * - passes every `monitoring:status` push to `onStatus`.
 *
 * A record is acknowledged only after its transaction committed, so nothing is lost; applying is
 * idempotent, so nothing is stored twice. After any failure (transport, storage) the queue is
 * dropped and the whole outbox is drained again after a backoff, since unacknowledged records
 * stay there.
 */
export function startMonitoringSync(options: MonitoringSyncOptions): MonitoringSync {
  const {
    bridge,
    db,
    onStatus,
    onSyncError,
    retryDelaysMs = defaultRetryDelaysMs,
    sourcesDebounceMs = defaultSourcesDebounceMs,
  } = options;
  let isStopped = false;
  let reportedError: MonitoringSyncErrorCode | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (delayMs: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!isStopped) {
        run();
      }
    }, delayMs);
    timers.add(timer);
  };
  const delayFor = (attempt: number): number =>
    retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)] ?? 1_000;
  const report = (code: MonitoringSyncErrorCode | null): void => {
    if (!isStopped && code !== reportedError) {
      reportedError = code;
      onSyncError(code);
    }
  };

  // Records: one worker, so only one transaction applies at a time.
  const queue: OutboxRecord[] = [];
  let needsDrain = true;
  let isWorking = false;
  let isRetryScheduled = false;
  let recordAttempt = 0;

  const applyAndAcknowledge = async (records: readonly OutboxRecord[]): Promise<void> => {
    let appliedIds: string[];
    try {
      ({ appliedIds } = await applyRecords(records, db));
    } catch (error: unknown) {
      throw toStorageWriteError(error);
    }
    for (let start = 0; start < appliedIds.length; start += maxAckIds) {
      const ids = appliedIds.slice(start, start + maxAckIds);
      await unwrap(() => bridge.monitoringAckRecords({ ids }), 'Acknowledging records');
    }
  };

  const drain = async (): Promise<void> => {
    let afterId: string | null = null;
    for (;;) {
      const page = await unwrap(
        () => bridge.monitoringGetPending({ afterId }),
        'Reading pending records',
      );
      const last = page.records.at(-1);
      if (last !== undefined) {
        await applyAndAcknowledge(page.records);
        afterId = last.id;
      }
      if (!page.hasMore || last === undefined || isStopped) {
        return;
      }
    }
  };

  const pump = async (): Promise<void> => {
    if (isWorking || isRetryScheduled || isStopped) {
      return;
    }
    isWorking = true;
    try {
      while (!isStopped) {
        if (needsDrain) {
          needsDrain = false;
          await drain();
        } else if (queue.length > 0) {
          await applyAndAcknowledge(queue.splice(0));
        } else {
          break;
        }
        recordAttempt = 0;
        report(null);
      }
    } catch (error: unknown) {
      report(failureCode(error));
      // Everything unacknowledged is still in the outbox: drop the queue and drain it all later.
      queue.length = 0;
      needsDrain = true;
      isRetryScheduled = true;
      later(delayFor(recordAttempt), () => {
        isRetryScheduled = false;
        void pump();
      });
      recordAttempt += 1;
    } finally {
      isWorking = false;
    }
  };

  // Sources: the latest list, what was last sent, and one send at a time.
  let latestSources: ScheduledSource[] | null = null;
  let sentFingerprint: string | null = null;
  let isSending = false;
  let isSendScheduled = false;
  let sourcesAttempt = 0;

  const scheduleSend = (delayMs: number): void => {
    if (isSendScheduled) {
      return;
    }
    isSendScheduled = true;
    later(delayMs, () => {
      isSendScheduled = false;
      void sendSources();
    });
  };

  const sendSources = async (): Promise<void> => {
    if (isSending || latestSources === null || isStopped) {
      return;
    }
    isSending = true;
    const sources = latestSources.slice(0, maxScheduledSources);
    const fingerprint = sourcesFingerprint(sources);
    try {
      const status = await unwrap(
        () => bridge.monitoringSetSources({ sources }),
        'Sending the sources',
      );
      sentFingerprint = fingerprint;
      sourcesAttempt = 0;
      if (!isStopped) {
        onStatus(status);
      }
    } catch (error: unknown) {
      report(failureCode(error));
      scheduleSend(delayFor(sourcesAttempt));
      sourcesAttempt += 1;
      return;
    } finally {
      isSending = false;
    }
    // Edits made while the list was on its way are sent next.
    if (latestSources !== null && sourcesFingerprint(latestSources) !== sentFingerprint) {
      scheduleSend(sourcesDebounceMs);
    }
  };

  const onSources = (sources: ScheduledSource[]): void => {
    latestSources = sources;
    if (sentFingerprint === null) {
      // The first list goes at once: the scheduler has nothing to run until it arrives.
      if (!isSending && !isSendScheduled) {
        void sendSources();
      }
      return;
    }
    if (sourcesFingerprint(sources) !== sentFingerprint) {
      scheduleSend(sourcesDebounceMs);
    }
  };

  const unsubscribeStatus = bridge.onMonitoringStatus((status) => {
    if (!isStopped) {
      onStatus(status);
    }
  });
  const unsubscribeRecords = bridge.onMonitoringRecords((payload) => {
    if (isStopped) {
      return;
    }
    queue.push(...payload.records);
    void pump();
  });
  const unsubscribeSources = observeScheduledSources(
    onSources,
    (error: unknown) => {
      report(toStorageWriteError(error).code);
    },
    db,
  );
  void pump();

  return {
    stop: () => {
      isStopped = true;
      unsubscribeStatus();
      unsubscribeRecords();
      unsubscribeSources();
      for (const timer of timers) {
        clearTimeout(timer);
      }
      timers.clear();
    },
  };
}
