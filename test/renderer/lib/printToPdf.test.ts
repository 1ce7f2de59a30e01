import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPdf } from '../../../renderer/src/lib/printToPdf';
import { webCapabilities } from '../../../electron/main/platform/capabilities';
import { fail, ok } from '../../../shared/ipc/result';
import { installFakeMainProcess, type FakeMainProcess } from '../support/fakeBridge';

let mainProcess: FakeMainProcess;

beforeAll(() => {
  mainProcess = installFakeMainProcess();
});
beforeEach(() => mainProcess.reset());
afterEach(() => vi.restoreAllMocks());

describe('exportPdf', () => {
  it('prints natively and saves where the user chose when the main process can', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    mainProcess.responders['reports:print-to-pdf'] = () =>
      ok({ saved: true, path: '/home/lin/Documents/INC-0007 事件報告.pdf' });
    await expect(exportPdf('INC-0007 事件報告.pdf')).resolves.toEqual({
      kind: 'saved',
      path: '/home/lin/Documents/INC-0007 事件報告.pdf',
    });
    expect(mainProcess.calls.at(-1)).toEqual({
      channel: 'reports:print-to-pdf',
      payload: { suggestedName: 'INC-0007 事件報告.pdf' },
    });
    expect(print).not.toHaveBeenCalled();
  });

  it('treats a cancelled dialog as cancelled, and a failure as its code', async () => {
    await expect(exportPdf('report.pdf')).resolves.toEqual({ kind: 'cancelled' });
    mainProcess.responders['reports:print-to-pdf'] = () => fail('io-error', 'EACCES');
    await expect(exportPdf('report.pdf')).resolves.toEqual({ kind: 'failed', code: 'io-error' });
  });

  it("opens the browser's print dialog where there is no native printing", async () => {
    mainProcess.responders['platform:get-capabilities'] = () => ok(webCapabilities);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await expect(exportPdf('report.pdf')).resolves.toEqual({ kind: 'print-dialog' });
    expect(print).toHaveBeenCalledTimes(1);
    expect(mainProcess.calls.map((call) => call.channel)).not.toContain('reports:print-to-pdf');
  });

  it('fails without printing when the capabilities cannot be read', async () => {
    mainProcess.responders['platform:get-capabilities'] = () =>
      fail('transport-unavailable', 'closed');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await expect(exportPdf('report.pdf')).resolves.toEqual({
      kind: 'failed',
      code: 'transport-unavailable',
    });
    expect(print).not.toHaveBeenCalled();
  });
});
