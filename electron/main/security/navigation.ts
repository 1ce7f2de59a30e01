import { isAppUrl } from './appOrigin';

/** What to do with a navigation or a request for a new window. */
export type NavigationDecision = 'allow' | 'deny';

/**
 * Decides whether a window may navigate to `url`: only pages on the app origin. Everything else
 * (web pages, `file:`, `javascript:`, `data:`) is denied; external links go through the explicit
 * open-external channel after the user chose them, never through navigation.
 */
export function decideNavigation(url: unknown): NavigationDecision {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/** Permissions the app needs; every other request or check is denied. */
export const allowedPermissions: ReadonlySet<string> = new Set(['notifications']);

/**
 * Decides a permission request or check: granted only for the permissions the app needs, and
 * only when the page asking is the app's own.
 */
export function decidePermission(permission: string, requestingUrl: unknown): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl);
}
