/** Facts about a release, as electron-updater reports them. */
export interface ReleaseInfo {
  version: string;
}

/** Download progress, as electron-updater reports it. */
export interface DownloadProgress {
  percent: number;
}

/** Listeners the update service attaches. */
export interface UpdaterListeners {
  onChecking(): void;
  onAvailable(info: ReleaseInfo): void;
  onNotAvailable(info: ReleaseInfo): void;
  onProgress(progress: DownloadProgress): void;
  onDownloaded(info: ReleaseInfo): void;
  onError(error: unknown): void;
}

/**
 * The part of electron-updater's `AppUpdater` the update service uses, so the service runs in
 * plain Node and tests drive a fake. The Electron platform adapts the real `autoUpdater`.
 */
export interface UpdaterLike {
  /** Applies the service's fixed policy: download in the background, install only on request, never downgrade. */
  configure(policy: {
    autoDownload: boolean;
    autoInstallOnAppQuit: boolean;
    allowDowngrade: boolean;
    allowPrerelease: boolean;
  }): void;
  listen(listeners: UpdaterListeners): void;
  /** Resolves when the check is done (a download may go on and reports through the listeners). */
  checkForUpdates(): Promise<void>;
  quitAndInstall(): void;
}
