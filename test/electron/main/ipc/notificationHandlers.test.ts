import { describe, expect, it } from 'vitest';
import { dispatchInvoke } from '../../../../electron/main/ipc/dispatch';
import {
  registerElectronTransport,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../../electron/main/ipc/electronTransport';
import { createWebPlatform } from '../../../../electron/web/webPlatform';
import type { ShowNotificationInput } from '../../../../shared/ipc/contract';
import { createFakePlatform, createRecordingLogger, createTestHandlers } from './fakes';

/** Sends `payload` on `notifications:show-notification` through the one dispatch both transports use. */
function show(handlers: ReturnType<typeof createTestHandlers>['handlers'], payload: unknown) {
  return dispatchInvoke(
    handlers,
    'notifications:show-notification',
    payload,
    { transport: 'web' },
    createRecordingLogger(),
  );
}

const valid = {
  title: 'INC-0007: first statement overdue',
  body: 'Customer data exposed — the first statement was due at 15:04.\nOpen Crisis Room.',
};

describe('notifications:show-notification', () => {
  it('hands a valid notification to the platform and says who showed it', async () => {
    const platform = createFakePlatform();
    const { handlers } = createTestHandlers(platform);
    await expect(show(handlers, { ...valid, title: `  ${valid.title}  ` })).resolves.toEqual({
      ok: true,
      value: { shownBy: 'renderer' },
    });
    expect(platform.notified).toEqual([valid]);
  });

  it.each(['main', 'none'] as const)('passes on a platform that answers %s', async (shownBy) => {
    const notified: ShowNotificationInput[] = [];
    const platform = createFakePlatform({
      showNotification: async (input) => {
        notified.push(input);
        return shownBy;
      },
    });
    const { handlers } = createTestHandlers(platform);
    await expect(show(handlers, valid)).resolves.toEqual({ ok: true, value: { shownBy } });
    expect(notified).toHaveLength(1);
  });

  it.each([
    ['no title', { body: valid.body }],
    ['no body', { title: valid.title }],
    ['an empty title', { ...valid, title: '' }],
    ['a blank title', { ...valid, title: '   ' }],
    ['a title over 120 characters', { ...valid, title: 'x'.repeat(121) }],
    ['a body over 500 characters', { ...valid, body: 'x'.repeat(501) }],
    ['a title on two lines', { ...valid, title: 'INC-0007\nforged second line' }],
    ['a control character in the body', { ...valid, body: 'ring \u0007 the bell' }],
    ['a number for a title', { ...valid, title: 42 }],
    ['an extra field', { ...valid, icon: '/etc/passwd' }],
    ['an array', [valid]],
    ['nothing', undefined],
  ])('refuses %s without reaching the platform', async (_case, payload) => {
    const platform = createFakePlatform();
    const { handlers } = createTestHandlers(platform);
    await expect(show(handlers, payload)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(platform.notified).toEqual([]);
  });

  it('accepts the longest title and body allowed', async () => {
    const platform = createFakePlatform();
    const { handlers } = createTestHandlers(platform);
    const longest = { title: '逾'.repeat(120), body: '期'.repeat(500) };
    await expect(show(handlers, longest)).resolves.toMatchObject({ ok: true });
    expect(platform.notified).toEqual([longest]);
  });

  it('leaves notifications to the browser behind the web transport', async () => {
    const platform = createWebPlatform({
      appName: 'Crisis Room',
      appVersion: '1.2.3',
      dataDirectory: '/tmp/crisis-room-test',
    });
    const { handlers } = createTestHandlers(platform);
    await expect(show(handlers, valid)).resolves.toEqual({
      ok: true,
      value: { shownBy: 'renderer' },
    });
  });

  it('refuses a foreign sender over Electron IPC before the platform is asked', async () => {
    const platform = createFakePlatform();
    const { handlers, events, logger } = createTestHandlers(platform);
    const listeners = new Map<
      string,
      (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>
    >();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => listeners.set(channel, listener),
      removeHandler: (channel) => listeners.delete(channel),
    };
    registerElectronTransport({ ipcMain, handlers, events, listTargets: () => [], logger });
    const listener = listeners.get('notifications:show-notification');
    expect(listener).toBeDefined();
    await expect(
      listener?.({ senderFrame: { url: 'https://evil.example/' } }, valid),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(platform.notified).toEqual([]);
    await expect(
      listener?.({ senderFrame: { url: 'app://crisis-room/index.html' } }, valid),
    ).resolves.toEqual({ ok: true, value: { shownBy: 'renderer' } });
    expect(platform.notified).toEqual([valid]);
  });
});
