import semver from 'semver';
import type { UpdateStatus } from '../../../../shared/ipc/contract';
import { describeError, errorCode, type Logger } from '../../lib';
import type { UpdaterLike } from './updaterLike';

/** Default time between scheduled checks. */
export const defaultUpdateIntervalMs = 6 * 60 * 60 * 1000;
/** Default delay of the first check after start-up, to stay out of the way of launch. */
export const defaultFirstCheckDelayMs = 2 * 60 * 1000;

const offlineCodes = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ERR_NETWORK_IO_SUSPENDED',
]);

/** True when an updater error means "no network", which is normal for this app and stays quiet. */
export function isOfflineError(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && offlineCodes.has(code)) return true;
  const text = describeError(error);
  return /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NETWORK_CHANGED|CONNECTION_|ADDRESS_UNREACHABLE|PROXY_CONNECTION_FAILED|TIMED_OUT)|ENOTFOUND|EAI_AGAIN|getaddrinfo|fetch failed/u.test(
    text,
  );
}

/** Longest an update check may take before it counts as failed (a hung check would stop the schedule). */
export const defaultCheckTimeoutMs = 2 * 60 * 1000;

/** Timer functions, injectable so tests run the schedule on fake time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
}

/** Everything the update service needs. */
export interface UpdateServiceOptions {
  updater: UpdaterLike | null;
  currentVersion: string;
  isOnline: () => boolean;
  onStatus: (status: UpdateStatus) => void;
  logger: Logger;
  now?: () => Date;
  timers?: Timers;
  intervalMs?: number;
  firstCheckDelayMs?: number;
  checkTimeoutMs?: number;
}

/** The update flow as the rest of the app sees it. */
export interface UpdateService {
  getStatus(): UpdateStatus;
  /** Checks now unless offline or already checking; never rejects. */
  checkNow(): Promise<UpdateStatus>;
  /** Installs a downloaded, newer update (quits the app); otherwise changes nothing. */
  installNow(): UpdateStatus;
  /** Starts the schedule: first check after a delay, then every interval, only when online. */
  start(): void;
  stop(): void;
}

/**
 * Checks for updates on a schedule and only when online, downloads in the background, and leaves
 * the moment of installing to the user. Offline and network failures never surface as dialogs or
 * unhandled rejections: they become a quiet `offline` state. A release that is not newer than the
 * running version is never offered or installed (downgrades delete IndexedDB in Electron).
 */
export function createUpdateService(options: UpdateServiceOptions): UpdateService {
  const { updater, currentVersion, isOnline, onStatus, logger } = options;
  const now = options.now ?? (() => new Date());
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  };
  const checkTimeoutMs = options.checkTimeoutMs ?? defaultCheckTimeoutMs;
  const intervalMs = options.intervalMs ?? defaultUpdateIntervalMs;
  const firstCheckDelayMs = options.firstCheckDelayMs ?? defaultFirstCheckDelayMs;

  let status: UpdateStatus = {
    state: updater === null ? 'unsupported' : 'idle',
    currentVersion,
    availableVersion: null,
    percent: null,
    lastCheckedAt: null,
    errorMessage: null,
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by start/stop, so a check still running from an earlier schedule cannot re-arm it. */
  let scheduleGeneration = 0;
  let isChecking = false;
  /** An 'error' event seen during a check; the check's own outcome reports it, once. */
  let errorDuringCheck: unknown = null;

  const update = (change: Partial<UpdateStatus>) => {
    status = { ...status, ...change };
    onStatus(status);
  };
  const isNewer = (version: string) =>
    semver.valid(version) !== null && semver.gt(version, currentVersion);
  const recordFailure = (error: unknown) => {
    const lastCheckedAt = now().toISOString();
    if (isOfflineError(error)) {
      update({ state: 'offline', lastCheckedAt, errorMessage: null, percent: null });
    } else {
      logger.warn(`update check failed: ${describeError(error)}`);
      update({
        state: 'error',
        lastCheckedAt,
        errorMessage: describeError(error).slice(0, 300),
        percent: null,
      });
    }
  };

  if (updater !== null) {
    updater.configure({
      autoDownload: true,
      autoInstallOnAppQuit: false,
      allowDowngrade: false,
      allowPrerelease: semver.prerelease(currentVersion) !== null,
    });
    updater.listen({
      onChecking: () => update({ state: 'checking', errorMessage: null }),
      onAvailable: (info) => {
        if (isNewer(info.version))
          update({ state: 'downloading', availableVersion: info.version, percent: 0 });
        else update({ state: 'up-to-date', availableVersion: null, percent: null });
      },
      onNotAvailable: () => update({ state: 'up-to-date', availableVersion: null, percent: null }),
      onProgress: (progress) => {
        if (status.state === 'downloading')
          update({ percent: Math.max(0, Math.min(100, progress.percent)) });
      },
      onDownloaded: (info) => {
        if (isNewer(info.version)) {
          update({ state: 'downloaded', availableVersion: info.version, percent: 100 });
        } else {
          update({ state: 'up-to-date', availableVersion: null, percent: null });
        }
      },
      onError: (error) => {
        if (isChecking) errorDuringCheck = error;
        else recordFailure(error);
      },
    });
  }

  const checkNow = async (): Promise<UpdateStatus> => {
    if (updater === null) {
      // Still answer on the event channel, so every window learns the outcome of the request.
      onStatus(status);
      return status;
    }
    if (!isOnline()) {
      update({ state: 'offline', errorMessage: null });
      return status;
    }
    if (isChecking || status.state === 'downloading' || status.state === 'downloaded')
      return status;
    isChecking = true;
    errorDuringCheck = null;
    let timeout: ReturnType<typeof setTimeout> | null = null;
    try {
      update({ state: 'checking', errorMessage: null });
      await Promise.race([
        updater.checkForUpdates(),
        new Promise<never>((_resolve, reject) => {
          timeout = timers.setTimeout(
            () => reject(Object.assign(new Error('update check timed out'), { code: 'ETIMEDOUT' })),
            checkTimeoutMs,
          );
        }),
      ]);
      if (errorDuringCheck !== null) {
        recordFailure(errorDuringCheck);
      } else {
        if (status.state === 'checking') update({ state: 'up-to-date' });
        update({ lastCheckedAt: now().toISOString() });
      }
    } catch (error) {
      recordFailure(error);
    } finally {
      if (timeout !== null) timers.clearTimeout(timeout);
      isChecking = false;
      errorDuringCheck = null;
    }
    return status;
  };

  const schedule = (generation: number, delay: number) => {
    timer = timers.setTimeout(() => {
      void checkNow().finally(() => {
        if (generation === scheduleGeneration) schedule(generation, intervalMs);
      });
    }, delay);
  };

  return {
    getStatus: () => status,
    checkNow,
    installNow: () => {
      if (updater === null || status.state !== 'downloaded' || status.availableVersion === null)
        return status;
      if (!isNewer(status.availableVersion)) return status;
      try {
        updater.quitAndInstall();
      } catch (error) {
        recordFailure(error);
      }
      return status;
    },
    start: () => {
      if (updater === null || timer !== null) return;
      scheduleGeneration += 1;
      schedule(scheduleGeneration, firstCheckDelayMs);
    },
    stop: () => {
      scheduleGeneration += 1;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
