// `npm run dev`: rebuilds the renderer (Vite watch) and the web transport (esbuild watch) on every
// change and restarts the web server when its code changes. Open the printed URL and reload the
// page after an edit. (The desktop shell uses the same build: `npm start` after stopping this.)
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { context } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

const webContext = await context({
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
  entryPoints: ['electron/web/main.ts'],
  outfile: 'dist/web/server.cjs',
  define: { __CRISIS_ROOM_VERSION__: JSON.stringify(`${packageJson.version}-dev`) },
});
await webContext.rebuild();
await webContext.watch();

const renderer = await viteBuild({
  configFile: path.join(root, 'renderer', 'vite.config.ts'),
  mode: 'development',
  build: { watch: {} },
  logLevel: 'info',
});

const server = spawn(
  process.execPath,
  ['--watch-path=dist/web', 'dist/web/server.cjs', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

const stop = async () => {
  server.kill('SIGTERM');
  await webContext.dispose();
  if ('close' in renderer) await renderer.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
