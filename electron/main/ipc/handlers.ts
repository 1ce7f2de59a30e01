import { maxPendingRecordsPerCall } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/result';
import type { Services } from '../services/createServices';
import type { HandlerTable } from './dispatch';

/**
 * The one handler table both transports serve. Handlers only translate between the contract and
 * the services: validation happens before them (dispatch) and rules live in the services.
 */
export function createHandlerTable(services: Services): HandlerTable {
  const { platform, appInfo, links, updates, monitoring } = services;
  return {
    'app:get-info': async () => ok(appInfo.getInfo()),
    'platform:get-capabilities': async () => ok(platform.capabilities),
    'files:save-file': async (payload) => platform.saveFile(payload),
    'shell:open-external': async ({ url }) => links.open(url),
    'reports:print-to-pdf': async (payload) => platform.printToPdf(payload),
    'notifications:show-notification': async (payload) =>
      ok({ shownBy: await platform.showNotification(payload) }),
    'updates:get-status': async () => ok(updates.getStatus()),
    'updates:check-now': async () => ok(await updates.checkNow()),
    'updates:install-now': async () => ok(updates.installNow()),
    'monitoring:set-sources': async ({ sources }) => ok(await monitoring.setSources(sources)),
    'monitoring:set-rules': async (payload) => {
      const outcome = monitoring.setRules(payload);
      return outcome.isApplied ? ok(outcome.summary) : fail('invalid-payload', outcome.message);
    },
    'monitoring:get-status': async () => ok(await monitoring.getStatus()),
    'monitoring:run-now': async ({ sourceId }) => ok(await monitoring.runNow(sourceId)),
    'monitoring:test-source': async ({ source }) => ok(await monitoring.testSource(source)),
    'monitoring:get-pending': async ({ afterId }) =>
      ok(await monitoring.getPending(afterId, maxPendingRecordsPerCall)),
    'monitoring:ack-records': async ({ ids }) =>
      ok({ pendingRecords: await monitoring.ackRecords(ids) }),
  };
}
