import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { RenderResult } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { loadStartup } from '../../../renderer/src/app/startup';
import { getDatabase } from '../../../renderer/src/db/database';
import { useAppStore } from '../../../renderer/src/stores/appStore';
import { installFakeMainProcess, type FakeMainProcess } from './fakeBridge';

/**
 * Starts the app the way main.tsx does (saved settings read from IndexedDB, i18n created in that
 * language) at the given hash route, and renders it.
 */
export async function renderApp(hash = '#/dashboard'): Promise<RenderResult> {
  window.history.replaceState(null, '', `/${hash}`);
  const startup = await loadStartup();
  return render(<App i18n={startup.i18n} />);
}

/**
 * Forgets everything a previous test left behind: every saved table, form drafts, UI state in the store, the
 * route and the document attributes the app sets.
 */
export async function resetAppState(): Promise<void> {
  const db = getDatabase();
  // Every table, so data one test saved (a risk, a source) can never leak into the next.
  await Promise.all(db.tables.map((table) => table.clear()));
  // Unsaved form drafts live in localStorage.
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  window.history.replaceState(null, '', '/');
  const root = document.documentElement;
  root.removeAttribute('lang');
  root.removeAttribute('data-theme');
  root.removeAttribute('data-display');
}

/**
 * The environment of an app-level test file: the fake main process behind `window.crisisRoom`,
 * reset before each test together with the saved data and UI state, and the rendered app
 * unmounted and spies restored after each. Returns the fake so tests can steer its answers.
 */
export function useAppTestEnvironment(): FakeMainProcess {
  const mainProcess = installFakeMainProcess();
  beforeEach(async () => {
    mainProcess.reset();
    await resetAppState();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    cleanup();
  });
  return mainProcess;
}
