import { afterEach, describe, expect, it, vi } from 'vitest';
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
import { captureUnhandledRejections } from '../../../support/unhandledRejections';
import { createRecordingLogger } from '../../ipc/fakes';

/** A stand-in for electron-updater: records calls and lets the test play its events. */
function createFakeUpdater(check: () => Promise<void>) {
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
  const unhandled = captureUnhandledRejections();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('applies the fixed policy: background download, install on request, no downgrade', () => {
    const updater = createFakeUpdater(async () => undefined);
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
    const updater = createFakeUpdater(async () => undefined);
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
    });
    const { service } = setUp(updater);
    await service.checkNow();
    expect(service.getStatus()).toMatchObject({ state: 'up-to-date', availableVersion: null });
    service.installNow();
    expect(updater.installs).toBe(0);
  });

  it('leaves downloading when the download turns out not to be newer, and checks again', async () => {
    const updater = createFakeUpdater(async () => {
      updater.listeners.onAvailable({ version: '1.5.0' });
    });
    const { service } = setUp(updater);
    await service.checkNow();
    expect(service.getStatus().state).toBe('downloading');
    updater.listeners.onDownloaded({ version: '1.4.0' });
    expect(service.getStatus()).toMatchObject({ state: 'up-to-date', availableVersion: null });
    await service.checkNow();
    expect(updater.checks).toBe(2);
  });

  it('gives up on a check that never settles and keeps the schedule going', async () => {
    vi.useFakeTimers();
    const updater = createFakeUpdater(() => new Promise<void>(() => undefined));
    const { service } = setUp(updater, { checkTimeoutMs: 5_000 });
    service.start();
    await vi.advanceTimersByTimeAsync(1_000 + 5_000);
    expect(service.getStatus().state).toBe('offline');
    await vi.advanceTimersByTimeAsync(60_000 + 5_000);
    expect(updater.checks).toBe(2);
    service.stop();
  });

  it('reports a failure seen both as an error event and a rejection once', async () => {
    const updater = createFakeUpdater(async () => {
      const error = new Error('Cannot parse releases feed');
      updater.listeners.onError(error);
      throw error;
    });
    const { service, statuses, logger } = setUp(updater);
    await service.checkNow();
    expect(statuses.filter((status) => status.state === 'error')).toHaveLength(1);
    expect(logger.lines).toHaveLength(1);
  });

  it('reports an error event during a check that still resolves', async () => {
    const updater = createFakeUpdater(async () => {
      updater.listeners.onError(new Error('Cannot parse releases feed'));
    });
    const { service } = setUp(updater);
    await expect(service.checkNow()).resolves.toMatchObject({ state: 'error' });
  });

  it('does not double the schedule when restarted during a check', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const updater = createFakeUpdater(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const { service } = setUp(updater, { checkTimeoutMs: 1_000_000 });
    service.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(updater.checks).toBe(1);
    service.stop();
    service.start();
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(updater.checks).toBe(2);
    finish();
    await vi.advanceTimersByTimeAsync(60_000 * 3 + 100);
    finish();
    await vi.advanceTimersByTimeAsync(10);
    // One chain: the first check after restart at 1 s, then one per minute.
    expect(updater.checks).toBeLessThanOrEqual(5);
    service.stop();
  });

  it('does nothing and says so where updates are unsupported', async () => {
    const { service } = setUp(null);
    expect(service.getStatus().state).toBe('unsupported');
    await expect(service.checkNow()).resolves.toMatchObject({ state: 'unsupported' });
  });
});
