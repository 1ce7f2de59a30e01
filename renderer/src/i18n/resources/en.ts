import { callTreeEn } from './roster/callTreeMessages';
import { peopleEn } from './roster/peopleMessages';
import { personFormEn } from './roster/personFormMessages';
import { rolesEn } from './roster/rolesMessages';
import { rosterDomainEn } from './roster/rosterDomainMessages';
import { rosterTransferEn } from './roster/rosterTransferMessages';
import { crisisTypesEn, riskDomainEn } from './risks/riskDomainMessages';
import { riskDetailEn } from './risks/riskDetailMessages';
import { riskMatrixEn } from './risks/riskMatrixMessages';
import { riskRegisterEn } from './risks/riskRegisterMessages';
import { riskTransferEn } from './risks/riskTransferMessages';
import { fileImportEn } from './fileImportMessages';
import { editorEn } from './sops/editorMessages';
import { libraryEn } from './sops/libraryMessages';
import { matrixEn } from './sops/matrixMessages';
import { runsEn } from './sops/runsMessages';
import { searchEn } from './sops/searchMessages';
import { sopsDomainEn } from './sops/sopsDomainMessages';
import { templatesEn } from './sops/templatesMessages';
import { listEn } from './incidents/listMessages';
import { declareEn } from './incidents/declareMessages';
import { pageEn } from './incidents/pageMessages';
import { timelineEn } from './incidents/timelineMessages';
import { workEn } from './incidents/workMessages';
import { timeEn } from './incidents/timeMessages';
import { warRoomEn } from './incidents/warRoomMessages';
import { incidentSettingsEn } from './incidents/incidentSettingsMessages';
import { incidentsDomainEn } from './incidents/incidentsDomainMessages';
import { postmortemsDomainEn } from './postmortems/postmortemsDomainMessages';
import { postmortemPageEn } from './postmortems/pageMessages';
import { actionsEn } from './postmortems/actionsMessages';
import { databaseEn } from './postmortems/databaseMessages';
import { trendsEn } from './postmortems/trendsMessages';
import { reportEn } from './reports/reportMessages';
import { earlyWarningEn } from './monitoring/earlyWarningMessages';

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
    postmortems: { title: 'Postmortems' },
    monitoring: { title: 'Monitoring' },
    drills: { title: 'Drills' },
    reports: { title: 'Reports' },
    settings: { title: 'Settings' },
  },
  emptyStates: {
    drills: {
      heading: 'What drills will hold',
      summary:
        'Tabletop, functional and full-scale exercises: scenarios with objectives and scripted injects, observations per objective and an after-action report whose improvements update SOPs and risks.',
      nothingYet: 'No drills have been recorded yet.',
    },
  },
  risks: {
    ...riskDomainEn,
    register: riskRegisterEn,
    detail: riskDetailEn,
    transfer: riskTransferEn,
    matrix: riskMatrixEn,
  },
  crisisTypes: crisisTypesEn,
  fileImport: fileImportEn,
  incidents: {
    ...incidentsDomainEn,
    list: listEn,
    declare: declareEn,
    page: pageEn,
    timeline: timelineEn,
    work: workEn,
    time: timeEn,
    warRoom: warRoomEn,
    settings: incidentSettingsEn,
  },
  postmortems: {
    ...postmortemsDomainEn,
    sections: {
      label: 'Postmortem sections',
      database: 'Event database',
      actions: 'Action items',
      trends: 'Trends',
      loading: 'Loading…',
    },
    page: postmortemPageEn,
    actions: actionsEn,
    database: databaseEn,
    trends: trendsEn,
  },
  reports: reportEn,
  sops: {
    ...sopsDomainEn,
    library: libraryEn,
    editor: editorEn,
    runs: runsEn,
    matrix: matrixEn,
    templates: templatesEn,
    search: searchEn,
  },
  roster: {
    ...rosterDomainEn,
    people: peopleEn,
    personForm: personFormEn,
    roles: rolesEn,
    callTree: callTreeEn,
    transfer: rosterTransferEn,
  },
  monitoring: {
    earlyWarning: earlyWarningEn,
    sectionsLabel: 'Monitoring sections',
    offline:
      'No network connection: sources are not being fetched. Scans resume, and missed time is caught up, when the network returns.',
    suspended: 'The computer was asleep: scans resume now that it is awake.',
    loading: 'Loading…',
    notSet: 'Not set',
    never: 'Never',
    syncFailed: 'Fetched items are not reaching the database: {{reason}} The app keeps trying.',
    sources: {
      title: 'Sources',
      tableLabel: 'Monitored sources',
      addSource: 'Add source',
      runAllNow: 'Run all now',
      runNow: 'Run now',
      runNowFor: 'Run now: {{name}}',
      edit: 'Edit',
      editFor: 'Edit {{name}}',
      delete: 'Delete',
      deleteFor: 'Delete {{name}}',
      enabledFor: '{{name}} enabled',
      runQueuedOne: '“{{name}}” is queued to run now.',
      runQueuedMany: 'Sources queued to run now: {{count}}.',
      runAlreadyRunning: 'Already running.',
      runNothing: 'No enabled source to run.',
      saved: 'Source “{{name}}” saved.',
      deleted: 'Source “{{name}}” deleted. Items removed with it: {{count}}.',
      columns: {
        name: 'Name',
        kind: 'Kind',
        interval: 'Interval',
        enabled: 'Enabled',
        health: 'Health',
        lastSuccess: 'Last success',
        nextRun: 'Next run',
        actions: 'Actions',
      },
      empty: {
        heading: 'No sources yet',
        summary:
          'A source is a news, social or review feed (RSS, Atom, JSON Feed or a JSON API) that Crisis Room fetches on a schedule: every hour by default, key sources as often as every 5 minutes. Every item fetched is kept here for keyword rules and alerts.',
        status: 'Add a source to start monitoring.',
      },
      everyMinutes_one: 'Every {{count}} minute',
      everyMinutes_other: 'Every {{count}} minutes',
      everyHours_one: 'Every hour',
      everyHours_other: 'Every {{count}} hours',
      disabled: 'Disabled',
      running: 'Running…',
      queued: 'Queued',
      backingOff: 'Backing off until {{when}}',
      noSchedule: 'Not scheduled',
    },
    kinds: {
      rss: 'RSS 2.0/0.9x',
      rdf: 'RSS 1.0 (RDF)',
      atom: 'Atom',
      'json-feed': 'JSON Feed',
      'json-api': 'JSON API',
    },
    health: {
      healthy: 'Healthy',
      notRunYet: 'Not fetched yet',
      failing_one: 'Failing {{count}}×',
      failing_other: 'Failing {{count}}×',
      unhealthy: 'Unhealthy',
      unhealthySince: 'No successful fetch since {{when}}',
      neverSucceeded: 'Never fetched successfully',
      lastError: 'Last error ({{when}}): {{error}}',
    },
    outcomes: {
      ok: 'Fetched',
      'not-modified': 'Not modified',
      partial: 'Partly read',
      failed: 'Failed',
    },
    fetchErrors: {
      offline: 'No network connection',
      timeout: 'Timed out after {{seconds}} s',
      'connect-timeout': 'Could not connect within {{seconds}} s',
      'dns-failed': 'The address {{host}} could not be found',
      'connection-refused': '{{host}} refused the connection',
      'connection-failed': 'The connection to {{host}} failed',
      'tls-failed': 'The secure connection (TLS) failed',
      'too-many-redirects': 'Too many redirects (more than {{max}})',
      'bad-redirect': 'Redirected to an address that cannot be fetched',
      'redirect-to-private-address':
        'Redirected to a private or local address ({{host}}), which is not allowed',
      'private-address': '{{host}} is a private or local address, which is not allowed here',
      'http-status': 'The server answered with HTTP status {{status}}',
      'body-too-large': 'The response is larger than the {{limitMb}} MB limit',
      'decompression-failed': 'The compressed response could not be unpacked',
      'html-not-feed': 'Not a feed: got an HTML page',
      'unsupported-content-type': 'Not a feed: got content of type {{contentType}}',
      'charset-unsupported': 'The character set {{charset}} is not supported',
      'charset-invalid-bytes': '{{charset}} declared but the bytes are not valid {{charset}}',
      'doctype-forbidden': 'The feed contains a DOCTYPE, which is refused for safety',
      'malformed-xml': 'The feed’s XML is malformed (line {{line}}, column {{column}})',
      'not-a-feed': 'The content is not a feed of a known kind',
      'malformed-json': 'The JSON is malformed',
      'json-mapping-failed': 'The JSON mapping found no items at “{{path}}”',
      internal: 'Something went wrong inside the app while fetching',
    },
    fetchWarnings: {
      'dates-missing_one': '{{count}} item had no date: its fetch time is shown instead',
      'dates-missing_other': '{{count}} items had no date: their fetch time is shown instead',
      'dates-unparsed_one':
        '{{count}} item had a date that could not be read: its fetch time is shown instead',
      'dates-unparsed_other':
        '{{count}} items had dates that could not be read: their fetch time is shown instead',
      'kind-mismatch': 'Set up as {{declared}} but the feed is {{detected}}',
      'items-capped_one':
        'The feed has {{count}} item more than the {{limit}} taken from one fetch: it was left out',
      'items-capped_other':
        'The feed has {{count}} items more than the {{limit}} taken from one fetch: they were left out',
      'items-skipped_one': '{{count}} item could not be read and was skipped',
      'items-skipped_other': '{{count}} items could not be read and were skipped',
      'text-truncated_one': 'The text of {{count}} item was too long and was cut',
      'text-truncated_other': 'The text of {{count}} items was too long and was cut',
      'charset-overridden':
        'Decoded as {{charset}}, as set for this source, although the feed declares {{declared}}',
    },
    validation: {
      'source-url-invalid': 'Enter a web address starting with http:// or https://.',
      'source-url-credentials':
        'Remove the user name and password from the address: put credentials in a request header instead.',
      'json-mapping-required': 'A JSON API source needs a mapping: at least the title field.',
      'json-path-syntax':
        'Use a dotted path of names or numbers, such as data.items or media.0.url.',
      'json-path-forbidden': 'This path is not allowed: it names an internal object property.',
      'header-name-syntax': 'A header name uses letters, digits and hyphens only.',
      'header-name-reserved': 'The app sets this header itself: it cannot be changed here.',
      'header-value-syntax': 'A header value cannot contain line breaks or control characters.',
      'too-small': 'This is too short or too small.',
      'too-big': 'This is too long or too large.',
      'invalid-value': 'This value is not valid.',
      required: 'This is required.',
      'invalid-format': 'This is not in the expected format.',
      'invalid-type': 'Enter a value of the right kind here, such as a number.',
      'unrecognized-keys': 'The form sent something the app does not know.',
      invalid: 'This value is not valid.',
      'storage-full':
        'The source was not saved: the disk or the browser’s storage quota is full. Free some space and try again.',
      'write-failed': 'The source could not be saved. Nothing was changed.',
      summary_one: 'The source was not saved: {{count}} field needs attention.',
      summary_other: 'The source was not saved: {{count}} fields need attention.',
    },
    form: {
      addTitle: 'Add source',
      editTitle: 'Edit source',
      name: 'Name',
      url: 'Address (URL)',
      urlHint: 'The feed’s web address, starting with http:// or https://.',
      kind: 'Kind',
      interval: 'Scan interval',
      intervalHint:
        'How often the source is fetched. The hourly full scan suits most sources; key sources can go down to 5 minutes.',
      intervalCustom: 'Custom',
      intervalMinutes: 'Minutes between scans',
      intervalMinutesHint: 'From {{min}} to {{max}} minutes.',
      enabled: 'Enabled',
      enabledHint: 'A disabled source is kept but not fetched.',
      tags: 'Tags',
      tagsHint: 'Separate tags with commas, for example: news, competitors.',
      charset: 'Character set',
      charsetAuto: 'Detect automatically',
      charsetHint: 'Only change this if the feed shows garbled text.',
      headers: 'Request headers',
      headersHint: 'Optional, for example an API key some sources require.',
      headerNameRow: 'Header {{number}} name',
      headerValueRow: 'Header {{number}} value',
      addHeader: 'Add header',
      removeHeader: 'Remove header {{number}}',
      noHeaders: 'No request headers.',
      jsonMapping: 'JSON mapping',
      jsonMappingHint:
        'Where items and their fields are in the JSON, as dotted paths such as data.items or attributes.title. Leave the items path empty when the document itself is the list.',
      itemsPath: 'Items path',
      titlePath: 'Title field',
      linkPath: 'Link field',
      textPath: 'Text field',
      datePath: 'Date field',
      idPath: 'ID field',
      authorPath: 'Author field',
      test: 'Test',
      testing: 'Testing…',
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      discardTitle: 'Discard changes?',
      discardMessage: 'Your changes to this source have not been saved and will be lost.',
      discard: 'Discard changes',
      keepEditing: 'Keep editing',
      testFailed: 'The test could not run: {{reason}}',
    },
    preview: {
      heading: 'Test result',
      outcome: 'Outcome',
      httpStatus: 'HTTP status',
      finalUrl: 'Final address',
      detectedKind: 'Detected kind',
      charset: 'Character set',
      itemsFound: 'Items found',
      duration: 'Time taken',
      durationValue: '{{seconds}} s',
      error: 'Error',
      warnings: 'Warnings',
      itemsHeading: 'First items',
      noItems: 'No items were found.',
      unknown: 'Unknown',
      dateFromFetch: 'date from fetch time',
      nothingSaved: 'Nothing was saved: save the source to start fetching it on its schedule.',
    },
    deleteDialog: {
      title: 'Delete source?',
      message:
        '“{{name}}” will be deleted together with every item fetched from it, its fetch history and its coverage record. This cannot be undone.',
      confirm: 'Delete source and items',
      cancel: 'Keep source',
    },
    detail: {
      back: 'Back to sources',
      notFound: 'This source does not exist any more.',
      healthHeading: 'Health',
      lastAttempt: 'Last attempt',
      lastSuccess: 'Last success',
      lastOutcome: 'Last outcome',
      lastError: 'Last error',
      consecutiveFailures: 'Failures in a row',
      lastNewItems: 'New items in the last fetch',
      nextRun: 'Next run',
      address: 'Address',
      logHeading: 'Recent fetches',
      logLabel: 'Recent fetches of this source',
      logEmpty: 'This source has not been fetched yet.',
      logColumns: {
        startedAt: 'Started',
        outcome: 'Outcome',
        httpStatus: 'HTTP',
        items: 'Items found',
        newItems: 'New items',
        problem: 'Error or warnings',
      },
      coverageHeading: 'Coverage in the last 7 days',
      coverageSummary:
        'When this source was really scanned, and why the other times were not. A gap means items published then may have been missed if the feed no longer lists them.',
      coverageBarLabel: 'Coverage bar: scanned time and gaps over the last 7 days',
      coverageComplete: 'No gaps: the source was scanned throughout the last 7 days.',
      coverageNone: 'No scans were recorded in the last 7 days.',
      coverageScanned: '{{percent}} of the time scanned.',
      gapsHeading: 'Gaps',
      gap: 'From {{from}} to {{to}}: {{reasons}}',
      reasons: {
        asleep: 'computer asleep',
        offline: 'offline',
        failing: 'source failing',
        'not-running': 'app not running',
      },
      reasonSeparator: ', ',
      reasonUnknown: 'reason not recorded',
    },
    items: {
      title: 'Items',
      tableLabel: 'Fetched items, newest first',
      filtersLabel: 'Filter items',
      source: 'Source',
      allSources: 'All sources',
      time: 'Time',
      timeAll: 'All time',
      time24h: 'Last 24 hours',
      time7d: 'Last 7 days',
      time30d: 'Last 30 days',
      search: 'Search text',
      searchPlaceholder: 'Words in the title or text',
      showing: 'Showing the {{shown}} newest matching items.',
      showingAll_one: 'Showing {{count}} matching item.',
      showingAll_other: 'Showing all {{count}} matching items.',
      loadMore: 'Load more',
      none: 'No items match these filters.',
      noneYet: 'No items have been fetched yet. Add a source, or run one now, to see items here.',
      openOriginal: 'Open original',
      openOriginalFor: 'Open original: {{title}}',
      noLink: 'No link',
      untitled: '(untitled)',
      dateFromFetch: 'Date from fetch time: the feed gave none',
      unknownSource: 'Deleted source',
      columns: {
        published: 'Published',
        source: 'Source',
        title: 'Title',
        snippet: 'Text',
        language: 'Language',
        actions: 'Actions',
      },
      languages: {
        'zh-Hant': 'Chinese (Traditional)',
        'zh-Hans': 'Chinese (Simplified)',
        zh: 'Chinese',
        en: 'English',
        und: 'Unknown',
      },
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
    monitoring: {
      heading: 'Monitoring',
      retentionLabel: 'Keep fetched items for (days)',
      retentionHint:
        'Older items are removed in the background. Sources, their health and coverage stay.',
      unhealthyLabel: 'Mark a source unhealthy after (failures in a row)',
      unhealthyHint: 'Failures while the computer is offline or asleep do not count.',
      outOfRange: 'Enter a whole number from {{min}} to {{max}}.',
      save: 'Save monitoring settings',
      saved: 'Monitoring settings saved.',
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
    undo: 'Undo',
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
