import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createUpdateService,
  isOfflineError,
  type UpdateServiceOptions,
} from '../../../../../electron/main/services/updates/updateService';
import type {
  UpdaterLike,
  UpdaterListeners,
} from '../../../../../electron/main/services/updates/updaterLike';
import type { UpdateStatus } from '../../../../../shared/ipc/contract';
import { createRecordingLogger } from '../../ipc/fakes';

/** A stand-in for electron-updater: records calls and lets the test play its events. */
function createFakeUpdater(check: () => Promise<unknown>) {
  let listeners: UpdaterListeners | null = null;
  const fake = {
    policy: null as Parameters<UpdaterLike['configure']>[0] | null,
    checks: 0,
    installs: 0,
    configure: (policy: Parameters<UpdaterLike['configure']>[0]) => {
      fake.policy = policy;
    },
    listen: (next: UpdaterListeners) => {
      listeners = next;
    },
    checkForUpdates: () => {
      fake.checks += 1;
      return check();
    },
    quitAndInstall: () => {
      fake.installs += 1;
    },
    get listeners(): UpdaterListeners {
      if (listeners === null) throw new Error('service did not listen');
      return listeners;
    },
  };
  return fake;
}

const offline = () =>
  Promise.reject(
    Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }),
  );

function setUp(updater: UpdaterLike | null, overrides: Partial<UpdateServiceOptions> = {}) {
  const statuses: UpdateStatus[] = [];
  const logger = createRecordingLogger();
  const service = createUpdateService({
    updater,
    currentVersion: '1.4.0',
    isOnline: () => true,
    onStatus: (status) => statuses.push(status),
    logger,
    now: () => new Date('2026-11-22T08:00:00.000Z'),
    intervalMs: 60_000,
    firstCheckDelayMs: 1_000,
    ...overrides,
  });
  return { service, statuses, logger };
}

describe('update service', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    vi.useRealTimers();
  });

  it('applies the fixed policy: background download, install on request, no downgrade', () => {
    const updater = createFakeUpdater(async () => null);
    setUp(updater);
    expect(updater.policy).toEqual({
      autoDownload: true,
      autoInstallOnAppQuit: false,
      allowDowngrade: false,
      allowPrerelease: false,
    });
  });

  it('turns an offline rejection into a quiet offline state, with no unhandled rejection', async () => {
    const updater = createFakeUpdater(offline);
    const { service, logger } = setUp(updater);
    const status = await service.checkNow();
    expect(status).toMatchObject({
      state: 'offline',
      errorMessage: null,
      lastCheckedAt: '2026-11-22T08:00:00.000Z',
    });
    updater.listeners.onError(new Error('net::ERR_INTERNET_DISCONNECTED'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).toEqual([]);
    expect(logger.lines).toEqual([]);
  });

  it('keeps checking on schedule after failures, never rejecting', async () => {
    vi.useFakeTimers();
    const updater = createFakeUpdater(offline);
    const { service } = setUp(updater);
    service.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000 * 3);
    expect(updater.checks).toBe(4);
    service.stop();
    await vi.advanceTimersByTimeAsync(60_000 * 3);
    expect(updater.checks).toBe(4);
    expect(unhandled).toEqual([]);
  });

  it('does not touch the network while offline', async () => {
    vi.useFakeTimers();
    const updater = createFakeUpdater(async () => null);
    const { service } = setUp(updater, { isOnline: () => false });
    service.start();
    await vi.advanceTimersByTimeAsync(1_000 + 60_000 * 5);
    expect(updater.checks).toBe(0);
    expect(service.getStatus().state).toBe('offline');
    service.stop();
  });

  it('reports other failures as an error state and logs them', async () => {
    const updater = createFakeUpdater(() =>
      Promise.reject(new Error('Cannot parse releases feed')),
    );
    const { service, logger } = setUp(updater);
    await expect(service.checkNow()).resolves.toMatchObject({
      state: 'error',
      errorMessage: 'Error: Cannot parse releases feed',
    });
    expect(logger.lines).toHaveLength(1);
    expect(isOfflineError(new Error('Cannot parse releases feed'))).toBe(false);
  });

  it('downloads a newer release and installs only when the user asks', async () => {
    const updater = createFakeUpdater(async () => {
      updater.listeners.onChecking();
      updater.listeners.onAvailable({ version: '1.5.0' });
      updater.listeners.onProgress({ percent: 40 });
      updater.listeners.onDownloaded({ version: '1.5.0' });
      return null;
    });
    const { service, statuses } = setUp(updater);
    await service.checkNow();
    expect(statuses.map((status) => status.state)).toContain('downloading');
    expect(service.getStatus()).toMatchObject({
      state: 'downloaded',
      availableVersion: '1.5.0',
      percent: 100,
    });
    expect(updater.installs).toBe(0);
    service.installNow();
    expect(updater.installs).toBe(1);
  });

  it('never offers or installs an older or equal release', async () => {
    const updater = createFakeUpdater(async () => {
      updater.listeners.onAvailable({ version: '1.3.9' });
      updater.listeners.onDownloaded({ version: '1.3.9' });
      return null;
    });
    const { service } = setUp(updater);
    await service.checkNow();
    expect(service.getStatus()).toMatchObject({ state: 'up-to-date', availableVersion: null });
    service.installNow();
    expect(updater.installs).toBe(0);
  });

  it('does nothing and says so where updates are unsupported', async () => {
    const { service } = setUp(null);
    expect(service.getStatus().state).toBe('unsupported');
    await expect(service.checkNow()).resolves.toMatchObject({ state: 'unsupported' });
  });
});
