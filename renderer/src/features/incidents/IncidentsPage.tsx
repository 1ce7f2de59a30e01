import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { IncidentsView } from './list/IncidentsView';
import { IncidentPage } from './page/IncidentPage';
import { WarRoomView } from './warRoom/WarRoomView';

/**
 * The Incidents area, in a nested router under `#/incidents`: the incident list with "Declare
 * incident" (`/`), one incident's command page (`/<id>`) and its war-room view for a projector
 * (`/<id>/war-room`, shown without the page heading so it fills the screen).
 */
export function IncidentsPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const warRoom = /^\/([^/]+)\/war-room$/u.exec(location);
  if (warRoom?.[1] !== undefined) {
    return <WarRoomView key={warRoom[1]} incidentId={decodeURIComponent(warRoom[1])} />;
  }
  return (
    <>
      <PageHeading>{t('areas.incidents.title')}</PageHeading>
      <Switch>
        <Route path="/:id">
          {(params) => <IncidentPage key={params.id} incidentId={params.id} />}
        </Route>
        <Route component={IncidentsView} />
      </Switch>
    </>
  );
}
