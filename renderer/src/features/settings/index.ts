/** Public surface of the settings feature: other code imports it only from here. */
export { SettingsPage } from './SettingsPage';
export { useSettings } from './useSettings';
export { changeSetting, reportSettingFailure, toggleDisplayMode } from './settingsCommands';
