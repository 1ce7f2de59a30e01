/** Public surface of the monitoring feature: other code imports it only from here. */
export { MonitoringPage } from './MonitoringPage';
export { startMonitoringSync } from './monitoringSync';
export { startRetention } from './monitoringRetention';
export { startRematch } from './earlyWarning/rematch';
export { reportRulesApplied, useEarlyWarning } from './earlyWarning/useEarlyWarning';
