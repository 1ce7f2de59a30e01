import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { ReportsView } from './list/ReportsView';
import { IncidentReportPage } from './page/IncidentReportPage';

/**
 * The Reports area, in a nested router under `#/reports`: the incidents and their reports (`/`)
 * and one incident's stakeholder report (`/incidents/<id>`) with its PDF, Markdown and CSV exports.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.reports.title')}</PageHeading>
      <Switch>
        <Route path="/incidents/:id">
          {(params) => <IncidentReportPage key={params.id} incidentId={params.id} />}
        </Route>
        <Route component={ReportsView} />
      </Switch>
    </>
  );
}
