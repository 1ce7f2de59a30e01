/** Public surface of the risks feature: other code imports it only from here. */
export { RisksPage } from './RisksPage';
