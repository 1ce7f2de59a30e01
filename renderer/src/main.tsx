// Must stay first: configures zod before any module creates a schema.
import './lib/zodJitless';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/import-dialog.css';
import './styles/risks-register.css';
import './styles/risks-detail.css';
import './styles/risks-transfer.css';
import './styles/roster-people.css';
import './styles/roster-roles.css';
import './styles/roster-calltree.css';
import './styles/roster-transfer.css';
import './styles/sops-editor.css';
import './styles/sops-library.css';
import './styles/sops-runs.css';
import './styles/sops-matrix.css';
import './styles/sops-templates.css';
import './styles/sops-search.css';
import './styles/incidents-time.css';
import './styles/incidents-work.css';
import './styles/incidents-page.css';
import './styles/incidents-list.css';
import './styles/incidents-timeline.css';
import './styles/incidents-warroom.css';
import './styles/postmortems-database.css';
import './styles/postmortems-actions.css';
import './styles/postmortems-trends.css';
import './styles/reports.css';
import './styles/postmortems-page.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { StartupFailure } from './app/StartupFailure';
import { createFallbackI18n, loadStartup, requestStorageOnStartup } from './app/startup';
import type { Startup } from './app/startup';

/**
 * Entry point of the renderer. Nothing is rendered until the saved settings are read, so the first
 * frame is already in the saved language and theme (no flash of English or of the wrong theme);
 * then persistent storage is requested once, in the background.
 */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) {
    throw new Error('index.html has no #root element.');
  }
  const root = createRoot(container);
  let startup: Startup;
  try {
    startup = await loadStartup();
  } catch (error: unknown) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    root.render(
      <StrictMode>
        <I18nextProvider i18n={createFallbackI18n()}>
          <StartupFailure detail={detail} />
        </I18nextProvider>
      </StrictMode>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App i18n={startup.i18n} />
    </StrictMode>,
  );
  await requestStorageOnStartup();
}

void start();
