/** Public surface of the dashboard feature: other code imports it only from here. */
export { DashboardPage } from './DashboardPage';
