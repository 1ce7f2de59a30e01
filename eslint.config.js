// ESLint flat config. Typed rules everywhere TypeScript runs, plus the import boundaries of
// ARCHITECTURE.md §1: each world may import only what its column allows, and each refusal says
// what to use instead. Exceptions are listed here with their reason; none is relaxed quietly.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter(
  (name) => !name.startsWith('_') && !name.startsWith('node:'),
);

/** Restriction groups, combined per folder (a later no-restricted-imports block replaces, never merges). */
const restrict = {
  nodeIn: (world) => ({
    group: ['node:*'],
    message: `${world} code runs without Node: put file, network and OS work in an electron/main service and call it through the IPC contract.`,
  }),
  electronIn: (world) => ({
    group: ['electron', 'electron/*', 'electron-updater'],
    // Types describe Electron's objects without loading Electron, so Node-only code may use them.
    allowTypeImports: true,
    message: `${world} code must not import Electron: use the Platform interface (electron/main/platform/platform.ts).`,
  }),
  uiLibrariesIn: (world) => ({
    group: [
      'react',
      'react-dom',
      'react-dom/*',
      'zustand',
      'zustand/*',
      'dexie',
      'dexie-react-hooks',
      'i18next',
      'react-i18next',
      'wouter',
      'wouter/*',
      '@tanstack/*',
    ],
    message: `${world} code must not import UI or storage libraries: those belong to renderer/.`,
  }),
  rendererFrom: (world) => ({
    group: ['**/renderer/**'],
    message: `${world} must not import renderer code: share it through shared/.`,
  }),
  mainFrom: (world) => ({
    group: [
      '**/electron/main/**',
      '**/main/**',
      '**/electron/web/**',
      '**/web/**',
      '**/electron/preload/**',
      '**/preload/**',
    ],
    message: `${world} must not import main-process code: talk to it through the IPC contract (shared/ipc).`,
  }),
  dexieOutsideDb: {
    group: ['dexie', 'dexie/*', 'dexie-react-hooks'],
    message: 'Only renderer/src/db imports Dexie: use a repository, or useLiveQuery from db/live.',
  },
  componentsIsolation: {
    group: ['**/stores/**', '**/db/**', '**/features/**', '**/ipc/**'],
    message: 'Presentational components take props: they import no store, db, ipc or feature.',
  },
};

/** Exact-name refusals of Node's builtin modules (`fs`, `path` …), joined to a world's patterns. */
function withoutNode(world, options) {
  const message = restrict.nodeIn(world).message;
  return {
    paths: [...nodeBuiltins.map((name) => ({ name, message })), ...(options.paths ?? [])],
    patterns: options.patterns,
  };
}

const features = readdirSync(new URL('./renderer/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const rendererPatterns = [
  restrict.nodeIn('Renderer'),
  restrict.electronIn('Renderer'),
  restrict.mainFrom('Renderer'),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only']",
          message: 'Focused tests (.only) hide the rest of the suite.',
        },
      ],
    },
  },
  {
    files: [
      '**/*.js',
      '**/*.mjs',
      'vitest.config.ts',
      'playwright.config.ts',
      'renderer/vite.config.ts',
    ],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: false, project: null },
    },
  },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        {
          selector: "CallExpression[callee.property.name='only']",
          message: 'Focused tests (.only) hide the rest of the suite.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        withoutNode('Shared', {
          patterns: [
            restrict.nodeIn('Shared'),
            restrict.electronIn('Shared'),
            restrict.uiLibrariesIn('Shared'),
            restrict.rendererFrom('Shared'),
            {
              group: ['**/electron/**'],
              message: 'Shared code must not import main-process code.',
            },
          ],
        }),
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict.electronIn('Main-process service'),
            restrict.uiLibrariesIn('Main-process'),
            restrict.rendererFrom('Main-process code'),
          ],
        },
      ],
    },
  },
  {
    // The only main-process files that load Electron itself: the bootstrap, the window factory,
    // the scheme registration (security.ts) and the Electron platform. Everything they wire up
    // (session hardening in security/harden.ts, the app:// handler in static/appProtocol.ts, the
    // window lifecycle) takes Electron objects by type only, so it is tested with plain fakes.
    // `ipcMain` is imported by the bootstrap alone, which hands it to the transport
    // (electron/main/ipc/electronTransport.ts).
    files: [
      'electron/main/index.ts',
      'electron/main/window.ts',
      'electron/main/windowOptions.ts',
      'electron/main/security.ts',
      'electron/main/platform/electronPlatform.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Only the bootstrap (electron/main/index.ts) imports ipcMain.',
            },
          ],
          patterns: [
            restrict.uiLibrariesIn('Main-process'),
            restrict.rendererFrom('Main-process code'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict.uiLibrariesIn('Main-process'),
            restrict.rendererFrom('Main-process code'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        withoutNode('Preload', {
          paths: [
            {
              name: 'electron',
              allowImportNames: ['contextBridge', 'ipcRenderer'],
              message: 'The preload uses contextBridge and ipcRenderer only.',
            },
          ],
          patterns: [
            restrict.nodeIn('Preload'),
            restrict.uiLibrariesIn('Preload'),
            restrict.rendererFrom('The preload'),
            {
              group: ['**/main/**', '**/web/**'],
              message: 'The preload must not import main-process code.',
            },
            {
              group: ['**/shared/*', '!**/shared/ipc'],
              message: 'The preload imports shared/ipc only.',
            },
          ],
        }),
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        withoutNode('Renderer', { patterns: [...rendererPatterns, restrict.dexieOutsideDb] }),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'crisisRoom',
          message: 'Only renderer/src/ipc talks to the bridge: use getBridge() from ipc/client.',
        })),
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'crisisRoom',
          message: 'Only renderer/src/ipc talks to the bridge: use getBridge() from ipc/client.',
        },
        { name: 'EventSource', message: 'Only renderer/src/ipc opens event streams.' },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', withoutNode('Renderer', { patterns: rendererPatterns })],
    },
  },
  {
    files: ['renderer/src/ipc/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        withoutNode('Renderer', {
          patterns: [...rendererPatterns, restrict.dexieOutsideDb, restrict.componentsIsolation],
        }),
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        withoutNode('Renderer', {
          patterns: [
            ...rendererPatterns,
            restrict.dexieOutsideDb,
            ...features
              .filter((other) => other !== feature)
              .map((other) => ({
                group: [
                  `**/features/${other}/*`,
                  `../${other}/*`,
                  `../../${other}/*`,
                  `!**/features/${other}/index`,
                  `!../${other}/index`,
                  `!../../${other}/index`,
                ],
                message: `Import the ${other} feature through its index.ts only.`,
              })),
          ],
        }),
      ],
    },
  })),
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
