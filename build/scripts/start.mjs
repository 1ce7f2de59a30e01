#!/usr/bin/env node
/**
 * Second half of `npm start` (the first half, build/scripts/build.mjs, has already written
 * dist/electron/main.cjs, the package.json "main"): launches Electron on this folder.
 *
 * The Electron binary is not in node_modules after `npm install`: electron 45's `require('electron')`
 * downloads it from GitHub the first time it is asked for its path. Where that download cannot
 * happen (no internet, GitHub blocked) this script prints one sentence saying so and how to go on,
 * and exits 1 without a stack trace. The lookup therefore runs in a child Node process whose
 * output is captured: on failure the downloader's stack trace stays out of the terminal. Should the
 * download take a while (a real first start), a one-line notice says what is happening.
 *
 * Once Electron runs, its output goes straight to this terminal, Ctrl+C and SIGTERM are passed on
 * to it, and its exit code becomes this script's.
 *
 * ELECTRON_OVERRIDE_DIST_PATH (read by the electron package) points at an Electron already on
 * disk, for machines that get the binary some other way.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const noBinarySentence =
  'Crisis Room could not start Electron: its binary is downloaded from GitHub on first start and ' +
  'this machine cannot reach it — run `npm start` on a machine with internet access once, or use ' +
  '`npm run web` to run Crisis Room in your browser.';
/** After this long without an answer the lookup is really downloading, so say so. */
const downloadNoticeDelayMs = 2000;

/**
 * Prints one sentence to stderr and ends with exit code 1.
 * @param {string} sentence
 * @returns {never}
 */
function stop(sentence) {
  console.error(sentence);
  process.exit(1);
}

/**
 * Asks the electron package for the binary's path (downloading it on first use) in a child
 * process, so its output can be kept from the terminal. Resolves null when there is no binary.
 * @returns {Promise<string | null>}
 */
function resolveElectronBinary() {
  return new Promise((resolve) => {
    const lookup = spawn(
      process.execPath,
      ['-e', "process.stdout.write(String(require('electron')))"],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    lookup.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
    });
    lookup.stderr.resume(); // the downloader's stack trace on failure: not for the user's terminal
    const notice = setTimeout(() => {
      console.error('Crisis Room: downloading the Electron binary (first start only)…');
    }, downloadNoticeDelayMs);
    lookup.on('error', () => {
      clearTimeout(notice);
      resolve(null);
    });
    lookup.on('close', (code) => {
      clearTimeout(notice);
      // The path is the last line: the downloader logs "Downloading Electron binary..." before it.
      const binaryPath = output.trim().split('\n').at(-1)?.trim() ?? '';
      resolve(code === 0 && binaryPath !== '' && existsSync(binaryPath) ? binaryPath : null);
    });
  });
}

/**
 * Exit code for a child that ended on a signal, the shell's way (128 + signal number).
 * @param {NodeJS.Signals} signal
 * @returns {number}
 */
function exitCodeForSignal(signal) {
  return 128 + (constants.signals[signal] ?? 0);
}

async function main() {
  /** @type {{ main?: unknown }} */
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const mainFile = typeof packageJson.main === 'string' ? packageJson.main : 'index.js';
  if (!existsSync(path.join(projectRoot, mainFile))) {
    stop(
      `Crisis Room could not start: ${mainFile} has not been built — run \`npm start\`, which builds it first.`,
    );
  }

  const electronBinary = await resolveElectronBinary();
  if (electronBinary === null) stop(noBinarySentence);

  const environment = { ...process.env };
  // Would make Electron behave as plain Node and try to run the folder as a script.
  delete environment.ELECTRON_RUN_AS_NODE;
  const electron = spawn(electronBinary, [projectRoot, ...process.argv.slice(2)], {
    cwd: projectRoot,
    env: environment,
    stdio: 'inherit',
    windowsHide: false,
  });

  /** @type {NodeJS.Signals[]} */
  const forwardedSignals = ['SIGINT', 'SIGTERM'];
  for (const signal of forwardedSignals) {
    process.on(signal, () => {
      if (electron.exitCode === null && electron.signalCode === null) electron.kill(signal);
    });
  }
  electron.on('error', (error) =>
    stop(`Crisis Room could not start Electron (${electronBinary}): ${error.message}.`),
  );
  electron.on('close', (code, signal) => {
    process.exit(code ?? (signal === null ? 1 : exitCodeForSignal(signal)));
  });
}

main().catch((error) =>
  stop(`Crisis Room could not start: ${error instanceof Error ? error.message : String(error)}.`),
);
