import { describe, expect, it } from 'vitest';
import { dispatchInvoke } from '../../../../electron/main/ipc/dispatch';
import {
  registerElectronTransport,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../../electron/main/ipc/electronTransport';
import { createWebPlatform } from '../../../../electron/web/webPlatform';
import type { PrintToPdfInput, SaveFileOutput } from '../../../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';
import { createFakePlatform, createRecordingLogger, createTestHandlers } from './fakes';

/** Sends `payload` on `reports:print-to-pdf` through the one dispatch both transports use. */
function print(handlers: ReturnType<typeof createTestHandlers>['handlers'], payload: unknown) {
  return dispatchInvoke(
    handlers,
    'reports:print-to-pdf',
    payload,
    { transport: 'web' },
    createRecordingLogger(),
  );
}

/** A platform that records print requests and answers with `answer`. */
function recordingPlatform(answer: IpcResult<SaveFileOutput>) {
  const requests: PrintToPdfInput[] = [];
  const platform = createFakePlatform({
    printToPdf: async (input) => {
      requests.push(input);
      return answer;
    },
  });
  return { platform, requests };
}

const valid = { suggestedName: 'INC-0007 事件報告.pdf' };

describe('reports:print-to-pdf', () => {
  it('hands the file name to the platform and returns where the PDF was saved', async () => {
    const { platform, requests } = recordingPlatform(
      ok({ saved: true, path: '/home/lin/Documents/INC-0007 事件報告.pdf' }),
    );
    const { handlers } = createTestHandlers(platform);
    await expect(print(handlers, valid)).resolves.toEqual({
      ok: true,
      value: { saved: true, path: '/home/lin/Documents/INC-0007 事件報告.pdf' },
    });
    expect(requests).toEqual([valid]);
  });

  it('passes on a cancelled dialog and a failed write as values', async () => {
    const cancelled = recordingPlatform(ok({ saved: false }));
    await expect(print(createTestHandlers(cancelled.platform).handlers, valid)).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
    const failed = recordingPlatform(fail('io-error', 'EACCES: permission denied'));
    await expect(print(createTestHandlers(failed.platform).handlers, valid)).resolves.toEqual({
      ok: false,
      error: { code: 'io-error', message: 'EACCES: permission denied' },
    });
  });

  it.each([
    ['a path', { suggestedName: '../../etc/passwd.pdf' }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\report.pdf' }],
    ['a parent folder', { suggestedName: '..' }],
    ['an empty name', { suggestedName: '' }],
    ['a control character', { suggestedName: 'report\u0000.pdf' }],
    ['a name over 200 characters', { suggestedName: `${'x'.repeat(197)}.pdf` }],
    ['content besides the name', { ...valid, content: '%PDF-1.7' }],
    ['no name', {}],
    ['an array', [valid]],
    ['nothing', undefined],
  ])('refuses %s without reaching the platform', async (_case, payload) => {
    const { platform, requests } = recordingPlatform(ok({ saved: false }));
    const { handlers } = createTestHandlers(platform);
    await expect(print(handlers, payload)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(requests).toEqual([]);
  });

  it('refuses an answer outside the contract', async () => {
    const { platform } = recordingPlatform(ok({ saved: true } as never));
    const { handlers } = createTestHandlers(platform);
    await expect(print(handlers, valid)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('answers unsupported behind the web transport (the browser prints itself)', async () => {
    const platform = createWebPlatform({
      appName: 'Crisis Room',
      appVersion: '1.2.3',
      dataDirectory: '/tmp/crisis-room-test',
    });
    expect(platform.capabilities.printToPdf).toBe(false);
    const { handlers } = createTestHandlers(platform);
    await expect(print(handlers, valid)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('refuses a foreign sender over Electron IPC before the platform is asked', async () => {
    const { platform, requests } = recordingPlatform(ok({ saved: false }));
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
    const listener = listeners.get('reports:print-to-pdf');
    expect(listener).toBeDefined();
    await expect(
      listener?.({ senderFrame: { url: 'https://evil.example/' } }, valid),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(requests).toEqual([]);
    await expect(
      listener?.({ senderFrame: { url: 'app://crisis-room/index.html' } }, valid),
    ).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(requests).toEqual([valid]);
  });
});
