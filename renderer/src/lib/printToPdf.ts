import type { IpcErrorCode } from '../../../shared/ipc/result';
import { getBridge } from '../ipc/client';

/** How a PDF export ended. A cancelled save dialog is not an error. */
export type PdfExportOutcome =
  | { kind: 'saved'; path: string }
  /** The browser's print dialog was opened; the user saves the PDF (or prints) from there. */
  | { kind: 'print-dialog' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; code: IpcErrorCode };

/**
 * Exports the page on screen (a report) as PDF: the desktop app prints it natively and asks where
 * to save it (`suggestedName` is offered); the browser version has no native printing, so it opens
 * the browser's print dialog, where "Save as PDF" is one of the destinations. Every outcome is a
 * value.
 */
export async function exportPdf(suggestedName: string): Promise<PdfExportOutcome> {
  const bridge = getBridge();
  const capabilities = await bridge.platformGetCapabilities({});
  if (!capabilities.ok) return { kind: 'failed', code: capabilities.error.code };
  if (!capabilities.value.printToPdf) {
    window.print();
    return { kind: 'print-dialog' };
  }
  const result = await bridge.reportsPrintToPdf({ suggestedName });
  if (!result.ok) return { kind: 'failed', code: result.error.code };
  return result.value.saved ? { kind: 'saved', path: result.value.path } : { kind: 'cancelled' };
}
