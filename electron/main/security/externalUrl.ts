import { isIP } from 'node:net';
import { domainToUnicode } from 'node:url';

/** Why a URL was not opened. The renderer explains each reason to the user. */
export type ExternalUrlRefusal =
  | 'not-a-string'
  | 'too-long'
  | 'unsafe-characters'
  | 'unparseable'
  | 'scheme-not-allowed'
  | 'credentials-in-url'
  | 'local-address'
  | 'look-alike-host'
  | 'bad-mail-address'
  | 'bad-phone-number';

/** The outcome of {@link decideExternalUrl}. */
export type ExternalUrlDecision =
  { allowed: true; url: string } | { allowed: false; reason: ExternalUrlRefusal };

/** Longest URL the app will hand to the operating system. */
export const maxExternalUrlLength = 2048;

/** Control, invisible, bidi-override and space characters, and backslashes: never in a URL we open. */
const unsafeCharacters =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  /[\u0000-\u0020\u007f-\u009f\\\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/u;
/** Plain addresses only: no `? = & % #` that could smuggle header fields after decoding. */
const mailAddress =
  /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;
const phoneNumber = /^\+?[0-9][0-9().-]{2,31}$/u;
const latin = /\p{Script=Latin}/u;
const confusableScripts =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
/**
 * Cyrillic and Greek letters that pass for Latin ones (after Chromium's IDN spoof checker). A label
 * made only of these (`аррӏе`) reads as a Latin name although no Latin letter is in it.
 */
const latinLookalikes = /^[асԁеһіјӏорԛѕԝхуъЬҽпгѵѡαβεικνορτυχ0-9-]+$/u;
const allowedMailFields = new Set(['subject', 'body', 'cc']);
/** Name suffixes that only resolve inside a home or company network. */
const localSuffixes = [
  'localhost',
  'local',
  'localdomain',
  'home.arpa',
  'internal',
  'lan',
  'intranet',
];

function isLocalIPv4(host: string): boolean {
  const [a = 0, b = 0] = host.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (`::` compressed). */
function ipv6Groups(host: string): number[] {
  const [head = '', tail] = host.split('::');
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => parseInt(group, 16));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function isLocalIPv6(host: string): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0] = ipv6Groups(host);
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  return (
    (upperZero && (g5 === 0 || g5 === 0xffff)) || // ::/96 (loopback, IPv4-compatible) and ::ffff:0:0/96
    (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) || // NAT64 64:ff9b::/96
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // site-local fec0::/10
    (g0 & 0xff00) === 0xff00 // multicast ff00::/8
  );
}

function isLocalHostname(hostname: string): boolean {
  // One trailing dot names the same host (`localhost.`), so it must not dodge the checks.
  const host = hostname
    .replace(/^\[|\]$/gu, '')
    .replace(/\.$/u, '')
    .toLowerCase();
  if (host === '') return true;
  if (isIP(host) === 4) return isLocalIPv4(host);
  if (isIP(host) === 6) return isLocalIPv6(host);
  if (localSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return true;
  // A single-label name (`http://intranet/`) reaches the local network, not the public web.
  return !host.includes('.');
}

function hasLookAlikeLabel(asciiHostname: string): boolean {
  return domainToUnicode(asciiHostname)
    .split('.')
    .some(
      (label) =>
        (latin.test(label) && confusableScripts.test(label)) ||
        (/[^\p{ASCII}]/u.test(label) && latinLookalikes.test(label)),
    );
}

const encodedControl = /%(?:[01][0-9a-f]|7f)/iu;

function decideWebUrl(url: URL): ExternalUrlDecision {
  if (encodedControl.test(url.href)) return { allowed: false, reason: 'unsafe-characters' };
  if (url.username !== '' || url.password !== '') {
    return { allowed: false, reason: 'credentials-in-url' };
  }
  if (isLocalHostname(url.hostname)) return { allowed: false, reason: 'local-address' };
  if (hasLookAlikeLabel(url.hostname)) return { allowed: false, reason: 'look-alike-host' };
  return { allowed: true, url: url.href };
}

function decideMailUrl(url: URL): ExternalUrlDecision {
  const addresses = decodeURIComponent(url.pathname).split(',');
  if (addresses.length > 10 || !addresses.every((address) => mailAddress.test(address))) {
    return { allowed: false, reason: 'bad-mail-address' };
  }
  const fields = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    const field = name.toLowerCase();
    if (!allowedMailFields.has(field)) return { allowed: false, reason: 'bad-mail-address' };
    if (field === 'cc' && !value.split(',').every((address) => mailAddress.test(address))) {
      return { allowed: false, reason: 'bad-mail-address' };
    }
    if (field !== 'body' && /[\r\n]/u.test(value))
      return { allowed: false, reason: 'unsafe-characters' };
    fields.append(field, value);
  }
  const query = fields.toString().replace(/\+/gu, '%20');
  return { allowed: true, url: `mailto:${addresses.join(',')}${query === '' ? '' : `?${query}`}` };
}

function decidePhoneUrl(url: URL): ExternalUrlDecision {
  const number = decodeURIComponent(url.pathname).replace(/ /gu, '');
  if (url.search !== '' || url.hash !== '' || !phoneNumber.test(number)) {
    return { allowed: false, reason: 'bad-phone-number' };
  }
  return { allowed: true, url: `tel:${number}` };
}

/**
 * Decides whether a URL may be handed to the operating system (`shell.openExternal`) and returns
 * it re-serialised. Allowed: http and https to public hosts without credentials, mailto with
 * plain addresses (subject, body and cc only), and tel with a plain number. Refused: every other
 * scheme (`javascript:`, `file:`, `smb:`, `data:` …), local and private addresses, look-alike
 * hosts mixing Latin with Cyrillic or Greek letters, control characters and backslashes.
 */
export function decideExternalUrl(raw: unknown): ExternalUrlDecision {
  if (typeof raw !== 'string') return { allowed: false, reason: 'not-a-string' };
  if (raw.length > maxExternalUrlLength) return { allowed: false, reason: 'too-long' };
  if (unsafeCharacters.test(raw)) return { allowed: false, reason: 'unsafe-characters' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: 'unparseable' };
  }
  try {
    switch (url.protocol) {
      case 'http:':
      case 'https:':
        return decideWebUrl(url);
      case 'mailto:':
        return decideMailUrl(url);
      case 'tel:':
        return decidePhoneUrl(url);
      default:
        return { allowed: false, reason: 'scheme-not-allowed' };
    }
  } catch {
    // decodeURIComponent throws on malformed escapes such as `%E0%A4%A`.
    return { allowed: false, reason: 'unparseable' };
  }
}
