import type { MessagesWithoutPluralForms } from './en';

/**
 * Simplified Chinese as written in mainland China (设置、数据、网络、文件), translated by hand
 * from English. Typed against {@link MessagesWithoutPluralForms} (the English keys without the
 * plural forms Chinese does not have), so a missing or extra key fails the type check.
 */
export const zhCN: MessagesWithoutPluralForms = {
  app: {
    name: 'Crisis Room',
    documentTitle: '{{area}} · Crisis Room',
  },
  shell: {
    skipToContent: '跳到主要内容',
    navigationLabel: '主菜单',
    openPalette: '命令面板',
  },
  areas: {
    dashboard: { title: '仪表板' },
    risks: { title: '风险' },
    roster: { title: '危机小组' },
    sops: { title: '标准作业程序（SOP）' },
    incidents: { title: '事件' },
    monitoring: { title: '监测' },
    drills: { title: '演练' },
    reports: { title: '报告' },
    settings: { title: '设置' },
  },
  emptyStates: {
    dashboard: {
      heading: '仪表板将显示的内容',
      summary:
        '在一个页面中掌握整个危机循环：进行中的事件及其严重程度和下次更新时间、监测预警、待复核的风险、未完成的改进事项，以及即将进行的演练。',
      nothingYet: '目前还没有任何记录，因此没有可显示的内容。',
    },
    risks: {
      heading: '风险登记册将收录的内容',
      summary:
        '每项风险以“如果出现某原因，就会导致某后果”来描述，按可能性 × 影响程度评分，并注明负责人、控制措施和复核日期；风险热力图的每一格都能打开其中的风险。',
      nothingYet: '目前还没有登记任何风险。',
    },
    roster: {
      heading: '危机小组名册将收录的内容',
      summary:
        '危机小组的成员和角色（总指挥、新闻发言人、法律顾问等），每个角色都有主要人选和备用人选、联系方式，以及可打印的紧急联络树。',
      nothingYet: '目前还没有登记任何成员或角色。',
    },
    sops: {
      heading: '标准作业程序库将收录的内容',
      summary:
        '针对各类危机（例如数据泄露、产品召回、谣言）的标准作业程序，包括执行步骤、声明模板，以及最近一次验证它的演练。',
      nothingYet: '目前还没有建立任何标准作业程序。',
    },
    incidents: {
      heading: '事件记录将收录的内容',
      summary:
        '每起危机从发现到结案的全过程：严重程度、决策和对外沟通的时间线、任务、正在执行的 SOP 检查清单，以及事后的复盘报告和经验教训。',
      nothingYet: '目前还没有记录任何事件。',
    },
    monitoring: {
      heading: '监测将收录的内容',
      summary:
        '针对新闻、社交媒体和评论来源的关键词规则，声量、负面情绪占比和传播速度等预警指标，由此触发的预警，以及每个来源的运行状况。',
      nothingYet: '目前还没有设置任何来源或关键词规则。',
    },
    drills: {
      heading: '演练将收录的内容',
      summary:
        '桌面推演、功能演练和全面演练：包含目标和预先编排情况注入的场景、按目标记录的观察结果，以及演练后评估报告，其改进事项会反过来更新标准作业程序和风险。',
      nothingYet: '目前还没有记录任何演练。',
    },
    reports: {
      heading: '报告将收录的内容',
      summary:
        '事件报告、态势报告、事后复盘、演练后评估报告和风险登记册，可导出为 PDF、Markdown 或 CSV，语言可选英文、繁体中文或简体中文。',
      nothingYet: '目前还没有任何记录，因此还无法生成报告。',
    },
  },
  palette: {
    title: '命令面板',
    inputLabel: '搜索命令',
    placeholder: '输入命令…',
    listLabel: '命令',
    noResults: '没有与“{{query}}”匹配的命令。',
    resultCount_other: '共有 {{count}} 个命令可用。',
    hint: '用方向键选择，按 Enter 执行，按 Esc 关闭。',
  },
  commands: {
    goTo: '前往{{area}}',
    switchLanguage: '将语言切换为{{language}}',
    themeSystem: '主题：跟随系统',
    themeLight: '主题：浅色',
    themeDark: '主题：深色',
    toggleWarRoom: '打开或关闭作战室显示模式',
  },
  settings: {
    language: {
      heading: '语言',
      label: '显示语言',
      description: '菜单、消息和日期都会使用这种语言。',
    },
    appearance: {
      heading: '外观',
      themeLegend: '主题',
      themeSystem: '跟随系统',
      themeLight: '浅色',
      themeDark: '深色',
      warRoomLabel: '作战室显示模式',
      warRoomDescription: '高对比度和大字号，适合投影仪或墙面大屏幕。',
    },
    diagnostics: {
      heading: '诊断信息',
      description: '有关本次安装的信息，寻求帮助时很有用。',
      loading: '正在读取应用信息…',
      appName: '应用',
      version: '版本',
      transport: '运行方式',
      transportElectron: 'Electron 桌面应用',
      transportWeb: '浏览器（通过本地网页服务器）',
      os: '操作系统',
      nodeVersion: 'Node.js 版本',
      electronVersion: 'Electron 版本',
      chromeVersion: 'Chromium 版本',
      notApplicable: '不适用',
      dataFolder: '数据文件夹',
      schemaVersion: '数据库结构版本',
      persistence: '持久化存储',
      persistenceGranted: '已授权：浏览器不会自行清除这些数据',
      persistenceDenied: '未授权：空间不足时，浏览器可能清除这些数据',
      persistenceUnsupported: '当前环境不支持',
      persistenceAskedAt: '请求时间：{{when}}',
      persistenceNotAsked: '尚未请求',
      storageUsed: '已用空间',
      storageAvailable: '可用空间',
      storageAvailableValue: '{{available}}（配额 {{quota}}）',
      storageUnknown: '当前环境未提供',
      infoFailed: '无法读取应用信息。{{reason}}',
      saveReport: '保存诊断报告',
      savedTo: '诊断报告已保存到 {{path}}。',
      downloaded: '诊断报告已下载为 {{fileName}}。',
    },
    updates: {
      heading: '更新',
      check: '检查更新',
      install: '重启并安装',
      currentVersion: '当前安装的版本：{{version}}',
      lastChecked: '上次检查：{{when}}',
      unknownVersion: '新版本',
      loading: '正在读取更新状态…',
      technicalDetails: '技术细节',
      states: {
        unsupported: '浏览器版本的更新不在应用内进行：请更新运行本地网页服务器的那份程序。',
        idle: '还没有检查过更新。',
        checking: '正在检查更新…',
        upToDate: 'Crisis Room 已是最新版本。',
        available: '有新版本 {{version}}，正在下载。',
        downloading: '正在下载版本 {{version}}…',
        downloadingPercent: '正在下载版本 {{version}}：已完成 {{percent}}。',
        downloaded: '版本 {{version}} 已准备就绪，点击“重启并安装”后才会安装。',
        offline: '当前没有网络连接，恢复联网后会再次检查。',
        error: '检查更新失败，请稍后再试。',
      },
    },
  },
  notices: {
    regionLabel: '通知',
    alertRegionLabel: '错误',
    dismiss: '关闭',
  },
  startup: {
    failedHeading: 'Crisis Room 无法启动',
    failedBody:
      '无法打开数据库，因此没有读取或更改任何数据。请关闭其他 Crisis Room 窗口、确认磁盘空间未满，然后重启应用。如果问题持续出现，请保留下面的详细信息，提供给帮助你的人。',
    detailLabel: '详细信息：',
  },
  errors: {
    'invalid-payload': '请求格式有误，已被拒绝。',
    'unknown-channel': '应用请求了当前版本不提供的功能。',
    forbidden: '出于安全考虑，该请求已被拒绝。',
    internal: '应用内部出错，请重试。',
    unsupported: '当前版本的应用不提供此功能。',
    'blocked-url': '该链接已被拦截，因为它不是安全的网址、电子邮件地址或电话号码。',
    'io-error': '无法读取或写入文件。',
    offline: '当前没有网络连接，请在恢复联网后重试。',
    'transport-unavailable': '与应用后台服务的连接已断开，请重新加载页面或重启应用。',
    'storage-full': '更改未保存：磁盘或浏览器的存储配额已满。请释放一些空间后重试。',
    'invalid-value': '更改未保存，因为该值无效。',
    'write-failed': '无法保存更改，所有数据均未改动。',
  },
};
