import type { BrowserWindow } from 'electron';

/**
 * What the lifecycle needs of a window; the real `BrowserWindow` satisfies it. Written out for
 * `once`, whose Electron signature returns the whole `BrowserWindow`.
 */
export interface LifecycleWindow extends Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'focus'
> {
  once(event: 'closed', listener: () => void): unknown;
}

/** The single main window, whichever event asks for it. */
export interface MainWindowLifecycle<Window extends LifecycleWindow> {
  /** The live main window, or null when none is open (never a destroyed one). */
  current(): Window | null;
  /** Returns the live main window, creating it (and its `closed` wiring) when none is open. */
  open(): Window;
  /** Opens the main window if needed, restores it when minimised and gives it focus. */
  reveal(): Window;
}

/**
 * Keeps at most one main window and wires every window it creates the same way, whether the
 * first launch, macOS `activate` or a `second-instance` asked for it: a window closed by the user
 * is forgotten on `closed`, and a destroyed window is never touched (Electron throws "Object has
 * been destroyed"), so a later request opens a fresh one instead.
 */
export function createMainWindowLifecycle<Window extends LifecycleWindow>(
  createWindow: () => Window,
): MainWindowLifecycle<Window> {
  let mainWindow: Window | null = null;

  function current(): Window | null {
    if (mainWindow !== null && mainWindow.isDestroyed()) mainWindow = null;
    return mainWindow;
  }

  function open(): Window {
    const existing = current();
    if (existing !== null) return existing;
    const created = createWindow();
    mainWindow = created;
    created.once('closed', () => {
      if (mainWindow === created) mainWindow = null;
    });
    return created;
  }

  function reveal(): Window {
    const window = open();
    if (window.isMinimized()) window.restore();
    window.focus();
    return window;
  }

  return { current, open, reveal };
}
