import type { CustomScheme } from 'electron';
import { appScheme } from './appOrigin';

/**
 * The privileges of the `app` scheme. `standard` gives `app://crisis-room/` a real origin (relative
 * URLs, IndexedDB, localStorage keyed by it) and `secure` makes it a secure context (WebCrypto,
 * persistent storage), so the renderer behaves as on https. `supportFetchAPI`, `stream` and
 * `codeCache` let the page fetch its own files. Nothing here loosens the page: no `bypassCSP`, no
 * `corsEnabled`, no service workers. Kept apart from the Electron call so a test can read it.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
} as const satisfies NonNullable<CustomScheme['privileges']>;

/** The one custom scheme registration, passed to `protocol.registerSchemesAsPrivileged`. */
export const appSchemeRegistration = {
  scheme: appScheme,
  privileges: appSchemePrivileges,
} as const satisfies CustomScheme;
