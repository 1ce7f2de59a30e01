import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createHttpFetcher,
  monitoringUserAgent,
  type ClosableHttpFetcher,
  type HostResolver,
  type HttpFetcherOptions,
} from '../../../../../../electron/main/services/monitoring/fetch';
import type {
  FetchRequest,
  HttpFetchResult,
} from '../../../../../../electron/main/services/monitoring/types';
import {
  etagFixture,
  sampleRss,
  startFeedServer,
  type FeedServer,
} from '../../../../../fixtures/feedServer';

const userAgent = monitoringUserAgent('9.9.9-test');

/** Public-looking names the injected resolver maps onto the loopback fixture server. */
const loopbackNames = new Set(['news.example.com', 'other.example.com', 'feeds.example.org']);

/** A resolver with no real DNS: fixture names → 127.0.0.1, a mixed name, everything else fails. */
const testResolver: HostResolver = (hostname) => {
  if (loopbackNames.has(hostname)) return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
  if (hostname === 'mixed.example.com') {
    return Promise.resolve([
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ]);
  }
  if (hostname === 'hangs.example.com') return new Promise(() => undefined);
  return Promise.reject(
    Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }),
  );
};

let server: FeedServer;
const fetchers: ClosableHttpFetcher[] = [];

/** A fetcher with short test limits, closed after each test. */
function makeFetcher(overrides: Partial<HttpFetcherOptions> = {}): ClosableHttpFetcher {
  const fetcher = createHttpFetcher({
    userAgent,
    connectTimeoutMs: 1000,
    totalTimeoutMs: 2000,
    lookup: testResolver,
    ...overrides,
  });
  fetchers.push(fetcher);
  return fetcher;
}

/** A plain request for a URL. */
function requestFor(url: string, extra: Partial<FetchRequest> = {}): FetchRequest {
  return { url, headers: [], etag: null, lastModified: null, ...extra };
}

/** The error of a result, failing the test when the fetch did not fail. */
function errorOf(result: HttpFetchResult) {
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return result.error;
}

/** Runs a fetch and measures how long it took. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; milliseconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, milliseconds: performance.now() - started };
}

/** The fixture URL reached through a public-looking name. */
function viaName(name: string, path: string): string {
  return `http://${name}:${server.port}${path}`;
}

beforeAll(async () => {
  server = await startFeedServer();
});

afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((fetcher) => fetcher.close()));
  server.requests.length = 0;
});

afterAll(async () => {
  await server.close();
});

describe('monitoringUserAgent', () => {
  it('names the app, its version and the purpose', () => {
    expect(monitoringUserAgent()).toBe(
      'CrisisRoom/0.0.0-dev (+monitoring; offline-first crisis app)',
    );
  });
});

describe('createHttpFetcher: bodies and headers', () => {
  it('returns the body, content type and final URL of a feed', async () => {
    const result = await makeFetcher().fetch(requestFor(server.url('/feed.xml')));
    expect(result).toMatchObject({
      kind: 'body',
      status: 200,
      finalUrl: server.url('/feed.xml'),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: null,
      lastModified: null,
    });
    if (result.kind !== 'body') return;
    expect(new TextDecoder().decode(result.body)).toBe(sampleRss);
  });

  it('sends the User-Agent, an Accept for feeds and the source headers', async () => {
    await makeFetcher().fetch(
      requestFor(server.url('/feed.xml'), {
        headers: [
          { name: 'X-Api-Key', value: 'secret-123' },
          { name: 'Accept-Language', value: 'zh-TW' },
        ],
      }),
    );
    const [received] = server.requests;
    expect(received?.headers['user-agent']).toBe(
      'CrisisRoom/9.9.9-test (+monitoring; offline-first crisis app)',
    );
    expect(received?.headers.accept).toContain('application/rss+xml');
    expect(received?.headers.accept).toContain('application/feed+json');
    expect(received?.headers['x-api-key']).toBe('secret-123');
    expect(received?.headers['accept-language']).toBe('zh-TW');
    expect(received?.headers['if-none-match']).toBeUndefined();
  });

  it('lets a source replace Accept but never the User-Agent', async () => {
    await makeFetcher().fetch(
      requestFor(server.url('/feed.xml'), {
        headers: [
          { name: 'Accept', value: 'application/json' },
          { name: 'User-Agent', value: 'spoofed' },
        ],
      }),
    );
    expect(server.requests[0]?.headers.accept).toBe('application/json');
    expect(server.requests[0]?.headers['user-agent']).toBe(userAgent);
  });

  it('does not send the source headers to another origin after a redirect', async () => {
    const other = await startFeedServer();
    try {
      server.route('/to-other-port', (_request, response) => {
        response.writeHead(302, { Location: other.url('/feed.xml') });
        response.end();
      });
      const result = await makeFetcher().fetch(
        requestFor(server.url('/to-other-port'), {
          headers: [{ name: 'Authorization', value: 'Bearer source-token' }],
        }),
      );
      expect(result).toMatchObject({ kind: 'body', finalUrl: other.url('/feed.xml') });
      expect(server.requests[0]?.headers.authorization).toBe('Bearer source-token');
      expect(other.requests[0]?.headers.authorization).toBeUndefined();
      expect(other.requests[0]?.headers['user-agent']).toBe(userAgent);
    } finally {
      await other.close();
    }
  });

  it('accepts a body of exactly the limit and refuses one byte more', async () => {
    const size = Buffer.byteLength(sampleRss);
    expect(
      (await makeFetcher({ maxBodyBytes: size }).fetch(requestFor(server.url('/feed.xml')))).kind,
    ).toBe('body');
    server.serve('/chunked.xml', { body: sampleRss, contentType: 'application/rss+xml' });
    const tooSmall = makeFetcher({ maxBodyBytes: size - 1 });
    expect(errorOf(await tooSmall.fetch(requestFor(server.url('/feed.xml')))).code).toBe(
      'body-too-large',
    );
  });
});

describe('createHttpFetcher: conditional GET', () => {
  it('returns validators on 200 and not-modified when they match', async () => {
    const fetcher = makeFetcher();
    const first = await fetcher.fetch(requestFor(server.url('/etag')));
    expect(first).toMatchObject({
      kind: 'body',
      etag: etagFixture.etag,
      lastModified: etagFixture.lastModified,
    });
    if (first.kind !== 'body') return;
    const second = await fetcher.fetch(
      requestFor(server.url('/etag'), { etag: first.etag, lastModified: first.lastModified }),
    );
    expect(second).toEqual({
      kind: 'not-modified',
      status: 304,
      finalUrl: server.url('/etag'),
      etag: etagFixture.etag,
      lastModified: etagFixture.lastModified,
    });
    expect(server.requests[1]?.headers['if-none-match']).toBe(etagFixture.etag);
    expect(server.requests[1]?.headers['if-modified-since']).toBe(etagFixture.lastModified);
  });

  it('sends If-Modified-Since alone when only Last-Modified is known', async () => {
    const result = await makeFetcher().fetch(
      requestFor(server.url('/etag'), { lastModified: etagFixture.lastModified }),
    );
    expect(result.kind).toBe('not-modified');
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('keeps the request validators when a 304 carries none', async () => {
    server.route('/bare-304', (_request, response) => {
      response.writeHead(304);
      response.end();
    });
    const result = await makeFetcher().fetch(
      requestFor(server.url('/bare-304'), { etag: '"old"', lastModified: null }),
    );
    expect(result).toMatchObject({ kind: 'not-modified', etag: '"old"', lastModified: null });
  });
});

describe('createHttpFetcher: status and content type', () => {
  it.each([404, 410, 500, 503])('reports HTTP %i as http-status', async (status) => {
    const result = await makeFetcher().fetch(requestFor(server.url(`/status/${status}`)));
    expect(result).toMatchObject({ kind: 'error', status });
    expect(errorOf(result)).toMatchObject({ code: 'http-status', params: { status } });
  });

  it('refuses an image before reading it', async () => {
    const error = errorOf(await makeFetcher().fetch(requestFor(server.url('/image'))));
    expect(error).toMatchObject({
      code: 'unsupported-content-type',
      params: { contentType: 'image/png' },
    });
  });

  it.each(['application/pdf', 'application/zip', 'application/octet-stream', 'video/mp4'])(
    'refuses %s',
    async (contentType) => {
      server.serve('/typed', { body: 'bytes', contentType });
      expect(errorOf(await makeFetcher().fetch(requestFor(server.url('/typed')))).code).toBe(
        'unsupported-content-type',
      );
    },
  );

  it.each([
    'text/html; charset=big5',
    'application/json',
    'text/plain',
    'application/x-rss+xml',
    null,
  ])('passes %s on to the ingester', async (contentType) => {
    server.serve('/typed', { body: sampleRss, contentType });
    const result = await makeFetcher().fetch(requestFor(server.url('/typed')));
    expect(result).toMatchObject({ kind: 'body', contentType });
  });
});

describe('createHttpFetcher: redirects', () => {
  it('follows five relative redirects and stops at the sixth', async () => {
    const fetcher = makeFetcher();
    const five = await fetcher.fetch(requestFor(server.url('/redirect-chain?n=5')));
    expect(five).toMatchObject({ kind: 'body', finalUrl: server.url('/redirect-chain?n=0') });
    server.requests.length = 0;
    const six = await fetcher.fetch(requestFor(server.url('/redirect-chain?n=6')));
    expect(errorOf(six)).toMatchObject({ code: 'too-many-redirects', params: { max: 5 } });
    expect(server.requests).toHaveLength(6);
  });

  it('honours a smaller redirect limit', async () => {
    const result = await makeFetcher({ maxRedirects: 1 }).fetch(
      requestFor(server.url('/redirect-chain?n=2')),
    );
    expect(errorOf(result)).toMatchObject({ code: 'too-many-redirects', params: { max: 1 } });
  });

  it('ends a redirect loop', async () => {
    const { value, milliseconds } = await timed(() =>
      makeFetcher().fetch(requestFor(server.url('/redirect-loop'))),
    );
    expect(errorOf(value).code).toBe('too-many-redirects');
    expect(milliseconds).toBeLessThan(2000);
  });

  it.each([
    ['no Location', null],
    ['an empty Location', ''],
    ['ftp', 'ftp://127.0.0.1/feed.xml'],
    ['javascript', 'javascript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/xml,<rss/>'],
    ['credentials', 'http://user:pass@news.example.com/feed.xml'],
    ['an unparseable URL', 'http://[not-an-ip/feed.xml'],
  ])('refuses a redirect with %s as bad-redirect', async (_label, location) => {
    const path =
      location === null ? '/redirect-to' : `/redirect-to?location=${encodeURIComponent(location)}`;
    const result = await makeFetcher().fetch(requestFor(server.url(path)));
    expect(errorOf(result).code).toBe('bad-redirect');
    expect(server.requests).toHaveLength(1);
  });

  it('allows the loopback host the user typed', async () => {
    expect((await makeFetcher().fetch(requestFor(server.url('/feed.xml')))).kind).toBe('body');
  });

  it('allows a typed name that resolves to loopback (intranet feed)', async () => {
    const result = await makeFetcher().fetch(requestFor(viaName('news.example.com', '/feed.xml')));
    expect(result).toMatchObject({ kind: 'body', status: 200 });
    expect(server.requests[0]?.headers.host).toBe(`news.example.com:${server.port}`);
  });

  it('follows redirects that stay on the typed host', async () => {
    const result = await makeFetcher().fetch(
      requestFor(viaName('news.example.com', '/redirect-chain?n=2')),
    );
    expect(result).toMatchObject({ kind: 'body' });
  });

  it('refuses a redirect from a public-looking host to 127.0.0.1', async () => {
    const result = await makeFetcher().fetch(
      requestFor(viaName('news.example.com', '/redirect-to-loopback')),
    );
    expect(errorOf(result)).toMatchObject({
      code: 'redirect-to-private-address',
      params: { host: '127.0.0.1' },
    });
    expect(result).toMatchObject({ finalUrl: server.url('/feed.xml') });
    // The redirect target was never asked for anything.
    expect(server.requests.map((request) => request.path)).toEqual(['/redirect-to-loopback']);
  });

  it('refuses a redirect to another name that resolves to a private address', async () => {
    const location = viaName('other.example.com', '/feed.xml');
    const result = await makeFetcher().fetch(
      requestFor(
        viaName('news.example.com', `/redirect-to?location=${encodeURIComponent(location)}`),
      ),
    );
    expect(errorOf(result)).toMatchObject({
      code: 'redirect-to-private-address',
      params: { host: 'other.example.com' },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a redirect to a name with one private address among public ones', async () => {
    const location = viaName('mixed.example.com', '/feed.xml');
    const result = await makeFetcher().fetch(
      requestFor(
        viaName('news.example.com', `/redirect-to?location=${encodeURIComponent(location)}`),
      ),
    );
    expect(errorOf(result).code).toBe('redirect-to-private-address');
  });

  it.each([
    '[::1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '0.0.0.0',
    '2130706433',
    '0x7f.1',
    '169.254.169.254',
    '10.0.0.1',
  ])('refuses a redirect from a typed host to the literal %s', async (literal) => {
    const location = `http://${literal}:${server.port}/feed.xml`;
    const { value, milliseconds } = await timed(() =>
      makeFetcher().fetch(
        requestFor(
          viaName('news.example.com', `/redirect-to?location=${encodeURIComponent(location)}`),
        ),
      ),
    );
    expect(errorOf(value).code).toBe('redirect-to-private-address');
    expect(milliseconds).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a typed private host when the fetcher forbids private hosts', async () => {
    const fetcher = makeFetcher({ isPrivateTypedHostAllowed: false });
    expect(errorOf(await fetcher.fetch(requestFor(server.url('/feed.xml'))))).toMatchObject({
      code: 'private-address',
      params: { host: '127.0.0.1' },
    });
    expect(
      errorOf(await fetcher.fetch(requestFor(viaName('news.example.com', '/feed.xml')))),
    ).toMatchObject({ code: 'private-address', params: { host: 'news.example.com' } });
    expect(server.requests).toHaveLength(0);
  });

  it('does not reuse a typed-host connection for a redirect to that address', async () => {
    // Warm a pooled keep-alive connection to 127.0.0.1 as the typed host, then redirect to it.
    const fetcher = makeFetcher();
    expect((await fetcher.fetch(requestFor(server.url('/feed.xml')))).kind).toBe('body');
    const result = await fetcher.fetch(
      requestFor(viaName('news.example.com', '/redirect-to-loopback')),
    );
    expect(errorOf(result).code).toBe('redirect-to-private-address');
  });
});

describe('createHttpFetcher: network failures', () => {
  it('reports a name that does not resolve as dns-failed', async () => {
    const result = await makeFetcher().fetch(requestFor('http://nxdomain.example.invalid/feed'));
    expect(errorOf(result)).toMatchObject({
      code: 'dns-failed',
      params: { host: 'nxdomain.example.invalid' },
    });
    expect(errorOf(result).detail).toContain('ENOTFOUND');
  });

  it('reports a closed port as connection-refused', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/feed.xml');
    await closed.close();
    const error = errorOf(await makeFetcher().fetch(requestFor(url)));
    expect(error).toMatchObject({ code: 'connection-refused', params: { host: '127.0.0.1' } });
  });

  it('reports a TLS handshake with a server that does not speak TLS as tls-failed', async () => {
    const error = errorOf(
      await makeFetcher().fetch(requestFor(`https://127.0.0.1:${server.port}/feed.xml`)),
    );
    expect(error.code).toBe('tls-failed');
  });

  it('reports a connection dropped mid-answer as connection-failed', async () => {
    server.route('/drop', (request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': '1000' });
      response.write('<rss>', () => request.socket.destroy());
    });
    const result = await makeFetcher().fetch(requestFor(server.url('/drop')));
    expect(errorOf(result)).toMatchObject({
      code: 'connection-failed',
      params: { host: '127.0.0.1' },
    });
  });

  it('gives up connecting after the connect timeout', async () => {
    const { value, milliseconds } = await timed(() =>
      makeFetcher({ connectTimeoutMs: 300 }).fetch(requestFor('http://hangs.example.com/feed')),
    );
    expect(errorOf(value)).toMatchObject({ code: 'connect-timeout', params: { seconds: 0.3 } });
    expect(milliseconds).toBeLessThan(1500);
  });

  it.each(['/slow-headers?seconds=10', '/hang', '/slow-body'])(
    'times out %s after the total timeout',
    async (path) => {
      const { value, milliseconds } = await timed(() =>
        makeFetcher({ totalTimeoutMs: 700 }).fetch(requestFor(server.url(path))),
      );
      expect(errorOf(value)).toMatchObject({ code: 'timeout', params: { seconds: 0.7 } });
      expect(milliseconds).toBeGreaterThanOrEqual(650);
      expect(milliseconds).toBeLessThan(2000);
    },
  );

  it('answers a slow server that is within the timeout', async () => {
    const result = await makeFetcher({ totalTimeoutMs: 3000 }).fetch(
      requestFor(server.url('/slow-headers?seconds=0.2')),
    );
    expect(result.kind).toBe('body');
  });

  it('stops when the caller aborts, rejecting with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('service stopping');
    setTimeout(() => controller.abort(reason), 100);
    const { value, milliseconds } = await timed(() =>
      makeFetcher({ totalTimeoutMs: 5000 })
        .fetch(requestFor(server.url('/hang'), { signal: controller.signal }))
        .then(
          () => 'resolved',
          (error: unknown) => error,
        ),
    );
    expect(value).toBe(reason);
    expect(milliseconds).toBeLessThan(1000);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(
      makeFetcher().fetch(requestFor(server.url('/feed.xml'), { signal: controller.signal })),
    ).rejects.toThrow('gone');
    expect(server.requests).toHaveLength(0);
  });

  it('throws on a URL no source could have (programmer error)', async () => {
    await expect(makeFetcher().fetch(requestFor('file:///etc/passwd'))).rejects.toThrow(TypeError);
    await expect(
      makeFetcher().fetch(requestFor(`http://user:pw@127.0.0.1:${server.port}/`)),
    ).rejects.toThrow(TypeError);
  });

  it('refuses fetches after close and ends pending ones', async () => {
    const fetcher = makeFetcher({ totalTimeoutMs: 5000 });
    const pending = fetcher.fetch(requestFor(server.url('/hang')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await fetcher.close();
    const result = await pending;
    expect(result.kind).toBe('error');
    await expect(fetcher.fetch(requestFor(server.url('/feed.xml')))).rejects.toThrow('close');
  });
});

describe('createHttpFetcher: body limits and decompression', () => {
  /** Runs a fetch of a bomb and checks it ended at the limit, quickly and without 1 GiB of memory. */
  async function expectStoppedAtLimit(path: string): Promise<void> {
    const fetcher = makeFetcher({ totalTimeoutMs: 10_000 });
    // Warm the fixture's cached bomb so the timing measures the fetch, not the fixture.
    await fetcher.fetch(requestFor(server.url(path)));
    const before = process.memoryUsage();
    const { value, milliseconds } = await timed(() => fetcher.fetch(requestFor(server.url(path))));
    const after = process.memoryUsage();
    expect(errorOf(value)).toMatchObject({ code: 'body-too-large', params: { limitMb: 10 } });
    expect(errorOf(value).detail).toContain('after decompression');
    expect(milliseconds).toBeLessThan(3000);
    // Holding the 1 GiB expansion (or any large part of it) would show here.
    expect(after.rss - before.rss).toBeLessThan(200 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(100 * 1024 * 1024);
  }

  it('stops a gzip bomb at the 10 MiB limit', async () => {
    await expectStoppedAtLimit('/gzip-bomb');
  }, 20_000);

  it('stops a brotli bomb at the 10 MiB limit', async () => {
    await expectStoppedAtLimit('/brotli-bomb');
  }, 20_000);

  it('decompresses gzip, deflate and brotli feeds', async () => {
    const { gzipSync, deflateSync, brotliCompressSync } = await import('node:zlib');
    const fetcher = makeFetcher();
    for (const [encoding, body] of [
      ['gzip', gzipSync(sampleRss)],
      ['deflate', deflateSync(sampleRss)],
      ['br', brotliCompressSync(sampleRss)],
    ] as const) {
      server.serve('/encoded.xml', {
        body,
        contentType: 'application/rss+xml',
        contentEncoding: encoding,
      });
      const result = await fetcher.fetch(requestFor(server.url('/encoded.xml')));
      expect(result.kind, encoding).toBe('body');
      if (result.kind === 'body') expect(new TextDecoder().decode(result.body)).toBe(sampleRss);
    }
  });

  it('reports a corrupt gzip body as decompression-failed', async () => {
    const error = errorOf(await makeFetcher().fetch(requestFor(server.url('/corrupt-gzip'))));
    expect(error.code).toBe('decompression-failed');
  });

  it('reports a corrupt brotli body as decompression-failed', async () => {
    server.serve('/corrupt.br', {
      body: Buffer.from('this is not brotli at all, not even close'),
      contentType: 'application/rss+xml',
      contentEncoding: 'br',
    });
    const error = errorOf(await makeFetcher().fetch(requestFor(server.url('/corrupt.br'))));
    expect(error.code).toBe('decompression-failed');
  });

  it('stops reading a 20 MB body at the limit', async () => {
    const { value, milliseconds } = await timed(() =>
      makeFetcher({ maxBodyBytes: 1024 * 1024 }).fetch(requestFor(server.url('/oversized'))),
    );
    expect(errorOf(value)).toMatchObject({ code: 'body-too-large', params: { limitMb: 1 } });
    expect(milliseconds).toBeLessThan(2000);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const result = await makeFetcher().fetch(requestFor(server.url('/oversized?declared=1')));
    expect(errorOf(result)).toMatchObject({ code: 'body-too-large', params: { limitMb: 10 } });
    expect(errorOf(result).detail).toContain('Content-Length');
  });
});
