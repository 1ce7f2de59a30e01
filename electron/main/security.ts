import path from 'node:path';
import { protocol, type Session, type WebContents } from 'electron';
import { appHost, appScheme } from './security/appOrigin';
import { decideNavigation, decidePermission } from './security/navigation';
import { serveStaticFile } from './static/staticFiles';

/**
 * Registers `app://` as a standard, secure scheme. Must run before the app is ready. Standard +
 * secure gives the renderer a stable origin with IndexedDB, fetch and a real CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serves the built renderer on `app://crisis-room/` from `rendererRoot`, traversal refused. */
export function installAppProtocol(session: Session, rendererRoot: string): void {
  const root = path.resolve(rendererRoot);
  session.protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.hostname !== appHost || request.method !== 'GET') {
      return new Response('forbidden', { status: 403 });
    }
    // The raw path keeps percent-escapes, so encoded traversal is seen and refused.
    const rawPath = request.url.slice(`${appScheme}://${appHost}`.length).split(/[?#]/u)[0] ?? '/';
    const file = await serveStaticFile(root, rawPath === '' ? '/' : rawPath);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });
}

/** Denies every permission but notifications for the app's own pages. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl ?? webContents.getURL()));
  });
  session.setPermissionCheckHandler((webContents, permission, requestingOrigin) =>
    decidePermission(permission, webContents?.getURL() ?? requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/**
 * Applies the navigation rules to every web contents: navigations and redirects away from the app
 * are stopped, new windows are denied (links open through the explicit open-external channel
 * after the user chose them), and <webview> can never attach.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (decideNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
