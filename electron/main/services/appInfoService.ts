import type { AppInfo } from '../../../shared/ipc/contract';
import type { Platform } from '../platform/platform';

/** Answers `app:get-info`: what is running, where its files are, since when. */
export interface AppInfoService {
  getInfo(): AppInfo;
}

/** Builds the app-info service from the platform's facts and the start-up time. */
export function createAppInfoService(platform: Platform, startedAt: Date): AppInfoService {
  const info: AppInfo = {
    name: platform.appName,
    version: platform.appVersion,
    transport: platform.transport,
    os: platform.os,
    versions: platform.versions,
    dataDirectory: platform.dataDirectory,
    startedAt: startedAt.toISOString(),
  };
  return { getInfo: () => info };
}
