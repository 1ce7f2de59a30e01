import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { buildConnector } from 'undici';
import { classifyAddress } from './addressPolicy';
import type { AddressKind } from './addressPolicy';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a host name to every address it has. Injectable so tests can map a public-looking
 * name (`news.example.com`) onto the loopback fixture server without touching real DNS.
 */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system resolver (getaddrinfo, so /etc/hosts and the OS's DNS settings apply). */
export async function systemResolver(hostname: string): Promise<readonly ResolvedAddress[]> {
  const addresses = await dnsLookup(hostname, { all: true, verbatim: true });
  return addresses.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
}

/** A connection refused by the address policy: the host resolved to a non-public address. */
export class PrivateAddressRefusedError extends Error {
  override readonly name = 'PrivateAddressRefusedError';
  readonly code = 'CRISIS_PRIVATE_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly kind: AddressKind,
  ) {
    super(`${hostname} resolves to ${address} (${kind}), which this request may not reach`);
  }
}

/** A host name that could not be resolved (no such host, no answer, resolver failure). */
export class HostLookupError extends Error {
  override readonly name = 'HostLookupError';
  readonly code = 'CRISIS_DNS_FAILED';
  constructor(
    readonly hostname: string,
    readonly reason: string,
  ) {
    super(`cannot resolve ${hostname}: ${reason}`);
  }
}

/** The lookup callback net.connect passes (both its single-address and `all: true` forms). */
type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** Options of {@link createGuardedConnector}. */
export interface GuardedConnectorOptions {
  resolver: HostResolver;
  /** Milliseconds from the start of a connection (DNS included) to an open socket. */
  connectTimeoutMs: number;
  /** Whether non-public addresses may be reached through connections this connector makes. */
  isPrivateAllowed: boolean;
}

/** The first non-public address of a list, with its kind, or null when all are public. */
function firstRefused(
  addresses: readonly ResolvedAddress[],
): { address: string; kind: AddressKind } | null {
  for (const entry of addresses) {
    const kind = classifyAddress(entry.address);
    if (kind !== 'public') return { address: entry.address, kind };
  }
  return null;
}

/**
 * An undici connector that enforces the address policy at connect time, where it cannot be
 * raced: host names go through a lookup that resolves, classifies every address and refuses the
 * connection if any is non-public (when private addresses are not allowed), then hands node only
 * the addresses it checked; IP-literal hosts (which node connects to without a lookup) are
 * classified directly. So DNS rebinding between a pre-check and the connection cannot slip by.
 */
export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  const lookup = (
    hostname: string,
    lookupOptions: LookupOptions,
    callback: LookupCallback,
  ): void => {
    options.resolver(hostname).then(
      (resolved) => {
        const wanted =
          lookupOptions.family === 4 || lookupOptions.family === 6
            ? resolved.filter((entry) => entry.family === lookupOptions.family)
            : resolved;
        const usable = wanted.filter((entry) => isIP(entry.address) === entry.family);
        if (usable.length === 0) {
          callback(new HostLookupError(hostname, 'no usable address'), '');
          return;
        }
        const refused = options.isPrivateAllowed ? null : firstRefused(usable);
        if (refused !== null) {
          callback(new PrivateAddressRefusedError(hostname, refused.address, refused.kind), '');
          return;
        }
        if (lookupOptions.all === true) {
          callback(
            null,
            usable.map((entry) => ({ address: entry.address, family: entry.family })),
          );
        } else {
          const [first] = usable;
          if (first === undefined) return;
          callback(null, first.address, first.family);
        }
      },
      (error: unknown) => {
        const reason =
          typeof error === 'object' &&
          error !== null &&
          'code' in error &&
          typeof error.code === 'string'
            ? error.code
            : error instanceof Error
              ? error.message
              : String(error);
        callback(new HostLookupError(hostname, reason), '');
      },
    );
  };
  const connect = buildConnector({ timeout: options.connectTimeoutMs, lookup });
  return (connectOptions, callback) => {
    const kind = classifyAddress(connectOptions.hostname);
    if (!options.isPrivateAllowed && kind !== 'invalid' && kind !== 'public') {
      callback(
        new PrivateAddressRefusedError(connectOptions.hostname, connectOptions.hostname, kind),
        null,
      );
      return;
    }
    connect(connectOptions, callback);
  };
}
