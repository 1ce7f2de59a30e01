import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Incidents page: the incident log (severity, timeline, tasks, SOP runs, postmortems). Nothing
 * is recorded yet, so it says what the area will hold and that it is empty.
 */
export function IncidentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.incidents.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.incidents.heading')}
        summary={t('emptyStates.incidents.summary')}
        status={t('emptyStates.incidents.nothingYet')}
      />
    </>
  );
}
