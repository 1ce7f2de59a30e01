/** Public surface of the roster feature: other code imports it only from here. */
export { RosterPage } from './RosterPage';
