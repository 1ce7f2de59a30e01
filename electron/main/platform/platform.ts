import type {
  Capabilities,
  NotificationShownBy,
  PrintToPdfInput,
  SaveFileInput,
  SaveFileOutput,
  ShowNotificationInput,
  TransportKind,
} from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { HostListener } from '../services/monitoring/hostWatcher';
import type { UpdaterLike } from '../services/updates/updaterLike';

/**
 * The abilities only the host can provide: Electron in the desktop app, plain Node behind the web
 * transport. Services receive a Platform and never import `electron`, so every service runs and
 * is tested in Node.
 */
export interface Platform {
  readonly transport: TransportKind;
  readonly capabilities: Capabilities;
  readonly appName: string;
  readonly appVersion: string;
  readonly os: string;
  readonly versions: { node: string; electron: string | null; chrome: string | null };
  /** Folder for main-side files (outbox, snapshots); created at start-up. */
  readonly dataDirectory: string;
  /** Asks the user where to save and writes the file; cancelling is `{ saved: false }`. */
  saveFile(input: SaveFileInput): Promise<IpcResult<SaveFileOutput>>;
  /**
   * Prints the app window's current page (a report) to PDF with its print styles, asks the user
   * where to save it and writes the file; cancelling is `{ saved: false }`. Hosts without a
   * window answer `unsupported` (the browser prints through its own dialog).
   */
  printToPdf(input: PrintToPdfInput): Promise<IpcResult<SaveFileOutput>>;
  /**
   * Opens an already-approved URL: `system` when the OS opened it, `renderer` when the browser
   * tab has to (web transport).
   */
  openExternal(url: string): Promise<'system' | 'renderer'>;
  /**
   * Shows a desktop notification (an incident clock went overdue): `main` when the OS showed it,
   * `renderer` when the browser tab has to (web transport), `none` where the OS has no
   * notifications.
   */
  showNotification(input: ShowNotificationInput): Promise<NotificationShownBy>;
  /** Best knowledge of network reachability, to skip work that needs it. */
  isOnline(): boolean;
  /**
   * Reports sleep, wake and network changes (the monitoring scheduler pauses and catches up on
   * them, and the coverage ledger explains gaps with them). Returns the unsubscribe.
   */
  watchHost(listener: HostListener): () => void;
  /** The auto-updater, or null where updates are managed elsewhere. */
  createUpdater(): UpdaterLike | null;
}
