import path from 'node:path';
import type { EventPayload, EventChannel } from '../../../../shared/ipc/contract';
import { maxPreviewItems, type SourcePreview } from '../../../../shared/monitoring/preview';
import {
  maxItemsPerFetch,
  outboxRecordSchema,
  type FetchError,
  type FetchRecord,
  type HostEventRecord,
  type OutboxRecord,
} from '../../../../shared/monitoring/records';
import type {
  ScheduledSource,
  SourceConfig,
  SourceFetchState,
} from '../../../../shared/monitoring/source';
import type { SetRulesInput } from '../../../../shared/monitoring/rules';
import type { SentimentLexicon } from '../../../../shared/monitoring/sentiment/sentimentLexicon';
import type { MonitoringStatus } from '../../../../shared/monitoring/status';
import { describeError, type Logger } from '../../lib';
import { systemClock, type Clock, type TimerHandle } from './clock';
import type { HostEvent, HostListener } from './hostWatcher';
import { createIngestMatcher, type SetRulesOutcome } from './ingestMatcher';
import { openOutbox, type Outbox, type PendingPage } from './outbox';
import { createRecordIdGenerator } from './recordIds';
import { createScheduler, type RunNowResult, type RunResult } from './scheduler';
import { shippedSentimentLexicon } from './shippedLexicon';
import type { HttpFetchResult, HttpFetcher, Ingester, IngestResult } from './types';

/** Longest the service waits before pushing a changed status: bursts of changes become one push. */
export const statusCoalesceMs = 250;

/** Most warnings a record carries (the record schema's limit). */
const maxWarnings = 20;

/** Where the service pushes events: the EventHub, or a recorder in tests. */
export interface MonitoringEvents {
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void;
}

/** What the monitoring service is built from. */
export interface MonitoringServiceOptions {
  /** The app's data folder; the outbox lives in its `monitoring/` folder. */
  dataDirectory: string;
  events: MonitoringEvents;
  logger: Logger;
  fetcher: HttpFetcher;
  ingester: Ingester;
  /** Reachability at start-up; changes arrive through `watchHost`. */
  isOnline: () => boolean;
  watchHost: (listener: HostListener) => () => void;
  clock?: Clock;
  random?: () => number;
  concurrency?: number;
  /** Outbox compaction thresholds (tests make them small). */
  outbox?: { compactAfterBytes?: number; compactAfterLines?: number };
  /** Called once on stop, after the last fetch settled (closes the fetcher's connection pool). */
  onStopped?: () => Promise<void> | void;
  /** The sentiment lexicon the user's words are merged into; the shipped one by default. */
  sentimentLexicon?: () => SentimentLexicon;
}

/**
 * The monitoring engine of the main process: schedules fetches of the renderer's sources, turns
 * each into one outbox record (made durable before it is pushed) whose items carry the
 * early-warning rules they matched and their sentiment, records host events for the coverage
 * ledger, and hands pending records over until the renderer acknowledges them.
 */
export interface MonitoringService {
  /** Opens the outbox, watches the host and starts scheduling. Idempotent. */
  start(): Promise<void>;
  /** Stops scheduling, aborts fetches, stops watching the host, flushes and closes the outbox. */
  stop(): Promise<void>;
  /** Follows the renderer's complete source list. */
  setSources(sources: readonly ScheduledSource[]): Promise<MonitoringStatus>;
  /**
   * Replaces the early-warning rules every fetched item is matched against at ingest (with the
   * synonyms and the user's sentiment words): compiled first, swapped in only when all compiled.
   * The renderer sends them again at every start-up, so nothing is persisted here.
   */
  setRules(input: SetRulesInput): SetRulesOutcome;
  getStatus(): Promise<MonitoringStatus>;
  /** Queues one enabled source, or all (null), now. */
  runNow(sourceId: string | null): Promise<RunNowResult>;
  /** Fetches and parses a source as typed, storing and scheduling nothing. */
  testSource(config: SourceConfig): Promise<SourcePreview>;
  /** Unacknowledged records after `afterId`, oldest first. */
  getPending(afterId: string | null, limit: number): Promise<PendingPage>;
  /** Acknowledges stored records; returns how many are still pending. */
  ackRecords(ids: readonly string[]): Promise<number>;
}

/** A failure the service itself noticed (the ingester threw, a record did not validate). */
function internalError(detail: string): FetchError {
  return { code: 'internal', params: {}, detail: detail.slice(0, 1000) };
}

/** The fields of a record or preview that come from the network and the ingester. */
interface FetchOutcomeParts {
  outcome: FetchRecord['outcome'];
  httpStatus: number | null;
  finalUrl: string | null;
  contentType: string | null;
  ingest: IngestResult | null;
  error: FetchError | null;
  etag: string | null;
  lastModified: string | null;
}

/** Runs the ingester on a fetched body; a throw is a bug, reported as an internal error. */
function ingestSafely(
  ingester: Ingester,
  result: Extract<HttpFetchResult, { kind: 'body' }>,
  config: SourceConfig,
  fetchedAt: number,
): IngestResult {
  try {
    return ingester.ingest({
      body: result.body,
      contentType: result.contentType,
      source: {
        id: config.id,
        kind: config.kind,
        charset: config.charset,
        jsonMapping: config.jsonMapping,
      },
      fetchedAt,
    });
  } catch (error) {
    return {
      outcome: 'failed',
      items: [],
      itemsFound: 0,
      error: internalError(`ingest threw: ${describeError(error)}`),
      warnings: [],
      charset: null,
      detectedKind: null,
    };
  }
}

async function fetchAndIngest(
  fetcher: HttpFetcher,
  ingester: Ingester,
  config: SourceConfig,
  state: Pick<SourceFetchState, 'etag' | 'lastModified'>,
  signal: AbortSignal,
  now: () => number,
): Promise<FetchOutcomeParts> {
  let result: HttpFetchResult;
  try {
    result = await fetcher.fetch({
      url: config.url,
      headers: config.headers,
      etag: state.etag,
      lastModified: state.lastModified,
      signal,
    });
  } catch (error) {
    result = {
      kind: 'error',
      error: internalError(`fetch threw: ${describeError(error)}`),
      status: null,
      finalUrl: null,
    };
  }
  if (result.kind === 'not-modified') {
    return {
      outcome: 'not-modified',
      httpStatus: result.status,
      finalUrl: result.finalUrl,
      contentType: null,
      ingest: null,
      error: null,
      // A 304 may omit the validators; the ones sent are still good.
      etag: result.etag ?? state.etag,
      lastModified: result.lastModified ?? state.lastModified,
    };
  }
  if (result.kind === 'error') {
    return {
      outcome: 'failed',
      httpStatus: result.status,
      finalUrl: result.finalUrl,
      contentType: null,
      ingest: null,
      error: result.error,
      etag: state.etag,
      lastModified: state.lastModified,
    };
  }
  const ingest = ingestSafely(ingester, result, config, now());
  const isUsable = ingest.outcome !== 'failed';
  return {
    outcome: ingest.outcome,
    httpStatus: result.status,
    finalUrl: result.finalUrl,
    contentType: result.contentType,
    ingest,
    error: ingest.error,
    // Validators of a body that could not be read would turn the next fetch into a useless 304.
    etag: isUsable ? result.etag : null,
    lastModified: isUsable ? result.lastModified : null,
  };
}

/**
 * Builds the monitoring service. Nothing touches the disk or the network until `start` (or the
 * first call that needs the outbox), so building it is free for processes that never monitor.
 */
export function createMonitoringService(options: MonitoringServiceOptions): MonitoringService {
  const { events, logger, fetcher, ingester } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const ids = createRecordIdGenerator(() => clock.now());
  const matcher = createIngestMatcher({
    lexicon: options.sentimentLexicon ?? shippedSentimentLexicon,
  });
  const stopController = new AbortController();
  let outboxOpening: Promise<Outbox> | null = null;
  let startup: Promise<void> | null = null;
  let stopping: Promise<void> | null = null;
  let unwatchHost: (() => void) | null = null;
  let isOnline = true;
  let isSuspended = false;
  /** Bumped by every offline or suspend: a fetch that saw it fail for the host's sake. */
  let disruptions = 0;
  let statusTimer: TimerHandle | null = null;

  function outbox(): Promise<Outbox> {
    outboxOpening ??= openOutbox({
      directory: path.join(options.dataDirectory, 'monitoring'),
      logger,
      ...options.outbox,
    }).then((opened) => {
      const lastId = opened.lastId();
      if (lastId !== null) ids.observe(lastId);
      return opened;
    });
    return outboxOpening;
  }

  /** Writes a record durably, then pushes it. Never pushes what is not on disk. */
  async function publish(record: OutboxRecord): Promise<void> {
    const checked = outboxRecordSchema.safeParse(record);
    if (!checked.success) {
      throw new Error(`record outside the contract: ${checked.error.message.slice(0, 300)}`);
    }
    const box = await outbox();
    await box.append(checked.data);
    events.emit('monitoring:records', { records: [checked.data] });
    scheduleStatus();
  }

  const scheduler = createScheduler({
    clock,
    random,
    logger,
    run: runSource,
    onChange: scheduleStatus,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });

  async function buildStatus(): Promise<MonitoringStatus> {
    const box = await outbox();
    return {
      isOnline,
      isSuspended,
      runningCount: scheduler.runningCount(),
      pendingRecords: box.pendingCount(),
      sources: scheduler.listRuntime(),
    };
  }

  function scheduleStatus(): void {
    if (statusTimer !== null || stopping !== null) return;
    statusTimer = clock.setTimeout(() => {
      statusTimer = null;
      buildStatus().then(
        (status) => events.emit('monitoring:status', status),
        (error: unknown) => logger.error(`monitoring status failed: ${describeError(error)}`),
      );
    }, statusCoalesceMs);
  }

  async function runSource(
    source: { config: SourceConfig; state: SourceFetchState },
    signal: AbortSignal,
  ): Promise<RunResult> {
    const { config, state } = source;
    const startedAt = clock.now();
    const disruptionsAtStart = disruptions;
    const parts = await fetchAndIngest(fetcher, ingester, config, state, signal, () => clock.now());
    if (signal.aborted) return { kind: 'aborted' };
    const items = await annotateSafely(
      (parts.ingest?.items ?? []).slice(0, maxItemsPerFetch),
      config,
    );
    if (signal.aborted) return { kind: 'aborted' };
    const finishedAt = clock.now();
    const isHostDisrupted =
      !isOnline ||
      isSuspended ||
      disruptions !== disruptionsAtStart ||
      parts.error?.code === 'offline';
    let error = parts.error;
    if (parts.outcome === 'failed' && isHostDisrupted && error?.code !== 'offline') {
      // The host, not the source, failed: the renderer must not count it against the source.
      error = {
        code: 'offline',
        params: {},
        detail:
          `host offline or asleep; the fetch reported ${error?.code ?? 'nothing'}: ${error?.detail ?? ''}`.slice(
            0,
            1000,
          ),
      };
    }
    const ingest = parts.ingest;
    const record: FetchRecord = {
      type: 'fetch',
      id: ids.next(),
      sourceId: config.id,
      startedAt,
      finishedAt,
      outcome: parts.outcome,
      httpStatus: parts.httpStatus,
      items,
      itemsFound: ingest?.itemsFound ?? 0,
      error,
      warnings: (ingest?.warnings ?? []).slice(0, maxWarnings),
      etag: parts.etag,
      lastModified: parts.lastModified,
      charset: ingest?.charset ?? null,
      detectedKind: ingest?.detectedKind ?? null,
    };
    try {
      await publish(record);
    } catch (publishError) {
      logger.error(
        `monitoring: could not record the fetch of ${config.id}: ${describeError(publishError)}`,
      );
      return { kind: 'failure' };
    }
    if (record.outcome === 'failed') {
      return record.error?.code === 'offline' ? { kind: 'offline' } : { kind: 'failure' };
    }
    return {
      kind: 'success',
      finishedAt,
      etag: record.etag,
      lastModified: record.lastModified,
    };
  }

  /** Matches and scores items; a bug in matching must not cost the record, so it keeps them bare. */
  async function annotateSafely(
    items: FetchRecord['items'],
    config: SourceConfig,
  ): Promise<FetchRecord['items']> {
    if (items.length === 0) return items;
    try {
      return await matcher.annotate(items, { id: config.id, name: config.name, tags: config.tags });
    } catch (error) {
      logger.error(`monitoring: matching items of ${config.id} failed: ${describeError(error)}`);
      return items;
    }
  }

  function onHostEvent(event: HostEvent): void {
    if (stopping !== null) return;
    if (event.kind === 'offline' || event.kind === 'suspend') disruptions += 1;
    if (event.kind === 'offline') isOnline = false;
    if (event.kind === 'online') isOnline = true;
    if (event.kind === 'suspend') isSuspended = true;
    if (event.kind === 'resume') isSuspended = false;
    const record: HostEventRecord = {
      type: 'host',
      id: ids.next(),
      at: Math.max(0, Math.trunc(event.at)),
      event: event.kind,
    };
    const isGoingDown = event.kind === 'offline' || event.kind === 'suspend';
    // Stop starting fetches at once; but catch up only once the wake is recorded, so the ledger
    // sees the wake before the fetches it caused.
    if (isGoingDown) scheduler.setHostState({ isOnline, isSuspended });
    publish(record)
      .catch((error: unknown) =>
        logger.error(
          `monitoring: could not record host event ${event.kind}: ${describeError(error)}`,
        ),
      )
      .finally(() => {
        if (stopping !== null) return;
        scheduler.setHostState({ isOnline, isSuspended });
        scheduleStatus();
      });
  }

  function start(): Promise<void> {
    startup ??= outbox().then(() => {
      if (stopping !== null) return;
      isOnline = options.isOnline();
      scheduler.setHostState({ isOnline, isSuspended });
      unwatchHost = options.watchHost(onHostEvent);
      scheduler.start();
      scheduleStatus();
    });
    return startup;
  }

  async function stop(): Promise<void> {
    stopping ??= (async () => {
      stopController.abort();
      unwatchHost?.();
      unwatchHost = null;
      if (statusTimer !== null) clock.clearTimeout(statusTimer);
      statusTimer = null;
      await startup?.catch(() => undefined);
      await scheduler.stop();
      try {
        await options.onStopped?.();
      } catch (error) {
        logger.warn(`monitoring: closing the fetcher failed: ${describeError(error)}`);
      }
      if (outboxOpening !== null) {
        const box = await outboxOpening.catch(() => null);
        await box?.close();
      }
    })();
    return stopping;
  }

  return {
    start,
    stop,

    async setSources(sources) {
      await outbox();
      scheduler.setSources(sources);
      return buildStatus();
    },

    setRules: (input) => matcher.setRules(input),

    getStatus: buildStatus,

    async runNow(sourceId) {
      await outbox();
      return scheduler.runNow(sourceId);
    },

    async testSource(config) {
      const startedAt = clock.now();
      const parts = await fetchAndIngest(
        fetcher,
        ingester,
        config,
        { etag: null, lastModified: null },
        stopController.signal,
        () => clock.now(),
      );
      return {
        outcome: parts.outcome,
        httpStatus: parts.httpStatus,
        finalUrl: parts.finalUrl,
        contentType: parts.contentType?.slice(0, 200) ?? null,
        charset: parts.ingest?.charset ?? null,
        detectedKind: parts.ingest?.detectedKind ?? null,
        itemsFound: parts.ingest?.itemsFound ?? 0,
        items: (parts.ingest?.items ?? []).slice(0, maxPreviewItems),
        error: parts.error,
        warnings: (parts.ingest?.warnings ?? []).slice(0, maxWarnings),
        durationMs: Math.max(0, Math.round(clock.now() - startedAt)),
      };
    },

    async getPending(afterId, limit) {
      const box = await outbox();
      return box.pending(afterId, limit);
    },

    async ackRecords(ids) {
      const box = await outbox();
      const left = await box.ack(ids);
      scheduleStatus();
      return left;
    },
  };
}
