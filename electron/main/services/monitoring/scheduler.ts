import { isDeepStrictEqual } from 'node:util';
import {
  compareByOverdue,
  drawJitterMs,
  dueTimeMs,
  minuteMs,
} from '../../../../shared/monitoring/schedule';
import type {
  ScheduledSource,
  SourceConfig,
  SourceFetchState,
} from '../../../../shared/monitoring/source';
import type { SourceRuntime } from '../../../../shared/monitoring/status';
import { describeError, type Logger } from '../../lib';
import type { Clock, TimerHandle } from './clock';

/** Fetches running at once unless told otherwise: enough to overlap slow servers, gentle on links. */
export const defaultConcurrency = 4;

/**
 * Longest the scheduler's one timer waits, even when the next source is due much later: the wall
 * clock jumps (sleep, a changed clock), and a shorter wait notices a jump within a minute.
 */
export const maxTimerWaitMs = 60 * 1000;

/**
 * How one run ended, as far as scheduling cares:
 * `success` (content or 304; validators for next time), `failure` (counts towards backoff),
 * `offline` (the host was offline or asleep: not counted, the source stays overdue), `aborted`
 * (shut down: nothing changes).
 */
export type RunResult =
  | { kind: 'success'; finishedAt: number; etag: string | null; lastModified: string | null }
  | { kind: 'failure' }
  | { kind: 'offline' }
  | { kind: 'aborted' };

/** Performs one fetch of a source; the scheduler only decides when. */
export type SourceRunner = (
  source: { config: SourceConfig; state: SourceFetchState },
  signal: AbortSignal,
) => Promise<RunResult>;

/** What the scheduler needs from its owner. */
export interface SchedulerOptions {
  clock: Clock;
  /** A draw in [0, 1); `Math.random` in production, a fixed sequence in tests. */
  random: () => number;
  run: SourceRunner;
  /** Called after anything visible in {@link Scheduler.listRuntime} changed. */
  onChange: () => void;
  logger: Logger;
  concurrency?: number;
}

/** Result of {@link Scheduler.runNow}. */
export interface RunNowResult {
  queued: string[];
  alreadyRunning: string[];
}

/** The scheduler of monitoring fetches. */
export interface Scheduler {
  /** Follows the complete source list: keeps what it knew of known ids, adopts the rest. */
  setSources(sources: readonly ScheduledSource[]): void;
  /** Queues one enabled source, or every enabled one (null), ahead of the schedule. */
  runNow(sourceId: string | null): RunNowResult;
  /** Tells the scheduler whether fetching makes sense; becoming able to fetch catches up at once. */
  setHostState(state: { isOnline: boolean; isSuspended: boolean }): void;
  /** Starts timing and fetching. */
  start(): void;
  /** Stops timing, aborts running fetches and waits until they settled. */
  stop(): Promise<void>;
  /** What the scheduler is doing with each source, in the order the sources were given. */
  listRuntime(): SourceRuntime[];
  /** Fetches running now. */
  runningCount(): number;
  /** Current resume state of a source (tests and diagnostics). */
  stateOf(sourceId: string): SourceFetchState | null;
}

interface SourceEntry {
  config: SourceConfig;
  state: SourceFetchState;
  jitterMs: number;
  knownSince: number;
  /** Bumped when the request changes (url, kind, charset, headers, mapping): late validators are dropped. */
  generation: number;
  /** Asked for through run-now; runs before due sources, even while offline. */
  isForced: boolean;
}

/** The parts of a configuration that change what the server is asked or how its answer is read. */
function requestChanged(before: SourceConfig, after: SourceConfig): boolean {
  return (
    before.url !== after.url ||
    before.kind !== after.kind ||
    before.charset !== after.charset ||
    !isDeepStrictEqual(before.headers, after.headers) ||
    !isDeepStrictEqual(before.jsonMapping, after.jsonMapping)
  );
}

/**
 * The monitoring scheduler: one timer to the next due time, the most overdue source first, at
 * most `concurrency` fetches at once and never two of one source, exponential backoff after
 * failures, random jitter, and an immediate catch-up when the machine wakes or the network comes
 * back. While offline or asleep it starts nothing on its own and counts no failure. A hanging
 * fetch holds one slot until the fetcher's own total timeout; the other slots keep working.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock, random, logger } = options;
  const concurrency = Math.max(1, options.concurrency ?? defaultConcurrency);
  const entries = new Map<string, SourceEntry>();
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let isStarted = false;
  let isStopping = false;
  let canFetch = true;
  let timer: TimerHandle | null = null;

  // The running map, not the entry, is the authority: a source removed and re-added while it
  // runs gets a new entry, and must still not start a second fetch.
  const isRunning = (entry: SourceEntry) => running.has(entry.config.id);
  const intervalOf = (entry: SourceEntry) => entry.config.intervalMinutes * minuteMs;
  const dueAtOf = (entry: SourceEntry) =>
    dueTimeMs({
      lastAttemptAt: entry.state.lastAttemptAt,
      consecutiveFailures: entry.state.consecutiveFailures,
      intervalMs: intervalOf(entry),
      jitterMs: entry.jitterMs,
      knownSince: entry.knownSince,
    });
  const drawJitter = (entry: SourceEntry) => drawJitterMs(intervalOf(entry), random());

  function nextCandidates(now: number): SourceEntry[] {
    const forced: SourceEntry[] = [];
    const due: { entry: SourceEntry; dueAt: number; id: string }[] = [];
    for (const entry of entries.values()) {
      if (isRunning(entry)) continue;
      if (entry.isForced) forced.push(entry);
      else if (canFetch && entry.config.enabled) {
        const dueAt = dueAtOf(entry);
        if (dueAt <= now) due.push({ entry, dueAt, id: entry.config.id });
      }
    }
    due.sort(compareByOverdue);
    return [...forced, ...due.map((candidate) => candidate.entry)];
  }

  function launch(entry: SourceEntry): void {
    const id = entry.config.id;
    const generation = entry.generation;
    entry.isForced = false;
    const controller = new AbortController();
    const startedAt = clock.now();
    const snapshot = { config: entry.config, state: { ...entry.state } };
    const done = options
      .run(snapshot, controller.signal)
      .catch((error: unknown): RunResult => {
        logger.error(`monitoring run of ${id} threw: ${describeError(error)}`);
        return { kind: 'failure' };
      })
      .then((result) => {
        running.delete(id);
        // A source removed while it ran is forgotten; its record was still written.
        if (entries.get(id) === entry) settle(entry, result, startedAt, generation);
        options.onChange();
        pump();
      });
    running.set(id, { controller, done });
  }

  function settle(entry: SourceEntry, result: RunResult, startedAt: number, generation: number) {
    if (result.kind === 'aborted' || result.kind === 'offline') return;
    const isCurrentRequest = generation === entry.generation;
    if (result.kind === 'success') {
      entry.state = {
        lastAttemptAt: startedAt,
        lastSuccessAt: result.finishedAt,
        consecutiveFailures: 0,
        etag: isCurrentRequest ? result.etag : null,
        lastModified: isCurrentRequest ? result.lastModified : null,
      };
    } else {
      entry.state = {
        ...entry.state,
        lastAttemptAt: startedAt,
        consecutiveFailures: entry.state.consecutiveFailures + 1,
      };
    }
    entry.jitterMs = drawJitter(entry);
  }

  function pump(): void {
    if (!isStarted || isStopping) return;
    const now = clock.now();
    let hasStarted = false;
    for (const entry of nextCandidates(now)) {
      if (running.size >= concurrency) break;
      launch(entry);
      hasStarted = true;
    }
    if (hasStarted) options.onChange();
    arm();
  }

  function arm(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    // Offline, asleep or full: a host change or a finishing fetch pumps again, and a timer for an
    // already-overdue source would only spin.
    if (!isStarted || isStopping || !canFetch || running.size >= concurrency) return;
    let earliest = Number.POSITIVE_INFINITY;
    for (const entry of entries.values()) {
      if (entry.config.enabled && !isRunning(entry)) earliest = Math.min(earliest, dueAtOf(entry));
    }
    if (earliest === Number.POSITIVE_INFINITY) return;
    const wait = Math.min(Math.max(earliest - clock.now(), 0), maxTimerWaitMs);
    timer = clock.setTimeout(() => {
      timer = null;
      pump();
    }, wait);
  }

  return {
    setSources(sources) {
      const now = clock.now();
      const next = new Map<string, SourceEntry>();
      for (const { config, state } of sources) {
        const known = entries.get(config.id);
        if (known === undefined) {
          const entry: SourceEntry = {
            config,
            state: { ...state },
            jitterMs: 0,
            knownSince: now,
            generation: 0,
            isForced: false,
          };
          entry.jitterMs = drawJitter(entry);
          next.set(config.id, entry);
          continue;
        }
        if (requestChanged(known.config, config)) {
          known.generation += 1;
          known.state = { ...known.state, etag: null, lastModified: null };
        }
        const isIntervalChanged = known.config.intervalMinutes !== config.intervalMinutes;
        known.config = config;
        if (isIntervalChanged) known.jitterMs = drawJitter(known);
        if (!config.enabled) known.isForced = false;
        next.set(config.id, known);
      }
      entries.clear();
      for (const [id, entry] of next) entries.set(id, entry);
      options.onChange();
      pump();
    },

    runNow(sourceId) {
      const result: RunNowResult = { queued: [], alreadyRunning: [] };
      const targets =
        sourceId === null
          ? [...entries.values()]
          : [entries.get(sourceId)].filter((entry) => entry !== undefined);
      for (const entry of targets) {
        if (!entry.config.enabled) continue;
        if (isRunning(entry)) {
          result.alreadyRunning.push(entry.config.id);
          continue;
        }
        entry.isForced = true;
        result.queued.push(entry.config.id);
      }
      options.onChange();
      pump();
      return result;
    },

    setHostState(state) {
      const wasAble = canFetch;
      canFetch = state.isOnline && !state.isSuspended;
      if (canFetch && !wasAble) pump();
    },

    start() {
      if (isStarted) return;
      isStarted = true;
      pump();
    },

    async stop() {
      isStopping = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      const pending = [...running.values()];
      for (const { controller } of pending) controller.abort();
      await Promise.all(pending.map(({ done }) => done));
    },

    listRuntime() {
      const now = clock.now();
      return [...entries.values()].map((entry) => {
        const dueAt = dueAtOf(entry);
        return {
          sourceId: entry.config.id,
          isRunning: isRunning(entry),
          isQueued: !isRunning(entry) && (entry.isForced || (entry.config.enabled && dueAt <= now)),
          nextRunAt: entry.config.enabled ? Math.round(dueAt) : null,
          consecutiveFailures: entry.state.consecutiveFailures,
          isBackingOff: entry.state.consecutiveFailures > 0,
        };
      });
    },

    runningCount: () => running.size,

    stateOf: (sourceId) => {
      const entry = entries.get(sourceId);
      return entry === undefined ? null : { ...entry.state };
    },
  };
}
