import type { IpcResult } from '../../../shared/ipc/result';
import { fail, ok } from '../../../shared/ipc/result';
import type { Platform } from '../platform/platform';
import { decideExternalUrl } from '../security/externalUrl';

/** Opens links the user chose, after the allowlist decision. */
export interface ExternalLinkService {
  open(url: string): Promise<IpcResult<{ url: string; openedBy: 'system' | 'renderer' }>>;
}

/**
 * Every external link goes through here: the URL is checked by {@link decideExternalUrl} and only
 * its re-serialised form is handed to the platform. A refusal says why (`blocked-url` + reason).
 */
export function createExternalLinkService(platform: Platform): ExternalLinkService {
  return {
    open: async (url) => {
      const decision = decideExternalUrl(url);
      if (!decision.allowed) return fail('blocked-url', decision.reason);
      const openedBy = await platform.openExternal(decision.url);
      return ok({ url: decision.url, openedBy });
    },
  };
}
