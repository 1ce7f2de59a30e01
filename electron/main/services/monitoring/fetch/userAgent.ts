import { appVersion } from '../../../lib/buildInfo';

/**
 * The User-Agent of monitoring fetches: names the app and its version and says why it calls, so
 * a feed's operator can tell what is polling them.
 */
export function monitoringUserAgent(version: string = appVersion): string {
  return `CrisisRoom/${version} (+monitoring; offline-first crisis app)`;
}
