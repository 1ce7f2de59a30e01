import { ok } from '../../../shared/ipc/result';
import type { Services } from '../services/createServices';
import type { HandlerTable } from './dispatch';

/**
 * The one handler table both transports serve. Handlers only translate between the contract and
 * the services: validation happens before them (dispatch) and rules live in the services.
 */
export function createHandlerTable(services: Services): HandlerTable {
  const { platform, appInfo, links, updates } = services;
  return {
    'app:get-info': async () => ok(appInfo.getInfo()),
    'platform:get-capabilities': async () => ok(platform.capabilities),
    'files:save-file': async (payload) => platform.saveFile(payload),
    'shell:open-external': async ({ url }) => links.open(url),
    'updates:get-status': async () => ok(updates.getStatus()),
    'updates:check-now': async () => ok(await updates.checkNow()),
    'updates:install-now': async () => ok(updates.installNow()),
  };
}
