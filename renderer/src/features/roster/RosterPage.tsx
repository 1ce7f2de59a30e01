import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import { SectionNavigation } from '../../components/SectionNavigation';
import { CallTreePrintView } from './callTree/CallTreePrintView';
import { CallTreeView } from './callTree/CallTreeView';
import { PeopleView } from './people/PeopleView';
import { PersonPage } from './people/PersonPage';
import { CoverageView } from './roles/CoverageView';
import { RolesView } from './roles/RolesView';

/**
 * The Crisis team area: people (`#/roster`), one person (`#/roster/people/<id>`), roles and their
 * holders (`#/roster/roles`), the coverage check (`#/roster/coverage`), the call tree with "who
 * to call now" (`#/roster/call-tree`) and its printable card (`#/roster/call-tree/print`).
 * Rendered in a nested router, so the paths here are relative to `/roster`.
 */
export function RosterPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  if (location === '/call-tree/print') {
    // The printable card stands alone: no navigation to print on the page.
    return <CallTreePrintView />;
  }
  return (
    <>
      <PageHeading>{t('areas.roster.title')}</PageHeading>
      <SectionNavigation
        label={t('roster.sections.label')}
        links={[
          // Absolute: a nested link to '/' would address `#/roster/` with a trailing slash.
          {
            href: '~/roster',
            label: t('roster.sections.people'),
            isCurrent: location === '/' || location.startsWith('/people/'),
          },
          { href: '/roles', label: t('roster.sections.roles'), isCurrent: location === '/roles' },
          {
            href: '/coverage',
            label: t('roster.sections.coverage'),
            isCurrent: location === '/coverage',
          },
          {
            href: '/call-tree',
            label: t('roster.sections.callTree'),
            isCurrent: location === '/call-tree',
          },
        ]}
      />
      <Switch>
        <Route path="/roles" component={RolesView} />
        <Route path="/coverage" component={CoverageView} />
        <Route path="/call-tree" component={CallTreeView} />
        <Route path="/people/:id">
          {(params) => <PersonPage key={params.id} personId={params.id} />}
        </Route>
        <Route component={PeopleView} />
      </Switch>
    </>
  );
}
