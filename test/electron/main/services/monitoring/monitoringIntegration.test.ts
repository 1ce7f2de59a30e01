import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpFetcher } from '../../../../../electron/main/services/monitoring/fetch';
import { createIngester } from '../../../../../electron/main/services/monitoring/ingest';
import { createMonitoringService } from '../../../../../electron/main/services/monitoring/monitoringService';
import type { FetchRecord, OutboxRecord } from '../../../../../shared/monitoring/records';
import { startFeedServer, type FeedServer } from '../../../../fixtures/feedServer';
import { createFakePlatform, createRecordingLogger } from '../../ipc/fakes';
import { scheduled } from './sources';

let directory = '';
let server: FeedServer;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crisis-room-integration-'));
  server = await startFeedServer();
});

afterEach(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe('monitoring service with the real fetcher and ingester', () => {
  it('keeps fetching other sources while one hangs until its total timeout', async () => {
    const platform = createFakePlatform({ dataDirectory: directory });
    const fetcher = createHttpFetcher({ userAgent: 'CrisisRoom/test', totalTimeoutMs: 1_500 });
    const records: FetchRecord[] = [];
    const service = createMonitoringService({
      dataDirectory: directory,
      events: {
        emit: (channel, payload) => {
          if (channel !== 'monitoring:records') return;
          for (const record of (payload as { records: OutboxRecord[] }).records) {
            if (record.type === 'fetch') records.push(record);
          }
        },
      },
      logger: createRecordingLogger(),
      fetcher,
      ingester: createIngester(),
      isOnline: () => platform.isOnline(),
      watchHost: (listener) => platform.watchHost(listener),
      concurrency: 2,
      onStopped: () => fetcher.close(),
    });
    await service.start();
    await service.setSources([
      scheduled('hang', { url: server.url('/hang') }, { lastAttemptAt: 0 }),
      scheduled('feed', { url: server.url('/feed.xml') }),
      scheduled('etag', { url: server.url('/etag') }),
    ]);
    await vi.waitFor(() => expect(records).toHaveLength(3), { timeout: 10_000 });
    // `hang` (most overdue) holds one slot; `etag` then `feed` (same due time, by id) share the other.
    expect(records.map((record) => record.sourceId)).toEqual(['etag', 'feed', 'hang']);
    expect(records[1]).toMatchObject({ outcome: 'ok', itemsFound: 1, detectedKind: 'rss' });
    expect(records[2]).toMatchObject({ outcome: 'failed', error: { code: 'timeout' } });
    const pending = await service.getPending(null, 50);
    expect(pending.records.map((record) => record.id)).toEqual(records.map((record) => record.id));
    await service.stop();
  });
});
