import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { OverdueReviewsPanel } from '../risks';
import { CoverageCard } from '../roster';

/**
 * The Dashboard page: the overview of the crisis loop. The crisis team's coverage and overdue
 * risk reviews are shown now; the rest (active incidents, alerts, action items, drills) is
 * described as what is still to come, with no sample data.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.dashboard.title')}</PageHeading>
      <CoverageCard />
      <OverdueReviewsPanel />
      <EmptyState
        heading={t('risks.register.dashboard.upcomingHeading')}
        summary={t('risks.register.dashboard.upcomingSummary')}
        status={t('risks.register.dashboard.upcomingStatus')}
      />
    </>
  );
}
