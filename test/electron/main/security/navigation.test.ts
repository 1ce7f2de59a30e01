import { describe, expect, it } from 'vitest';
import { decidePermission } from '../../../../electron/main/security/navigation';

describe('decidePermission', () => {
  it('grants notifications to the app origin only', () => {
    expect(decidePermission('notifications', 'app://crisis-room/index.html')).toBe(true);
    expect(decidePermission('notifications', 'https://example.com/')).toBe(false);
    expect(decidePermission('notifications', 'app://crisis-room.evil/')).toBe(false);
    expect(decidePermission('notifications', undefined)).toBe(false);
  });

  it.each([
    'media',
    'geolocation',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'pointerLock',
    'midi',
    'midiSysex',
    'idle-detection',
    'window-management',
    'storage-access',
    'unknown',
  ])('denies %s even to the app', (permission) => {
    expect(decidePermission(permission, 'app://crisis-room/index.html')).toBe(false);
  });
});
