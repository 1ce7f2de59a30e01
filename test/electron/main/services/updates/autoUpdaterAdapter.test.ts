import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  adaptAutoUpdater,
  type AppUpdaterLike,
} from '../../../../../electron/main/services/updates/autoUpdaterAdapter';
import { createUpdateService } from '../../../../../electron/main/services/updates/updateService';
import { captureUnhandledRejections } from '../../../support/unhandledRejections';
import { createRecordingLogger } from '../../ipc/fakes';

/**
 * Behaves like electron-updater when the network drops mid-download: the check resolves with a
 * downloadPromise that rejects later, and the same failure is emitted as 'error'.
 */
class FakeAppUpdater extends EventEmitter implements AppUpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  allowPrerelease = true;
  logger: unknown = console;
  installs: Array<[boolean | undefined, boolean | undefined]> = [];

  async checkForUpdates() {
    this.emit('checking-for-update');
    this.emit('update-available', { version: '2.0.0' });
    const failure = Object.assign(new Error('net::ERR_INTERNET_DISCONNECTED'), {
      code: 'ENETUNREACH',
    });
    const downloadPromise = new Promise<unknown>((_resolve, reject) =>
      setTimeout(() => {
        this.emit('error', failure);
        reject(failure);
      }, 5),
    );
    return { downloadPromise };
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

describe('electron-updater adapter', () => {
  const unhandled = captureUnhandledRejections();

  it('sets the policy and silences the updater log', () => {
    const fake = new FakeAppUpdater();
    createUpdateService({
      updater: adaptAutoUpdater(fake),
      currentVersion: '1.0.0',
      isOnline: () => true,
      onStatus: () => undefined,
      logger: createRecordingLogger(),
    });
    expect([
      fake.autoDownload,
      fake.autoInstallOnAppQuit,
      fake.allowDowngrade,
      fake.allowPrerelease,
      fake.logger,
    ]).toEqual([true, false, false, false, null]);
  });

  it('turns a download that fails offline into a quiet state, with no unhandled rejection', async () => {
    const fake = new FakeAppUpdater();
    const service = createUpdateService({
      updater: adaptAutoUpdater(fake),
      currentVersion: '1.0.0',
      isOnline: () => true,
      onStatus: () => undefined,
      logger: createRecordingLogger(),
    });
    await service.checkNow();
    expect(service.getStatus()).toMatchObject({ state: 'downloading', availableVersion: '2.0.0' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(unhandled).toEqual([]);
    expect(service.getStatus().state).toBe('offline');
  });

  it('installs with a restart, not silently', () => {
    const fake = new FakeAppUpdater();
    adaptAutoUpdater(fake).quitAndInstall();
    expect(fake.installs).toEqual([[false, true]]);
  });
});
