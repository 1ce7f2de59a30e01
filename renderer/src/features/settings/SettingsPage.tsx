import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { IncidentSettingsSection } from '../incidents';
import { AppearanceSection } from './AppearanceSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { LanguageSection } from './LanguageSection';
import { MonitoringSettingsSection } from './MonitoringSettingsSection';
import { RiskMatrixSection } from './RiskMatrixSection';
import { UpdatesSection } from './UpdatesSection';
import { useSettings } from './useSettings';

/**
 * The Settings page: language, appearance (theme, war-room display), monitoring (retention,
 * unhealthy threshold), the risk matrix, severity levels and update cadence, diagnostics and
 * updates.
 * Controls show the saved values read live from IndexedDB; the sections that need them wait for
 * the first read rather than showing defaults that might be wrong.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <>
      <PageHeading>{t('areas.settings.title')}</PageHeading>
      {settings !== undefined && (
        <>
          <LanguageSection language={settings.language} />
          <AppearanceSection theme={settings.theme} displayMode={settings.displayMode} />
          <MonitoringSettingsSection
            retentionDays={settings.monitoringRetentionDays}
            unhealthyAfter={settings.monitoringUnhealthyAfter}
          />
          <RiskMatrixSection />
          <IncidentSettingsSection />
          <DiagnosticsSection storagePersistence={settings.storagePersistence} />
        </>
      )}
      <UpdatesSection />
    </>
  );
}
