import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchDocument } from '../../../../shared/search/searchIndex';
import { createSearchClient } from '../../../../renderer/src/lib/search/searchClient';
import type {
  SearchClient,
  SearchWorkerPort,
} from '../../../../renderer/src/lib/search/searchClient';
import { createSearchEngine } from '../../../../renderer/src/lib/search/searchEngine';
import { searchRequestSchema } from '../../../../renderer/src/lib/search/searchProtocol';
import type {
  SearchReply,
  SearchRequest,
} from '../../../../renderer/src/lib/search/searchProtocol';

/**
 * Stands in for the search worker at the thread boundary: runs the real engine, delivers its
 * replies as `message` events on a later task (as a worker would), and records every request.
 * `failOnStart` makes it report a load error instead, like a worker whose script was refused.
 */
class FakeSearchWorker implements SearchWorkerPort {
  readonly requests: SearchRequest[] = [];
  readonly #target = new EventTarget();
  readonly #engine = createSearchEngine((reply) => this.reply(reply));
  isTerminated = false;

  constructor(
    private readonly options: {
      failOnStart?: boolean;
      transformReply?: (reply: SearchReply) => unknown;
    } = {},
  ) {}

  postMessage(message: unknown): void {
    // Structured cloning, as postMessage does: the engine never shares the caller's objects.
    const copy: unknown = structuredClone(message);
    this.requests.push(searchRequestSchema.parse(copy));
    if (this.options.failOnStart === true) {
      setTimeout(() => this.#target.dispatchEvent(new Event('error', { cancelable: true })), 0);
      return;
    }
    this.#engine.receive(copy);
  }

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.#target.addEventListener(type, listener);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  private reply(reply: SearchReply): void {
    const data = this.options.transformReply?.(reply) ?? reply;
    setTimeout(() => {
      if (!this.isTerminated) {
        this.#target.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) }));
      }
    }, 0);
  }

  /** The apply requests received, as `[upserted ids, removed ids]`. */
  applies(): [string[], string[]][] {
    return this.requests.flatMap((request) =>
      request.type === 'apply'
        ? [[request.upserts.map((document) => document.id), request.removals]]
        : [],
    );
  }
}

const documents: SearchDocument[] = [
  { id: 'sop:a', kind: 'sop', title: '資料外洩應變', body: '一小時內通報主管機關。' },
  {
    id: 'template:b',
    kind: 'template',
    title: 'Holding statement',
    body: 'We are looking into it.',
  },
  { id: 'template:c', kind: 'template', title: '初步声明', body: '我们发现部分资料外泄。' },
];

/** Ids of the hits of `query`. */
async function hitIds(client: SearchClient, query: string): Promise<string[]> {
  return (await client.search(query)).map((hit) => hit.id);
}

let openClients: SearchClient[] = [];

/** A client closed after the test. */
function track(client: SearchClient): SearchClient {
  openClients.push(client);
  return client;
}

afterEach(() => {
  openClients.forEach((client) => client.close());
  openClients = [];
});

describe('createSearchClient', () => {
  it('runs the engine in-thread where Web Workers do not exist', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = track(createSearchClient());
    await client.sync(documents);
    expect((await hitIds(client, '资料外泄')).sort()).toEqual(['sop:a', 'template:c']);
    expect(await hitIds(client, 'holding')).toEqual(['template:b']);
    expect((await client.search('外洩', { kinds: ['template'] })).map((hit) => hit.id)).toEqual([
      'template:c',
    ]);
  });

  it('answers a blank query with no hits without starting an engine', async () => {
    const workers: FakeSearchWorker[] = [];
    const client = track(
      createSearchClient({
        createWorker: () => {
          const worker = new FakeSearchWorker();
          workers.push(worker);
          return worker;
        },
      }),
    );
    expect(await client.search('   ')).toEqual([]);
    expect(workers).toHaveLength(0);
  });

  it('sends only new, changed and removed documents on each sync', async () => {
    const worker = new FakeSearchWorker();
    const client = track(createSearchClient({ createWorker: () => worker }));
    await client.sync(documents);
    // The same content in new objects: nothing to send.
    await client.sync(documents.map((document) => ({ ...document })));
    await client.sync([
      { ...documents[0]!, body: '兩小時內通報。' },
      documents[2]!,
      { id: 'sop:d', kind: 'sop', title: 'Product recall', body: 'Stop shipments.' },
    ]);
    expect(worker.applies()).toEqual([
      [['sop:a', 'template:b', 'template:c'], []],
      [['sop:a', 'sop:d'], ['template:b']],
    ]);
    expect(await hitIds(client, '兩小時')).toEqual(['sop:a']);
    expect(await hitIds(client, '一小時')).toEqual([]);
    expect(await hitIds(client, 'holding')).toEqual([]);
    expect(await hitIds(client, 'recall')).toEqual(['sop:d']);
  });

  it('falls back to the in-thread engine when the worker fails to start', async () => {
    const worker = new FakeSearchWorker({ failOnStart: true });
    const client = track(createSearchClient({ createWorker: () => worker }));
    const synced = client.sync(documents);
    const searched = client.search('资料外泄');
    await synced;
    expect((await searched).map((hit) => hit.id).sort()).toEqual(['sop:a', 'template:c']);
    expect(worker.isTerminated).toBe(true);
    await client.sync(documents.slice(0, 1));
    expect(await hitIds(client, '资料外泄')).toEqual(['sop:a']);
  });

  it('indexes in slices, answering searches from the part already indexed', async () => {
    const many = Array.from({ length: 40 }, (_, number) => ({
      id: `sop:${number}`,
      kind: 'sop',
      title: `Recall plan ${number}`,
      body: '產品召回',
    }));
    // Slices run when the test says: each indexes one document (a zero budget).
    const slices: (() => void)[] = [];
    const client = track(
      createSearchClient({
        createWorker: () => null,
        inThreadEngine: { sliceBudgetMs: 0, scheduleSlice: (runSlice) => slices.push(runSlice) },
      }),
    );
    let isSynced = false;
    const synced = client.sync(many).then(() => {
      isSynced = true;
    });
    await vi.waitFor(() => expect(slices).toHaveLength(1));
    for (let slice = 0; slice < 3; slice += 1) slices.shift()?.();
    expect((await client.search('recall', { limit: 100 })).map((hit) => hit.id)).toEqual([
      'sop:0',
      'sop:1',
      'sop:2',
    ]);
    expect(isSynced).toBe(false);
    while (slices.length > 0) slices.shift()?.();
    await synced;
    expect(await client.search('召回', { limit: 100 })).toHaveLength(many.length);
  });

  it('rejects a search whose reply does not have the protocol’s shape', async () => {
    const worker = new FakeSearchWorker({
      transformReply: (reply) =>
        reply.type === 'hits' ? { ...reply, hits: [{ id: 7, title: null }] } : reply,
    });
    const client = track(createSearchClient({ createWorker: () => worker }));
    await client.sync(documents);
    await expect(client.search('holding')).rejects.toThrow(/invalid search reply/u);
  });

  it('rejects pending requests on close and starts afresh when used again', async () => {
    const workers: FakeSearchWorker[] = [];
    const client = track(
      createSearchClient({
        createWorker: () => {
          const worker = new FakeSearchWorker();
          workers.push(worker);
          return worker;
        },
      }),
    );
    await client.sync(documents);
    const pending = client.search('holding');
    client.close();
    await expect(pending).rejects.toThrow(/closed/u);
    expect(workers[0]?.isTerminated).toBe(true);

    await client.sync(documents);
    expect(await hitIds(client, 'holding')).toEqual(['template:b']);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.applies()).toEqual([[['sop:a', 'template:b', 'template:c'], []]]);
  });
});
