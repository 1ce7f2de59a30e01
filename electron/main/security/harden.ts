import type { Streams, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { decideNavigation, decidePermission } from './navigation';

/** What the permission handlers read of the page asking: its top-level URL. */
export type PermissionPage = Pick<WebContents, 'getURL'>;

/**
 * The session methods {@link hardenSession} uses, with handler arguments narrowed to what the
 * handlers read. The real `Session` satisfies it (its handlers receive more), which the bootstrap
 * checks at compile time; tests pass plain fakes.
 */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: PermissionPage,
      permission: string,
      callback: (isGranted: boolean) => void,
      details: { requestingUrl: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: PermissionPage | null,
      permission: string,
      requestingOrigin: string,
      details: { embeddingOrigin?: string },
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setDisplayMediaRequestHandler(
    handler: (request: unknown, callback: (streams: Streams | null) => void) => void,
  ): void;
}

/** The part of Electron's event objects the navigation guards use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/**
 * The web contents methods {@link hardenWebContents} uses. Written out rather than picked from
 * `WebContents`, whose `on` returns the whole `WebContents`; the real one still has to satisfy it
 * where the bootstrap passes it in, so a renamed event fails the type check.
 */
export interface HardenableWebContents extends Pick<WebContents, 'setWindowOpenHandler'> {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

/**
 * Decides a permission for a frame of a page: granted only for the permissions the app needs, and
 * only when both the frame asking (`frameUrl`, a URL or an origin) and the top-level page are the
 * app's own. The top-level page alone is not enough (a foreign frame inside the app must not
 * borrow the app's grant), nor is the frame alone (the app's origin framed by a foreign page).
 */
export function decideFramePermission(
  permission: string,
  frameUrl: unknown,
  topLevelUrl: unknown,
): boolean {
  return decidePermission(permission, frameUrl) && isAppUrl(topLevelUrl);
}

/**
 * Denies every permission but notifications for the app's own frames in the app's own pages
 * (requests and checks alike), every device (HID, serial, USB) and every screen capture.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(decideFramePermission(permission, details.requestingUrl, webContents.getURL()));
  });
  session.setPermissionCheckHandler((webContents, permission, requestingOrigin, details) => {
    // No web contents means no page to check (a service worker, say): the app needs none.
    if (webContents === null) return false;
    if (details.embeddingOrigin !== undefined && !isAppUrl(details.embeddingOrigin)) return false;
    return decideFramePermission(permission, requestingOrigin, webContents.getURL());
  });
  session.setDevicePermissionHandler(() => false);
  // Neither video nor audio: the capture request is refused.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/**
 * Applies the navigation rules to every web contents: navigations and redirects away from the app
 * are stopped, new windows are denied (links open through the explicit open-external channel
 * after the user chose them), and <webview> can never attach.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (decideNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
