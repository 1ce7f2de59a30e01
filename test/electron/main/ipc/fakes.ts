import { EventHub } from '../../../../electron/main/ipc/eventHub';
import { createHandlerTable } from '../../../../electron/main/ipc/handlers';
import type { Logger } from '../../../../electron/main/lib';
import { webCapabilities } from '../../../../electron/main/platform/capabilities';
import type { Platform } from '../../../../electron/main/platform/platform';
import { createServices } from '../../../../electron/main/services/createServices';
import { ok } from '../../../../shared/ipc/result';

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

/** A platform fake at the process boundary: records what it was asked to open or save. */
export function createFakePlatform(
  overrides: Partial<Platform> = {},
): Platform & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    transport: 'web',
    capabilities: webCapabilities,
    appName: 'Crisis Room',
    appVersion: '1.2.3',
    os: 'TestOS 1',
    versions: { node: process.versions.node, electron: null, chrome: null },
    dataDirectory: '/tmp/crisis-room-test',
    saveFile: async () => ok({ saved: false }),
    openExternal: async (url) => {
      opened.push(url);
      return 'renderer';
    },
    isOnline: () => true,
    createUpdater: () => null,
    ...overrides,
  };
}

/** The real handler table over real services and a fake platform. */
export function createTestHandlers(platform: Platform = createFakePlatform()) {
  const logger = createRecordingLogger();
  const events = new EventHub(logger);
  const services = createServices(platform, events, logger);
  return { handlers: createHandlerTable(services), events, logger, services };
}
