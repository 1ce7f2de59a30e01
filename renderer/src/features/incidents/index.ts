/** Public surface of the incidents feature: other code imports it only from here. */
export { IncidentsPage } from './IncidentsPage';
