import type { IpcErrorCode } from '../../../shared/ipc/result';
import { getBridge } from '../ipc/client';

/** What the user is offered to save. */
export type SaveFileRequest = {
  /** A plain file name; the user can change it in the save dialog. */
  suggestedName: string;
  content: string;
  /** MIME type for the browser download, e.g. `text/markdown;charset=utf-8`. */
  mimeType: string;
  /** Save-dialog filters, e.g. `[{ name: 'Markdown', extensions: ['md'] }]`. */
  filters: ReadonlyArray<{ name: string; extensions: readonly string[] }>;
};

/** How a save ended. A cancelled dialog is not an error. */
export type SaveFileOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; code: IpcErrorCode };

/** Starts a browser download of `content` (the web transport has no save dialog). */
function download(request: SaveFileRequest): SaveFileOutcome {
  const url = URL.createObjectURL(new Blob([request.content], { type: request.mimeType }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = request.suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke on the next task: Chromium reads the blob when the click's navigation starts.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return { kind: 'downloaded', fileName: request.suggestedName };
}

/**
 * Saves a text file where the user chooses: through the native save dialog when the main process
 * has one (Electron), otherwise as a browser download. Every outcome is a value.
 */
export async function saveTextFile(request: SaveFileRequest): Promise<SaveFileOutcome> {
  const bridge = getBridge();
  const capabilities = await bridge.platformGetCapabilities({});
  if (!capabilities.ok) return { kind: 'failed', code: capabilities.error.code };
  if (!capabilities.value.saveDialog) return download(request);
  const result = await bridge.filesSaveFile({
    suggestedName: request.suggestedName,
    content: request.content,
    encoding: 'utf8',
    filters: request.filters.map((filter) => ({
      name: filter.name,
      extensions: [...filter.extensions],
    })),
  });
  if (!result.ok) return { kind: 'failed', code: result.error.code };
  return result.value.saved ? { kind: 'saved', path: result.value.path } : { kind: 'cancelled' };
}
