/** Public surface of the drills feature: other code imports it only from here. */
export { DrillsPage } from './DrillsPage';
