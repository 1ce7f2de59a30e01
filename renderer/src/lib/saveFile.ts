import type { IpcErrorCode } from '../../../shared/ipc/result';
import type { MessageKey } from '../i18n/messageKeys';
import { getBridge } from '../ipc/client';
import type { NoticeInput } from '../stores/slices/noticesSlice';

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

/**
 * The notice that tells how a save ended: where the file was saved or under which name it was
 * downloaded (with the caller's messages), or why it failed; null for a cancelled dialog.
 */
export function saveOutcomeNotice(
  outcome: SaveFileOutcome,
  messages: { savedKey: MessageKey; downloadedKey: MessageKey },
): NoticeInput | null {
  switch (outcome.kind) {
    case 'saved':
      return { kind: 'success', messageKey: messages.savedKey, params: { path: outcome.path } };
    case 'downloaded':
      return {
        kind: 'success',
        messageKey: messages.downloadedKey,
        params: { fileName: outcome.fileName },
      };
    case 'failed':
      return { kind: 'error', messageKey: `errors.${outcome.code}` };
    case 'cancelled':
      return null;
  }
}
