import type { Capabilities } from '../../../shared/ipc/contract';

/** What the desktop app can do natively: dialogs, the OS link opener, notifications, updates, PDF. */
export const electronCapabilities: Capabilities = {
  transport: 'electron',
  saveDialog: true,
  systemOpenExternal: true,
  nativeNotifications: true,
  autoUpdate: true,
  printToPdf: true,
};

/**
 * What the web transport's process can do: none of the native abilities. The browser takes them
 * over (downloads, opening links in a tab, the Notification API, the print dialog).
 */
export const webCapabilities: Capabilities = {
  transport: 'web',
  saveDialog: false,
  systemOpenExternal: false,
  nativeNotifications: false,
  autoUpdate: false,
  printToPdf: false,
};
