import { fork } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openOutbox,
  outboxFileName,
  type OutboxOptions,
} from '../../../../../electron/main/services/monitoring/outbox';
import type { FetchRecord, HostEventRecord } from '../../../../../shared/monitoring/records';
import { timeOrderedId } from '../../../../../shared/monitoring/records';
import { createRecordingLogger } from '../../ipc/fakes';

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crisis-room-outbox-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function hostRecord(index: number): HostEventRecord {
  return {
    type: 'host',
    id: timeOrderedId(1_800_000_000_000 + index, 0),
    at: 1_800_000_000_000 + index,
    event: 'online',
  };
}

function fetchRecord(index: number, text = '新聞 news'): FetchRecord {
  return {
    type: 'fetch',
    id: timeOrderedId(1_800_000_000_000 + index, 1),
    sourceId: 'source-1',
    startedAt: 1_800_000_000_000,
    finishedAt: 1_800_000_000_100,
    outcome: 'ok',
    httpStatus: 200,
    items: [
      {
        dedupeKey: `key-${index}`,
        title: `標題 ${index}`,
        link: 'https://news.example.com/1',
        text,
        author: null,
        publishedAt: 1_800_000_000_000,
        dateSource: 'feed',
        language: 'zh-Hant',
        isTruncated: false,
      },
    ],
    itemsFound: 1,
    error: null,
    warnings: [],
    etag: '"v1"',
    lastModified: null,
    charset: 'utf-8',
    detectedKind: 'rss',
  };
}

function open(options: Partial<OutboxOptions> = {}) {
  const logger = createRecordingLogger();
  return { logger, opening: openOutbox({ directory, logger, ...options }) };
}

const file = () => path.join(directory, outboxFileName);
const pendingIds = (page: { records: { id: string }[] }) => page.records.map((record) => record.id);

describe('outbox', () => {
  it('keeps appended records pending across a reopen, oldest first', async () => {
    const first = await open().opening;
    await first.append(hostRecord(2));
    await first.append(fetchRecord(1));
    await first.append(hostRecord(3));
    expect(first.pendingCount()).toBe(3);
    await first.close();

    const second = await open().opening;
    const page = second.pending(null, 50);
    expect(pendingIds(page)).toEqual([fetchRecord(1).id, hostRecord(2).id, hostRecord(3).id]);
    expect(page.records[0]).toEqual(fetchRecord(1));
    expect(second.lastId()).toBe(hostRecord(3).id);
    await second.close();
  });

  it('pages by id and says when there is more', async () => {
    const outbox = await open().opening;
    for (let index = 0; index < 5; index += 1) await outbox.append(hostRecord(index));
    const firstPage = outbox.pending(null, 2);
    expect(pendingIds(firstPage)).toEqual([hostRecord(0).id, hostRecord(1).id]);
    expect(firstPage.hasMore).toBe(true);
    const lastPage = outbox.pending(hostRecord(2).id, 2);
    expect(pendingIds(lastPage)).toEqual([hostRecord(3).id, hostRecord(4).id]);
    expect(lastPage.hasMore).toBe(false);
    await outbox.close();
  });

  it('forgets acknowledged records for good, and ignores unknown or repeated acks', async () => {
    const first = await open().opening;
    for (let index = 0; index < 4; index += 1) await first.append(hostRecord(index));
    expect(await first.ack([hostRecord(1).id, hostRecord(3).id, 'unknown-0000'])).toBe(2);
    const sizeAfterAck = (await stat(file())).size;
    expect(await first.ack([hostRecord(1).id])).toBe(2);
    expect((await stat(file())).size).toBe(sizeAfterAck);
    await first.close();

    const second = await open().opening;
    expect(pendingIds(second.pending(null, 50))).toEqual([hostRecord(0).id, hostRecord(2).id]);
    await second.close();
  });

  it('fsyncs each line before append resolves (the line is in the file at that moment)', async () => {
    const outbox = await open().opening;
    await outbox.append(hostRecord(7));
    const text = await readFile(file(), 'utf8');
    expect(text).toBe(`${JSON.stringify(hostRecord(7))}\n`);
    await outbox.ack([hostRecord(7).id]);
    expect(await readFile(file(), 'utf8')).toContain(`{"ack":["${hostRecord(7).id}"]}\n`);
    await outbox.close();
  });

  it('ignores and cuts off a torn last line', async () => {
    const first = await open().opening;
    await first.append(hostRecord(1));
    await first.close();
    const torn = JSON.stringify(fetchRecord(2)).slice(0, 120);
    await appendFile(file(), torn);

    const { logger, opening } = open();
    const second = await opening;
    expect(pendingIds(second.pending(null, 50))).toEqual([hostRecord(1).id]);
    expect(logger.lines.some((line) => line.includes('unfinished write'))).toBe(true);
    await second.append(hostRecord(3));
    await second.close();
    const lines = (await readFile(file(), 'utf8')).split('\n');
    expect(lines).toEqual([JSON.stringify(hostRecord(1)), JSON.stringify(hostRecord(3)), '']);
  });

  it('skips corrupt or invalid lines in the middle with a warning', async () => {
    await writeFile(
      file(),
      [
        JSON.stringify(hostRecord(1)),
        '{"type":"host","id":',
        JSON.stringify({ ...hostRecord(2), event: 'exploded' }),
        '\u0000\u0000\u0000',
        JSON.stringify(hostRecord(3)),
        '',
      ].join('\n'),
    );
    const { logger, opening } = open();
    const outbox = await opening;
    expect(pendingIds(outbox.pending(null, 50))).toEqual([hostRecord(1).id, hostRecord(3).id]);
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toHaveLength(3);
    await outbox.close();
  });

  it('compacts to the pending records only once acknowledged lines dominate', async () => {
    const outbox = await open({ compactAfterLines: 10 }).opening;
    for (let index = 0; index < 12; index += 1) await outbox.append(fetchRecord(index));
    for (let index = 0; index < 11; index += 2) await outbox.ack([fetchRecord(index).id]);
    const lines = (await readFile(file(), 'utf8')).split('\n').filter((line) => line !== '');
    expect(lines.every((line) => !line.includes('"ack"'))).toBe(true);
    expect(lines.length).toBeLessThan(12);
    expect(outbox.pendingCount()).toBe(6);
    await outbox.append(fetchRecord(20));
    await outbox.ack([fetchRecord(1).id]);
    await outbox.close();

    const reopened = await open().opening;
    expect(pendingIds(reopened.pending(null, 50))).toEqual(
      [3, 5, 7, 9, 11, 20].map((index) => fetchRecord(index).id),
    );
    await reopened.close();
  });

  it('compacts by size too, and on open when the file is mostly acknowledged', async () => {
    const big = 'x'.repeat(10_000);
    const first = await open({ compactAfterBytes: 1e9, compactAfterLines: 1e9 }).opening;
    for (let index = 0; index < 10; index += 1) await first.append(fetchRecord(index, big));
    await first.ack([0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => fetchRecord(index).id));
    await first.close();
    const before = (await stat(file())).size;

    const second = await open({ compactAfterBytes: 50_000 }).opening;
    const after = (await stat(file())).size;
    expect(after).toBeLessThan(before / 5);
    expect(pendingIds(second.pending(null, 50))).toEqual([fetchRecord(9).id]);
    await second.close();
  });

  it('serialises concurrent appends and acks into whole lines', async () => {
    const outbox = await open({ compactAfterLines: 5 }).opening;
    await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        await outbox.append(hostRecord(index));
        if (index % 3 === 0) await outbox.ack([hostRecord(index).id]);
      }),
    );
    await outbox.close();
    const reopened = await open().opening;
    const expected = Array.from({ length: 40 }, (_, index) => index)
      .filter((index) => index % 3 !== 0)
      .map((index) => hostRecord(index).id);
    expect(pendingIds(reopened.pending(null, 100))).toEqual(expected);
    await reopened.close();
  });

  it('loses no pushed record and resurrects no acknowledged one when SIGKILLed mid-stream', async () => {
    const bundle = path.join(directory, 'child.cjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'outboxCrashChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
    });
    const data = path.join(directory, 'data');
    for (const killAfter of [37, 120, 301]) {
      const pushed = new Set<string>();
      const acking = new Set<string>();
      const acked = new Set<string>();
      await new Promise<void>((resolve, reject) => {
        const child = fork(bundle, [data], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
        let buffered = '';
        let stderr = '';
        child.stderr?.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.stdout?.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) {
            const [kind, id] = line.split(' ');
            if (id === undefined) continue;
            if (kind === 'pushed') pushed.add(id);
            if (kind === 'acking') acking.add(id);
            if (kind === 'acked') acked.add(id);
          }
          if (pushed.size >= killAfter) child.kill('SIGKILL');
        });
        child.on('exit', (_code, signal) =>
          signal === 'SIGKILL'
            ? resolve()
            : reject(new Error(`child ended without a kill: ${stderr}`)),
        );
      });
      const outbox = await openOutbox({ directory: data, logger: createRecordingLogger() });
      const pending = pendingIds(outbox.pending(null, 100_000));
      expect(new Set(pending).size).toBe(pending.length);
      for (const id of pushed) {
        if (!acking.has(id)) expect(pending).toContain(id);
      }
      for (const id of acked) expect(pending).not.toContain(id);
      // Clean the run's leftovers so the next child starts from acknowledged-only state.
      await outbox.ack(pending);
      await outbox.close();
    }
  }, 30_000);
});
