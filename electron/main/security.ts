import { protocol, type Session } from 'electron';
import { appScheme } from './security/appOrigin';
import { appSchemeRegistration } from './security/appScheme';
import { createAppProtocolHandler } from './static/appProtocol';

/**
 * Registers `app://` as a standard, secure scheme (privileges in security/appScheme.ts). Must run
 * before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([appSchemeRegistration]);
}

/**
 * Serves the built renderer on `app://crisis-room/` from `rendererRoot`. The checks (host, method,
 * traversal) live in static/appProtocol.ts, where they are tested without Electron.
 */
export function installAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(appScheme, createAppProtocolHandler(rendererRoot));
}
