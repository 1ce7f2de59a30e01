/** Public surface of the sops feature: other code imports it only from here. */
export { SopsPage } from './SopsPage';
