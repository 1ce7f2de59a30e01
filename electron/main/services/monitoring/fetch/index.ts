/**
 * The monitoring engine's HTTP fetcher: {@link createHttpFetcher} and what tests and the service
 * wiring need beside it (the address classifier, the injectable resolver type, the defaults).
 */
export {
  createHttpFetcher,
  defaultConnectTimeoutMs,
  defaultMaxBodyBytes,
  defaultMaxRedirects,
  defaultTotalTimeoutMs,
  type ClosableHttpFetcher,
  type HttpFetcherOptions,
} from './httpFetcher';
export { addressKinds, classifyAddress, isPublicAddress, type AddressKind } from './addressPolicy';
export { isFeedContentType } from './contentType';
export { systemResolver, type HostResolver, type ResolvedAddress } from './guardedConnector';
export { monitoringUserAgent } from './userAgent';
