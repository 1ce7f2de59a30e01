import { describe, expect, it } from 'vitest';
import {
  registerElectronTransport,
  type EventTargetLike,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../../electron/main/ipc/electronTransport';
import { invokeChannels } from '../../../../shared/ipc/contract';
import { createFakePlatform, createTestHandlers } from './fakes';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** A plain stand-in for Electron's ipcMain: keeps handlers so the test can call them as Electron would. */
function createFakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  const call = (channel: string, senderUrl: string | null, ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
  };
  return { ipcMain, handlers, call };
}

function setUp() {
  const platform = createFakePlatform();
  const { handlers, events, logger } = createTestHandlers(platform);
  const fake = createFakeIpcMain();
  const sent: Array<{ channel: string; payload: unknown; target: string }> = [];
  const target = (url: string, isDestroyed = false): EventTargetLike => ({
    isDestroyed: () => isDestroyed,
    getURL: () => url,
    send: (channel, payload) => sent.push({ channel, payload, target: url }),
  });
  const targets = [
    target('app://crisis-room/index.html'),
    target('https://evil.example/'),
    target('app://crisis-room/#/x', true),
  ];
  const unregister = registerElectronTransport({
    ipcMain: fake.ipcMain,
    handlers,
    events,
    listTargets: () => targets,
    logger,
  });
  return { ...fake, platform, events, logger, sent, unregister };
}

const appPage = 'app://crisis-room/index.html';

describe('Electron transport', () => {
  it('binds every channel of the contract and unbinds them', () => {
    const { handlers, unregister } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('answers the app itself', async () => {
    const { call } = setUp();
    await expect(call('app:get-info', appPage, {})).resolves.toMatchObject({
      ok: true,
      value: { name: 'Crisis Room', version: '1.2.3' },
    });
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a look-alike app host', 'app://crisis-room.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['a data page', 'data:text/html,<script>1</script>'],
    ['the web transport origin', 'http://127.0.0.1:47615/'],
    ['an empty url', ''],
  ])('refuses %s as sender', async (_label, url) => {
    const { call, platform, logger } = setUp();
    const result = await call('shell:open-external', url, { url: 'https://example.com/' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
    expect(platform.opened).toEqual([]);
    expect(logger.lines.some((line) => line.startsWith('warn refused'))).toBe(true);
  });

  it('refuses a destroyed sender frame', async () => {
    const { call } = setUp();
    await expect(call('app:get-info', null, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it.each([
    ['no payload', []],
    ['two payloads', [{}, {}]],
    ['a string', ['https://example.com/']],
    ['null', [null]],
    ['an array', [[{ url: 'https://example.com/' }]]],
    ['a wrong type', [{ url: 42 }]],
    ['an extra key', [{ url: 'https://example.com/', activate: true }]],
    [
      'a polluted prototype key',
      [JSON.parse('{"url":"https://example.com/","__proto__":{"admin":true}}')],
    ],
  ])('refuses %s and never reaches the platform', async (_label, args) => {
    const { call, platform } = setUp();
    const result = await call('shell:open-external', appPage, ...(args as unknown[]));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(platform.opened).toEqual([]);
  });

  it('opens an allowed link re-serialised and refuses a hostile one as a value', async () => {
    const { call, platform } = setUp();
    await expect(
      call('shell:open-external', appPage, { url: 'HTTPS://Example.com' }),
    ).resolves.toEqual({
      ok: true,
      value: { url: 'https://example.com/', openedBy: 'renderer' },
    });
    await expect(
      call('shell:open-external', appPage, { url: 'file:///etc/passwd' }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'blocked-url', message: 'scheme-not-allowed' },
    });
    expect(platform.opened).toEqual(['https://example.com/']);
  });

  it('pushes events only to live windows showing the app', () => {
    const { events, sent } = setUp();
    const status = {
      state: 'idle' as const,
      currentVersion: '1.2.3',
      availableVersion: null,
      percent: null,
      lastCheckedAt: null,
      errorMessage: null,
    };
    events.emit('updates:status', status);
    expect(sent).toEqual([{ channel: 'updates:status', payload: status, target: appPage }]);
  });
});
