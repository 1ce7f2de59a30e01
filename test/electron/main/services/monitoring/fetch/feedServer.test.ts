import http from 'node:http';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bombExpandedBytes,
  etagFixture,
  startFeedServer,
  type FeedServer,
} from '../../../../../fixtures/feedServer';
import { brotliBombBody, gzipBombBody } from '../../../../../fixtures/compressionBombs';

/** A raw response from the fixture (node:http, no fetcher involved). */
interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** GETs a URL with node:http and collects the raw (still encoded) body. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Starts a request and leaves it pending; resolves once the server has received it. */
function startPending(server: FeedServer, path: string): Promise<void> {
  const seen = server.requests.length;
  http
    .get(server.url(path), { agent: false }, (response) => response.resume())
    .on('error', () => undefined);
  return new Promise((resolve) => {
    const check = (): void => {
      if (server.requests.length > seen) resolve();
      else setTimeout(check, 10);
    };
    check();
  });
}

/** Bytes a compressed body expands to, counting (not keeping) up to `cap` bytes. */
function expandedSize(body: Buffer, decoder: zlib.Gunzip | zlib.BrotliDecompress, cap: number) {
  return new Promise<number>((resolve, reject) => {
    let total = 0;
    decoder.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total >= cap) {
        decoder.destroy();
        resolve(total);
      }
    });
    decoder.on('end', () => resolve(total));
    decoder.on('error', reject);
    decoder.end(body);
  });
}

const servers: FeedServer[] = [];

/** A fresh server, closed after the test. */
async function fresh(): Promise<FeedServer> {
  const server = await startFeedServer();
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('startFeedServer', () => {
  it('listens on 127.0.0.1 and builds URLs', async () => {
    const server = await fresh();
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url('/feed.xml')).toBe(`${server.origin}/feed.xml`);
    expect(server.url('feed.xml')).toBe(`${server.origin}/feed.xml`);
  });

  it('logs requests with method, path and headers', async () => {
    const server = await fresh();
    await get(server.url('/feed.xml?x=1'), { 'X-Probe': 'yes' });
    expect(server.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/feed.xml?x=1',
        headers: expect.objectContaining({ 'x-probe': 'yes' }) as unknown,
      }),
    ]);
  });

  it('serves added routes over built-ins and replaces them', async () => {
    const server = await fresh();
    server.route('/feed.xml', (_request, response) => {
      response.end('first');
    });
    expect((await get(server.url('/feed.xml'))).body.toString()).toBe('first');
    server.route('/feed.xml', (_request, response) => {
      response.end('second');
    });
    expect((await get(server.url('/feed.xml'))).body.toString()).toBe('second');
  });

  it('serves fixed bytes with a type, an encoding or no type at all', async () => {
    const server = await fresh();
    const big5 = Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]);
    server.serve('/big5.xml', {
      body: zlib.gzipSync(big5),
      contentType: 'text/xml; charset=big5',
      contentEncoding: 'gzip',
      headers: { 'X-Fixture': 'big5' },
    });
    const response = await get(server.url('/big5.xml'));
    expect(response.headers['content-type']).toBe('text/xml; charset=big5');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['x-fixture']).toBe('big5');
    expect(zlib.gunzipSync(response.body)).toEqual(big5);

    server.serve('/untyped', { body: 'plain', contentType: null, status: 203 });
    const untyped = await get(server.url('/untyped'));
    expect(untyped.status).toBe(203);
    expect(untyped.headers['content-type']).toBeUndefined();
  });

  it('answers 304 on /etag when a validator matches', async () => {
    const server = await fresh();
    expect((await get(server.url('/etag'))).status).toBe(200);
    expect((await get(server.url('/etag'), { 'If-None-Match': etagFixture.etag })).status).toBe(
      304,
    );
    expect(
      (await get(server.url('/etag'), { 'If-Modified-Since': etagFixture.lastModified })).status,
    ).toBe(304);
    expect((await get(server.url('/etag'), { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('serves the status, image and redirect routes', async () => {
    const server = await fresh();
    expect((await get(server.url('/status/418'))).status).toBe(418);
    expect((await get(server.url('/image'))).headers['content-type']).toBe('image/png');
    expect((await get(server.url('/redirect-chain?n=3'))).headers.location).toBe(
      '/redirect-chain?n=2',
    );
    expect((await get(server.url('/redirect-loop'))).headers.location).toBe('/redirect-loop');
    expect((await get(server.url('/redirect-to-loopback'))).headers.location).toBe(
      `http://127.0.0.1:${server.port}/feed.xml`,
    );
    expect((await get(server.url('/nowhere'))).status).toBe(404);
  });

  it('closes at once with hanging, slow and trickling requests open', async () => {
    const server = await startFeedServer();
    await startPending(server, '/hang');
    await startPending(server, '/slow-headers?seconds=60');
    await startPending(server, '/slow-body');
    await startPending(server, '/oversized');
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('builds bombs that are small on the wire and expand past 100 MB', async () => {
    const gzip = await gzipBombBody();
    const brotli = await brotliBombBody();
    expect(bombExpandedBytes).toBe(1024 * 1024 * 1024);
    expect(gzip.length).toBeLessThan(2 * 1024 * 1024);
    expect(brotli.length).toBeLessThan(64 * 1024);
    const cap = 100 * 1024 * 1024;
    expect(await expandedSize(gzip, zlib.createGunzip(), cap)).toBeGreaterThanOrEqual(cap);
    expect(await expandedSize(brotli, zlib.createBrotliDecompress(), cap)).toBeGreaterThanOrEqual(
      cap,
    );
  }, 20_000);
});
