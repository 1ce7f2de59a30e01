/**
 * English messages: the source of truth for every key. The Traditional and Simplified Chinese
 * trees are typed against {@link Messages}, so a key missing there (or added only there) fails
 * the type check. Keep `{{placeholders}}` identical across the three languages; a test checks.
 */
export const en = {
  app: {
    name: 'Crisis Room',
    documentTitle: '{{area}} · Crisis Room',
  },
  shell: {
    skipToContent: 'Skip to main content',
    navigationLabel: 'Main navigation',
    openPalette: 'Command palette',
  },
  areas: {
    dashboard: { title: 'Dashboard' },
    risks: { title: 'Risks' },
    roster: { title: 'Crisis team' },
    sops: { title: 'SOPs' },
    incidents: { title: 'Incidents' },
    monitoring: { title: 'Monitoring' },
    drills: { title: 'Drills' },
    reports: { title: 'Reports' },
    settings: { title: 'Settings' },
  },
  emptyStates: {
    dashboard: {
      heading: 'What the dashboard will show',
      summary:
        'One view of the crisis loop: active incidents with their severity and next update due, monitoring alerts, risks due for review, open action items and upcoming drills.',
      nothingYet: 'Nothing has been recorded yet, so there is nothing to show.',
    },
    risks: {
      heading: 'What the risk register will hold',
      summary:
        'Each risk stated as “if cause, then consequence”, scored by likelihood × impact, with an owner, controls and review dates, and a heat map whose cells open the risks in them.',
      nothingYet: 'No risks have been recorded yet.',
    },
    roster: {
      heading: 'What the crisis team roster will hold',
      summary:
        'The people and roles of the crisis team (commander, spokesperson, legal counsel and others), each role with a primary and a backup, contact details and a printable call tree.',
      nothingYet: 'No team members or roles have been recorded yet.',
    },
    sops: {
      heading: 'What the SOP library will hold',
      summary:
        'Standard operating procedures for each crisis type, such as a data breach, a product recall or a rumour, with their steps, statement templates and the drill that last validated them.',
      nothingYet: 'No SOPs have been recorded yet.',
    },
    incidents: {
      heading: 'What the incident log will hold',
      summary:
        'Each crisis from detection to close: severity, a timeline of decisions and communications, tasks, the SOP checklist being run and, afterwards, the postmortem and its lessons.',
      nothingYet: 'No incidents have been recorded yet.',
    },
    monitoring: {
      heading: 'What monitoring will hold',
      summary:
        'Keyword rules over news, social and review feeds, early-warning indicators such as volume, negative share and spread speed, the alerts they raise and the health of each source.',
      nothingYet: 'No sources or keyword rules have been set up yet.',
    },
    drills: {
      heading: 'What drills will hold',
      summary:
        'Tabletop, functional and full-scale exercises: scenarios with objectives and scripted injects, observations per objective and an after-action report whose improvements update SOPs and risks.',
      nothingYet: 'No drills have been recorded yet.',
    },
    reports: {
      heading: 'What reports will hold',
      summary:
        'Incident reports, situation reports, postmortems, drill after-action reports and the risk register, exported as PDF, Markdown or CSV in English, Traditional or Simplified Chinese.',
      nothingYet: 'No reports can be made yet because nothing has been recorded.',
    },
  },
  palette: {
    title: 'Command palette',
    inputLabel: 'Search commands',
    placeholder: 'Type a command…',
    listLabel: 'Commands',
    noResults: 'No command matches “{{query}}”.',
    resultCount_one: '{{count}} command available.',
    resultCount_other: '{{count}} commands available.',
    hint: 'Use the arrow keys to choose, Enter to run and Escape to close.',
  },
  commands: {
    goTo: 'Go to {{area}}',
    switchLanguage: 'Switch language to {{language}}',
    themeSystem: 'Theme: follow the system',
    themeLight: 'Theme: light',
    themeDark: 'Theme: dark',
    toggleWarRoom: 'Turn the war-room display on or off',
  },
  settings: {
    language: {
      heading: 'Language',
      label: 'Display language',
      description: 'Menus, messages and dates follow this language.',
    },
    appearance: {
      heading: 'Appearance',
      themeLegend: 'Theme',
      themeSystem: 'Follow the system',
      themeLight: 'Light',
      themeDark: 'Dark',
      warRoomLabel: 'War-room display',
      warRoomDescription: 'High contrast and large type, for a projector or a wall screen.',
    },
    diagnostics: {
      heading: 'Diagnostics',
      description: 'Facts about this installation, useful when you ask for help.',
      loading: 'Reading app information…',
      appName: 'App',
      version: 'Version',
      transport: 'Running as',
      transportElectron: 'Electron desktop app',
      transportWeb: 'Browser, through the local web server',
      os: 'Operating system',
      nodeVersion: 'Node.js version',
      electronVersion: 'Electron version',
      chromeVersion: 'Chromium version',
      notApplicable: 'Not applicable',
      dataFolder: 'Data folder',
      schemaVersion: 'Database schema version',
      persistence: 'Persistent storage',
      persistenceGranted: 'Granted: the browser will not clear this data on its own',
      persistenceDenied: 'Not granted: the browser may clear this data when space runs low',
      persistenceUnsupported: 'Not supported here',
      persistenceAskedAt: 'Asked on {{when}}',
      persistenceNotAsked: 'Not asked yet',
      storageUsed: 'Storage used',
      storageAvailable: 'Storage available',
      storageAvailableValue: '{{available}} of a {{quota}} quota',
      storageUnknown: 'Not reported here',
      infoFailed: 'App information could not be read. {{reason}}',
      saveReport: 'Save diagnostics report',
      savedTo: 'Diagnostics report saved to {{path}}.',
      downloaded: 'Diagnostics report downloaded as {{fileName}}.',
    },
    updates: {
      heading: 'Updates',
      check: 'Check for updates',
      install: 'Restart and install',
      currentVersion: 'Installed version: {{version}}',
      lastChecked: 'Last checked {{when}}',
      unknownVersion: 'a new version',
      loading: 'Reading update status…',
      technicalDetails: 'Technical details',
      states: {
        unsupported:
          'In the browser version, updates are managed outside the app: update the copy that runs the local web server.',
        idle: 'No update check has run yet.',
        checking: 'Checking for updates…',
        upToDate: 'Crisis Room is up to date.',
        available: 'Version {{version}} is available and is being downloaded.',
        downloading: 'Downloading version {{version}}…',
        downloadingPercent: 'Downloading version {{version}}: {{percent}} done.',
        downloaded:
          'Version {{version}} is ready. It is installed when you choose “Restart and install”.',
        offline: 'No network connection. The app checks again when it is back online.',
        error: 'The update check failed. Try again later.',
      },
    },
  },
  notices: {
    regionLabel: 'Notifications',
    alertRegionLabel: 'Errors',
    dismiss: 'Dismiss',
  },
  startup: {
    failedHeading: 'Crisis Room could not start',
    failedBody:
      'Its database could not be opened, so nothing was read or changed. Close other Crisis Room windows, check that the disk is not full, then restart the app. If it keeps happening, keep the detail below for whoever helps you.',
    detailLabel: 'Detail:',
  },
  errors: {
    'invalid-payload': 'The request was malformed and was refused.',
    'unknown-channel': 'The app asked for something this version does not provide.',
    forbidden: 'The request was refused for security reasons.',
    internal: 'Something went wrong inside the app. Please try again.',
    unsupported: 'This is not available in this version of the app.',
    'blocked-url': 'This link was blocked because it is not a safe web, email or phone address.',
    'io-error': 'The file could not be read or written.',
    offline: 'There is no network connection. Try again when you are back online.',
    'transport-unavailable':
      'The connection to the app’s background service was lost. Reload the page or restart the app.',
    'storage-full':
      'The change was not saved: the disk or the browser’s storage quota is full. Free some space and try again.',
    'invalid-value': 'The change was not saved because the value is not valid.',
    'write-failed': 'The change could not be saved. Nothing was changed.',
  },
};

/**
 * The shape every language must provide: the same nested keys as English, each leaf a string.
 * (English is declared without `as const`, so its leaves are already widened to `string`.)
 */
export type Messages = typeof en;

/**
 * Suffixes of the plural forms i18next looks up beside `_other`, which a language without those
 * categories never uses. (`_zero` is not among them: i18next may use it in any language.)
 */
type OptionalPluralFormSuffix = '_one' | '_two' | '_few' | '_many';

/**
 * The shape of a language with a single plural form, such as Chinese: the English keys without
 * the `_one`/`_two`/`_few`/`_many` forms, since i18next looks up `key_other` for every count in
 * such a language. Writing those keys anyway would only leave unused text behind.
 */
export type MessagesWithoutPluralForms<T = Messages> = {
  [
    K in keyof T as K extends `${string}${OptionalPluralFormSuffix}` ? never : K
  ]: T[K] extends string ? string : MessagesWithoutPluralForms<T[K]>;
};
