import type {
  SearchDocument,
  SearchHit,
  SearchOptions,
} from '../../../../shared/search/searchIndex';
import type { SearchEngineOptions } from './searchEngine';
import { readableRequestId, searchReplySchema } from './searchProtocol';
import type { SearchReply, SearchRequest } from './searchProtocol';

/**
 * The UI thread's handle on a search index that lives in a Web Worker. `sync` hands over the full
 * list of documents each time; the client sends only what changed (by id and a content hash), so
 * re-syncing after one SOP is edited re-indexes one document. Where `Worker` does not exist (jsdom
 * tests) or the worker fails to start (an `error` event), the same engine runs in-thread, loaded
 * on demand so the main bundle does not carry the index; it still indexes in short slices, so
 * start-up and typing never wait for it.
 */

/** The part of a `Worker` the client uses; tests stand in for the worker with it. */
export type SearchWorkerPort = {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
  terminate(): void;
};

/** Options of {@link createSearchClient}. */
export type SearchClientOptions = {
  /**
   * Starts the engine's worker, or returns null to run the engine in-thread. By default the app's
   * search worker wherever `Worker` exists.
   */
  createWorker?: () => SearchWorkerPort | null;
  /** Options of an in-thread engine (slice budget, scheduling). */
  inThreadEngine?: SearchEngineOptions;
};

/** A client of one search index. */
export type SearchClient = {
  /**
   * Makes the index hold exactly `documents` (ids unique; a repeated id keeps its last document).
   * Resolves once they are all indexed; searches made meanwhile see the index part-way.
   */
  sync(documents: readonly SearchDocument[]): Promise<void>;
  /** Searches the index as it stands; a blank query resolves to no hits without asking. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * Stops the engine and rejects what is pending. The client stays usable: the next call starts a
   * fresh engine and the next `sync` sends every document again (so a React effect can close it in
   * cleanup and use it again when re-run).
   */
  close(): void;
};

/** Starts the app's search worker, or returns null where workers are unavailable. */
function startSearchWorker(): SearchWorkerPort | null {
  if (typeof Worker === 'undefined') {
    return null;
  }
  // This exact form lets Vite find the worker and bundle it as its own module.
  return new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * A 53-bit hash of a document's content (cyrb53): cheap enough to run over every document on every
 * sync, and wide enough that two different versions of one document practically never collide.
 */
function contentHash(document: SearchDocument): number {
  const text = `${document.kind}\u0000${document.language ?? ''}\u0000${document.title}\u0000${document.body}`;
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    first = Math.imul(first ^ unit, 2_654_435_761);
    second = Math.imul(second ^ unit, 1_597_334_677);
  }
  first = Math.imul(first ^ (first >>> 16), 2_246_822_507);
  first ^= Math.imul(second ^ (second >>> 13), 3_266_489_909);
  second = Math.imul(second ^ (second >>> 16), 2_246_822_507);
  second ^= Math.imul(first ^ (first >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & second) + (first >>> 0);
}

/** Only the fields the engine reads, so nothing else is copied into the worker. */
function plainDocument(document: SearchDocument): SearchDocument {
  const { id, kind, title, body, language } = document;
  return language === undefined ? { id, kind, title, body } : { id, kind, title, body, language };
}

/** A request waiting for its reply. */
type PendingRequest = {
  request: SearchRequest;
  resolve: (reply: SearchReply) => void;
  reject: (error: Error) => void;
};

/** Where requests go: a worker, or the engine in-thread. */
type EngineChannel = {
  post(request: SearchRequest): void;
  close(): void;
};

/** Creates a search client; no engine starts until the first `sync` or `search`. */
export function createSearchClient({
  createWorker = startSearchWorker,
  inThreadEngine,
}: SearchClientOptions = {}): SearchClient {
  let channel: Promise<EngineChannel> | null = null;
  let isInThread = false;
  let nextRequestId = 1;
  const pending = new Map<number, PendingRequest>();
  /** Content hash of every document sent to the engine, by id. */
  let sentHashes = new Map<string, number>();
  let latestDocuments: SearchDocument[] = [];
  let lastApply: Promise<void> = Promise.resolve();

  function receive(message: unknown): void {
    const parsed = searchReplySchema.safeParse(message);
    if (!parsed.success) {
      const requestId = readableRequestId(message);
      if (requestId !== null) {
        settleWithError(requestId, new Error(`invalid search reply: ${parsed.error.message}`));
      }
      return;
    }
    const reply = parsed.data;
    if (reply.type === 'failed') {
      if (reply.requestId !== null) {
        settleWithError(reply.requestId, new Error(reply.message));
      }
      return;
    }
    const request = pending.get(reply.requestId);
    if (request !== undefined) {
      pending.delete(reply.requestId);
      request.resolve(reply);
    }
  }

  function settleWithError(requestId: number, error: Error): void {
    const request = pending.get(requestId);
    if (request === undefined) {
      return;
    }
    pending.delete(requestId);
    if (request.request.type === 'apply') {
      // The engine may hold part of this change: start over with a full reset on the next sync.
      sentHashes = new Map();
    }
    request.reject(error);
  }

  async function startInThread(): Promise<EngineChannel> {
    isInThread = true;
    const { createSearchEngine } = await import('./searchEngine');
    let isOpen = true;
    const engine = createSearchEngine((reply) => {
      // Delivered as a task, like a worker's message: callers never see a reply re-entrantly.
      setTimeout(() => {
        if (isOpen) receive(reply);
      }, 0);
    }, inThreadEngine);
    return {
      post: (request) => engine.receive(request),
      close: () => {
        isOpen = false;
        engine.stop();
      },
    };
  }

  function startWorker(worker: SearchWorkerPort): EngineChannel {
    let isOpen = true;
    const fail = (event: Event) => {
      event.preventDefault();
      if (isOpen) {
        isOpen = false;
        worker.terminate();
        failOver();
      }
    };
    worker.addEventListener('message', (event) => {
      if (isOpen && event instanceof MessageEvent) receive(event.data);
    });
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    return {
      post: (request) => worker.postMessage(request),
      close: () => {
        isOpen = false;
        worker.terminate();
      },
    };
  }

  /** A worker, or null where there is none or it cannot be constructed (then: in-thread). */
  function tryCreateWorker(): SearchWorkerPort | null {
    try {
      return createWorker();
    } catch {
      // Construction can throw (a SecurityError where the policy refuses workers); the engine
      // then runs in-thread, as where workers do not exist at all.
      return null;
    }
  }

  function ensureChannel(): Promise<EngineChannel> {
    if (channel === null) {
      const worker = isInThread ? null : tryCreateWorker();
      channel = worker === null ? startInThread() : Promise.resolve(startWorker(worker));
    }
    return channel;
  }

  /**
   * The worker died or never started: run the engine in-thread and rebuild the index from the
   * latest documents. Pending applies are settled by the rebuild; pending searches are asked again
   * once it is done, so they are not answered from an empty index.
   */
  function failOver(): void {
    channel = null;
    isInThread = true;
    const waiting = [...pending.values()];
    pending.clear();
    const applies = waiting.filter((entry) => entry.request.type === 'apply');
    const searches = waiting.filter((entry) => entry.request.type === 'search');
    const resetId = nextRequestId;
    nextRequestId += 1;
    sentHashes = new Map(latestDocuments.map((document) => [document.id, contentHash(document)]));
    const reset = send({
      type: 'apply',
      requestId: resetId,
      isReset: true,
      upserts: latestDocuments,
      removals: [],
    });
    reset.then(
      (reply) => {
        applies.forEach((entry) => entry.resolve(reply));
        searches.forEach((entry) => {
          pending.set(entry.request.requestId, entry);
          ensureChannel().then((current) => current.post(entry.request), rejectAll);
        });
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error : new Error(String(error));
        [...applies, ...searches].forEach((entry) => entry.reject(reason));
      },
    );
  }

  function rejectAll(error: unknown): void {
    const reason = error instanceof Error ? error : new Error(String(error));
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach((entry) => entry.reject(reason));
  }

  function send(request: SearchRequest): Promise<SearchReply> {
    return new Promise((resolve, reject) => {
      pending.set(request.requestId, { request, resolve, reject });
      ensureChannel().then((current) => current.post(request), rejectAll);
    });
  }

  return {
    sync(documents) {
      const byId = new Map<string, SearchDocument>();
      documents.forEach((document) => byId.set(document.id, plainDocument(document)));
      latestDocuments = [...byId.values()];
      const isReset = sentHashes.size === 0;
      const nextHashes = new Map<string, number>();
      const upserts: SearchDocument[] = [];
      for (const document of latestDocuments) {
        const hash = contentHash(document);
        nextHashes.set(document.id, hash);
        if (sentHashes.get(document.id) !== hash) {
          upserts.push(document);
        }
      }
      const removals = [...sentHashes.keys()].filter((id) => !nextHashes.has(id));
      sentHashes = nextHashes;
      if (upserts.length === 0 && removals.length === 0 && channel !== null) {
        return lastApply;
      }
      const requestId = nextRequestId;
      nextRequestId += 1;
      lastApply = send({ type: 'apply', requestId, isReset, upserts, removals }).then((reply) => {
        if (reply.type !== 'applied') {
          throw new Error(`unexpected search reply ${reply.type}`);
        }
      });
      return lastApply;
    },

    async search(query, options = {}) {
      if (query.trim() === '') {
        return [];
      }
      const requestId = nextRequestId;
      nextRequestId += 1;
      const { kinds, ...rest } = options;
      const reply = await send({
        type: 'search',
        requestId,
        query,
        options: kinds === undefined ? rest : { ...rest, kinds: [...kinds] },
      });
      if (reply.type !== 'hits') {
        throw new Error(`unexpected search reply ${reply.type}`);
      }
      return reply.hits;
    },

    close() {
      const current = channel;
      channel = null;
      isInThread = false;
      sentHashes = new Map();
      lastApply = Promise.resolve();
      rejectAll(new Error('search client closed'));
      void current?.then((open) => open.close());
    },
  };
}
