import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { SectionNavigation } from '../../components/SectionNavigation';
import { ActionItemsView } from './actions/ActionItemsView';
import { EventDatabaseView } from './database/EventDatabaseView';
import { PostmortemPage } from './page/PostmortemPage';

/**
 * Trends carry the chart library (recharts, about a third of the app's code): loaded when the page
 * is first opened, so it does not slow down start-up in a crisis.
 */
const TrendsView = lazy(async () => ({
  default: (await import('./trends/TrendsView')).TrendsView,
}));

/**
 * The postmortems area, in a nested router under `#/postmortems`: the crisis-event database
 * (`/`, full-text search over every incident and postmortem), action items across postmortems
 * (`/actions`), trends (`/trends`) and one postmortem (`/<id>`).
 */
export function PostmortemsPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <>
      <PageHeading>{t('areas.postmortems.title')}</PageHeading>
      <SectionNavigation
        label={t('postmortems.sections.label')}
        links={[
          // Absolute: a nested link to '/' would address `#/postmortems/` with a trailing slash.
          {
            href: '~/postmortems',
            label: t('postmortems.sections.database'),
            isCurrent: location === '/',
          },
          {
            href: '/actions',
            label: t('postmortems.sections.actions'),
            isCurrent: location.startsWith('/actions'),
          },
          {
            href: '/trends',
            label: t('postmortems.sections.trends'),
            isCurrent: location.startsWith('/trends'),
          },
        ]}
      />
      <Switch>
        <Route path="/actions" component={ActionItemsView} />
        <Route path="/trends">
          <Suspense fallback={<p role="status">{t('postmortems.sections.loading')}</p>}>
            <TrendsView />
          </Suspense>
        </Route>
        <Route path="/:id">
          {(params) => <PostmortemPage key={params.id} postmortemId={params.id} />}
        </Route>
        <Route component={EventDatabaseView} />
      </Switch>
    </>
  );
}
