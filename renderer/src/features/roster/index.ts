/** Public surface of the roster feature: other code imports it only from here. */
export { RosterPage } from './RosterPage';
export { CoverageCard } from './roles/CoverageCard';
export { usePeople, usePeopleById, useRoles, useSeverityLevels } from './useRosterData';
export { personDisplayName, useRoleName } from './rosterLabels';
