import type { FetchError, FetchErrorCode } from '../../../../../shared/monitoring/records';
import { HostLookupError, PrivateAddressRefusedError } from './guardedConnector';

/** Longest diagnostic kept (the record schema allows 1,000 characters). */
const maxDetailLength = 1000;

/** A fetch error with its sentence parameters and an English diagnostic. */
export function fetchError(
  code: FetchErrorCode,
  params: Record<string, string | number>,
  detail: string,
): FetchError {
  return { code, params, detail: detail.slice(0, maxDetailLength) };
}

/** What is known about the failed request when mapping an error. */
export interface FailureContext {
  url: URL;
  /** The hostname the user typed (the first request's). */
  typedHost: string;
  limits: { connectTimeoutMs: number };
  /** Whether the failure came before the response headers or while reading the body. */
  phase: 'connect' | 'body';
}

/** The error and its `cause` chain (undici wraps socket errors in `TypeError: fetch failed`). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (
    current !== undefined &&
    current !== null &&
    chain.length < 8 &&
    !chain.includes(current)
  ) {
    chain.push(current);
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return chain;
}

/** The `code` property of an error-like value, if it is a string. */
function codeOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('code' in value)) return null;
  return typeof value.code === 'string' ? value.code : null;
}

/** One line describing the chain, for diagnostics. */
function describeChain(chain: readonly unknown[]): string {
  return chain
    .map((entry) => {
      if (!(entry instanceof Error)) return String(entry);
      const code = codeOf(entry);
      return `${entry.name}: ${entry.message}${code === null ? '' : ` [${code}]`}`;
    })
    .join(' <- ');
}

/** Node and OpenSSL codes of certificate and handshake failures. */
const tlsCodes = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_TLS_HANDSHAKE_TIMEOUT',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** True for a zlib or brotli decoding failure (corrupt compressed body). */
function isDecompressionError(value: unknown): boolean {
  const code = codeOf(value);
  if (code === null) return false;
  return (
    code.startsWith('Z_') ||
    code.startsWith('ERR__ERROR_') ||
    code.startsWith('ERR_BROTLI') ||
    code === 'ERR_ZSTD_DECOMPRESSION_FAILED'
  );
}

/**
 * Turns whatever undici threw into a fetch error a user can read: refused by the address policy,
 * DNS failure, connect timeout, refused connection, TLS failure, corrupt compression, or a
 * generic connection failure. The total timeout and the caller's abort are decided by the caller,
 * which knows which signal fired.
 */
export function classifyFetchFailure(error: unknown, context: FailureContext): FetchError {
  const chain = causeChain(error);
  const when = context.phase === 'connect' ? 'before the answer' : 'while reading the body';
  const detail = `${context.url.href} (${when}): ${describeChain(chain)}`;
  const host = context.url.hostname;
  for (const entry of chain) {
    if (entry instanceof PrivateAddressRefusedError) {
      return host === context.typedHost
        ? fetchError('private-address', { host }, detail)
        : fetchError('redirect-to-private-address', { host }, detail);
    }
    if (entry instanceof HostLookupError) return fetchError('dns-failed', { host }, detail);
  }
  for (const entry of chain) {
    const code = codeOf(entry);
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
      return fetchError(
        'connect-timeout',
        { seconds: context.limits.connectTimeoutMs / 1000 },
        detail,
      );
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      return fetchError('dns-failed', { host }, detail);
    if (code === 'ECONNREFUSED') return fetchError('connection-refused', { host }, detail);
    if (code === 'ENETUNREACH' || code === 'ENETDOWN') return fetchError('offline', {}, detail);
    if (isDecompressionError(entry)) return fetchError('decompression-failed', {}, detail);
    if (
      code !== null &&
      (tlsCodes.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_'))
    ) {
      return fetchError('tls-failed', {}, detail);
    }
    if (
      typeof entry === 'object' &&
      entry !== null &&
      'library' in entry &&
      entry.library === 'SSL routines'
    ) {
      return fetchError('tls-failed', {}, detail);
    }
  }
  return fetchError('connection-failed', { host }, detail);
}
