/** Public surface of the postmortems feature: other code imports it only from here. */
export { PostmortemsPage } from './PostmortemsPage';
export { WritePostmortemButton } from './page/WritePostmortemButton';
export { ActionItemsCard } from './actions/ActionItemsCard';
export { SopChangeRequestsPanel } from './actions/SopChangeRequestsPanel';
export { RiskReviewRequestsPanel } from './actions/RiskReviewRequestsPanel';
export { SimilarIncidents } from './database/SimilarIncidents';
export { usePostmortemOfIncident, useActionItemsOf, usePostmortems } from './usePostmortemData';
