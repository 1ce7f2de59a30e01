/** Public surface of the reports feature: other code imports it only from here. */
export { ReportsPage } from './ReportsPage';
