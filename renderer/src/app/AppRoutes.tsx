import type { ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { DashboardPage } from '../features/dashboard';
import { DrillsPage } from '../features/drills';
import { IncidentsPage } from '../features/incidents';
import { MonitoringPage } from '../features/monitoring';
import { PostmortemsPage } from '../features/postmortems';
import { ReportsPage } from '../features/reports';
import { RisksPage } from '../features/risks';
import { RosterPage } from '../features/roster';
import { SettingsPage } from '../features/settings';
import { SopsPage } from '../features/sops';
import { areas, defaultArea } from './areas';
import type { AreaId } from './areas';

/** The page component of each area. */
const areaPages = {
  dashboard: DashboardPage,
  risks: RisksPage,
  roster: RosterPage,
  sops: SopsPage,
  incidents: IncidentsPage,
  postmortems: PostmortemsPage,
  monitoring: MonitoringPage,
  drills: DrillsPage,
  reports: ReportsPage,
  settings: SettingsPage,
} as const satisfies Record<AreaId, ComponentType>;

/**
 * One route per area (`#/risks` …); an area with sub-pages gets a nested router, so its own
 * routes are relative to its path (`#/monitoring/items`). Any other address, the bare `#/`
 * included, is replaced by the dashboard's, so the address bar always names the page shown.
 */
export function AppRoutes() {
  return (
    <Switch>
      {areas.map((area) => (
        <Route
          key={area.id}
          path={area.path}
          component={areaPages[area.id]}
          nest={'hasSubPages' in area && area.hasSubPages}
        />
      ))}
      <Route>
        <Redirect to={defaultArea.path} replace />
      </Route>
    </Switch>
  );
}
