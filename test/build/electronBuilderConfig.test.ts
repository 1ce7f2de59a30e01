import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Internal API of electron-builder (no public entry point validates a config without building):
// the same two calls `electron-builder` makes before packaging. See the version check below.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const configPath = join(projectRoot, 'electron-builder.yml');
const requireFromProject = createRequire(join(projectRoot, 'package.json'));

type TargetList = NonNullable<NonNullable<Configuration['win']>['target']>;

/** Loads a config file the way `electron-builder --config <file>` does, then schema-validates it. */
async function loadAndValidate(file: string): Promise<Configuration> {
  const config = await getConfig(projectRoot, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Writes `text` as a config file in a fresh temporary folder and validates it. */
async function validateText(text: string): Promise<Configuration> {
  const folder = await mkdtemp(join(tmpdir(), 'crisis-room-builder-'));
  try {
    const file = join(folder, 'electron-builder.yml');
    await writeFile(file, text);
    return await loadAndValidate(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Target names of a platform section, whichever of electron-builder's shapes it uses. */
function targetNames(targets: TargetList | null | undefined): string[] {
  if (targets === null || targets === undefined) return [];
  const list: Array<string | TargetConfiguration> = Array.isArray(targets) ? targets : [targets];
  return list.map((target) => (typeof target === 'string' ? target : target.target));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resolves a path from the config against the project root, as electron-builder does. */
function fromProject(relativePath: string | null | undefined): string {
  expect(relativePath, 'path missing from electron-builder.yml').toEqual(expect.any(String));
  return join(projectRoot, relativePath ?? '');
}

describe('electron-builder.yml', () => {
  let config: Configuration;
  let configText: string;

  beforeAll(async () => {
    configText = await readFile(configPath, 'utf8');
    config = await loadAndValidate(configPath);
  });

  it('is validated by the app-builder-lib that electron-builder itself uses', () => {
    const requireFromBuilder = createRequire(requireFromProject.resolve('electron-builder'));
    expect(requireFromProject.resolve('app-builder-lib/package.json')).toBe(
      requireFromBuilder.resolve('app-builder-lib/package.json'),
    );
  });

  it('rejects an unknown top-level key, so a broken config fails this test', async () => {
    await expect(validateText(`unknownTopLevelKey: true\n${configText}`)).rejects.toThrow(
      /unknown property 'unknownTopLevelKey'/,
    );
  });

  it('rejects a misspelled fuse instead of silently leaving the fuse at its default', async () => {
    const misspelled = configText.replace(/^(\s+)runAsNode:/m, '$1runAsNod:');
    expect(misspelled).not.toBe(configText);
    // ajv reports the failing object, not the key: "configuration.electronFuses should be …".
    await expect(validateText(misspelled)).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('names the app and pins Electron to the installed version', async () => {
    expect(config.appId).toBe('app.crisisroom.desktop');
    expect(config.productName).toBe('Crisis Room');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    const packageJson: unknown = JSON.parse(
      await readFile(join(projectRoot, 'package.json'), 'utf8'),
    );
    expect(packageJson).toMatchObject({ devDependencies: { electron: config.electronVersion } });
  });

  it('packages only the built output, inside an asar', () => {
    expect(config.asar).toBe(true);
    const filesValue = config.files;
    const fileSets = Array.isArray(filesValue) ? filesValue : [filesValue];
    const patterns = fileSets.flatMap((fileSet) => {
      if (typeof fileSet === 'string') return [fileSet];
      if (fileSet === null || fileSet === undefined) return [];
      expect(fileSet.from ?? '.').toBe('.');
      const filter = fileSet.filter ?? [];
      return Array.isArray(filter) ? filter : [filter];
    });
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
  });

  it('sets every release fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds nsis, dmg, AppImage and deb', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toContain('dmg');
    // electron-updater updates macOS installs from the zip.
    expect(targetNames(config.mac?.target)).toContain('zip');
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('installs per user on Windows, without elevation, and keeps data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
  });

  it('signs macOS builds with the hardened runtime and only the JIT entitlement', async () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
    const plist = await readFile(fromProject(config.mac?.entitlements), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]*)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('gives Linux packages a category and a maintainer', () => {
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^<>@\s]+@[^<>@\s]+>$/);
  });

  it('publishes to GitHub releases for electron-updater', () => {
    expect(config.publish).toEqual([
      {
        provider: 'github',
        owner: 'crisis-room',
        repo: 'crisis-room-desktop',
        releaseType: 'release',
      },
    ]);
  });

  it('points at icon files that exist and have the sizes their names claim', async () => {
    const master = pngSize(await readFile(join(projectRoot, 'build', 'icon.png')));
    expect(master).toEqual({ width: 1024, height: 1024 });

    const linuxIconFolder = fromProject(
      typeof config.linux?.icon === 'string' ? config.linux.icon : null,
    );
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = await readFile(join(linuxIconFolder, `${size}x${size}.png`));
      expect(pngSize(png), `${size}x${size}.png`).toEqual({ width: size, height: size });
    }

    const ico = await readFile(fromProject(config.win?.icon));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const icoWidths = Array.from(
      { length: ico.readUInt16LE(4) },
      (_, index) => ico.readUInt8(6 + index * 16) || 256,
    );
    expect(icoWidths).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    const icns = await readFile(fromProject(config.mac?.icon));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);

    expect(existsSync(join(projectRoot, 'assets', 'icon.svg'))).toBe(true);
  });
});
