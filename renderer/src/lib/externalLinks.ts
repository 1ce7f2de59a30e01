import type { IpcErrorCode } from '../../../shared/ipc/result';
import { getBridge } from '../ipc/client';

/** How opening a link ended. */
export type OpenLinkOutcome =
  { kind: 'opened'; url: string } | { kind: 'refused'; code: IpcErrorCode; reason: string };

/**
 * Opens a web, email or phone link the user chose (callers confirm first). The main process
 * decides whether the URL is allowed and re-serialises it; only that form is ever opened, by the
 * operating system (Electron) or by this browser tab in a new, opener-less window (web transport).
 */
export async function openExternalLink(url: string): Promise<OpenLinkOutcome> {
  const result = await getBridge().shellOpenExternal({ url });
  if (!result.ok) return { kind: 'refused', code: result.error.code, reason: result.error.message };
  if (result.value.openedBy === 'renderer') {
    window.open(result.value.url, '_blank', 'noopener,noreferrer');
  }
  return { kind: 'opened', url: result.value.url };
}
