import os from 'node:os';
import { fail } from '../../shared/ipc/result';
import { webCapabilities } from '../main/platform/capabilities';
import type { Platform } from '../main/platform/platform';
import { systemClock } from '../main/services/monitoring/clock';
import { createHostWatcher } from '../main/services/monitoring/hostWatcher';

/** Facts the web platform needs from its entry point. */
export interface WebPlatformOptions {
  appName: string;
  appVersion: string;
  dataDirectory: string;
}

/**
 * The platform behind `npm run web`: plain Node, no windows. The browser saves files as downloads,
 * opens approved links itself and shows notifications with the Notification API, so those
 * abilities are reported as absent and the renderer takes them over. Sleep and network changes
 * are guessed from plain Node (clock drift, network interfaces).
 */
export function createWebPlatform(options: WebPlatformOptions): Platform {
  const host = createHostWatcher({ clock: systemClock });
  return {
    transport: 'web',
    capabilities: webCapabilities,
    appName: options.appName,
    appVersion: options.appVersion,
    os: `${os.type()} ${os.release()} (${process.arch})`,
    versions: { node: process.versions.node, electron: null, chrome: null },
    dataDirectory: options.dataDirectory,
    saveFile: async () => fail('unsupported', 'The browser version saves files as downloads'),
    printToPdf: async () =>
      fail('unsupported', "The browser version prints to PDF through the browser's print dialog"),
    openExternal: async () => 'renderer',
    showNotification: async () => 'renderer',
    isOnline: () => host.isOnline(),
    watchHost: (listener) => host.watch(listener),
    createUpdater: () => null,
  };
}
