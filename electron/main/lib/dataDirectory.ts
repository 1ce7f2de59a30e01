import os from 'node:os';
import path from 'node:path';

/**
 * The default folder for the web transport's main-side files, following each OS's convention
 * (XDG on Linux, Application Support on macOS, APPDATA on Windows). Electron uses its own
 * `userData` folder instead.
 */
export function defaultWebDataDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Crisis Room', 'web');
  if (platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', 'Crisis Room', 'web');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'crisis-room', 'web');
}
