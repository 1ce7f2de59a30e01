import type {
  FetchError,
  FetchWarning,
  FetchedItem,
  FetchOutcome,
} from '../../../../shared/monitoring/records';
import type { SourceConfig, SourceKind } from '../../../../shared/monitoring/source';

/**
 * The seams of the monitoring engine: the scheduler drives a fetcher (network) and an ingester
 * (bytes → items), each replaceable by a fake in tests.
 */

/** One HTTP request for a source: the URL the user typed, its extra headers and the validators. */
export interface FetchRequest {
  url: string;
  headers: readonly { name: string; value: string }[];
  etag: string | null;
  lastModified: string | null;
  /** Aborts the request (service shut down). Timeouts are the fetcher's own. */
  signal?: AbortSignal;
}

/** What the network gave back for one request. */
export type HttpFetchResult =
  | {
      kind: 'not-modified';
      status: 304;
      finalUrl: string;
      etag: string | null;
      lastModified: string | null;
    }
  | {
      kind: 'body';
      status: number;
      finalUrl: string;
      /** The Content-Type header as sent, or null. */
      contentType: string | null;
      /** Decompressed body, never longer than the fetcher's limit. */
      body: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    }
  | {
      kind: 'error';
      error: FetchError;
      status: number | null;
      finalUrl: string | null;
    };

/** Fetches one source over HTTP with every safety limit applied. */
export interface HttpFetcher {
  fetch(request: FetchRequest): Promise<HttpFetchResult>;
}

/** Input of {@link Ingester.ingest}: a fetched body and what is known about it. */
export interface IngestInput {
  body: Uint8Array;
  contentType: string | null;
  source: Pick<SourceConfig, 'id' | 'kind' | 'charset' | 'jsonMapping'>;
  /** Epoch ms; the published time of items whose feed gave none (and said so). */
  fetchedAt: number;
}

/** Normalised items and what went wrong or is worth knowing. */
export interface IngestResult {
  /** `ok`, `partial` (some items recovered, `error` says what was wrong) or `failed`. */
  outcome: Exclude<FetchOutcome, 'not-modified'>;
  items: FetchedItem[];
  itemsFound: number;
  error: FetchError | null;
  warnings: FetchWarning[];
  /** The character set the body was decoded with. */
  charset: string | null;
  detectedKind: SourceKind | null;
}

/** Turns a fetched body into normalised, deduplicable items (decode, parse, normalise). */
export interface Ingester {
  ingest(input: IngestInput): IngestResult;
}
