import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchInvoke } from '../../../../electron/main/ipc/dispatch';
import type { Services } from '../../../../electron/main/services/createServices';
import type { EventChannel } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';
import { defaultSynonymGroups } from '../../../../shared/monitoring/matching/synonyms';
import type { FetchRecord, OutboxRecord } from '../../../../shared/monitoring/records';
import type { MatchableRule } from '../../../../shared/monitoring/rules';
import { initialFetchState, type SourceConfig } from '../../../../shared/monitoring/source';
import { startFeedServer, type FeedServer } from '../../../fixtures/feedServer';
import { sourceConfig } from '../services/monitoring/sources';
import { createFakePlatform, createRecordingLogger, createTestHandlers } from './fakes';

let directory = '';
let server: FeedServer;
let services: Services | null = null;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crisis-room-rules-'));
  server = await startFeedServer();
  // No validators: every fetch gets the whole feed again.
  server.serve('/news.xml', { body: newsFeed, contentType: 'application/rss+xml; charset=utf-8' });
});

afterEach(async () => {
  await services?.monitoring.stop();
  services = null;
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

/** A Simplified-Chinese feed: a data breach (negative), praise (positive), a forecast (neutral). */
const newsFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>新闻</title><link>http://example.com/</link>
<description>Loopback fixture</description>
<item><title>某银行发生个资外泄事件</title><link>http://example.com/breach</link><guid>breach</guid>
<pubDate>Sun, 22 Nov 2026 01:00:00 GMT</pubDate><description>客户资料遭窃，服务非常糟糕，令人失望。</description></item>
<item><title>新产品获得好评</title><link>http://example.com/praise</link><guid>praise</guid>
<pubDate>Sun, 22 Nov 2026 02:00:00 GMT</pubDate><description>用户都说非常好用，很满意。</description></item>
<item><title>天气预报</title><link>http://example.com/forecast</link><guid>forecast</guid>
<pubDate>Sun, 22 Nov 2026 03:00:00 GMT</pubDate><description>明天多云，气温二十度。</description></item>
</channel></rss>
`;

function rule(id: string, query: string, overrides: Partial<MatchableRule> = {}): MatchableRule {
  return { id, query, sourceIds: [], tags: [], mode: 'active', matchVersion: 1, ...overrides };
}

/** Real services (real fetcher, ingester, outbox and shipped lexicon) over a fake platform. */
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
  const setSources = (configs: SourceConfig[]) =>
    invoke('monitoring:set-sources', {
      sources: configs.map((config) => ({ config, state: initialFetchState })),
    });
  return { invoke, pushedRecords, setSources, services: test.services };
}

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Each item's rule ids, by the last segment of its link (`breach`, `praise`, `forecast`). */
function matchedRules(record: FetchRecord | undefined): Record<string, string[] | undefined> {
  return Object.fromEntries(
    (record?.items ?? []).map((item) => [
      item.link?.split('/').at(-1) ?? item.dedupeKey,
      item.ruleMatches?.map((match) => match.ruleId),
    ]),
  );
}

describe('monitoring:set-rules', () => {
  it('refuses bad rule sets and keeps the previous set in force', async () => {
    const { invoke, pushedRecords, setSources, services: started } = setUp();
    await started.monitoring.start();
    const first = { rules: [rule('weather', '天氣')], synonyms: [], sentimentWords: [] };
    expect(value(await invoke('monitoring:set-rules', first))).toEqual({
      rules: 1,
      sentimentWords: 0,
    });

    const off = await invoke('monitoring:set-rules', {
      ...first,
      rules: [rule('quiet', '銀行', { mode: 'off' as MatchableRule['mode'] })],
    });
    expect(off).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

    const unparsable = await invoke('monitoring:set-rules', {
      ...first,
      rules: [rule('fine', '銀行'), rule('broken', '銀行 AND (外洩')],
    });
    expect(unparsable).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(unparsable.ok ? '' : unparsable.error.message).toMatch(/query-invalid/u);
    expect(unparsable.ok ? '' : unparsable.error.message).toMatch(/rules\[1\]\.query/u);

    // Valid for the schema, refused by the service: nothing half-applied.
    const duplicated = await invoke('monitoring:set-rules', {
      ...first,
      rules: [rule('twice', '銀行'), rule('twice', '天氣')],
    });
    expect(duplicated).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'rule twice appears more than once' },
    });
    expect(
      await invoke('monitoring:set-rules', { ...first, sentimentWords: [{ term: '', weight: 1 }] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

    await setSources([sourceConfig('news', { url: server.url('/news.xml') })]);
    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(1), { timeout: 5_000 });
    expect(matchedRules(pushedRecords()[0])).toEqual({
      breach: [],
      praise: [],
      forecast: ['weather'],
    });
  });

  it('records at ingest the rules each fetched item matched, per source scope, and its sentiment', async () => {
    const { invoke, pushedRecords, setSources, services: started } = setUp();
    await started.monitoring.start();
    const applied = await invoke('monitoring:set-rules', {
      rules: [
        // Traditional query, Simplified feed.
        rule('breach', '個資外洩', { matchVersion: 4 }),
        rule('finance-praise', '好評', { tags: ['finance'] }),
        rule('weather-dry-run', '天氣 OR 氣溫', { mode: 'dry-run' }),
        rule('markets-only', '個資外洩', { sourceIds: ['markets'] }),
      ],
      synonyms: defaultSynonymGroups,
      sentimentWords: [{ term: '多雲', weight: -2 }],
    });
    expect(value(applied)).toEqual({ rules: 4, sentimentWords: 1 });

    await setSources([
      sourceConfig('finance', { url: server.url('/news.xml'), tags: ['finance', 'banks'] }),
      sourceConfig('lifestyle', { url: server.url('/news.xml'), tags: ['lifestyle'] }),
    ]);
    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(2), { timeout: 5_000 });
    const bySource = new Map(pushedRecords().map((record) => [record.sourceId, record]));

    const finance = bySource.get('finance');
    expect(matchedRules(finance)).toEqual({
      breach: ['breach'],
      praise: ['finance-praise'],
      forecast: ['weather-dry-run'],
    });
    expect(finance?.items[0]?.ruleMatches).toEqual([
      { ruleId: 'breach', matchVersion: 4, terms: ['個資外洩'] },
    ]);
    expect(finance?.items[2]?.ruleMatches).toEqual([
      { ruleId: 'weather-dry-run', matchVersion: 1, terms: ['天氣', '氣溫'] },
    ]);
    expect(matchedRules(bySource.get('lifestyle'))).toEqual({
      breach: ['breach'],
      praise: [],
      forecast: ['weather-dry-run'],
    });
    expect(finance?.items.map((item) => item.sentiment?.label)).toEqual([
      'negative',
      'positive',
      // 多雲 is a user's negative word here.
      'negative',
    ]);

    // What was pushed is what the outbox holds for the renderer.
    const pending = value<{ records: OutboxRecord[] }>(
      await invoke('monitoring:get-pending', { afterId: null }),
    );
    expect(pending.records).toEqual(pushedRecords());
  });

  it('leaves items fetched before any rule set unmatched for the renderer to match', async () => {
    const { invoke, pushedRecords, setSources, services: started } = setUp();
    await started.monitoring.start();
    await setSources([sourceConfig('news', { url: server.url('/news.xml') })]);
    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(1), { timeout: 5_000 });
    const [before] = pushedRecords();
    expect(before?.items).toHaveLength(3);
    for (const item of before?.items ?? []) {
      expect(item).not.toHaveProperty('ruleMatches');
      expect(item).not.toHaveProperty('sentiment');
    }

    value(
      await invoke('monitoring:set-rules', {
        rules: [rule('breach', '資料外洩')],
        synonyms: defaultSynonymGroups,
        sentimentWords: [],
      }),
    );
    value(await invoke('monitoring:run-now', { sourceId: 'news' }));
    await vi.waitFor(() => expect(pushedRecords()).toHaveLength(2), { timeout: 5_000 });
    // 资料遭窃 is not 資料外洩 (synonyms widen vocabulary, not meaning): no match, but scored.
    expect(matchedRules(pushedRecords()[1])).toEqual({ breach: [], praise: [], forecast: [] });
    expect(pushedRecords()[1]?.items[0]?.sentiment?.label).toBe('negative');
  });
});
