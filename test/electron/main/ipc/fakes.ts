import { EventHub } from '../../../../electron/main/ipc/eventHub';
import { createHandlerTable } from '../../../../electron/main/ipc/handlers';
import type { Logger } from '../../../../electron/main/lib';
import { webCapabilities } from '../../../../electron/main/platform/capabilities';
import type { Platform } from '../../../../electron/main/platform/platform';
import type { ShowNotificationInput } from '../../../../shared/ipc/contract';
import {
  createServices,
  type ServiceOverrides,
} from '../../../../electron/main/services/createServices';
import type { HostListener } from '../../../../electron/main/services/monitoring/hostWatcher';
import { ok } from '../../../../shared/ipc/result';
import type { HostEventKind } from '../../../../shared/monitoring/records';

/** A logger that keeps what it was told, so tests can assert on warnings. */
export function createRecordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
  };
}

/** What a test can do to the fake host: put it to sleep, wake it, take the network away. */
export interface FakeHostControls {
  /** Fires a host event to every watcher, and updates `isOnline` for `online`/`offline`. */
  fireHost(kind: HostEventKind, at?: number): void;
  /** How many host watchers are subscribed. */
  hostWatcherCount(): number;
}

/**
 * A platform fake at the process boundary: records what it was asked to open or notify, and lets
 * the test play host events (sleep, wake, offline, online).
 */
export function createFakePlatform(
  overrides: Partial<Platform> = {},
): Platform & { opened: string[]; notified: ShowNotificationInput[] } & FakeHostControls {
  const opened: string[] = [];
  const notified: ShowNotificationInput[] = [];
  const watchers = new Set<HostListener>();
  let isOnline = true;
  return {
    opened,
    notified,
    fireHost: (kind, at = Date.now()) => {
      if (kind === 'online' || kind === 'offline') isOnline = kind === 'online';
      for (const listener of [...watchers]) listener({ kind, at });
    },
    hostWatcherCount: () => watchers.size,
    transport: 'web',
    capabilities: webCapabilities,
    appName: 'Crisis Room',
    appVersion: '1.2.3',
    os: 'TestOS 1',
    versions: { node: process.versions.node, electron: null, chrome: null },
    dataDirectory: '/tmp/crisis-room-test',
    saveFile: async () => ok({ saved: false }),
    printToPdf: async () => ok({ saved: false }),
    openExternal: async (url) => {
      opened.push(url);
      return 'renderer';
    },
    showNotification: async (input) => {
      notified.push(input);
      return 'renderer';
    },
    isOnline: () => isOnline,
    watchHost: (listener) => {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    createUpdater: () => null,
    ...overrides,
  };
}

/**
 * The real handler table over real services and a fake platform; `overrides` replaces the
 * monitoring engine's network and parsing seams, clock or random source.
 */
export function createTestHandlers(
  platform: Platform = createFakePlatform(),
  overrides: ServiceOverrides = {},
) {
  const logger = createRecordingLogger();
  const events = new EventHub(logger);
  const services = createServices(platform, events, logger, overrides);
  return { handlers: createHandlerTable(services), events, logger, services };
}
