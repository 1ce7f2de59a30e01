import type { EventHub } from '../ipc/eventHub';
import type { Logger } from '../lib';
import type { Platform } from '../platform/platform';
import { createAppInfoService, type AppInfoService } from './appInfoService';
import { createExternalLinkService, type ExternalLinkService } from './externalLinkService';
import type { Clock } from './monitoring/clock';
import { createHttpFetcher, monitoringUserAgent } from './monitoring/fetch';
import { createIngester } from './monitoring/ingest';
import { createMonitoringService, type MonitoringService } from './monitoring/monitoringService';
import type { HttpFetcher, Ingester } from './monitoring/types';
import { createUpdateService, type UpdateService } from './updates/updateService';

/** Every main-side service, built once per process and shared by both transports' handler table. */
export interface Services {
  platform: Platform;
  appInfo: AppInfoService;
  links: ExternalLinkService;
  updates: UpdateService;
  monitoring: MonitoringService;
}

/**
 * Replacements for the parts of services that reach beyond the process (tests only): the
 * monitoring engine's network and parsing seams, its clock and its random source.
 */
export interface ServiceOverrides {
  monitoring?: {
    fetcher?: HttpFetcher & { close?: () => Promise<void> };
    ingester?: Ingester;
    clock?: Clock;
    random?: () => number;
  };
}

/**
 * Builds the services over a platform; events they push go through the hub. Building touches no
 * disk and no network: the entry point starts the long-running services (`updates.start()`,
 * `monitoring.start()`) and stops them on shutdown. The monitoring service opens its outbox
 * lazily, so a handler that needs it waits for the replay instead of answering from nothing.
 */
export function createServices(
  platform: Platform,
  events: EventHub,
  logger: Logger,
  overrides: ServiceOverrides = {},
): Services {
  const monitoringOverrides = overrides.monitoring ?? {};
  const fetcher =
    monitoringOverrides.fetcher ??
    createHttpFetcher({ userAgent: monitoringUserAgent(platform.appVersion) });
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
    monitoring: createMonitoringService({
      dataDirectory: platform.dataDirectory,
      events,
      logger,
      fetcher,
      ingester: monitoringOverrides.ingester ?? createIngester(),
      isOnline: () => platform.isOnline(),
      watchHost: (listener) => platform.watchHost(listener),
      ...(monitoringOverrides.clock === undefined ? {} : { clock: monitoringOverrides.clock }),
      ...(monitoringOverrides.random === undefined ? {} : { random: monitoringOverrides.random }),
      onStopped: () => fetcher.close?.(),
    }),
  };
}
