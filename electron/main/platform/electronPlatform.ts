import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, net, Notification, powerMonitor, shell } from 'electron';
import electronUpdater from 'electron-updater';
import { fail, ok } from '../../../shared/ipc/result';
import { describeError } from '../lib';
import { systemClock } from '../services/monitoring/clock';
import {
  createHostWatcher,
  type HostEvent,
  type HostListener,
} from '../services/monitoring/hostWatcher';
import { adaptAutoUpdater } from '../services/updates/autoUpdaterAdapter';
import { electronCapabilities } from './capabilities';
import { notificationBodyFor } from './notificationText';
import type { Platform } from './platform';

/**
 * Host events in the desktop app: powerMonitor's `suspend`/`resume`, and `online`/`offline` from
 * polling `net.isOnline()` (Electron has no main-process event for it). Subscribed lazily: the
 * powerMonitor may be used only after the app is ready, which is when services start.
 */
function watchElectronHost(listener: HostListener): () => void {
  const emit = (kind: HostEvent['kind']) => listener({ kind, at: Date.now() });
  const onSuspend = () => emit('suspend');
  const onResume = () => emit('resume');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  // The plain-Node watcher polls reachability; its clock-drift wake detection only repeats what
  // the powerMonitor already said, so its suspend/resume guesses are dropped.
  const stopPolling = createHostWatcher({
    clock: systemClock,
    isOnline: () => net.isOnline(),
  }).watch((event) => {
    if (event.kind === 'online' || event.kind === 'offline') listener(event);
  });
  return () => {
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('resume', onResume);
    stopPolling();
  };
}

/**
 * The desktop platform: native dialogs, print-to-PDF, the OS link opener, OS notifications,
 * electron-updater, power events.
 */
export function createElectronPlatform(): Platform {
  return {
    transport: 'electron',
    capabilities: electronCapabilities,
    appName: app.getName(),
    appVersion: app.getVersion(),
    os: `${os.type()} ${os.release()} (${process.arch})`,
    versions: {
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
    },
    dataDirectory: app.getPath('userData'),
    saveFile: async (input) => {
      const owner = BrowserWindow.getFocusedWindow();
      const options = {
        defaultPath: path.join(app.getPath('documents'), input.suggestedName),
        filters: input.filters,
      };
      const choice =
        owner === null
          ? await dialog.showSaveDialog(options)
          : await dialog.showSaveDialog(owner, options);
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
        return ok({ saved: false });
      try {
        await writeFile(choice.filePath, Buffer.from(input.content, input.encoding));
        return ok({ saved: true, path: choice.filePath });
      } catch (error) {
        return fail('io-error', describeError(error));
      }
    },
    printToPdf: async ({ suggestedName }) => {
      // The app has one window (window.ts, windowLifecycle.ts), so the window asking to print is the
      // focused one, or the only one while another application has the focus.
      const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
      if (owner === null) return fail('unsupported', 'No app window to print');
      let pdf: Buffer;
      try {
        // The page's @page rules (size, margins) win over Electron's defaults.
        pdf = await owner.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
        });
      } catch (error) {
        return fail('internal', describeError(error));
      }
      const choice = await dialog.showSaveDialog(owner, {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
        return ok({ saved: false });
      // A name typed without an extension would save a file no viewer opens by double-click.
      const filePath = /\.pdf$/iu.test(choice.filePath)
        ? choice.filePath
        : `${choice.filePath}.pdf`;
      try {
        await writeFile(filePath, pdf);
        return ok({ saved: true, path: filePath });
      } catch (error) {
        return fail('io-error', describeError(error));
      }
    },
    openExternal: async (url) => {
      await shell.openExternal(url, { activate: true });
      return 'system';
    },
    showNotification: async ({ title, body }) => {
      // Some Linux desktops run no notification server; the renderer then shows nothing extra.
      if (!Notification.isSupported()) return 'none';
      new Notification({ title, body: notificationBodyFor(body, process.platform) }).show();
      return 'main';
    },
    isOnline: () => net.isOnline(),
    watchHost: watchElectronHost,
    // electron-updater is CommonJS; the default import works in the bundle and in native ESM.
    createUpdater: () => (app.isPackaged ? adaptAutoUpdater(electronUpdater.autoUpdater) : null),
  };
}
