import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMonitoringService,
  statusCoalesceMs,
  type MonitoringServiceOptions,
} from '../../../../../electron/main/services/monitoring/monitoringService';
import { outboxFileName } from '../../../../../electron/main/services/monitoring/outbox';
import type {
  FetchRequest,
  HttpFetchResult,
  IngestInput,
  IngestResult,
} from '../../../../../electron/main/services/monitoring/types';
import type { EventChannel } from '../../../../../shared/ipc/contract';
import type {
  FetchedItem,
  FetchRecord,
  OutboxRecord,
} from '../../../../../shared/monitoring/records';
import { minuteMs } from '../../../../../shared/monitoring/schedule';
import type { MonitoringStatus } from '../../../../../shared/monitoring/status';
import { createFakePlatform, createRecordingLogger } from '../../ipc/fakes';
import { createFakeClock } from './fakeClock';
import { scheduled, sourceConfig } from './sources';

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crisis-room-monitoring-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function item(index: number): FetchedItem {
  return {
    dedupeKey: `key-${index}`,
    title: `Item ${index}`,
    link: `https://news.example.com/${index}`,
    text: 'text',
    author: null,
    publishedAt: 1_800_000_000_000,
    dateSource: 'feed',
    language: 'en',
    isTruncated: false,
  };
}

const body = (text: string, etag: string | null = null): HttpFetchResult => ({
  kind: 'body',
  status: 200,
  finalUrl: 'https://news.example.com/a.xml',
  contentType: 'application/rss+xml',
  body: new TextEncoder().encode(text),
  etag,
  lastModified: null,
});

/** Turns a body of `items:N` into N items; anything else fails as not a feed. */
function fakeIngest(input: IngestInput): IngestResult {
  const text = new TextDecoder().decode(input.body);
  const match = /^items:(\d+)$/u.exec(text);
  if (match === null) {
    return {
      outcome: 'failed',
      items: [],
      itemsFound: 0,
      error: { code: 'not-a-feed', params: {}, detail: 'no feed' },
      warnings: [],
      charset: 'utf-8',
      detectedKind: null,
    };
  }
  const count = Number(match[1]);
  return {
    outcome: 'ok',
    items: Array.from({ length: count }, (_, index) => item(index)),
    itemsFound: count,
    error: null,
    warnings: [],
    charset: 'utf-8',
    detectedKind: 'rss',
  };
}

type Respond = (request: FetchRequest) => Promise<HttpFetchResult>;

function setUp(respond: Respond, overrides: Partial<MonitoringServiceOptions> = {}) {
  const clock = createFakeClock();
  const platform = createFakePlatform({ dataDirectory: directory });
  const emitted: { channel: EventChannel; payload: unknown }[] = [];
  const requests: FetchRequest[] = [];
  const ingested: IngestInput[] = [];
  let isFetcherClosed = false;
  const outboxFile = path.join(directory, 'monitoring', outboxFileName);
  const options: MonitoringServiceOptions = {
    dataDirectory: directory,
    events: {
      emit: (channel, payload) => {
        if (channel === 'monitoring:records') {
          // Durable before pushed: every pushed record is already in the file.
          const file = readFileSync(outboxFile, 'utf8');
          for (const record of (payload as { records: OutboxRecord[] }).records) {
            expect(file).toContain(JSON.stringify(record));
          }
        }
        emitted.push({ channel, payload });
      },
    },
    logger: createRecordingLogger(),
    fetcher: {
      fetch: (request) => {
        requests.push(request);
        return respond(request);
      },
    },
    ingester: {
      ingest: (input) => {
        ingested.push(input);
        return fakeIngest(input);
      },
    },
    isOnline: () => platform.isOnline(),
    watchHost: (listener) => platform.watchHost(listener),
    clock,
    random: () => 0,
    onStopped: () => {
      isFetcherClosed = true;
    },
    ...overrides,
  };
  const service = createMonitoringService(options);
  const records = () =>
    emitted
      .filter((event) => event.channel === 'monitoring:records')
      .flatMap((event) => (event.payload as { records: OutboxRecord[] }).records);
  const fetchRecords = () =>
    records().filter((record): record is FetchRecord => record.type === 'fetch');
  const statuses = () =>
    emitted
      .filter((event) => event.channel === 'monitoring:status')
      .map((event) => event.payload as MonitoringStatus);
  return {
    clock,
    platform,
    service,
    requests,
    ingested,
    records,
    fetchRecords,
    statuses,
    isFetcherClosed: () => isFetcherClosed,
  };
}

describe('monitoring service', () => {
  it('fetches a due source, writes its record durably, then pushes it and the status', async () => {
    const context = setUp(async () => body('items:3', '"v1"'));
    await context.service.start();
    await context.service.setSources([scheduled('a')]);
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(1));
    const [record] = context.fetchRecords();
    expect(record).toMatchObject({
      sourceId: 'a',
      outcome: 'ok',
      httpStatus: 200,
      itemsFound: 3,
      etag: '"v1"',
      charset: 'utf-8',
      detectedKind: 'rss',
      error: null,
    });
    expect(record?.items).toHaveLength(3);
    expect(context.ingested[0]?.source).toEqual({
      id: 'a',
      kind: 'rss',
      charset: null,
      jsonMapping: null,
    });
    await context.clock.advance(statusCoalesceMs);
    await vi.waitFor(() =>
      expect(context.statuses().at(-1)).toMatchObject({ pendingRecords: 1, runningCount: 0 }),
    );
    await context.service.stop();
  });

  it('sends the validators it learned and records a 304 without parsing', async () => {
    let calls = 0;
    const context = setUp(async (request) => {
      calls += 1;
      if (calls === 1) return body('items:1', '"v1"');
      expect(request.etag).toBe('"v1"');
      return {
        kind: 'not-modified',
        status: 304,
        finalUrl: request.url,
        etag: null,
        lastModified: null,
      };
    });
    await context.service.start();
    await context.service.setSources([scheduled('a', { intervalMinutes: 5 })]);
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(1));
    await context.clock.advance(6 * minuteMs);
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(2));
    expect(context.fetchRecords()[1]).toMatchObject({
      outcome: 'not-modified',
      httpStatus: 304,
      items: [],
      etag: '"v1"',
    });
    expect(context.ingested).toHaveLength(1);
    await context.service.stop();
  });

  it('records failures, counts them, and backs off', async () => {
    const context = setUp(async () => ({
      kind: 'error',
      error: { code: 'timeout', params: { seconds: 30 }, detail: 'timed out after 30 s' },
      status: null,
      finalUrl: null,
    }));
    await context.service.start();
    await context.service.setSources([scheduled('a', { intervalMinutes: 5 })]);
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(1));
    expect(context.fetchRecords()[0]).toMatchObject({
      outcome: 'failed',
      error: { code: 'timeout' },
    });
    const status = await context.service.getStatus();
    expect(status.sources[0]).toMatchObject({ consecutiveFailures: 1, isBackingOff: true });
    await context.service.stop();
  });

  it('records a body that is not a feed as failed, and an ingester crash as internal', async () => {
    const context = setUp(async () => body('<html>'), {
      ingester: {
        ingest: (input) => {
          if (input.source.id === 'crash') throw new Error('bug');
          return fakeIngest(input);
        },
      },
    });
    await context.service.start();
    await context.service.setSources([scheduled('html'), scheduled('crash')]);
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(2));
    const bySource = new Map(context.fetchRecords().map((record) => [record.sourceId, record]));
    expect(bySource.get('html')).toMatchObject({
      outcome: 'failed',
      error: { code: 'not-a-feed' },
      etag: null,
    });
    expect(bySource.get('crash')).toMatchObject({ outcome: 'failed', error: { code: 'internal' } });
    await context.service.stop();
  });

  it('does not count a failure when the network went away during the fetch', async () => {
    let release: (result: HttpFetchResult) => void = () => undefined;
    const context = setUp(
      () =>
        new Promise<HttpFetchResult>((resolve) => {
          release = resolve;
        }),
    );
    await context.service.start();
    await context.service.setSources([scheduled('a', { intervalMinutes: 5 })]);
    await vi.waitFor(() => expect(context.requests).toHaveLength(1));
    context.platform.fireHost('offline', context.clock.now());
    release({
      kind: 'error',
      error: { code: 'dns-failed', params: {}, detail: 'ENOTFOUND' },
      status: null,
      finalUrl: null,
    });
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(1));
    expect(context.fetchRecords()[0]?.error?.code).toBe('offline');
    const status = await context.service.getStatus();
    expect(status).toMatchObject({ isOnline: false });
    expect(status.sources[0]?.consecutiveFailures).toBe(0);
    // Still offline an hour later: nothing was fetched.
    await context.clock.advance(60 * minuteMs);
    expect(context.requests).toHaveLength(1);
    await context.service.stop();
  });

  it('records host events and catches up after the network returns, wake recorded first', async () => {
    const context = setUp(async () => body('items:1'));
    await context.service.start();
    await context.service.setSources([scheduled('a', { intervalMinutes: 5 })]);
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(1));
    context.platform.fireHost('offline', context.clock.now());
    await vi.waitFor(() => expect(context.records()).toHaveLength(2));
    await context.clock.advance(3 * 60 * minuteMs);
    expect(context.requests).toHaveLength(1);
    context.platform.fireHost('online', context.clock.now());
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(2));
    const kinds = context
      .records()
      .map((record) => (record.type === 'host' ? record.event : record.type));
    expect(kinds).toEqual(['fetch', 'offline', 'online', 'fetch']);
    const ids = context.records().map((record) => record.id);
    expect([...ids].sort()).toEqual(ids);
    await context.service.stop();
  });

  it('hands records over until acknowledged, across a restart', async () => {
    const first = setUp(async () => body('items:2'));
    await first.service.start();
    await first.service.setSources([scheduled('a'), scheduled('b')]);
    await vi.waitFor(() => expect(first.fetchRecords()).toHaveLength(2));
    await first.service.stop();

    const second = setUp(async () => body('items:2'));
    const page = await second.service.getPending(null, 50);
    expect(page.records.map((record) => record.id)).toEqual(
      first.records().map((record) => record.id),
    );
    expect(await second.service.ackRecords([page.records[0]?.id ?? ''])).toBe(1);
    await second.service.stop();

    const third = setUp(async () => body('items:2'));
    const after = await third.service.getPending(null, 50);
    expect(after.records.map((record) => record.id)).toEqual([page.records[1]?.id]);
    await third.service.start();
    await third.service.setSources([scheduled('c')]);
    await vi.waitFor(() => expect(third.fetchRecords()).toHaveLength(1));
    // New ids continue after the ones already in the outbox.
    expect((third.fetchRecords()[0]?.id ?? '') > (page.records[1]?.id ?? '')).toBe(true);
    await third.service.stop();
  });

  it('previews a source without recording or scheduling it', async () => {
    const context = setUp(async () => body('items:30'));
    const preview = await context.service.testSource(sourceConfig('draft'));
    expect(preview).toMatchObject({
      outcome: 'ok',
      httpStatus: 200,
      finalUrl: 'https://news.example.com/a.xml',
      contentType: 'application/rss+xml',
      itemsFound: 30,
      error: null,
    });
    expect(preview.items).toHaveLength(20);
    expect(context.records()).toEqual([]);
    expect((await context.service.getPending(null, 50)).records).toEqual([]);
    expect((await context.service.getStatus()).sources).toEqual([]);
    await context.service.stop();
  });

  it('runs sources on request', async () => {
    const context = setUp(async () => body('items:1'));
    await context.service.start();
    const now = context.clock.now();
    await context.service.setSources([
      scheduled('a', {}, { lastAttemptAt: now }),
      scheduled('b', {}, { lastAttemptAt: now }),
    ]);
    expect(await context.service.runNow('a')).toEqual({ queued: ['a'], alreadyRunning: [] });
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(1));
    expect(await context.service.runNow(null)).toEqual({ queued: ['a', 'b'], alreadyRunning: [] });
    await vi.waitFor(() => expect(context.fetchRecords()).toHaveLength(3));
    await context.service.stop();
  });

  it('stops cleanly: aborts fetches, stops watching, closes the fetcher, writes nothing more', async () => {
    let seenSignal: AbortSignal | undefined;
    const context = setUp(
      (request) =>
        new Promise<HttpFetchResult>((resolve) => {
          seenSignal = request.signal;
          request.signal?.addEventListener('abort', () =>
            resolve({
              kind: 'error',
              error: { code: 'internal', params: {}, detail: 'aborted' },
              status: null,
              finalUrl: null,
            }),
          );
        }),
    );
    await context.service.start();
    expect(context.platform.hostWatcherCount()).toBe(1);
    await context.service.setSources([scheduled('a')]);
    await vi.waitFor(() => expect(context.requests).toHaveLength(1));
    await context.service.stop();
    expect(seenSignal?.aborted).toBe(true);
    expect(context.platform.hostWatcherCount()).toBe(0);
    expect(context.isFetcherClosed()).toBe(true);
    expect(context.records()).toEqual([]);
    expect(context.clock.pendingTimers()).toBe(0);
  });
});
