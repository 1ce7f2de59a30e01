import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/windowOptions';

function listSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return listSources(full);
    return /\.(ts|tsx|mjs|js)$/u.test(name) ? [full] : [];
  });
}

describe('main window options', () => {
  const preferences = mainWindowOptions('/app/preload.cjs').webPreferences;

  it('isolates and sandboxes the renderer with no Node anywhere', () => {
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('sets nothing that loosens security', () => {
    const loosening = [
      'enableBlinkFeatures',
      'additionalArguments',
      'disableBlinkFeatures',
      'enableWebSQL',
      'plugins',
    ];
    for (const key of loosening) expect(preferences).not.toHaveProperty(key);
  });

  it('is the only place that constructs a BrowserWindow', () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const offenders = ['electron', 'renderer', 'shared']
      .flatMap((folder) => listSources(path.join(root, folder)))
      .filter((file) => readFileSync(file, 'utf8').includes('new BrowserWindow('))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual(['electron/main/window.ts']);
  });
});
