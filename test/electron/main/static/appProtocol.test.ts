import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppProtocolHandler,
  type AppProtocolRequest,
} from '../../../../electron/main/static/appProtocol';
import { contentSecurityPolicy } from '../../../../electron/main/static/contentSecurityPolicy';

const indexHtml = '<!doctype html><title>crisis room app</title>';
const appScript = 'console.log("app script")';
const secret = 'TOP SECRET outside the renderer root';
const percentFile = 'a file whose name holds a percent sign';

let sandbox: string;
let handle: (request: AppProtocolRequest) => Promise<Response>;

beforeAll(() => {
  sandbox = mkdtempSync(path.join(os.tmpdir(), 'crisis-room-app-protocol-'));
  const root = path.join(sandbox, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), indexHtml);
  writeFileSync(path.join(root, 'assets', 'app.js'), appScript);
  writeFileSync(path.join(root, 'assets', '100%.txt'), percentFile);
  // Targets of the traversal attempts: one and two levels above the root.
  writeFileSync(path.join(sandbox, 'secret'), secret);
  writeFileSync(path.join(sandbox, 'secret.txt'), secret);
  handle = createAppProtocolHandler(root);
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

async function expectRefused(response: Response): Promise<void> {
  expect([403, 404]).toContain(response.status);
  const body = await response.text();
  expect(body).not.toContain(secret);
  expect(body).not.toContain('crisis room app');
  expect(body).not.toContain('app script');
  // Refusals carry the strict policy too.
  expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
}

describe('app:// protocol handler', () => {
  it('serves index.html on the app origin with the strict CSP', async () => {
    const response = await handle(new Request('app://crisis-room/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(indexHtml);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin and for /', async () => {
    for (const url of ['app://crisis-room/', 'app://crisis-room']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(indexHtml);
    }
  });

  it('serves nested assets', async () => {
    const response = await handle(new Request('app://crisis-room/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(appScript);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('ignores query strings and fragments when finding the file', async () => {
    for (const url of [
      'app://crisis-room/index.html?lang=zh-TW',
      'app://crisis-room/index.html#/incidents/1',
      'app://crisis-room/index.html?a=1#b',
      'app://crisis-room/?x=1',
      'app://crisis-room#top',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(indexHtml);
    }
  });

  it('never lets a query or fragment reach the file path', async () => {
    for (const url of [
      'app://crisis-room/index.html?/../../secret.txt',
      'app://crisis-room/index.html#/../../secret.txt',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(indexHtml);
    }
  });

  it.each([
    'app://crisis-room.evil/index.html',
    'app://x/index.html',
    'app://evil.crisis-room/index.html',
    'app://crisis-roomx/index.html',
    'app://CRISIS-ROOM/index.html',
    'app://crisis-room:1/index.html',
    'app://crisis-room:443/index.html',
    'app:///index.html',
    'app:crisis-room/index.html',
    'https://crisis-room/index.html',
    'file:///index.html',
  ])('refuses %s', async (url) => {
    await expectRefused(await handle(new Request(url)));
  });

  it('sees the port that really arrives in the URL, and refuses it', async () => {
    // A non-default port survives URL parsing for a custom scheme, so the handler must check it.
    const request = new Request('app://crisis-room:1/index.html');
    expect(request.url).toBe('app://crisis-room:1/index.html');
    expect(new URL(request.url).hostname).toBe('crisis-room');
    const response = await handle(request);
    expect(response.status).toBe(403);
    await expectRefused(response);
  });

  it('refuses user info even though Request cannot carry it', async () => {
    // Electron builds the handler's Request with `new Request(url)`, which throws for URLs with
    // credentials, so such a request never reaches the handler in practice …
    expect(() => new Request('app://user@crisis-room/index.html')).toThrow(TypeError);
    expect(() => new Request('app://user:pass@crisis-room/index.html')).toThrow(TypeError);
    // … and an empty user info is dropped by the parser, leaving the plain app URL.
    expect(new Request('app://@crisis-room/index.html').url).toBe('app://crisis-room/index.html');
    // The handler still refuses user info on its own, whatever builds the request.
    for (const url of [
      'app://user@crisis-room/index.html',
      'app://user:pass@crisis-room/index.html',
      'app://crisis-room@crisis-room/index.html',
    ]) {
      const response = await handle({ url, method: 'GET' });
      expect(response.status, url).toBe(403);
      await expectRefused(response);
    }
  });

  it('takes the path only from the exact origin spelling, not from looser ones', async () => {
    // Both parse as the app origin, but slicing them at the origin's length would cut mid-URL.
    for (const url of [
      'app://crisis-room:/index.html',
      'app://@crisis-room/index.html',
      'APP://crisis-room/index.html',
    ]) {
      const response = await handle({ url, method: 'GET' });
      expect(response.status, url).toBe(403);
      await expectRefused(response);
    }
  });

  it('refuses an over-long URL before touching the file system', async () => {
    const response = await handle(new Request(`app://crisis-room/${'a'.repeat(5000)}.js`));
    expect(response.status).toBe(403);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])(
    'refuses %s to an existing file',
    async (method) => {
      const response = await handle(new Request('app://crisis-room/index.html', { method }));
      expect(response.status).toBe(403);
      await expectRefused(response);
    },
  );

  it('refuses a request that only looks like GET', async () => {
    const response = await handle({ url: 'app://crisis-room/index.html', method: 'get' });
    expect(response.status).toBe(403);
  });

  it('lets the URL parser resolve encoded dot segments, which then stay inside the root', async () => {
    // `%2e%2e` is a dot-dot segment to the WHATWG parser, so it is gone before the handler runs:
    // `/secret` is looked up inside the root (where there is none) and not found.
    const cases = [
      ['app://crisis-room/%2e%2e/secret', 'app://crisis-room/secret'],
      ['app://crisis-room/assets/%2e%2e/%2e%2e/secret', 'app://crisis-room/secret'],
      ['app://crisis-room/%2E%2E/%2e./secret.txt', 'app://crisis-room/secret.txt'],
      ['app://crisis-room/../../secret.txt', 'app://crisis-room/secret.txt'],
    ] as const;
    for (const [url, arrived] of cases) {
      const request = new Request(url);
      expect(request.url).toBe(arrived);
      const response = await handle(request);
      expect(response.status, url).toBe(404);
      await expectRefused(response);
    }
  });

  it.each([
    'app://crisis-room/..%5csecret',
    'app://crisis-room/..%5Csecret.txt',
    'app://crisis-room/assets%5c..%5c..%5csecret.txt',
    'app://crisis-room/..%2fsecret.txt',
    'app://crisis-room/..%252fsecret.txt',
    'app://crisis-room/index.html%00.js',
  ])('refuses the encoded traversal %s as it arrives', async (url) => {
    const request = new Request(url);
    // These escapes are not dot segments, so they reach the handler untouched.
    expect(request.url).toBe(url);
    await expectRefused(await handle(request));
  });

  it('reads the path raw, so encoded traversal a parser let through is still refused', async () => {
    // What an un-normalising caller could hand over: percent-escapes and dot segments intact.
    for (const url of [
      'app://crisis-room/%2e%2e/secret',
      'app://crisis-room/assets/%2e%2e/%2e%2e/secret',
      'app://crisis-room/%2e%2e/secret.txt',
      'app://crisis-room/../secret.txt',
      'app://crisis-room/..\\secret.txt',
    ]) {
      const response = await handle({ url, method: 'GET' });
      expect(response.status, url).toBe(403);
      await expectRefused(response);
    }
  });

  it('decodes the path exactly once', async () => {
    const response = await handle(new Request('app://crisis-room/assets/100%25.txt'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(percentFile);
  });

  it('answers 404, without content, for a missing file', async () => {
    const response = await handle(new Request('app://crisis-room/missing.js'));
    expect(response.status).toBe(404);
    await expectRefused(response);
  });
});
