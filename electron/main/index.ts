import path from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { registerElectronTransport } from './ipc/electronTransport';
import { EventHub } from './ipc/eventHub';
import { createHandlerTable } from './ipc/handlers';
import { createConsoleLogger, describeError } from './lib';
import { createElectronPlatform } from './platform/electronPlatform';
import {
  hardenSession,
  hardenWebContents,
  installAppProtocol,
  registerAppScheme,
} from './security';
import { createServices } from './services/createServices';
import { createMainWindow } from './window';

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
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    installAppProtocol(session.defaultSession, rendererRoot);

    const events = new EventHub();
    const services = createServices(createElectronPlatform(), events, logger);
    registerElectronTransport({
      ipcMain,
      handlers: createHandlerTable(services),
      events,
      listTargets: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
      logger,
    });
    services.updates.start();

    mainWindow = createMainWindow(preloadPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(preloadPath);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
