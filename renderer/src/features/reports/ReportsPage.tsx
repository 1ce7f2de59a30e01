import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Reports page: reports (incident, situation, postmortem, drill and risk reports as PDF,
 * Markdown, CSV). Nothing is recorded yet, so it says what the area will hold and that it is
 * empty.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.reports.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.reports.heading')}
        summary={t('emptyStates.reports.summary')}
        status={t('emptyStates.reports.nothingYet')}
      />
    </>
  );
}
