import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Monitoring page: monitoring (keyword rules over feeds, early-warning indicators, alerts,
 * source health). Nothing is recorded yet, so it says what the area will hold and that it is
 * empty.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.monitoring.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.monitoring.heading')}
        summary={t('emptyStates.monitoring.summary')}
        status={t('emptyStates.monitoring.nothingYet')}
      />
    </>
  );
}
