import path from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { registerElectronTransport } from './ipc/electronTransport';
import { EventHub } from './ipc/eventHub';
import { createHandlerTable } from './ipc/handlers';
import { createConsoleLogger, describeError } from './lib';
import { createElectronPlatform } from './platform/electronPlatform';
import { installAppProtocol, registerAppScheme } from './security';
import { hardenSession, hardenWebContents } from './security/harden';
import { createServices } from './services/createServices';
import { createMainWindow } from './window';
import { createMainWindowLifecycle } from './windowLifecycle';

const logger = createConsoleLogger();
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');

// Errors the app did not expect are logged, never shown as a crash dialog mid-crisis.
process.on('unhandledRejection', (reason) =>
  logger.error(`unhandled rejection: ${describeError(reason)}`),
);

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every main window comes from here, so each one gets the same `closed` wiring.
  const mainWindow = createMainWindowLifecycle(() => createMainWindow(preloadPath));

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // The session is hardened and `app://` served before any window can load a page.
  const appReady = app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    installAppProtocol(session.defaultSession, rendererRoot);

    const events = new EventHub(logger);
    const services = createServices(createElectronPlatform(), events, logger);
    registerElectronTransport({
      ipcMain,
      handlers: createHandlerTable(services),
      events,
      listTargets: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
      logger,
    });
    services.updates.start();
    services.monitoring
      .start()
      .catch((error: unknown) =>
        logger.error(`monitoring could not start: ${describeError(error)}`),
      );
    return services;
  });

  // Quitting waits for the monitoring service to settle: fetches aborted, timers cleared, the
  // outbox's queued writes flushed and closed. The second `will-quit` finds it done and proceeds.
  let hasStoppedServices = false;
  app.on('will-quit', (event) => {
    if (hasStoppedServices) return;
    event.preventDefault();
    void appReady
      .then((services) => services.monitoring.stop())
      .catch((error: unknown) =>
        logger.error(`monitoring did not stop cleanly: ${describeError(error)}`),
      )
      .finally(() => {
        hasStoppedServices = true;
        app.quit();
      });
  });

  void appReady.then(() => mainWindow.open());
  // A second launch shows the running window, opening one when none is left (macOS keeps the
  // app alive without windows); so does clicking the dock icon with no window open.
  app.on('second-instance', () => {
    void appReady.then(() => mainWindow.reveal());
  });
  app.on('activate', () => {
    void appReady.then(() => mainWindow.open());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
