import { Agent, Headers, fetch } from 'undici';
import type { Response } from 'undici';
import { reservedHeaderNames } from '../../../../../shared/monitoring/source';
import type { FetchRequest, HttpFetchResult, HttpFetcher } from '../types';
import { isFeedContentType } from './contentType';
import { classifyFetchFailure, fetchError } from './fetchErrors';
import { createGuardedConnector, systemResolver } from './guardedConnector';
import type { HostResolver } from './guardedConnector';

/** Default connect timeout (DNS and TCP/TLS handshake), milliseconds. */
export const defaultConnectTimeoutMs = 10_000;
/** Default total timeout (all redirects, headers and body), milliseconds. */
export const defaultTotalTimeoutMs = 30_000;
/** Most redirects followed; the next one fails with `too-many-redirects`. */
export const defaultMaxRedirects = 5;
/** Largest body accepted, counted after decompression. */
export const defaultMaxBodyBytes = 10 * 1024 * 1024;

/** What feeds and JSON APIs are asked for (a source's own `Accept` header replaces it). */
const acceptHeader =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/*;q=0.5, */*;q=0.1';

/** Statuses that carry a `Location` to follow. */
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Options of {@link createHttpFetcher}. */
export interface HttpFetcherOptions {
  /** Sent on every request, e.g. `CrisisRoom/0.1.0 (+monitoring; offline-first crisis app)`. */
  userAgent: string;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxRedirects?: number;
  maxBodyBytes?: number;
  /** Resolves host names; defaults to the system resolver. Tests map names onto 127.0.0.1. */
  lookup?: HostResolver;
  /**
   * Whether the host the user typed may be private, loopback or link-local (intranet feeds; the
   * default). False refuses such hosts with `private-address`, for URLs the user did not type
   * (an imported source list). Redirects to another host never reach non-public addresses.
   */
  isPrivateTypedHostAllowed?: boolean;
}

/** An {@link HttpFetcher} that owns connection pools and must be closed when the service stops. */
export interface ClosableHttpFetcher extends HttpFetcher {
  /** Closes the fetcher's connections; fetches after this fail with a programmer error. */
  close(): Promise<void>;
}

/** Marks the total-timeout abort, so it is told apart from the caller's own abort. */
class TotalTimeoutReason extends Error {
  override readonly name = 'TimeoutError';
}

/** The limits of one fetcher, defaults applied. */
interface Limits {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
}

/** The header value, or null when absent or empty. */
function headerOrNull(response: Response, name: string): string | null {
  const value = response.headers.get(name);
  return value === null || value === '' ? null : value;
}

/** A size limit in MiB for messages ("larger than 10 MB"), one decimal at most. */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Stops a response body we will not read, without letting a failure escape. */
async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The connection is already gone; nothing is left to release.
  }
}

/** Checks that a URL may be fetched at all: http(s) and no credentials. */
function isFetchableUrl(url: URL): boolean {
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * Reads a (decompressed) body chunk by chunk and stops as soon as it would pass the limit, so a
 * compression bomb costs at most `maxBodyBytes` of memory and the time to inflate that much.
 */
async function readLimitedBody(
  response: Response,
  maxBodyBytes: number,
): Promise<{ kind: 'body'; body: Uint8Array } | { kind: 'too-large' }> {
  if (response.body === null) return { kind: 'body', body: new Uint8Array(0) };
  // undici types the body as ReadableStream<any>; its chunks are Uint8Array, checked below.
  const reader: ReadableStreamDefaultReader<unknown> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const step = await reader.read();
    if (step.done) break;
    const value = step.value;
    if (!(value instanceof Uint8Array)) throw new TypeError('HttpFetcher: body chunk is not bytes');
    total += value.byteLength;
    if (total > maxBodyBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'body', body };
}

/**
 * Creates the monitoring engine's HTTP fetcher (undici 7): connect and total timeouts, redirects
 * followed by hand and re-checked at every hop, the private-address policy enforced at connect
 * time, a body limit counted after decompression, a content-type check and conditional GET.
 * Network failures come back as `{ kind: 'error' }` with a code the renderer can put in words;
 * the promise rejects only on programmer errors (a URL that is not http(s), a closed fetcher) or
 * when `request.signal` aborts (with the signal's reason), so a shutdown is not counted as a
 * source failure.
 */
export function createHttpFetcher(options: HttpFetcherOptions): ClosableHttpFetcher {
  const limits: Limits = {
    connectTimeoutMs: options.connectTimeoutMs ?? defaultConnectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? defaultTotalTimeoutMs,
    maxRedirects: options.maxRedirects ?? defaultMaxRedirects,
    maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
  };
  const resolver = options.lookup ?? systemResolver;
  // Two pools so a connection opened for a typed private host is never reused by a redirect:
  // hops to the typed host use `typedHostAgent`, hops anywhere else use `otherHostAgent`, whose
  // connector refuses every non-public address.
  const typedHostAgent = new Agent({
    connect: createGuardedConnector({
      resolver,
      connectTimeoutMs: limits.connectTimeoutMs,
      isPrivateAllowed: options.isPrivateTypedHostAllowed ?? true,
    }),
  });
  const otherHostAgent = new Agent({
    connect: createGuardedConnector({
      resolver,
      connectTimeoutMs: limits.connectTimeoutMs,
      isPrivateAllowed: false,
    }),
  });
  let isClosed = false;

  const fetchOnce = async (
    request: FetchRequest,
    signal: AbortSignal,
  ): Promise<HttpFetchResult> => {
    let url = new URL(request.url);
    if (!isFetchableUrl(url)) {
      throw new TypeError('HttpFetcher: the source URL must be http(s) without credentials');
    }
    const typedHost = url.hostname;
    const typedOrigin = url.origin;
    let redirects = 0;
    for (;;) {
      const isTypedHost = url.hostname === typedHost;
      const headers = new Headers({ accept: acceptHeader });
      // A source's own headers (API keys) go to its own origin only, never to a redirect target.
      if (url.origin === typedOrigin) {
        for (const header of request.headers) {
          if (!reservedHeaderNames.has(header.name.toLowerCase()))
            headers.set(header.name, header.value);
        }
      }
      headers.set('user-agent', options.userAgent);
      if (request.etag !== null) headers.set('if-none-match', request.etag);
      if (request.lastModified !== null) headers.set('if-modified-since', request.lastModified);

      let response: Response;
      try {
        response = await fetch(url, {
          method: 'GET',
          headers,
          redirect: 'manual',
          signal,
          dispatcher: isTypedHost ? typedHostAgent : otherHostAgent,
        });
      } catch (error) {
        return {
          kind: 'error',
          error: classifyFetchFailure(error, { url, typedHost, limits, phase: 'connect' }),
          status: null,
          finalUrl: url.href,
        };
      }

      if (redirectStatuses.has(response.status)) {
        await discardBody(response);
        const status = response.status;
        if (redirects >= limits.maxRedirects) {
          return {
            kind: 'error',
            error: fetchError(
              'too-many-redirects',
              { max: limits.maxRedirects },
              `more than ${limits.maxRedirects} redirects, last at ${url.href}`,
            ),
            status,
            finalUrl: url.href,
          };
        }
        const location = response.headers.get('location');
        let next: URL | null = null;
        try {
          next = location === null || location.trim() === '' ? null : new URL(location, url);
        } catch {
          next = null;
        }
        if (next === null || !isFetchableUrl(next)) {
          return {
            kind: 'error',
            error: fetchError(
              'bad-redirect',
              {},
              `redirect ${status} from ${url.href} to an unusable location: ${JSON.stringify(location).slice(0, 300)}`,
            ),
            status,
            finalUrl: url.href,
          };
        }
        next.hash = '';
        url = next;
        redirects += 1;
        continue;
      }

      const etag = headerOrNull(response, 'etag');
      const lastModified = headerOrNull(response, 'last-modified');
      if (response.status === 304) {
        await discardBody(response);
        return {
          kind: 'not-modified',
          status: 304,
          finalUrl: url.href,
          etag: etag ?? request.etag,
          lastModified: lastModified ?? request.lastModified,
        };
      }
      if (response.status < 200 || response.status > 299) {
        await discardBody(response);
        return {
          kind: 'error',
          error: fetchError(
            'http-status',
            { status: response.status },
            `HTTP ${response.status} ${response.statusText} from ${url.href}`,
          ),
          status: response.status,
          finalUrl: url.href,
        };
      }
      const contentType = headerOrNull(response, 'content-type');
      if (!isFeedContentType(contentType)) {
        await discardBody(response);
        return {
          kind: 'error',
          error: fetchError(
            'unsupported-content-type',
            { contentType: (contentType ?? '').slice(0, 200) },
            `${url.href} answered with Content-Type ${contentType ?? ''}, which is not a feed`,
          ),
          status: response.status,
          finalUrl: url.href,
        };
      }
      const tooLarge = (detail: string): HttpFetchResult => ({
        kind: 'error',
        error: fetchError('body-too-large', { limitMb: megabytes(limits.maxBodyBytes) }, detail),
        status: response.status,
        finalUrl: url.href,
      });
      const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declaredLength) && declaredLength > limits.maxBodyBytes) {
        await discardBody(response);
        return tooLarge(
          `Content-Length ${declaredLength} is over the ${limits.maxBodyBytes}-byte limit`,
        );
      }
      try {
        const read = await readLimitedBody(response, limits.maxBodyBytes);
        if (read.kind === 'too-large') {
          return tooLarge(
            `the body grew past the ${limits.maxBodyBytes}-byte limit after decompression`,
          );
        }
        return {
          kind: 'body',
          status: response.status,
          finalUrl: url.href,
          contentType,
          body: read.body,
          etag,
          lastModified,
        };
      } catch (error) {
        return {
          kind: 'error',
          error: classifyFetchFailure(error, { url, typedHost, limits, phase: 'body' }),
          status: response.status,
          finalUrl: url.href,
        };
      }
    }
  };

  return {
    fetch: async (request) => {
      if (isClosed) throw new Error('HttpFetcher: fetch after close()');
      request.signal?.throwIfAborted();
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new TotalTimeoutReason('total timeout')),
        limits.totalTimeoutMs,
      );
      const onCallerAbort = (): void => controller.abort(request.signal?.reason);
      request.signal?.addEventListener('abort', onCallerAbort, { once: true });
      try {
        const result = await fetchOnce(request, controller.signal);
        // An abort can surface as any network error; the caller's abort wins over what it caused.
        request.signal?.throwIfAborted();
        if (result.kind === 'error' && controller.signal.reason instanceof TotalTimeoutReason) {
          return {
            ...result,
            error: fetchError(
              'timeout',
              { seconds: limits.totalTimeoutMs / 1000 },
              `no complete answer from ${result.finalUrl ?? request.url} within ${limits.totalTimeoutMs} ms`,
            ),
          };
        }
        return result;
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onCallerAbort);
      }
    },
    close: async () => {
      isClosed = true;
      await Promise.all([typedHostAgent.destroy(), otherHostAgent.destroy()]);
    },
  };
}
