import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/webServer';
import { createFakePlatform, createTestHandlers } from '../main/ipc/fakes';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends a request with exactly the headers given (fetch would not let a test forge Host). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let server: WebServer;
let sandbox: string;
const opened: string[] = [];

beforeAll(async () => {
  sandbox = mkdtempSync(path.join(os.tmpdir(), 'crisis-room-web-'));
  mkdirSync(path.join(sandbox, 'assets'));
  writeFileSync(path.join(sandbox, 'index.html'), '<!doctype html><title>Crisis Room</title>');
  writeFileSync(path.join(sandbox, 'assets', 'app.js'), 'console.log("app")');
  const platform = createFakePlatform({
    openExternal: async (url) => {
      opened.push(url);
      return 'renderer';
    },
  });
  const { handlers, events, logger } = createTestHandlers(platform);
  server = await startWebServer({ port: 0, rendererRoot: sandbox, handlers, events, logger });
});

afterAll(async () => {
  await server.close();
  rmSync(sandbox, { recursive: true, force: true });
});

const host = () => `127.0.0.1:${server.port}`;
const cookie = () => `crisis_room_${server.port}=${server.token}`;
const ipc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  request(server.port, {
    method: 'POST',
    path: `/ipc/${channel}`,
    headers: { Host: host(), Cookie: cookie(), 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('web transport', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/u);
  });

  it('exchanges the token for a strict session cookie and a clean URL', async () => {
    const response = await request(server.port, {
      path: `/?token=${server.token}`,
      headers: { Host: host() },
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(response.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/u);
  });

  it('serves the app and the API to a request with the cookie', async () => {
    const page = await request(server.port, {
      path: '/',
      headers: { Host: host(), Cookie: cookie() },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Crisis Room</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const info = await ipc('app:get-info', {});
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { name: 'Crisis Room', transport: 'web' },
    });
  });

  describe('refuses with 403 and no data', () => {
    const secretParts = ['Crisis Room', 'console.log', '"ok"'];
    const expectRefused = (response: RawResponse) => {
      expect(response.status).toBe(403);
      for (const part of secretParts) expect(response.body).not.toContain(part);
    };

    it.each(['/', '/assets/app.js', '/events'])('GET %s without a token', async (pathName) => {
      expectRefused(await request(server.port, { path: pathName, headers: { Host: host() } }));
    });

    it('an invoke without a token', async () => {
      expectRefused(await ipc('app:get-info', {}, { Cookie: '' }));
    });

    it.each([
      ['a wrong token in the query', `/?token=${'0'.repeat(64)}`, {}],
      ['a truncated token', `/?token=${'a'.repeat(10)}`, {}],
      ['a wrong cookie', '/', { Cookie: `crisis_room_1=${'f'.repeat(64)}` }],
      ['the token under another cookie name', '/', { Cookie: `other=${'x'}` }],
    ])('%s', async (_label, pathName, headers) => {
      expectRefused(
        await request(server.port, { path: pathName, headers: { Host: host(), ...headers } }),
      );
    });

    it.each([
      'http://evil.example',
      'http://127.0.0.1:1',
      'http://localhost:47615',
      'null',
      'app://crisis-room',
    ])('a foreign Origin %s, even with the right token', async (origin) => {
      expectRefused(
        await ipc('shell:open-external', { url: 'https://example.com/' }, { Origin: origin }),
      );
      expectRefused(
        await request(server.port, {
          path: `/?token=${server.token}`,
          headers: { Host: host(), Origin: origin },
        }),
      );
    });

    it.each([
      'evil.example',
      'evil.example:80',
      'localhost',
      '127.0.0.1',
      '127.0.0.1:1',
      '0.0.0.0',
      '',
    ])('a wrong Host %j (DNS rebinding), even with the right token', async (badHost) => {
      expectRefused(
        await request(server.port, { path: '/', headers: { Host: badHost, Cookie: cookie() } }),
      );
      expectRefused(await ipc('app:get-info', {}, { Host: badHost }));
    });

    it('a cross-site request the browser marked as such', async () => {
      expectRefused(await ipc('app:get-info', {}, { 'Sec-Fetch-Site': 'cross-site' }));
      expectRefused(await ipc('app:get-info', {}, { 'Sec-Fetch-Site': 'same-site' }));
    });

    it('and nothing reached a service', () => {
      expect(opened).toEqual([]);
    });
  });

  it('answers a malformed payload with a value, not a crash', async () => {
    for (const body of [{ url: 42 }, [], null, { url: 'https://example.com', more: 1 }]) {
      const response = await ipc('shell:open-external', body);
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    const broken = await request(server.port, {
      method: 'POST',
      path: '/ipc/app:get-info',
      headers: { Host: host(), Cookie: cookie(), 'Content-Type': 'application/json' },
      body: '{"unterminated',
    });
    expect(JSON.parse(broken.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(opened).toEqual([]);
  });

  it('limits bodies per channel and refuses oversized ones before reading them', async () => {
    const big = { url: `https://example.com/${'a'.repeat(1024 * 1024)}` };
    const tooLarge = await ipc('shell:open-external', big);
    expect(tooLarge.status).toBe(413);
    const saveFile = await ipc('files:save-file', {
      suggestedName: 'report.md',
      content: 'x'.repeat(2 * 1024 * 1024),
      encoding: 'utf8',
      filters: [],
    });
    // Within the save-file channel's own limit: it reaches the (fake) platform's handler.
    expect(JSON.parse(saveFile.body)).toEqual({ ok: true, value: { saved: false } });
    expect(opened).toEqual([]);
  });

  it('answers a malformed channel escape as an unknown channel, not a server error', async () => {
    for (const channel of ['%E0', '%', 'app%3Aget-info', '..%2Fevents']) {
      const response = await ipc(channel, {});
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('refuses non-JSON bodies and unknown channels', async () => {
    const form = await ipc('app:get-info', {}, { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(415);
    const unknown = await ipc('app:format-disk', {});
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('streams events as Server-Sent Events', async () => {
    const { events } = await new Promise<{ events: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/events',
          headers: { Host: host(), Cookie: cookie() },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes('event: updates:status')) {
              req.destroy();
              resolve({ events: text });
            }
          });
        },
      );
      req.on('error', (error) =>
        error.message.includes('socket hang up') ? undefined : reject(error),
      );
      req.end();
      setTimeout(() => void ipc('updates:check-now', {}), 50);
    });
    expect(events).toContain('event: updates:status');
    expect(events).toMatch(/data: \{"state":"unsupported"/u);
  });
});
