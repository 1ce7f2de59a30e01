import { describe, expect, it } from 'vitest';
import { decideExternalUrl } from '../../../../electron/main/security/externalUrl';
import { decideNavigation } from '../../../../electron/main/security/navigation';

/** URLs that must never reach `shell.openExternal` nor be navigated to. */
export const hostileUrls: readonly string[] = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'FILE:///C:/Windows/win.ini',
  'file://server/share/evil.exe',
  'smb://attacker.example/share',
  '\\\\attacker.example\\share\\evil.exe',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=evil&crumb=location:\\\\attacker\\share',
  'ms-officecmd:{"id":3}',
  'vscode://vscode.git/clone?url=https://evil',
  'ssh://attacker.example',
  'ftp://attacker.example/file',
  'blob:https://example.com/uuid',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'app://crisis-room/index.html',
  'intent://scan/#Intent;scheme=zxing;end',
  'mhtml:file://C:/a.mht',
  'view-source:https://example.com',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'https://example.com@evil.example/',
  'https://evil.example%40example.com/',
  'https://example.com\\@evil.example/',
  'http://localhost:47615/ipc/app:get-info',
  'http://127.0.0.1/',
  'http://127.1/',
  'http://0x7f.1/',
  'http://2130706433/',
  'http://0177.0.0.1/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://0.0.0.0/',
  'http://10.0.0.5/admin',
  'http://172.16.3.4/',
  'http://192.168.1.1/reboot',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fe80::1]/',
  'http://[fd00::1]/',
  'http://printer.local/',
  'http://intranet/',
  'http://app.localhost/',
  'http://localhost./',
  'http://printer.local./',
  'http://intranet./',
  'http://LOCALHOST/',
  'http://[::7f00:1]/',
  'http://[::127.0.0.1]/',
  'http://[::]/',
  'http://[64:ff9b::7f00:1]/',
  'http://[ff02::1]/',
  'http://[fec0::1]/',
  'http://[fc00::1]/',
  'http://[::ffff:10.0.0.1]/',
  'http://router.home.arpa/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://nas.lan/',
  'http://198.18.0.1/',
  'http://224.0.0.1/',
  'https://аррӏе.com/',
  'https://xn--80ak6aa92e.com/',
  'https://раураӏ.com/',
  'https://ѕсоре.com/',
  'https://аpple.com/',
  'https://xn--pple-43d.com/',
  'https://paypaӏ.com/',
  'https://exa\u200bmple.com/',
  'https://example.com/\u202egnp.exe',
  'https://example.com/%0d%0aSet-Cookie:x',
  'https://example.com/\r\nHeader: x',
  'mailto:someone@example.com?bcc=everyone@example.com',
  'mailto:someone@example.com?attach=/etc/passwd',
  'mailto:someone@example.com%0d%0abcc:x@example.com',
  'mailto:not an address',
  'mailto:',
  'mailto:x%3Fattach%3D%2Fetc%2Fpasswd%26a@evil.example',
  'mailto:a%250Ab@evil.example',
  'mailto:a%3Fbcc%3Dspy%40evil.example@example.com',
  'mailto:"quoted"@example.com',
  'mailto:pr@example.com?cc=a%3Fbcc%3Dspy@example.com',
  'tel:+1-555-0100;phone-context=evil',
  'tel:javascript:alert(1)',
  'tel:',
  `https://example.com/${'a'.repeat(2100)}`,
  '//example.com/path',
  '/relative/path',
  'example.com',
  '',
];

describe('decideExternalUrl', () => {
  it('has at least 50 hostile cases', () => {
    expect(hostileUrls.length).toBeGreaterThanOrEqual(50);
  });

  it.each(hostileUrls.map((url) => [url]))('refuses %j', (url) => {
    expect(decideExternalUrl(url).allowed).toBe(false);
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com']]) {
      expect(decideExternalUrl(value)).toEqual({ allowed: false, reason: 'not-a-string' });
    }
  });

  it('gives a reason a user can be told', () => {
    expect(decideExternalUrl('javascript:alert(1)')).toEqual({
      allowed: false,
      reason: 'scheme-not-allowed',
    });
    expect(decideExternalUrl('https://a:b@example.com')).toEqual({
      allowed: false,
      reason: 'credentials-in-url',
    });
    expect(decideExternalUrl('http://192.168.0.1')).toEqual({
      allowed: false,
      reason: 'local-address',
    });
    expect(decideExternalUrl('https://аpple.com')).toEqual({
      allowed: false,
      reason: 'look-alike-host',
    });
  });

  it.each([
    ['https://example.com', 'https://example.com/'],
    ['https://news.example.com.tw/a?b=1#c', 'https://news.example.com.tw/a?b=1#c'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://中文.tw/新聞', 'https://xn--fiq228c.tw/%E6%96%B0%E8%81%9E'],
    ['http://8.8.8.8/', 'http://8.8.8.8/'],
    ['http://[2001:4860:4860::8888]/', 'http://[2001:4860:4860::8888]/'],
    ['https://example.com./', 'https://example.com./'],
    ['https://президент.рф/', 'https://xn--d1abbgf6aiiy.xn--p1ai/'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
    ['mailto:first.last+crisis@example.com.tw', 'mailto:first.last+crisis@example.com.tw'],
    ['mailto:pr@example.com', 'mailto:pr@example.com'],
    [
      'mailto:pr@example.com?subject=危機%20通報&cc=legal@example.com',
      'mailto:pr@example.com?subject=%E5%8D%B1%E6%A9%9F%20%E9%80%9A%E5%A0%B1&cc=legal%40example.com',
    ],
    ['tel:+886-2-2345-6789', 'tel:+886-2-2345-6789'],
    ['tel:+86%20138%200013%208000', 'tel:+8613800138000'],
  ])('allows %j as %j', (raw, expected) => {
    expect(decideExternalUrl(raw)).toEqual({ allowed: true, url: expected });
  });
});

describe('decideNavigation', () => {
  it.each(hostileUrls.filter((url) => !url.startsWith('app://')).map((url) => [url]))(
    'denies %j',
    (url) => {
      expect(decideNavigation(url)).toBe('deny');
    },
  );

  it.each([
    'app://crisis-room.evil.example/index.html',
    'app://evil.example/crisis-room/',
    'app://x@crisis-room/index.html',
    'app://crisis-room:8080/index.html',
    'app://crisis-room%2eevil/',
    'apps://crisis-room/',
    'https://crisis-room/',
    'https://example.com/',
  ])('denies the look-alike %j', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });

  it('allows pages of the app itself', () => {
    expect(decideNavigation('app://crisis-room/index.html')).toBe('allow');
    expect(decideNavigation('app://crisis-room/#/risks')).toBe('allow');
  });
});
