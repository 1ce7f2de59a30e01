import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isInvokeChannel, maxSaveFileLength, type InvokeChannel } from '../../shared/ipc/contract';
import { fail, type IpcResult } from '../../shared/ipc/result';
import { dispatchInvoke, type HandlerTable } from '../main/ipc/dispatch';
import type { EventHub } from '../main/ipc/eventHub';
import { describeError, type Logger } from '../main/lib';
import { baseSecurityHeaders } from '../main/static/contentSecurityPolicy';
import { serveStaticFile } from '../main/static/staticFiles';

/** The only address the web transport listens on. */
export const loopbackHost = '127.0.0.1';
/** Fixed default port: the browser keys IndexedDB by origin, so a new port would look like lost data. */
export const defaultWebPort = 47615;
/** Largest invoke body accepted by default: payloads are small JSON objects. */
export const defaultMaxBodyBytes = 1024 * 1024;
/** Channels that legitimately carry more; each gets room for its schema's maximum, JSON-escaped. */
const maxBodyBytesByChannel: Partial<Record<InvokeChannel, number>> = {
  'files:save-file': maxSaveFileLength * 2 + 64 * 1024,
  // Every source with its headers and field mapping: generous, still bounded.
  'monitoring:set-sources': 16 * 1024 * 1024,
  'monitoring:set-rules': 48 * 1024 * 1024,
};

/** The body limit of a request to `/ipc/<channel>`; unknown channels get the default. */
export function maxBodyBytesFor(channel: string): number {
  return isInvokeChannel(channel)
    ? (maxBodyBytesByChannel[channel] ?? defaultMaxBodyBytes)
    : defaultMaxBodyBytes;
}
/** Interval of SSE comments that keep idle connections open through proxies and sleep. */
const keepAliveMs = 25_000;

/** Everything the web server needs. */
export interface WebServerOptions {
  port: number;
  rendererRoot: string;
  handlers: HandlerTable;
  events: EventHub;
  logger: Logger;
  /** Per-run secret; generated when omitted. */
  token?: string;
}

/** A running web transport. */
export interface WebServer {
  /** The URL to open, with the access token. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Creates a fresh random access token (256 bits, hex). */
export function createAccessToken(): string {
  return randomBytes(32).toString('hex');
}

function listeningPort(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string')
    throw new Error('web transport is not listening on TCP');
  return address.port;
}

function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}

function send(
  response: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
) {
  response.writeHead(status, { ...baseSecurityHeaders, ...headers });
  response.end(body);
}

function refuse(response: http.ServerResponse, status: number) {
  send(
    response,
    status,
    { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    http.STATUS_CODES[status] ?? 'Refused',
  );
}

function sendJson(response: http.ServerResponse, result: IpcResult<unknown>) {
  send(
    response,
    200,
    { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    JSON.stringify(result),
  );
}

async function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The request gate: a request gets anything only when its Host is exactly the loopback address
 * and port (defeats DNS rebinding), its Origin (if sent) is this server's own, the browser does
 * not mark it as cross-site, and it carries the per-run token in the query or the session cookie.
 * Returns the token source, or null to refuse with 403.
 */
export function checkRequest(
  request: Pick<http.IncomingMessage, 'headers' | 'url'>,
  port: number,
  token: string,
  cookieName: string,
): 'query' | 'cookie' | null {
  const expectedHost = `${loopbackHost}:${port}`;
  if (request.headers.host !== expectedHost) return null;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${expectedHost}`) return null;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return null;
  const url = new URL(request.url ?? '/', `http://${expectedHost}`);
  if (tokensMatch(token, url.searchParams.get('token'))) return 'query';
  if (tokensMatch(token, readCookie(request.headers.cookie, cookieName))) return 'cookie';
  return null;
}

/**
 * Starts the loopback web transport: serves the built renderer and the same handler table as the
 * Electron transport (`POST /ipc/<channel>`, JSON in and out) and pushes events as Server-Sent
 * Events on `GET /events`. Binds 127.0.0.1 only. The first visit with `?token=` sets a
 * SameSite=Strict, HttpOnly session cookie and redirects to the clean URL.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { rendererRoot, handlers, events, logger } = options;
  const token = options.token ?? createAccessToken();
  const streams = new Set<http.ServerResponse>();
  let port = options.port;
  const cookieName = () => `crisis_room_${port}`;

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const tokenSource = checkRequest(request, port, token, cookieName());
    if (tokenSource === null) return refuse(response, 403);
    const url = new URL(request.url ?? '/', `http://${loopbackHost}:${port}`);
    if (tokenSource === 'query' && request.method === 'GET' && url.pathname === '/') {
      return send(
        response,
        303,
        {
          Location: '/',
          'Set-Cookie': `${cookieName()}=${token}; Path=/; HttpOnly; SameSite=Strict`,
          'Cache-Control': 'no-store',
        },
        '',
      );
    }
    if (url.pathname.startsWith('/ipc/')) {
      if (request.method !== 'POST') return refuse(response, 405);
      if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
        return refuse(response, 415);
      // Channel names are plain ASCII: the path is used as sent, never percent-decoded.
      const channel = url.pathname.slice('/ipc/'.length);
      const declaredLength = Number(request.headers['content-length'] ?? 0);
      if (declaredLength > maxBodyBytesFor(channel)) return refuse(response, 413);
      const body = await readBody(request, maxBodyBytesFor(channel));
      if (body === null) return refuse(response, 413);
      let payload: unknown;
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(
          response,
          fail('invalid-payload', `${channel}: the body is not valid JSON`),
        );
      }
      const result = await dispatchInvoke(handlers, channel, payload, { transport: 'web' }, logger);
      return sendJson(response, result);
    }
    if (url.pathname === '/events') {
      if (request.method !== 'GET') return refuse(response, 405);
      response.writeHead(200, {
        ...baseSecurityHeaders,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
    const file = await serveStaticFile(rendererRoot, url.pathname);
    return send(response, file.status, file.headers, request.method === 'HEAD' ? '' : file.body);
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error(`web transport: ${describeError(error)}`);
      if (!response.headersSent) refuse(response, 500);
      else response.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  const unsubscribe = events.subscribe((channel, payload) => {
    const message = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(message);
  });
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, keepAliveMs);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopbackHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = listeningPort(server.address());

  return {
    url: `http://${loopbackHost}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      clearInterval(keepAlive);
      for (const stream of streams) stream.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
