import { beforeEach, describe, expect, it } from 'vitest';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import {
  deleteSource,
  newSourceDraft,
  runNow,
  saveSource,
  setSourceEnabled,
  testSource,
  validateSource,
} from '../../../../renderer/src/features/monitoring/monitoringCommands';
import { ok } from '../../../../shared/ipc/result';
import { sourceIdSchema } from '../../../../shared/monitoring/source';
import { fetchRecord, item, sourceConfig, testNow } from '../../db/monitoringFixtures';
import { useFreshDatabases } from '../../db/openDatabaseAt';
import { installFakeMainProcess } from '../../support/fakeBridge';

const fake = installFakeMainProcess();
const freshDatabase = useFreshDatabases('commands');

beforeEach(() => {
  fake.reset();
});

const clock = () => testNow;

describe('newSourceDraft', () => {
  it('is an enabled hourly RSS source with a fresh valid id and nothing else filled in', () => {
    const draft = newSourceDraft();
    expect(sourceIdSchema.safeParse(draft.id).success).toBe(true);
    expect(newSourceDraft().id).not.toBe(draft.id);
    expect(draft).toMatchObject({
      name: '',
      url: '',
      kind: 'rss',
      intervalMinutes: 60,
      enabled: true,
      tags: [],
      charset: null,
      headers: [],
      jsonMapping: null,
    });
  });
});

describe('saveSource', () => {
  it('saves a valid source, trimmed, and stores it', async () => {
    const db = await freshDatabase();
    const result = await saveSource(
      {
        ...sourceConfig(),
        name: '  Central News Agency ',
        url: ' https://news.example.tw/rss.xml ',
      },
      db,
      clock,
    );
    expect(result).toEqual({ ok: true, source: sourceConfig() });
    expect(await db.monitoringSources.get('source-a')).toMatchObject({
      name: 'Central News Agency',
      createdAt: testNow,
      updatedAt: testNow,
    });
  });

  it('returns field issues with codes and stores nothing', async () => {
    const db = await freshDatabase();
    const result = await saveSource(
      {
        ...newSourceDraft(),
        url: 'https://user:secret@news.example.tw/feed',
        intervalMinutes: 1,
        kind: 'json-api',
        headers: [
          { name: 'User-Agent', value: 'x' },
          { name: 'bad name', value: 'x' },
        ],
      },
      db,
      clock,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'required' },
        { path: 'url', code: 'source-url-credentials' },
        { path: 'intervalMinutes', code: 'too-small' },
        { path: 'headers.0.name', code: 'header-name-reserved' },
        { path: 'headers.1.name', code: 'header-name-syntax' },
        { path: 'jsonMapping', code: 'json-mapping-required' },
      ]),
    );
    expect(await db.monitoringSources.count()).toBe(0);
  });

  it('maps built-in checks to generic codes', () => {
    const result = validateSource({
      ...sourceConfig(),
      url: 'ftp://news.example.tw/',
      kind: 'xml',
      intervalMinutes: 99_999,
      extra: true,
    });
    expect(result.ok ? [] : result.issues).toEqual(
      expect.arrayContaining([
        { path: 'url', code: 'source-url-invalid' },
        { path: 'kind', code: 'invalid-value' },
        { path: 'intervalMinutes', code: 'too-big' },
        { path: '', code: 'unrecognized-keys' },
      ]),
    );
  });

  it('drops the HTTP validators when the URL changes, not when the name does', async () => {
    const db = await freshDatabase();
    await saveSource(sourceConfig(), db, clock);
    await applyRecords([fetchRecord(testNow, { etag: '"v1"', items: [item('a')] })], db);
    await saveSource(sourceConfig({ name: 'CNA' }), db, clock);
    expect((await db.monitoringSources.get('source-a'))?.etag).toBe('"v1"');
    await saveSource(sourceConfig({ url: 'https://news.example.tw/other.xml' }), db, clock);
    expect((await db.monitoringSources.get('source-a'))?.etag).toBeNull();
  });

  it('reports a failed write as a form issue', async () => {
    const db = await freshDatabase();
    db.monitoringSources.hook('creating', () => {
      throw new Error('refused');
    });
    expect(await saveSource(sourceConfig(), db, clock)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'write-failed' }],
    });
  });
});

describe('other source commands', () => {
  it('deletes a source with its items and says how many went', async () => {
    const db = await freshDatabase();
    await saveSource(sourceConfig(), db, clock);
    await applyRecords([fetchRecord(testNow, { items: [item('a'), item('b')] })], db);
    expect(await deleteSource('source-a', db)).toEqual({ removedItems: 2 });
    expect(await db.monitoringItems.count()).toBe(0);
  });

  it('enables and disables a source', async () => {
    const db = await freshDatabase();
    await saveSource(sourceConfig(), db, clock);
    expect(await setSourceEnabled('source-a', false, db, () => testNow + 5)).toBe(true);
    expect(await db.monitoringSources.get('source-a')).toMatchObject({
      enabled: false,
      updatedAt: testNow + 5,
    });
  });

  it('asks the main process to run now and to test a source', async () => {
    fake.responders['monitoring:run-now'] = () => ok({ queued: ['source-a'], alreadyRunning: [] });
    expect(await runNow('source-a')).toEqual(ok({ queued: ['source-a'], alreadyRunning: [] }));
    const tested = await testSource(sourceConfig());
    expect(tested.ok).toBe(false);
    expect(fake.calls).toEqual([
      { channel: 'monitoring:run-now', payload: { sourceId: 'source-a' } },
      { channel: 'monitoring:test-source', payload: { source: sourceConfig() } },
    ]);
  });
});
