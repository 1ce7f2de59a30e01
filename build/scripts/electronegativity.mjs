#!/usr/bin/env node
/**
 * Security gate for the Electron shell (`npm run lint:electron`, part of `npm test`).
 *
 * Runs Doyensec's Electronegativity over the main process, preload and web transport sources
 * (electron/**\/*.ts) plus renderer/index.html (where a CSP meta tag would be), assuming the Electron
 * version pinned in package.json, and exits 1 when any HIGH or MEDIUM finding is left that is not
 * on the reviewed allowlist below. Electronegativity itself always exits 0, so it cannot gate CI
 * on its own.
 *
 * Why the TypeScript sources and not the esbuild bundle: Electronegativity parses .ts files itself
 * (@babel/parser with the typescript plugin, falling back to typescript-estree), while in the CJS
 * bundle every Electron call becomes `import_electron.BrowserWindow`, which its checks do not
 * recognise (they compare the callee's name), and it skips .cjs files altogether. The TypeScript
 * path has one limit: it does not resolve variables, so `new BrowserWindow(options)` is checked
 * only when the options are an object literal in that call; otherwise the webPreferences checks
 * report what they cannot see.
 *
 * Why the documented programmatic API (`run(options)`, the package's main) and not the CLI with
 * `-o report.csv`: with `-o` the CLI prints nothing, so files it failed to parse (and therefore
 * never checked) disappear without a trace, and its CSV writer writes header and rows with two
 * unsynchronised async writes. `run` returns the findings and the parse errors; `--sarif <file>`
 * still saves a SARIF report for CI code scanning.
 *
 * Two further guards keep the gate honest:
 * - a canary: a known-bad TypeScript window (Node integration on, context isolation off) is scanned
 *   in a separate run; if Electronegativity does not flag it, the gate fails, because a scanner
 *   that silently stopped parsing our TypeScript would otherwise pass everything;
 * - stale allowlist entries (matching no finding) fail the run, so the list only holds live,
 *   reviewed exceptions.
 *
 * The AvailableSecurityFixesGlobalCheck is excluded: it downloads Electron's release list from
 * GitHub on every run (unreachable here, slow elsewhere) and would make the result depend on the
 * day's upstream releases; Electron updates are a dependency-update task, not a lint result.
 * Electronegativity also tries to fetch translations (1 s timeout, retried); offline it prints
 * "Could not retrieve updated translations" and continues in English.
 *
 * Usage: node build/scripts/electronegativity.mjs [--sarif <file.sarif>]
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {(options: Record<string, unknown>) => Promise<ScanResult>} */
const runElectronegativity = require('@doyensec/electronegativity');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const gatingSeverities = new Set(['HIGH', 'MEDIUM']);
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

/**
 * @typedef {object} Finding
 * @property {string} id                           check id, e.g. CONTEXT_ISOLATION_JS_CHECK
 * @property {{ name: string }} severity            HIGH, MEDIUM, LOW or INFORMATIONAL
 * @property {{ name: string }} confidence          CERTAIN, FIRM or TENTATIVE
 * @property {string} file                          path relative to the scanned folder, or N/A
 * @property {{ line: number, column: number }} location
 * @property {string} [sample]                      the source line
 * @property {string} description
 * @property {string} [shortenedURL]
 * @property {boolean} [manualReview]
 *
 * @typedef {object} ScanResult
 * @property {Finding[]} issues
 * @property {Array<{ file: string, message: string, tolerable: boolean }>} errors
 *
 * @typedef {object} AllowlistEntry
 * @property {string} check   the check id exactly as reported
 * @property {string} file    repository-relative path as reported (N/A for whole-app checks)
 * @property {string} sample  text of the flagged source line (or a distinctive part of it), so
 *                            the entry covers that one line and not every future finding of the
 *                            check in the file; when the line changes the entry goes stale
 * @property {string} reason  why it is a false positive and what proves the real protection
 */

/**
 * Reviewed false positives that code cannot avoid. Each entry names the check, the file, the
 * flagged line and a written reason pointing at what actually enforces the protection (ideally a test). Entries are
 * printed on every run; an entry that no longer matches a finding fails the run.
 * @type {AllowlistEntry[]}
 */
const allowlist = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'new BrowserWindow(mainWindowOptions(preloadPath))',
    reason:
      'The options come from mainWindowOptions() (electron/main/windowOptions.ts), which sets ' +
      'contextIsolation: true; Electronegativity does not follow the call into another function. ' +
      'test/electron/main/windowOptions.test.ts asserts the value and that window.ts is the only ' +
      'place constructing a BrowserWindow.',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'new BrowserWindow(mainWindowOptions(preloadPath))',
    reason:
      'sandbox: true is set in mainWindowOptions() (electron/main/windowOptions.ts), out of the ' +
      "scanner's sight; test/electron/main/windowOptions.test.ts asserts it.",
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: 'new BrowserWindow(mainWindowOptions(preloadPath))',
    reason:
      "The check wants disableBlinkFeatures: 'Auxclick', but Chromium no longer has an Auxclick " +
      'runtime feature, so the setting would do nothing. Middle-click opens arrive as window-open ' +
      'requests, and hardenWebContents (electron/main/security/harden.ts) answers every one with ' +
      "{ action: 'deny' } and stops will-navigate/will-redirect away from the app; " +
      'test/electron/main/security/harden.test.ts drives those handlers with a fake web contents.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/platform/electronPlatform.ts',
    sample: 'await shell.openExternal(url, { activate: true });',
    reason:
      'The one shell.openExternal call. Its only caller is the external link service, which passes ' +
      'nothing but the re-serialised URL that decideExternalUrl (electron/main/security/externalUrl.ts) ' +
      'allowed: http, https, mailto and tel only; test/electron/main/security/externalUrl.test.ts ' +
      'refuses the hostile URL list. The check flags every openExternal call for manual review.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/services/externalLinkService.ts',
    sample: 'await platform.openExternal(decision.url);',
    reason:
      'platform.openExternal(decision.url) is the reviewed gate itself: it runs only after ' +
      'decideExternalUrl allowed the URL and hands over its re-serialised form (tested in ' +
      'test/electron/main/security/externalUrl.test.ts). The check matches the method name.',
  },
];

/**
 * Known-bad window used to prove the scanner still analyses our TypeScript dialect. It uses the
 * syntax our sources use (import type, satisfies, optional chaining), so a parser that chokes on
 * it fails the gate instead of skipping files.
 */
const canarySource = `import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';

const size = { width: 800, height: 600 } satisfies Partial<BrowserWindowConstructorOptions>;

export function openCanaryWindow(title?: string): BrowserWindow {
  return new BrowserWindow({
    ...size,
    title: title?.trim() ?? 'canary',
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
}
`;
const canaryExpectedChecks = ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK'];

/**
 * The Electron version to assume: the exact devDependency, so the checks match what ships.
 * @returns {Promise<string>}
 */
async function pinnedElectronVersion() {
  /** @type {{ devDependencies?: Record<string, string>, dependencies?: Record<string, string> }} */
  const packageJson = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
  const version = packageJson.devDependencies?.electron ?? packageJson.dependencies?.electron;
  if (version === undefined || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(
      `package.json must pin electron to an exact version (found ${String(version)})`,
    );
  }
  return version;
}

/**
 * Repository-relative paths of every TypeScript file below `folder`.
 * @param {string} folder repository-relative
 * @returns {Promise<string[]>}
 */
async function typeScriptFiles(folder) {
  const entries = await readdir(path.join(projectRoot, folder), {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) =>
      path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/**
 * Copies the files to scan into a scratch folder with their repository-relative paths, so one
 * scan sees them all (its whole-app checks need that) and reports repository paths.
 * @param {string} stageFolder
 * @returns {Promise<string[]>} the staged repository-relative paths
 */
async function stageSources(stageFolder) {
  const files = await typeScriptFiles('electron');
  const rendererHtml = 'renderer/index.html';
  try {
    await readFile(path.join(projectRoot, rendererHtml));
    files.push(rendererHtml);
  } catch {
    // No renderer page yet: nothing to add.
  }
  for (const file of files) {
    await mkdir(path.dirname(path.join(stageFolder, file)), { recursive: true });
    await cp(path.join(projectRoot, file), path.join(stageFolder, file));
  }
  return files;
}

/**
 * Where a finding is, for humans: file:line:column, or "whole app" for the global checks.
 * @param {Finding} finding
 * @returns {string}
 */
function position(finding) {
  return finding.file === 'N/A'
    ? 'whole app'
    : `${finding.file}:${finding.location.line}:${finding.location.column}`;
}

/**
 * A gating finding in full: severity, check, place, the flagged line and the check's advice.
 * @param {Finding} finding
 * @param {string} indent  prefix of the continuation lines
 * @returns {string}
 */
function describe(finding, indent) {
  const lines = [
    `${finding.severity.name.padEnd(6)} ${finding.id}  ${position(finding)}  (confidence ${finding.confidence.name.toLowerCase()}${finding.manualReview === true ? ', manual review' : ''})`,
  ];
  if (finding.sample) lines.push(`${indent}> ${finding.sample}`);
  lines.push(
    `${indent}${finding.description}${finding.shortenedURL ? ` ${finding.shortenedURL}` : ''}`,
  );
  return lines.join('\n');
}

/**
 * The only option: `--sarif <file>` (or `--sarif=<file>`) to keep a SARIF report.
 * @param {string[]} argv
 * @returns {{ sarifPath: string | null }}
 */
function parseArguments(argv) {
  let sarifPath = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--sarif' && argv[index + 1] !== undefined) {
      sarifPath = path.resolve(argv[index + 1] ?? '');
      index += 1;
    } else if (argument?.startsWith('--sarif=')) {
      sarifPath = path.resolve(argument.slice('--sarif='.length));
    } else {
      throw new Error(
        `Unknown argument ${String(argument)}. Usage: electronegativity.mjs [--sarif <file.sarif>]`,
      );
    }
  }
  return { sarifPath };
}

async function main() {
  const startedAt = performance.now();
  const { sarifPath } = parseArguments(process.argv.slice(2));
  const electronVersion = await pinnedElectronVersion();
  const scratch = await mkdtemp(path.join(tmpdir(), 'crisis-room-electronegativity-'));
  try {
    const stageFolder = path.join(scratch, 'app');
    const canaryFolder = path.join(scratch, 'canary');
    await mkdir(canaryFolder, { recursive: true });
    await writeFile(path.join(canaryFolder, 'canaryWindow.ts'), canarySource);
    const scanned = await stageSources(stageFolder);
    if (!scanned.some((file) => file.endsWith('.ts'))) {
      console.error('Electronegativity gate: no TypeScript files under electron/ to scan.');
      return 1;
    }

    const common = {
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: excludedChecks,
    };
    // Two separate runs (whole-app checks would mix the canary into the app's results), in
    // parallel: each spends most of its time waiting for the translations fetch.
    const [result, canaryResult] = await Promise.all([
      runElectronegativity({
        ...common,
        input: stageFolder,
        ...(sarifPath === null ? {} : { output: sarifPath, isSarif: true }),
      }),
      runElectronegativity({ ...common, input: canaryFolder }),
    ]);

    const failures = [];
    const canaryChecks = new Set(canaryResult.issues.map((issue) => issue.id));
    const missedByCanary = canaryExpectedChecks.filter((check) => !canaryChecks.has(check));
    if (missedByCanary.length > 0 || canaryResult.errors.length > 0) {
      failures.push(
        `the canary window was not analysed (missing ${missedByCanary.join(', ') || 'nothing'}; ` +
          `errors: ${canaryResult.errors.map((error) => error.message).join('; ') || 'none'}). ` +
          'Electronegativity no longer reads our TypeScript, so its silence proves nothing.',
      );
    }

    const parseFailures = result.errors.filter((error) => !error.tolerable);
    for (const error of parseFailures) {
      failures.push(
        `could not parse ${path.relative(stageFolder, error.file)} (so it was not checked): ${error.message}`,
      );
    }

    const findings = result.issues
      .map((issue) => ({
        ...issue,
        file: issue.file === 'N/A' ? issue.file : issue.file.split(path.sep).join('/'),
      }))
      .sort(
        (left, right) =>
          left.file.localeCompare(right.file) || left.location.line - right.location.line,
      );
    /** @type {Finding[]} */
    const allowed = [];
    /** @type {Finding[]} */
    const gating = [];
    /** @type {Finding[]} */
    const other = [];
    const usedEntries = new Set();
    for (const finding of findings) {
      if (!gatingSeverities.has(finding.severity.name)) {
        other.push(finding);
        continue;
      }
      const entry = allowlist.find(
        (candidate) =>
          candidate.check === finding.id &&
          candidate.file === finding.file &&
          (finding.sample ?? '').includes(candidate.sample),
      );
      if (entry === undefined) {
        gating.push(finding);
      } else {
        usedEntries.add(entry);
        allowed.push(finding);
      }
    }
    const staleEntries = allowlist.filter((entry) => !usedEntries.has(entry));
    for (const entry of staleEntries) {
      failures.push(
        `allowlist entry ${entry.check} in ${entry.file} (line "${entry.sample}") matches no finding any more: ` +
          'remove it, or review the changed line again and update the entry',
      );
    }

    /** @param {string} name */
    const countBySeverity = (name) =>
      findings.filter((finding) => finding.severity.name === name).length;
    console.log(
      `Electronegativity on ${scanned.length} files (electron/**/*.ts${scanned.includes('renderer/index.html') ? ', renderer/index.html' : ''}), ` +
        `assuming Electron ${electronVersion}: HIGH ${countBySeverity('HIGH')}, MEDIUM ${countBySeverity('MEDIUM')} ` +
        `(${allowed.length} allowlisted), LOW ${countBySeverity('LOW')}, INFORMATIONAL ${countBySeverity('INFORMATIONAL')}. ` +
        `Canary ${missedByCanary.length === 0 ? 'detected' : 'MISSED'}.`,
    );
    if (allowlist.length > 0) {
      console.log('\nAllowlist (reviewed false positives):');
      for (const entry of allowlist) {
        console.log(
          `  ${entry.check}  ${entry.file}${usedEntries.has(entry) ? '' : '  [STALE]'}\n` +
            `      line:   ${entry.sample}\n      reason: ${entry.reason}`,
        );
      }
    }
    if (gating.length > 0) {
      console.log('\nFindings that fail the gate:');
      for (const finding of gating) console.log(`  ${describe(finding, '         ')}`);
    }
    if (other.length > 0) {
      console.log('\nLow and informational findings (reported, not gating):');
      for (const finding of other)
        console.log(`  ${finding.severity.name.padEnd(13)} ${finding.id}  ${position(finding)}`);
    }
    if (sarifPath !== null) console.log(`\nSARIF report: ${sarifPath}`);

    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    if (gating.length === 0 && failures.length === 0) {
      console.log(`\nElectronegativity gate passed (${seconds} s).`);
      return 0;
    }
    for (const failure of failures) console.log(`\nProblem: ${failure}`);
    console.log(
      `\nElectronegativity gate FAILED (${seconds} s): ${gating.length} high/medium finding(s), ${failures.length} other problem(s). ` +
        'Fix the code; if a finding is a false positive that code cannot avoid, add an allowlist entry ' +
        '(check, file, line, reason) in build/scripts/electronegativity.mjs.',
    );
    return 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error) => {
    console.error(
      `Electronegativity gate could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
