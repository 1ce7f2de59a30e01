import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Dashboard page: the overview of the crisis loop (active incidents, alerts, reviews due,
 * drills). Nothing is recorded yet, so it says what the area will hold and that it is empty.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.dashboard.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.dashboard.heading')}
        summary={t('emptyStates.dashboard.summary')}
        status={t('emptyStates.dashboard.nothingYet')}
      />
    </>
  );
}
