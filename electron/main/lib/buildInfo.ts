declare const __CRISIS_ROOM_VERSION__: string | undefined;

/** Product name shown to users. */
export const appName = 'Crisis Room';

/**
 * The app version, injected by the build (esbuild `define`) from package.json. Unbundled code
 * (tests) sees `0.0.0-dev`.
 */
export const appVersion: string =
  typeof __CRISIS_ROOM_VERSION__ === 'string' ? __CRISIS_ROOM_VERSION__ : '0.0.0-dev';
