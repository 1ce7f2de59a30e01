import type { DownloadProgress, ReleaseInfo, UpdaterLike } from './updaterLike';

/**
 * The part of electron-updater's `AppUpdater` the adapter touches, typed structurally so the
 * adapter is tested with a plain EventEmitter fake instead of the real module (which needs
 * Electron).
 */
export interface AppUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  logger: unknown;
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(
    event: 'update-available' | 'update-not-available' | 'update-downloaded',
    listener: (info: ReleaseInfo) => void,
  ): unknown;
  on(event: 'download-progress', listener: (progress: DownloadProgress) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<{ downloadPromise?: Promise<unknown> | null } | null>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

/**
 * Adapts electron-updater's `autoUpdater` to {@link UpdaterLike}. Two traps of the real updater
 * are closed here: an 'error' event without a listener would crash the main process, and with
 * autoDownload the check resolves with a `downloadPromise` that rejects on its own when the
 * network drops mid-download — it is caught here because the same failure also arrives as an
 * 'error' event, which the update service records.
 */
export function adaptAutoUpdater(updater: AppUpdaterLike): UpdaterLike {
  return {
    configure: (policy) => {
      updater.autoDownload = policy.autoDownload;
      updater.autoInstallOnAppQuit = policy.autoInstallOnAppQuit;
      updater.allowDowngrade = policy.allowDowngrade;
      updater.allowPrerelease = policy.allowPrerelease;
      updater.logger = null;
    },
    listen: (listeners) => {
      updater.on('checking-for-update', () => listeners.onChecking());
      updater.on('update-available', (info) => listeners.onAvailable(info));
      updater.on('update-not-available', (info) => listeners.onNotAvailable(info));
      updater.on('download-progress', (progress) => listeners.onProgress(progress));
      updater.on('update-downloaded', (info) => listeners.onDownloaded(info));
      updater.on('error', (error) => listeners.onError(error));
    },
    checkForUpdates: async () => {
      const result = await updater.checkForUpdates();
      result?.downloadPromise?.catch(() => undefined);
    },
    quitAndInstall: () => updater.quitAndInstall(false, true),
  };
}
