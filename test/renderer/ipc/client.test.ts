import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../shared/ipc/bridge';
import type { CrisisRoomBridge } from '../../../shared/ipc/bridge';
import { fail } from '../../../shared/ipc/result';
import type { FetchFunction } from '../../../renderer/src/ipc/webTransport';
import { FakeEventSource } from './fakeEventSource';

/** What a bridge on `window.crisisRoom` might be when it is not the preload's. */
const impostors: [description: string, value: () => unknown][] = [
  ['an element with id="crisisRoom"', () => document.createElement('div')],
  ['a string', () => 'crisisRoom'],
  ['null', () => null],
  [
    'a bridge missing a method of the contract',
    () => {
      const { updatesInstallNow: _missing, ...rest } = preloadBridge();
      return rest;
    },
  ],
  [
    'a bridge whose method is not a function',
    () => ({ ...preloadBridge(), onUpdatesStatus: 'listen' }),
  ],
];

/** A fetch that answers every invoke with a well-formed "unsupported" failure. */
function unsupportedFetch() {
  return vi.fn<FetchFunction>(() =>
    Promise.resolve(
      new Response(
        JSON.stringify({ ok: false, error: { code: 'unsupported', message: 'web server' } }),
      ),
    ),
  );
}

/** Loads a fresh copy of client.ts, since it caches the bridge it picked. */
async function loadClient() {
  vi.resetModules();
  return import('../../../renderer/src/ipc/client');
}

/** A bridge like the preload's, over a transport that answers "unsupported" to everything. */
function preloadBridge(): CrisisRoomBridge {
  return createBridge(
    (channel) => Promise.resolve(fail('unsupported', `fake preload: ${channel}`)),
    () => () => {},
  );
}

beforeEach(() => {
  FakeEventSource.opened.splice(0);
});

afterEach(() => {
  Reflect.deleteProperty(window, 'crisisRoom');
  vi.unstubAllGlobals();
});

describe('getBridge', () => {
  it('uses the preload bridge when window.crisisRoom exists', async () => {
    const bridge = preloadBridge();
    Object.defineProperty(window, 'crisisRoom', { configurable: true, value: bridge });
    const fetchFn = vi.fn<FetchFunction>();
    vi.stubGlobal('fetch', fetchFn);

    const client = await loadClient();

    expect(client.getBridge()).toBe(bridge);
    expect(await client.getBridge().appGetInfo({})).toEqual(
      fail('unsupported', 'fake preload: app:get-info'),
    );
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('uses the web transport when there is no preload bridge', async () => {
    const fetchFn = vi.fn<FetchFunction>(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({ ok: false, error: { code: 'unsupported', message: 'no dialog' } }),
        ),
      ),
    );
    vi.stubGlobal('fetch', fetchFn);
    vi.stubGlobal('EventSource', FakeEventSource);

    const client = await loadClient();
    const bridge = client.getBridge();

    expect(client.getBridge()).toBe(bridge);
    expect(Object.isFrozen(bridge)).toBe(true);

    expect(
      await bridge.filesSaveFile({
        suggestedName: 'report.txt',
        content: 'x',
        encoding: 'utf8',
        filters: [],
      }),
    ).toEqual(fail('unsupported', 'no dialog'));
    expect(fetchFn.mock.calls[0]?.[0]).toBe('/ipc/files:save-file');

    const unsubscribe = bridge.onUpdatesStatus(() => {});
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(['/events']);
    unsubscribe();
    expect(FakeEventSource.opened[0]?.isClosed).toBe(true);
  });

  it.each(impostors)(
    'falls back to the web transport when window.crisisRoom is %s',
    async (_description, impostor) => {
      Object.defineProperty(window, 'crisisRoom', { configurable: true, value: impostor() });
      const fetchFn = unsupportedFetch();
      vi.stubGlobal('fetch', fetchFn);
      vi.stubGlobal('EventSource', FakeEventSource);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

      const client = await loadClient();

      expect(await client.getBridge().appGetInfo({})).toEqual(fail('unsupported', 'web server'));
      expect(fetchFn.mock.calls[0]?.[0]).toBe('/ipc/app:get-info');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not a Crisis Room bridge/u));
      warn.mockRestore();
    },
  );
});
