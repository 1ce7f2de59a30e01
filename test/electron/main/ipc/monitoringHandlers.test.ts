import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchInvoke, type HandlerTable } from '../../../../electron/main/ipc/dispatch';
import type { Services } from '../../../../electron/main/services/createServices';
import type { EventChannel } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';
import type { FetchRecord, OutboxRecord } from '../../../../shared/monitoring/records';
import { initialFetchState } from '../../../../shared/monitoring/source';
import { startFeedServer, type FeedServer } from '../../../fixtures/feedServer';
import { sourceConfig } from '../services/monitoring/sources';
import { createFakePlatform, createRecordingLogger, createTestHandlers } from './fakes';

let directory = '';
let server: FeedServer;
let services: Services | null = null;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crisis-room-handlers-'));
  server = await startFeedServer();
});

afterEach(async () => {
  await services?.monitoring.stop();
  services = null;
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

/** Real services (real fetcher, ingester and outbox) over a fake platform in a temp folder. */
function setUp() {
  const platform = createFakePlatform({ dataDirectory: directory });
  const test = createTestHandlers(platform);
  services = test.services;
  const pushed: { channel: EventChannel; payload: unknown }[] = [];
  test.events.subscribe((channel, payload) => pushed.push({ channel, payload }));
  const invoke = (channel: string, payload: unknown): Promise<IpcResult<unknown>> =>
    dispatchInvoke(test.handlers, channel, payload, { transport: 'web' }, createRecordingLogger());
  const pushedRecords = () =>
    pushed
      .filter((event) => event.channel === 'monitoring:records')
      .flatMap((event) => (event.payload as { records: OutboxRecord[] }).records)
      .filter((record): record is FetchRecord => record.type === 'fetch');
  return {
    platform,
    handlers: test.handlers satisfies HandlerTable,
    invoke,
    pushedRecords,
    services: test.services,
  };
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('monitoring handlers', () => {
  it('refuses malformed sources before they reach the scheduler', async () => {
    const { invoke } = setUp();
    for (const source of [
      { ...sourceConfig('a'), url: 'file:///etc/passwd' },
      { ...sourceConfig('a'), url: 'https://user:secret@example.com/feed' },
      { ...sourceConfig('a'), headers: [{ name: 'Host', value: 'evil.example' }] },
      { ...sourceConfig('a'), intervalMinutes: 1 },
      { ...sourceConfig('../../x') },
    ]) {
      const result = await invoke('monitoring:set-sources', {
        sources: [{ config: source, state: initialFetchState }],
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await invoke('monitoring:ack-records', { ids: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('schedules, fetches for real, hands records over and forgets them once acknowledged', async () => {
    const { invoke, pushedRecords, services: started } = setUp();
    await started.monitoring.start();
    const source = sourceConfig('fixture', { url: server.url('/etag') });
    const status = value<{ sources: { sourceId: string }[] }>(
      await invoke('monitoring:set-sources', {
        sources: [{ config: source, state: initialFetchState }],
      }),
    );
    expect(status.sources.map((runtime) => runtime.sourceId)).toEqual(['fixture']);

    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(1), { timeout: 5_000 });
    const [first] = pushedRecords();
    expect(first).toMatchObject({ outcome: 'ok', itemsFound: 1, etag: '"fixture-v1"' });
    expect(first?.items[0]?.title).toBe('First item');
    expect(server.requests[0]?.headers['user-agent']).toContain('CrisisRoom/1.2.3');

    expect(value(await invoke('monitoring:run-now', { sourceId: 'fixture' }))).toEqual({
      queued: ['fixture'],
      alreadyRunning: [],
    });
    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(2), { timeout: 5_000 });
    expect(pushedRecords()[1]).toMatchObject({
      outcome: 'not-modified',
      httpStatus: 304,
      items: [],
    });

    const pending = value<{ records: OutboxRecord[]; hasMore: boolean }>(
      await invoke('monitoring:get-pending', { afterId: null }),
    );
    expect(pending.records.map((record) => record.id)).toEqual(
      pushedRecords().map((record) => record.id),
    );
    expect(pending.hasMore).toBe(false);
    const afterFirst = value<{ records: OutboxRecord[] }>(
      await invoke('monitoring:get-pending', { afterId: pending.records[0]?.id ?? null }),
    );
    expect(afterFirst.records).toHaveLength(1);

    expect(
      value(
        await invoke('monitoring:ack-records', { ids: pending.records.map((record) => record.id) }),
      ),
    ).toEqual({ pendingRecords: 0 });
    expect(value(await invoke('monitoring:get-pending', { afterId: null }))).toEqual({
      records: [],
      hasMore: false,
    });
    expect(value(await invoke('monitoring:get-status', {}))).toMatchObject({
      isOnline: true,
      isSuspended: false,
      pendingRecords: 0,
      sources: [{ sourceId: 'fixture', consecutiveFailures: 0, isRunning: false }],
    });
  });

  it('tests a source without storing or scheduling it', async () => {
    const { invoke } = setUp();
    const preview = value<Record<string, unknown>>(
      await invoke('monitoring:test-source', {
        source: sourceConfig('draft', { url: server.url('/feed.xml') }),
      }),
    );
    expect(preview).toMatchObject({
      outcome: 'ok',
      httpStatus: 200,
      itemsFound: 1,
      detectedKind: 'rss',
    });
    expect(value(await invoke('monitoring:get-pending', { afterId: null }))).toEqual({
      records: [],
      hasMore: false,
    });
    expect(value(await invoke('monitoring:get-status', {}))).toMatchObject({ sources: [] });
  });

  it('reports a failing source as a failed record with a reason', async () => {
    const { invoke, pushedRecords, services: started } = setUp();
    await started.monitoring.start();
    server.serve('/page', {
      body: '<!doctype html><html><body>Not a feed</body></html>',
      contentType: 'text/html',
    });
    await invoke('monitoring:set-sources', {
      sources: [
        { config: sourceConfig('html', { url: server.url('/page') }), state: initialFetchState },
      ],
    });
    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(1), { timeout: 5_000 });
    expect(pushedRecords()[0]).toMatchObject({ outcome: 'failed' });
    expect(pushedRecords()[0]?.error?.code).toMatch(
      /html-not-feed|not-a-feed|unsupported-content-type/u,
    );
    const status = value<{ sources: { consecutiveFailures: number }[] }>(
      await invoke('monitoring:get-status', {}),
    );
    expect(status.sources[0]?.consecutiveFailures).toBe(1);
  });
});
