import { describe, expect, it } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  type HardenableSession,
  type HardenableWebContents,
  type PermissionPage,
  type PreventableEvent,
} from '../../../../electron/main/security/harden';

type RequestHandler = Parameters<HardenableSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<HardenableSession['setPermissionCheckHandler']>[0];
type DisplayMediaHandler = Parameters<HardenableSession['setDisplayMediaRequestHandler']>[0];
type DeviceHandler = Parameters<HardenableSession['setDevicePermissionHandler']>[0];

const appPage = 'app://crisis-room/index.html';
const appOrigin = 'app://crisis-room';
const foreignPage = 'https://evil.example/';

/** A session fake that keeps the handlers hardenSession installs. */
function hardenFakeSession() {
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  let device: DeviceHandler | undefined;
  let displayMedia: DisplayMediaHandler | undefined;
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      check = handler;
    },
    setDevicePermissionHandler: (handler: DeviceHandler) => {
      device = handler;
    },
    setDisplayMediaRequestHandler: (handler: DisplayMediaHandler) => {
      displayMedia = handler;
    },
  } satisfies HardenableSession;
  hardenSession(session);
  if (!request || !check || !device || !displayMedia) throw new Error('a handler is missing');
  return { request, check, device, displayMedia };
}

function page(url: string): PermissionPage {
  return { getURL: () => url };
}

/** Runs the request handler and returns what it answered (it must answer exactly once). */
function requestPermission(
  handler: RequestHandler,
  permission: string,
  requestingUrl: string,
  topLevelUrl: string,
): boolean {
  const answers: boolean[] = [];
  handler(page(topLevelUrl), permission, (isGranted) => answers.push(isGranted), {
    requestingUrl,
  });
  expect(answers).toHaveLength(1);
  return answers[0] ?? true;
}

describe('hardenSession: permission requests', () => {
  const { request } = hardenFakeSession();

  it('grants notifications to an app frame in an app page', () => {
    expect(requestPermission(request, 'notifications', appPage, appPage)).toBe(true);
  });

  it('denies notifications to a foreign frame, even inside the app page', () => {
    expect(requestPermission(request, 'notifications', foreignPage, appPage)).toBe(false);
  });

  it('denies notifications to an app frame inside a foreign page', () => {
    expect(requestPermission(request, 'notifications', appPage, foreignPage)).toBe(false);
  });

  it('denies look-alike origins and empty URLs', () => {
    for (const url of ['app://crisis-room.evil/', 'app://x@crisis-room/', 'app://crisis-room:1/']) {
      expect(requestPermission(request, 'notifications', url, appPage), url).toBe(false);
      expect(requestPermission(request, 'notifications', appPage, url), url).toBe(false);
    }
    expect(requestPermission(request, 'notifications', '', appPage)).toBe(false);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'display-capture', 'openExternal', 'hid'])(
    'denies %s even to the app',
    (permission) => {
      expect(requestPermission(request, permission, appPage, appPage)).toBe(false);
    },
  );
});

describe('hardenSession: permission checks', () => {
  const { check } = hardenFakeSession();

  it('grants notifications when the requesting origin and the page are the app', () => {
    expect(check(page(appPage), 'notifications', appOrigin, {})).toBe(true);
  });

  it('uses the requesting origin: a foreign frame in the app page is denied', () => {
    expect(check(page(appPage), 'notifications', 'https://evil.example', {})).toBe(false);
    expect(check(page(appPage), 'notifications', 'app://crisis-room.evil', {})).toBe(false);
    expect(check(page(appPage), 'notifications', '', {})).toBe(false);
  });

  it('also needs the top-level page to be the app', () => {
    expect(check(page(foreignPage), 'notifications', appOrigin, {})).toBe(false);
    expect(check(page('about:blank'), 'notifications', appOrigin, {})).toBe(false);
  });

  it('denies when there is no page at all', () => {
    expect(check(null, 'notifications', appOrigin, {})).toBe(false);
  });

  it('denies when the frame is embedded by a foreign origin', () => {
    expect(
      check(page(appPage), 'notifications', appOrigin, { embeddingOrigin: 'https://evil.example' }),
    ).toBe(false);
    expect(check(page(appPage), 'notifications', appOrigin, { embeddingOrigin: appOrigin })).toBe(
      true,
    );
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'hid', 'serial', 'usb', 'fullscreen'])(
    'denies the %s check even to the app',
    (permission) => {
      expect(check(page(appPage), permission, appOrigin, {})).toBe(false);
    },
  );
});

describe('hardenSession: devices and screen capture', () => {
  const { device, displayMedia } = hardenFakeSession();

  it('denies every device', () => {
    expect(device()).toBe(false);
  });

  it('answers a display-media request with no video and no audio', () => {
    const answers: unknown[] = [];
    displayMedia({ frame: null, securityOrigin: appOrigin }, (streams) => answers.push(streams));
    expect(answers).toHaveLength(1);
    const [streams] = answers;
    if (streams !== null) {
      expect(streams).not.toHaveProperty('video');
      expect(streams).not.toHaveProperty('audio');
    }
  });
});

/** A web contents fake: keeps the listeners and the window-open handler hardenWebContents sets. */
function hardenFakeContents() {
  const listeners = new Map<string, ((event: PreventableEvent, url: string) => void)[]>();
  let windowOpen: Parameters<HardenableWebContents['setWindowOpenHandler']>[0] | undefined;
  const contents = {
    on(event: string, listener: (event: PreventableEvent, url: string) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    setWindowOpenHandler(handler: Parameters<HardenableWebContents['setWindowOpenHandler']>[0]) {
      windowOpen = handler;
    },
  } satisfies HardenableWebContents;
  hardenWebContents(contents);

  /** Emits `event` with a fresh event object; true when a listener called preventDefault. */
  function emit(event: string, url = ''): boolean {
    let isPrevented = false;
    const eventObject = {
      preventDefault: () => {
        isPrevented = true;
      },
    };
    const registered = listeners.get(event) ?? [];
    expect(registered.length).toBeGreaterThan(0);
    for (const listener of registered) listener(eventObject, url);
    return isPrevented;
  }

  if (windowOpen === undefined) throw new Error('no window-open handler');
  return { emit, windowOpen };
}

const foreignUrls = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://crisis-room.evil/index.html',
  'app://user@crisis-room/index.html',
  'app://crisis-room:1/index.html',
  'about:blank',
];

describe('hardenWebContents', () => {
  const { emit, windowOpen } = hardenFakeContents();

  it.each(['will-navigate', 'will-redirect'])('%s: stops foreign URLs', (event) => {
    for (const url of foreignUrls) expect(emit(event, url), url).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect'])('%s: lets same-app URLs through', (event) => {
    for (const url of [appPage, 'app://crisis-room/', 'app://crisis-room/index.html#/incidents']) {
      expect(emit(event, url), url).toBe(false);
    }
  });

  it('prevents <webview> from attaching', () => {
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window, the app origin included', () => {
    for (const url of [...foreignUrls, appPage]) {
      expect(
        windowOpen({
          url,
          frameName: '',
          features: '',
          disposition: 'new-window',
          referrer: { url: appPage, policy: 'no-referrer' },
        }),
      ).toEqual({ action: 'deny' });
    }
  });
});
