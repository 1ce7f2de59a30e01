import {
  maxNotificationBodyLength,
  maxNotificationTitleLength,
} from '../../../shared/ipc/contract';
import { getBridge } from '../ipc/client';

/** Where a desktop notification ended up. */
export type DesktopNotificationOutcome =
  /** The operating system showed it (desktop app). */
  | 'shown-by-system'
  /** This browser tab showed it through the Notification API (web transport). */
  | 'shown-by-browser'
  /** Nobody showed it: refused, unsupported or unreachable. The screen still says everything. */
  | 'not-shown';

/** What a desktop notification says: already-translated plain text. */
export type DesktopNotificationText = { title: string; body: string };

// eslint-disable-next-line no-control-regex -- a title is one line: every control character goes
const titleControls = /[\u0000-\u001f\u007f]+/gu;
// eslint-disable-next-line no-control-regex -- a body keeps its line breaks and nothing else
const bodyControls = /[\u0000-\u0009\u000b-\u001f\u007f]+/gu;

/**
 * `text` as the channel accepts it: control characters (line breaks too, in a title) become
 * spaces, and it is cut to `maxLength` characters with an ellipsis when longer. User-typed labels
 * end up here, so nothing they contain can make the main process refuse the notification.
 */
function fitted(text: string, maxLength: number, isOneLine: boolean): string {
  const cleaned = text
    .replace(/\r\n?/gu, '\n')
    .replace(isOneLine ? titleControls : bodyControls, ' ')
    .trim();
  if (cleaned.length <= maxLength) {
    return cleaned;
  }
  // The limit counts UTF-16 units, as the schema does; whole characters keep emoji intact.
  let cut = '';
  for (const character of cleaned) {
    if (cut.length + character.length > maxLength - 1) {
      break;
    }
    cut += character;
  }
  return `${cut}…`;
}

/**
 * Asks the browser for permission the first time, then shows the notification when allowed. A
 * browser without the API, a refusal or a constructor that throws (some mobile browsers allow
 * notifications only from a service worker) shows nothing.
 */
async function showInBrowser({ title, body }: DesktopNotificationText): Promise<boolean> {
  const BrowserNotification = globalThis.Notification;
  if (typeof BrowserNotification !== 'function') {
    return false;
  }
  try {
    let permission = BrowserNotification.permission;
    if (permission === 'default') {
      permission = await BrowserNotification.requestPermission();
    }
    if (permission !== 'granted') {
      return false;
    }
    new BrowserNotification(title, { body });
    return true;
  } catch {
    return false;
  }
}

/**
 * Shows a desktop notification (an incident clock just went overdue) wherever the app runs: the
 * main process shows it through the operating system in the desktop app; behind the web transport
 * the main process answers `renderer` and this tab uses the browser's Notification API, asking
 * for permission on first use. Notifications are a courtesy on top of what the screen shows, so
 * every failure (refused permission, no notification server, transport down) is `not-shown`, never
 * an error. Text is fitted to the channel's limits (title on one line).
 */
export async function showDesktopNotification(
  text: DesktopNotificationText,
): Promise<DesktopNotificationOutcome> {
  const fittedText = {
    title: fitted(text.title, maxNotificationTitleLength, true),
    body: fitted(text.body, maxNotificationBodyLength, false),
  };
  if (fittedText.title === '') {
    return 'not-shown';
  }
  const result = await getBridge().notificationsShowNotification(fittedText);
  if (!result.ok) {
    return 'not-shown';
  }
  switch (result.value.shownBy) {
    case 'main':
      return 'shown-by-system';
    case 'renderer':
      return (await showInBrowser(fittedText)) ? 'shown-by-browser' : 'not-shown';
    case 'none':
      return 'not-shown';
  }
}
