import { BrowserWindow } from 'electron';
import { appEntryUrl } from './security/appOrigin';
import { mainWindowOptions } from './windowOptions';

/** The one BrowserWindow factory: creates the main window and loads the app from `app://`. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
