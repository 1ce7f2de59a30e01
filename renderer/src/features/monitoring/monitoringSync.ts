import type { CrisisRoomBridge } from '../../../../shared/ipc/bridge';
import { maxScheduledSources } from '../../../../shared/ipc/contract';
import type { IpcErrorCode, IpcResult } from '../../../../shared/ipc/result';
import type { OutboxRecord } from '../../../../shared/monitoring/records';
import { maxRules } from '../../../../shared/monitoring/rules';
import type { MatchableRule, SetRulesInput } from '../../../../shared/monitoring/rules';
import type { ScheduledSource } from '../../../../shared/monitoring/source';
import type { MonitoringStatus } from '../../../../shared/monitoring/status';
import type { CrisisRoomDatabase } from '../../db/database';
import { applyRecords } from '../../db/repositories/monitoringRecordRepository';
import {
  matchableRuleOf,
  observeMatchingConfig,
} from '../../db/repositories/monitoringRuleRepository';
import type { MatchingConfig } from '../../db/repositories/monitoringRuleRepository';
import { observeScheduledSources } from '../../db/repositories/monitoringSourceRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import type { MonitoringSyncErrorCode } from '../../stores/slices/monitoringSlice';

/** The bridge methods the sync uses (the whole bridge fits; tests may pass a smaller fake). */
export type MonitoringSyncBridge = Pick<
  CrisisRoomBridge,
  | 'monitoringSetSources'
  | 'monitoringSetRules'
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
  /** Receives the rules whose rollups a stored batch changed, so their triggers are evaluated. */
  onApplied?: (ruleIds: readonly string[]) => void;
  /** Waits before retries after a failure, in order; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Quiet time after a source change before the list is sent (several edits, one send). */
  sourcesDebounceMs?: number;
  /** Quiet time after a change of rules, synonyms or sentiment words before they are sent. */
  rulesDebounceMs?: number;
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

/**
 * What ingest matches with: every rule that is not off (as the main process needs it), the
 * synonym table and the user's sentiment words.
 */
export function setRulesInputOf(config: MatchingConfig): SetRulesInput {
  const rules = config.rules
    .map(matchableRuleOf)
    .filter((rule): rule is MatchableRule => rule !== null)
    .slice(0, maxRules);
  return { rules, synonyms: config.synonyms, sentimentWords: config.sentimentWords };
}

/** What decides whether the main process must hear about a change: configurations, not health. */
function sourcesFingerprint(sources: readonly ScheduledSource[]): string {
  return JSON.stringify(sources.map((source) => source.config));
}

/**
 * Connects the renderer's database to the monitoring engine in the main process, for as long as
 * it runs:
 *
 * - sends the early-warning rules that are not off, the synonym table and the user's sentiment
 *   words at start, and again after every change of them (debounced);
 * - sends the complete source list (configuration and resume state) at start, once the first
 *   rules were sent (or failed to be), and again after every change of a configuration
 *   (debounced; health updates from applied records do not resend it);
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
    rulesDebounceMs = defaultSourcesDebounceMs,
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
    let touchedRuleIds: string[];
    try {
      ({ appliedIds, touchedRuleIds } = await applyRecords(records, db));
    } catch (error: unknown) {
      throw toStorageWriteError(error);
    }
    if (touchedRuleIds.length > 0) options.onApplied?.(touchedRuleIds);
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
    if (isSending || latestSources === null || isStopped || !isRulesSettled) {
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
      // The first list goes at once (the scheduler has nothing to run until it arrives), but
      // after the first rules, so the first fetches are matched at ingest.
      if (!isSending && !isSendScheduled && isRulesSettled) {
        void sendSources();
      }
      return;
    }
    if (sourcesFingerprint(sources) !== sentFingerprint) {
      scheduleSend(sourcesDebounceMs);
    }
  };

  // Rules: the latest set, what was last sent, and one send at a time. Until the first attempt
  // ended, sources wait: fetches the scheduler ran before would be stored without matches.
  let latestRules: SetRulesInput | null = null;
  let sentRules: string | null = null;
  let isRulesSettled = false;
  let isSendingRules = false;
  let isRulesSendScheduled = false;
  let rulesAttempt = 0;

  const settleRules = (): void => {
    if (isRulesSettled) {
      return;
    }
    isRulesSettled = true;
    if (sentFingerprint === null && !isSending && !isSendScheduled) {
      void sendSources();
    }
  };

  const scheduleRulesSend = (delayMs: number): void => {
    if (isRulesSendScheduled) {
      return;
    }
    isRulesSendScheduled = true;
    later(delayMs, () => {
      isRulesSendScheduled = false;
      void sendRules();
    });
  };

  const sendRules = async (): Promise<void> => {
    if (isSendingRules || latestRules === null || isStopped) {
      return;
    }
    isSendingRules = true;
    const payload = latestRules;
    const fingerprint = JSON.stringify(payload);
    try {
      await unwrap(() => bridge.monitoringSetRules(payload), 'Sending the rules');
      sentRules = fingerprint;
      rulesAttempt = 0;
    } catch (error: unknown) {
      report(failureCode(error));
      scheduleRulesSend(delayFor(rulesAttempt));
      rulesAttempt += 1;
      return;
    } finally {
      isSendingRules = false;
      settleRules();
    }
    // Edits made while the rules were on their way are sent next.
    if (latestRules !== null && JSON.stringify(latestRules) !== sentRules) {
      scheduleRulesSend(rulesDebounceMs);
    }
  };

  const onRules = (config: MatchingConfig): void => {
    const input = setRulesInputOf(config);
    latestRules = input;
    if (sentRules === null && !isRulesSettled) {
      if (!isSendingRules && !isRulesSendScheduled) {
        void sendRules();
      }
      return;
    }
    if (JSON.stringify(input) !== sentRules) {
      scheduleRulesSend(rulesDebounceMs);
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
  const unsubscribeRules = observeMatchingConfig(
    onRules,
    (error: unknown) => {
      report(toStorageWriteError(error).code);
      settleRules();
    },
    db,
  );
  void pump();

  return {
    stop: () => {
      isStopped = true;
      unsubscribeRules();
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
