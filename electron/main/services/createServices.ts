import type { EventHub } from '../ipc/eventHub';
import type { Logger } from '../lib';
import type { Platform } from '../platform/platform';
import { createAppInfoService, type AppInfoService } from './appInfoService';
import { createExternalLinkService, type ExternalLinkService } from './externalLinkService';
import { createUpdateService, type UpdateService } from './updates/updateService';

/** Every main-side service, built once per process and shared by both transports' handler table. */
export interface Services {
  platform: Platform;
  appInfo: AppInfoService;
  links: ExternalLinkService;
  updates: UpdateService;
}

/** Builds the services over a platform; events they push go through the hub. */
export function createServices(platform: Platform, events: EventHub, logger: Logger): Services {
  return {
    platform,
    appInfo: createAppInfoService(platform, new Date()),
    links: createExternalLinkService(platform),
    updates: createUpdateService({
      updater: platform.createUpdater(),
      currentVersion: platform.appVersion,
      isOnline: () => platform.isOnline(),
      onStatus: (status) => events.emit('updates:status', status),
      logger,
    }),
  };
}
