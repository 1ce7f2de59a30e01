import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { ActiveIncidentsCard, DeclareIncidentButton } from '../incidents';
import { ActionItemsCard } from '../postmortems';
import { OverdueReviewsPanel } from '../risks';
import { CoverageCard } from '../roster';

/**
 * The Dashboard page: the overview of the crisis loop. "Declare incident" comes first, since
 * declaring is what someone opening the app in a crisis needs, then the incidents being handled,
 * open and overdue postmortem action items, the crisis team's coverage and overdue risk reviews;
 * the rest (alerts, drills) is
 * described as what is still to come, with no sample data.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.dashboard.title')}</PageHeading>
      <div className="button-row dashboard__actions">
        <DeclareIncidentButton variant="primary" />
      </div>
      <ActiveIncidentsCard hasDeclareButton={false} />
      <ActionItemsCard />
      <CoverageCard />
      <OverdueReviewsPanel />
      <EmptyState
        heading={t('incidents.list.dashboard.upcomingHeading')}
        summary={t('incidents.list.dashboard.upcomingSummary')}
        status={t('incidents.list.dashboard.upcomingStatus')}
      />
    </>
  );
}
