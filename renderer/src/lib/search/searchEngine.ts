import { SearchIndex } from '../../../../shared/search/searchIndex';
import type { SearchDocument } from '../../../../shared/search/searchIndex';
import { readableRequestId, searchRequestSchema } from './searchProtocol';
import type { SearchReply, SearchRequest } from './searchProtocol';

/**
 * The search engine behind the client: a {@link SearchIndex} driven by protocol messages. It runs
 * inside the search Web Worker, or on the UI thread when workers are unavailable (tests under
 * jsdom, a worker that failed to load). Either way indexing never holds the thread for long: each
 * apply is indexed in slices of a few milliseconds, and the next slice waits for a timer, so
 * searches (and, on the UI thread, input and rendering) are served in between from the index as it
 * stands.
 */

/** How long one indexing slice may run before yielding: half a 60 Hz frame. */
export const defaultSliceBudgetMs = 8;

/** Options of {@link createSearchEngine}. */
export type SearchEngineOptions = {
  /** Longest indexing slice, in ms; at least one document is indexed per slice. */
  sliceBudgetMs?: number;
  /** Clock for the slice budget (performance.now by default). */
  now?: () => number;
  /** Runs the next slice later; a zero-delay timer by default, so queued events go first. */
  scheduleSlice?: (runSlice: () => void) => void;
};

/** A search engine: give it each request message; it answers through the `post` it was made with. */
export type SearchEngine = {
  receive(message: unknown): void;
  /** Drops queued indexing and answers nothing more (the in-thread engine's end of life). */
  stop(): void;
};

/** An apply request being indexed. */
type PendingApply = {
  requestId: number;
  removals: readonly string[];
  upserts: readonly SearchDocument[];
  hasRemoved: boolean;
  nextUpsert: number;
};

/** The message of an error, for a `failed` reply. */
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates an engine that answers requests through `post`. Applies are indexed strictly in the
 * order received (a removal never overtakes an earlier add of the same id); searches are answered
 * at once.
 */
export function createSearchEngine(
  post: (reply: SearchReply) => void,
  {
    sliceBudgetMs = defaultSliceBudgetMs,
    now = () => performance.now(),
    scheduleSlice = (runSlice) => {
      setTimeout(runSlice, 0);
    },
  }: SearchEngineOptions = {},
): SearchEngine {
  const index = new SearchIndex();
  const queue: PendingApply[] = [];
  let isSliceScheduled = false;
  let isStopped = false;

  function schedule(): void {
    if (!isStopped && !isSliceScheduled && queue.length > 0) {
      isSliceScheduled = true;
      scheduleSlice(runSlice);
    }
  }

  function runSlice(): void {
    isSliceScheduled = false;
    const started = now();
    let indexedInSlice = 0;
    while (queue.length > 0) {
      const apply = queue[0];
      if (apply === undefined) break;
      try {
        if (!apply.hasRemoved) {
          apply.removals.forEach((id) => index.remove(id));
          apply.hasRemoved = true;
        }
        while (apply.nextUpsert < apply.upserts.length) {
          if (indexedInSlice > 0 && now() - started >= sliceBudgetMs) {
            schedule();
            return;
          }
          const document = apply.upserts[apply.nextUpsert];
          apply.nextUpsert += 1;
          if (document !== undefined) {
            index.add(document);
            indexedInSlice += 1;
          }
        }
        queue.shift();
        post({ type: 'applied', requestId: apply.requestId, size: index.size });
      } catch (error) {
        queue.shift();
        post({ type: 'failed', requestId: apply.requestId, message: errorMessage(error) });
      }
    }
  }

  function handle(request: SearchRequest): void {
    if (request.type === 'search') {
      try {
        post({
          type: 'hits',
          requestId: request.requestId,
          hits: index.search(request.query, request.options),
        });
      } catch (error) {
        post({ type: 'failed', requestId: request.requestId, message: errorMessage(error) });
      }
      return;
    }
    if (request.isReset) {
      // Whatever was still queued is superseded: acknowledge it, then start from empty.
      for (const superseded of queue.splice(0)) {
        post({ type: 'applied', requestId: superseded.requestId, size: 0 });
      }
      index.clear();
    }
    queue.push({
      requestId: request.requestId,
      removals: request.removals,
      upserts: request.upserts,
      hasRemoved: false,
      nextUpsert: 0,
    });
    schedule();
  }

  return {
    receive(message: unknown): void {
      if (isStopped) {
        return;
      }
      const parsed = searchRequestSchema.safeParse(message);
      if (parsed.success) {
        handle(parsed.data);
      } else {
        post({
          type: 'failed',
          requestId: readableRequestId(message),
          message: `invalid search request: ${parsed.error.message}`,
        });
      }
    },
    stop(): void {
      isStopped = true;
      queue.splice(0);
      index.clear();
    },
  };
}
