import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showDesktopNotification } from '../../../renderer/src/lib/desktopNotification';
import { invokeContract } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/result';
import { installFakeMainProcess } from '../support/fakeBridge';

const mainProcess = installFakeMainProcess();

/** What the fake browser was asked: permission requests and notifications shown. */
type BrowserLog = { requests: number; shown: { title: string; body: string | undefined }[] };

/**
 * Puts a stand-in for the browser's Notification API on the global (jsdom has none): permission
 * starts as `permission` and a request is answered with `answer`.
 */
function installBrowserNotifications(
  permission: NotificationPermission,
  answer: NotificationPermission = permission,
): BrowserLog {
  const log: BrowserLog = { requests: 0, shown: [] };
  class FakeNotification {
    static permission: NotificationPermission = permission;
    static requestPermission(): Promise<NotificationPermission> {
      log.requests += 1;
      FakeNotification.permission = answer;
      return Promise.resolve(answer);
    }
    constructor(title: string, options?: NotificationOptions) {
      log.shown.push({ title, body: options?.body });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return log;
}

const text = { title: 'INC-0007: First statement is overdue', body: 'Customer data exposed' };

beforeEach(() => {
  mainProcess.reset();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('showDesktopNotification', () => {
  it('lets the main process show it in the desktop app, without asking the browser', async () => {
    const browser = installBrowserNotifications('default', 'granted');
    await expect(showDesktopNotification(text)).resolves.toBe('shown-by-system');
    expect(mainProcess.calls).toEqual([
      { channel: 'notifications:show-notification', payload: text },
    ]);
    expect(browser).toEqual({ requests: 0, shown: [] });
  });

  it('asks the browser for permission on first use behind the web transport, then shows it', async () => {
    mainProcess.responders['notifications:show-notification'] = () => ok({ shownBy: 'renderer' });
    const browser = installBrowserNotifications('default', 'granted');
    await expect(showDesktopNotification(text)).resolves.toBe('shown-by-browser');
    await expect(showDesktopNotification(text)).resolves.toBe('shown-by-browser');
    expect(browser.requests).toBe(1);
    expect(browser.shown).toEqual([text, text]);
  });

  it.each([
    ['permission is refused', () => installBrowserNotifications('default', 'denied')],
    ['permission was refused before', () => installBrowserNotifications('denied')],
  ])('shows nothing when %s', async (_case, install) => {
    mainProcess.responders['notifications:show-notification'] = () => ok({ shownBy: 'renderer' });
    const browser = install();
    await expect(showDesktopNotification(text)).resolves.toBe('not-shown');
    expect(browser.shown).toEqual([]);
  });

  it('shows nothing, and throws nothing, where the browser has no Notification API', async () => {
    mainProcess.responders['notifications:show-notification'] = () => ok({ shownBy: 'renderer' });
    vi.stubGlobal('Notification', undefined);
    await expect(showDesktopNotification(text)).resolves.toBe('not-shown');
  });

  it('shows nothing when the main process cannot or the transport is down', async () => {
    const browser = installBrowserNotifications('granted');
    mainProcess.responders['notifications:show-notification'] = () => ok({ shownBy: 'none' });
    await expect(showDesktopNotification(text)).resolves.toBe('not-shown');
    mainProcess.responders['notifications:show-notification'] = () =>
      fail('transport-unavailable', 'gone');
    await expect(showDesktopNotification(text)).resolves.toBe('not-shown');
    expect(browser.shown).toEqual([]);
  });

  it('fits user-typed text to what the channel accepts', async () => {
    await showDesktopNotification({
      title: `INC-0007: Deadline: Notify\nthe\tregulator ${'長'.repeat(200)}`,
      body: `Line one\r\nLine two\u0007 ${'x'.repeat(600)}`,
    });
    const [call] = mainProcess.calls;
    const parsed = invokeContract['notifications:show-notification'].input.safeParse(call?.payload);
    expect(parsed.success).toBe(true);
    const payload = { title: '', body: '', ...parsed.data };
    expect(payload.title.startsWith('INC-0007: Deadline: Notify the regulator 長')).toBe(true);
    expect(payload.title).toHaveLength(120);
    expect(payload.title.endsWith('…')).toBe(true);
    expect(payload.body.startsWith('Line one\nLine two  x')).toBe(true);
    expect(payload.body).toHaveLength(500);
  });
});
