import { BlockList, isIP } from 'node:net';

/**
 * Which kind of network an IP address belongs to. Anything but `public` can reach the user's own
 * machine or network (or is not a real destination), so the fetcher allows it only for the host
 * the user typed, never through a redirect (SSRF and DNS-rebinding defence).
 */
export const addressKinds = [
  'public',
  'unspecified',
  'loopback',
  'private',
  'carrier-grade-nat',
  'link-local',
  'unique-local',
  'multicast',
  'broadcast',
  'reserved',
  'invalid',
] as const;

/** One of {@link addressKinds}. */
export type AddressKind = (typeof addressKinds)[number];

/** An IPv4 range: network address and prefix length. */
type Ipv4Range = readonly [network: string, prefix: number];

/**
 * IPv4 ranges by kind, most specific first where they overlap (broadcast sits inside 240/4).
 * Sources: IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates).
 */
const ipv4Ranges: readonly (readonly [Exclude<AddressKind, 'public' | 'invalid'>, Ipv4Range])[] = [
  ['broadcast', ['255.255.255.255', 32]],
  ['unspecified', ['0.0.0.0', 8]],
  ['loopback', ['127.0.0.0', 8]],
  ['private', ['10.0.0.0', 8]],
  ['private', ['172.16.0.0', 12]],
  ['private', ['192.168.0.0', 16]],
  ['carrier-grade-nat', ['100.64.0.0', 10]],
  ['link-local', ['169.254.0.0', 16]],
  ['multicast', ['224.0.0.0', 4]],
  ['reserved', ['192.0.0.0', 24]],
  ['reserved', ['192.0.2.0', 24]],
  ['reserved', ['192.88.99.0', 24]],
  ['reserved', ['198.18.0.0', 15]],
  ['reserved', ['198.51.100.0', 24]],
  ['reserved', ['203.0.113.0', 24]],
  ['reserved', ['240.0.0.0', 4]],
];

/** IPv6-native ranges by kind (IANA IPv6 Special-Purpose Address Registry). */
const ipv6Ranges: readonly (readonly [Exclude<AddressKind, 'public' | 'invalid'>, Ipv4Range])[] = [
  ['unspecified', ['::', 128]],
  ['loopback', ['::1', 128]],
  ['unique-local', ['fc00::', 7]],
  ['link-local', ['fe80::', 10]],
  // Deprecated site-local addresses still reach the local network where they are configured.
  ['private', ['fec0::', 10]],
  ['multicast', ['ff00::', 8]],
  ['reserved', ['100::', 64]],
  ['reserved', ['2001::', 23]],
  ['reserved', ['2001:db8::', 32]],
  ['reserved', ['64:ff9b:1::', 48]],
];

/** The two 16-bit groups of an IPv4 network address written in IPv6 hex (for 6to4 prefixes). */
function ipv4AsHextets(network: string): string {
  const octets = network.split('.').map(Number);
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

/**
 * One block list per kind. IPv6 lists also hold every IPv6 spelling that embeds an IPv4 address
 * of that kind (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`,
 * 6to4 `2002:wwxx:yyzz::/16`), so `::ffff:127.0.0.1` and `::ffff:7f00:1` count as loopback.
 * (Node 20's BlockList already matches IPv4-mapped addresses against IPv4 rules; the explicit
 * mapped ranges keep that true whatever the runtime does.)
 */
function buildBlockLists(): Map<Exclude<AddressKind, 'public' | 'invalid'>, BlockList> {
  const lists = new Map<Exclude<AddressKind, 'public' | 'invalid'>, BlockList>();
  const listFor = (kind: Exclude<AddressKind, 'public' | 'invalid'>): BlockList => {
    const existing = lists.get(kind);
    if (existing !== undefined) return existing;
    const created = new BlockList();
    lists.set(kind, created);
    return created;
  };
  for (const [kind, [network, prefix]] of ipv4Ranges) {
    const list = listFor(kind);
    list.addSubnet(network, prefix, 'ipv4');
    list.addSubnet(`::ffff:${network}`, 96 + prefix, 'ipv6');
    list.addSubnet(`64:ff9b::${network}`, 96 + prefix, 'ipv6');
    list.addSubnet(`2002:${ipv4AsHextets(network)}::`, 16 + prefix, 'ipv6');
    // `::a.b.c.d` (IPv4-compatible) would swallow `::` and `::1`; those are matched first below.
    list.addSubnet(`::${network}`, 96 + prefix, 'ipv6');
  }
  for (const [kind, [network, prefix]] of ipv6Ranges)
    listFor(kind).addSubnet(network, prefix, 'ipv6');
  return lists;
}

const blockLists = buildBlockLists();

/** Order of the checks: `::1` is loopback although `::0.0.0.0/104` (IPv4-compatible 0/8) holds it. */
const precedence: readonly Exclude<AddressKind, 'public' | 'invalid'>[] = [
  'loopback',
  'unspecified',
  'broadcast',
  'private',
  'carrier-grade-nat',
  'link-local',
  'unique-local',
  'multicast',
  'reserved',
];

/**
 * The kind of an IP address (v4 or v6, an IPv6 zone suffix such as `%eth0` ignored), or `invalid`
 * when the text is not an IP address. Used on every resolved address before a connection is made.
 */
export function classifyAddress(address: string): AddressKind {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const withoutZone = bare.includes('%') ? bare.slice(0, bare.indexOf('%')) : bare;
  const family = isIP(withoutZone);
  if (family === 0) return 'invalid';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (type === 'ipv6' && withoutZone === '::') return 'unspecified';
  for (const kind of precedence) {
    if (blockLists.get(kind)?.check(withoutZone, type) === true) return kind;
  }
  return 'public';
}

/** True when an address is on the public internet (not local, private, special or invalid). */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}
