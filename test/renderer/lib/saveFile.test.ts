import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalLink } from '../../../renderer/src/lib/externalLinks';
import { saveTextFile, type SaveFileRequest } from '../../../renderer/src/lib/saveFile';
import { webCapabilities } from '../../../electron/main/platform/capabilities';
import { fail, ok } from '../../../shared/ipc/result';
import { installFakeMainProcess, type FakeMainProcess } from '../support/fakeBridge';

let mainProcess: FakeMainProcess;
const request: SaveFileRequest = {
  suggestedName: '事件報告.md',
  content: '# 事件報告\n個資外洩 🚨',
  mimeType: 'text/markdown;charset=utf-8',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
};

beforeAll(() => {
  mainProcess = installFakeMainProcess();
});
beforeEach(() => mainProcess.reset());
afterEach(() => vi.restoreAllMocks());

describe('saveTextFile', () => {
  it('uses the native save dialog when the main process has one', async () => {
    mainProcess.responders['files:save-file'] = () =>
      ok({ saved: true, path: '/home/lin/事件報告.md' });
    await expect(saveTextFile(request)).resolves.toEqual({
      kind: 'saved',
      path: '/home/lin/事件報告.md',
    });
    expect(mainProcess.calls.at(-1)).toEqual({
      channel: 'files:save-file',
      payload: {
        suggestedName: '事件報告.md',
        content: request.content,
        encoding: 'utf8',
        filters: request.filters,
      },
    });
  });

  it('treats a cancelled dialog as cancelled, and a failure as its code', async () => {
    await expect(saveTextFile(request)).resolves.toEqual({ kind: 'cancelled' });
    mainProcess.responders['files:save-file'] = () => fail('io-error', 'EACCES');
    await expect(saveTextFile(request)).resolves.toEqual({ kind: 'failed', code: 'io-error' });
  });

  it('downloads in the browser, with the exact text', async () => {
    mainProcess.responders['platform:get-capabilities'] = () => ok(webCapabilities);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    await expect(saveTextFile(request)).resolves.toEqual({
      kind: 'downloaded',
      fileName: '事件報告.md',
    });
    expect(clicks).toEqual([{ href: 'blob:test', download: '事件報告.md' }]);
    expect(await blobs[0]?.text()).toBe(request.content);
    expect(mainProcess.calls.map((call) => call.channel)).not.toContain('files:save-file');
  });
});

describe('openExternalLink', () => {
  it('lets the operating system open what the main process allowed', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await expect(openExternalLink('https://example.com')).resolves.toEqual({
      kind: 'opened',
      url: 'https://example.com',
    });
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the re-serialised URL itself in the browser, without an opener', async () => {
    mainProcess.responders['shell:open-external'] = () =>
      ok({ url: 'https://example.com/', openedBy: 'renderer' });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await openExternalLink('HTTPS://EXAMPLE.COM');
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', 'noopener,noreferrer');
  });

  it('opens nothing when the main process refuses', async () => {
    mainProcess.responders['shell:open-external'] = () => fail('blocked-url', 'scheme-not-allowed');
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await expect(openExternalLink('javascript:alert(1)')).resolves.toEqual({
      kind: 'refused',
      code: 'blocked-url',
      reason: 'scheme-not-allowed',
    });
    expect(open).not.toHaveBeenCalled();
  });
});
