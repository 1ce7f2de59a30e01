/** Public surface of the sops feature: other code imports it only from here. */
export { SopsPage } from './SopsPage';
export {
  usePublishedSops,
  useStatementTemplates,
  useCommStakeholders,
  useCommChannels,
} from './useSopData';
export type { PublishedSop } from './useSopData';
export { startSopRun } from './sopCommands';
export { useStakeholderName, useChannelName, useCrisisTypeName } from './sopLabels';
export { useRunWithVersion } from './runs/useRunWithVersion';
export { RunDetails } from './runs/RunDetails';
