import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '../../../shared/ipc/contract';
import { createWebInvoke, createWebSubscribe } from '../../../renderer/src/ipc/webTransport';
import type { FetchFunction } from '../../../renderer/src/ipc/webTransport';
import { webCapabilities } from '../../../electron/main/platform/capabilities';
import { FakeEventSource } from './fakeEventSource';

const capabilities = webCapabilities;

const updateStatus: UpdateStatus = {
  state: 'up-to-date',
  currentVersion: '0.1.0',
  availableVersion: null,
  percent: null,
  lastCheckedAt: '2026-11-22T10:00:00.000Z',
  errorMessage: null,
};

/** A fetch that answers every request with `body` (JSON unless a string) and `status`. */
function answering(body: unknown, status = 200) {
  return vi.fn<FetchFunction>(() =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    ),
  );
}

afterEach(() => {
  FakeEventSource.opened.splice(0);
});

describe('createWebInvoke', () => {
  it('posts the payload as JSON to /ipc/<channel> with same-origin credentials', async () => {
    const fetchFn = answering({
      ok: true,
      value: { url: 'https://example.com/', openedBy: 'renderer' },
    });
    const invoke = createWebInvoke(fetchFn, 'http://127.0.0.1:5178');

    const result = await invoke('shell:open-external', { url: 'https://example.com' });

    expect(result).toEqual({
      ok: true,
      value: { url: 'https://example.com/', openedBy: 'renderer' },
    });
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:5178/ipc/shell:open-external');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe(JSON.stringify({ url: 'https://example.com' }));
  });

  it('passes an expected failure through', async () => {
    const invoke = createWebInvoke(
      answering({ ok: false, error: { code: 'blocked-url', message: 'file: is not allowed' } }),
    );
    expect(await invoke('shell:open-external', { url: 'file:///etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'blocked-url', message: 'file: is not allowed' },
    });
  });

  it('keeps the code of a failure sent with an error status', async () => {
    const invoke = createWebInvoke(
      answering({ ok: false, error: { code: 'invalid-payload', message: 'url: required' } }, 400),
    );
    expect(await invoke('shell:open-external', { url: '' })).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'url: required' },
    });
  });

  it('turns a network failure into transport-unavailable', async () => {
    const invoke = createWebInvoke(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await invoke('app:get-info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'transport-unavailable' } });
    expect(result.ok ? '' : result.error.message).toContain('Failed to fetch');
  });

  it('turns a 403 into transport-unavailable that explains the access token', async () => {
    const invoke = createWebInvoke(answering('Forbidden', 403));
    const result = await invoke('app:get-info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('transport-unavailable');
      expect(result.error.message).toMatch(/access token is missing or expired/u);
      expect(result.error.message).toContain('npm run web');
    }
  });

  it('turns an answer that is not JSON into transport-unavailable', async () => {
    const invoke = createWebInvoke(answering('<html>proxy error</html>'));
    expect(await invoke('platform:get-capabilities', {})).toMatchObject({
      ok: false,
      error: { code: 'transport-unavailable' },
    });
  });

  it('turns an error status without a result into transport-unavailable', async () => {
    const invoke = createWebInvoke(answering({ message: 'boom' }, 500));
    const result = await invoke('platform:get-capabilities', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'transport-unavailable' } });
    expect(result.ok ? '' : result.error.message).toContain('500');
  });

  it('refuses a success sent with an error status', async () => {
    const invoke = createWebInvoke(answering({ ok: true, value: capabilities }, 502));
    expect(await invoke('platform:get-capabilities', {})).toMatchObject({
      ok: false,
      error: { code: 'transport-unavailable' },
    });
  });

  it('refuses an answer that does not match the channel', async () => {
    const invoke = createWebInvoke(answering({ ok: true, value: { state: 'idle' } }));
    expect(await invoke('platform:get-capabilities', {})).toMatchObject({
      ok: false,
      error: { code: 'transport-unavailable' },
    });
    const unknownCode = createWebInvoke(
      answering({ ok: false, error: { code: 'teapot', message: '' } }),
    );
    expect(await unknownCode('platform:get-capabilities', {})).toMatchObject({
      ok: false,
      error: { code: 'transport-unavailable' },
    });
  });

  it('accepts an answer that matches the channel', async () => {
    const invoke = createWebInvoke(answering({ ok: true, value: capabilities }));
    expect(await invoke('platform:get-capabilities', {})).toEqual({
      ok: true,
      value: capabilities,
    });
  });
});

describe('createWebSubscribe', () => {
  it('opens one EventSource on /events for all listeners and closes it when the last leaves', () => {
    const subscribe = createWebSubscribe(FakeEventSource, 'http://127.0.0.1:5178');
    expect(FakeEventSource.opened).toHaveLength(0);

    const unsubscribeFirst = subscribe('updates:status', () => {});
    const unsubscribeSecond = subscribe('updates:status', () => {});
    expect(FakeEventSource.opened).toHaveLength(1);
    const source = FakeEventSource.opened[0];
    expect(source?.url).toBe('http://127.0.0.1:5178/events');
    expect(source?.listenerCount('updates:status')).toBe(2);

    unsubscribeFirst();
    unsubscribeFirst();
    expect(source?.isClosed).toBe(false);
    expect(source?.listenerCount('updates:status')).toBe(1);

    unsubscribeSecond();
    expect(source?.isClosed).toBe(true);
    expect(source?.listenerCount('updates:status')).toBe(0);

    subscribe('updates:status', () => {});
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[1]?.isClosed).toBe(false);
  });

  it('delivers parsed payloads of the subscribed channel', () => {
    const subscribe = createWebSubscribe(FakeEventSource);
    const received: UpdateStatus[] = [];
    subscribe('updates:status', (status) => received.push(status));

    FakeEventSource.opened[0]?.emit('updates:status', JSON.stringify(updateStatus));

    expect(received).toEqual([updateStatus]);
    expect(FakeEventSource.opened[0]?.url).toBe('/events');
  });

  it('drops bad JSON and payloads that break the schema without throwing', () => {
    const subscribe = createWebSubscribe(FakeEventSource);
    const listener = vi.fn();
    subscribe('updates:status', listener);
    const source = FakeEventSource.opened[0];

    expect(() => source?.emit('updates:status', '{not json')).not.toThrow();
    expect(() =>
      source?.emit('updates:status', JSON.stringify({ state: 'exploded' })),
    ).not.toThrow();
    expect(listener).not.toHaveBeenCalled();

    source?.emit('updates:status', JSON.stringify(updateStatus));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
