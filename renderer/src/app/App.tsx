import type { i18n as I18nInstance } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppShell } from './AppShell';

/** Props of {@link App}. */
export type AppProps = {
  /** An i18next instance already set to the saved or system language (see `loadStartup`). */
  i18n: I18nInstance;
};

/**
 * The whole renderer app: translations and hash routing (`#/risks`), which works the same from
 * the `app://` scheme, the loopback web server and a file saved to disk, around the shell.
 */
export function App({ i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <Router hook={useHashLocation}>
        <AppShell i18n={i18n} />
      </Router>
    </I18nextProvider>
  );
}
