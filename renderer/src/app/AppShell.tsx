import type { i18n as I18nInstance } from 'i18next';
import { OverdueClockWatcher } from '../features/incidents';
import { useEarlyWarning } from '../features/monitoring';
import { AppRoutes } from './AppRoutes';
import { Layout } from './Layout';
import { useDocumentSettings } from './useDocumentSettings';
import { useMonitoringSync } from './useMonitoringSync';
import { usePaletteShortcut } from './usePaletteShortcut';
import { useUpdateStatusSync } from './useUpdateStatusSync';

/** Props of {@link AppShell}. */
export type AppShellProps = {
  i18n: I18nInstance;
};

/**
 * The running app inside its providers: wires the app-wide effects (saved settings applied to
 * the document, update status from the main process, the monitoring hand-off, the palette
 * shortcut, desktop notifications of incident clocks going overdue and of early-warning alerts)
 * and shows the layout with
 * the current route.
 */
export function AppShell({ i18n }: AppShellProps) {
  useDocumentSettings(i18n);
  useUpdateStatusSync();
  useMonitoringSync();
  useEarlyWarning();
  usePaletteShortcut();
  return (
    <Layout>
      <OverdueClockWatcher />
      <AppRoutes />
    </Layout>
  );
}
