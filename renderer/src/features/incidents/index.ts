/** Public surface of the incidents feature: other code imports it only from here. */
export { IncidentsPage } from './IncidentsPage';
export { ActiveIncidentsCard } from './list/ActiveIncidentsCard';
export { DeclareIncidentButton } from './declare/DeclareIncidentButton';
export { IncidentSettingsSection } from './warRoom/IncidentSettingsSection';
export { OverdueClockWatcher } from './time/OverdueClockWatcher';
export {
  useIncidents,
  useOpenIncidents,
  useIncident,
  useTimeline,
  useIncidentTenures,
  useIncidentTasks,
  useIncidentCommunications,
  useIncidentSopRuns,
  useIncidentMetrics,
} from './useIncidentData';
