import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { SectionNavigation } from '../../components/SectionNavigation';
import { ItemsView } from './ItemsView';
import { MonitoringStatusBanner } from './MonitoringStatusBanner';
import { SourceDetail } from './SourceDetail';
import { SourcesView } from './SourcesView';

/**
 * The Monitoring area: the engine's state (offline, asleep, records not stored) above two
 * sections, Sources (`#/monitoring` or `#/monitoring/sources`, with one source's details at
 * `#/monitoring/sources/<id>`) and Items (`#/monitoring/items`). Rendered in a nested router,
 * so the paths here are relative to `/monitoring`.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const isItems = location === '/items' || location.startsWith('/items/');
  return (
    <>
      <PageHeading>{t('areas.monitoring.title')}</PageHeading>
      <MonitoringStatusBanner />
      <SectionNavigation
        label={t('monitoring.sectionsLabel')}
        links={[
          { href: '/sources', label: t('monitoring.sources.title'), isCurrent: !isItems },
          { href: '/items', label: t('monitoring.items.title'), isCurrent: isItems },
        ]}
      />
      <Switch>
        <Route path="/sources/:sourceId">
          {(params) => <SourceDetail key={params.sourceId} sourceId={params.sourceId} />}
        </Route>
        <Route path="/items" component={ItemsView} />
        <Route component={SourcesView} />
      </Switch>
    </>
  );
}
