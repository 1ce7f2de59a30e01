/**
 * The app's own origin. The renderer is always served from `app://crisis-room/`, never `file://`.
 * IndexedDB is keyed by origin, so this value must never change after the first release: a new
 * origin would look to users exactly like losing every record.
 */
export const appScheme = 'app';
/** Host part of the app origin. */
export const appHost = 'crisis-room';
/** The full origin string, as `URL.origin` would not give it for a custom scheme. */
export const appOrigin = `${appScheme}://${appHost}`;
/** The page the main window loads. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * True only for URLs on the app's own origin: scheme `app:`, host exactly `crisis-room`, no
 * port, no user info. Look-alikes (`app://crisis-room.evil`, `app://x@crisis-room`) are false.
 */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length > 4096) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
