/** Public surface of the risks feature: other code imports it only from here. */
export { RisksPage } from './RisksPage';
export { OverdueReviewsPanel } from './register/OverdueReviewsPanel';
// The risk matrix settings (Settings → Risk matrix) read and save the matrix through these.
export { useDeletedRisks, useRiskMatrix, useRiskViews } from './useRiskData';
// The SOP library's crisis type pages list the register's risks of each type.
export { useRisksOfCrisisType } from './useRiskData';
export { fieldIssueMessageKey, saveRiskMatrix } from './riskCommands';
