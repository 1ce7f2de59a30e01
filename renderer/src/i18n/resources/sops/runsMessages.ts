import type { MessagesWithoutPluralForms } from '../en';

/** Messages of the SOP library's runs screens, in English (`sops.runs.*`). */
export const runsEn = {
  heading: 'Runs',
  intro:
    'A run follows one published version of an SOP step by step, as a live checklist that records who did what and when. Open runs come first.',
  loading: 'Loading runs…',
  empty: {
    heading: 'No runs yet',
    summary:
      'A run walks through a published SOP as a live checklist: each step shows its owner role, its target time and a countdown, and records who finished it, when, or why it was skipped. To rehearse an SOP, open it in the library and choose “Start a run” for a tabletop read-through; incidents will start runs of their SOPs too.',
    status: 'No run has been started yet.',
    libraryLink: 'Open the SOP library',
  },
  open: {
    heading: 'Open runs',
    none: 'No run is open.',
  },
  closed: {
    heading: 'Recently closed runs',
    none: 'No run has been closed yet.',
    limited: 'Only the {{limit}} most recently closed runs are listed.',
  },
  table: {
    sop: 'SOP',
    version: 'Version',
    startedAt: 'Started',
    progress: 'Progress',
    overdue: 'Overdue steps',
    closedAt: 'Closed',
    state: 'State',
  },
  versionNumber: 'v{{version}}',
  progressSummary: '{{finished}} of {{total}} steps finished',
  progressCounts: '{{done}} done · {{skipped}} skipped · {{pending}} pending',
  overdueCount_one: '{{count}} step overdue',
  overdueCount_other: '{{count}} steps overdue',
  noneOverdue: 'None',
  tabletop: 'Tabletop read-through',
  missingVersion: 'SOP no longer available ({{id}})',
  states: {
    open: 'Open',
    closed: 'Closed',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
  },
  start: {
    button: 'Start a run',
    starting: 'Starting…',
    explanation:
      'Starts a tabletop read-through of the latest published version (v{{version}}) now: its steps become a live checklist with target times counted from this moment.',
    notPublished:
      'A run always follows a published version, so publish a first version of this SOP before starting a run.',
    failed: 'The run was not started: {{reason}}',
  },
  list: {
    heading: 'Runs of this SOP',
    loading: 'Loading the runs of this SOP…',
    empty: 'This SOP has not been run yet.',
    caption: 'Runs of this SOP, newest first',
    link: 'Open the run started {{time}}',
    closedAt: 'Closed {{time}}',
  },
  page: {
    loading: 'Loading the run…',
    notFound: 'This run does not exist. It may have been deleted together with its SOP.',
    back: 'All runs',
    sopLink: 'Open the SOP',
    versionMissing:
      'Version {{version}} of this SOP, which this run follows, is missing, so its steps cannot be shown.',
    versionLabel: 'Version {{version}}',
    activatedAt: 'Activated',
    elapsed: 'Elapsed',
    ranFor: 'Ran for',
    closedAt: 'Closed',
    progressLabel: 'Run progress',
    progressText:
      '{{finished}} of {{total}} steps finished ({{done}} done, {{skipped}} skipped, {{pending}} pending)',
    overdueSummary_one: '{{count}} step is overdue.',
    overdueSummary_other: '{{count}} steps are overdue.',
    closedNotice: 'This run was closed on {{time}} and can no longer change.',
    operator: {
      label: 'You are',
      hint: 'Your name, remembered on this device and recorded on the steps you finish or skip and the checklist items you tick.',
      required: 'Enter your name so the run records who did this.',
      recordWithoutName: 'Record without a name',
    },
    steps: {
      heading: 'Steps',
    },
  },
  step: {
    number: 'Step {{number}}',
    owner: 'Owner',
    noOwner: 'No owner role',
    target: 'Target',
    dueAt: 'due {{time}}',
    status: 'Status',
    timing: 'Timing',
    checklist: 'Checklist',
    resources: 'Resources',
    notes: 'Notes',
    markDone: 'Mark done',
    skip: 'Skip…',
    reopen: 'Reopen',
    notDone: 'Not done',
    overdueAtClose: 'Overdue by {{time}} when the run closed',
    doneBy: 'Done by {{name}} on {{time}}',
    doneAt: 'Done on {{time}}',
    skippedBy: 'Skipped by {{name}} on {{time}}',
    skippedAt: 'Skipped on {{time}}',
    skipReason: 'Reason: {{reason}}',
    late: '{{time}} after its target time',
    checkedBy: 'ticked by {{name}}, {{time}}',
    checkedAt: 'ticked {{time}}',
    failed: 'The change was not saved: {{reason}}',
  },
  reopen: {
    title: 'Reopen “{{step}}”?',
    doneBy:
      'The step goes back to pending and its record is erased: done by {{name}} on {{time}}. This cannot be undone; its checklist ticks stay.',
    doneAt:
      'The step goes back to pending and its record is erased: done on {{time}}, with no name recorded. This cannot be undone; its checklist ticks stay.',
    skippedBy:
      'The step goes back to pending and its record is erased: skipped by {{name}} on {{time}}, with the reason “{{reason}}”. This cannot be undone; its checklist ticks stay.',
    skippedAt:
      'The step goes back to pending and its record is erased: skipped on {{time}}, with no name recorded and the reason “{{reason}}”. This cannot be undone; its checklist ticks stay.',
    noRecord: 'The step goes back to pending; its checklist ticks stay.',
    confirm: 'Reopen step',
    cancel: 'Keep the record',
  },
  skip: {
    title: 'Skip “{{step}}”',
    reason: 'Reason for skipping',
    reasonHint: 'Say why the step is skipped; the review after the crisis reads it.',
    confirm: 'Skip step',
    saving: 'Skipping…',
    cancel: 'Cancel',
  },
  close: {
    button: 'Close run',
    title: 'Close this run?',
    message:
      'Closing stops the countdowns and makes the run read-only: nothing on it can change afterwards.',
    messageWithPending_one:
      'Closing stops the countdowns and makes the run read-only: nothing on it can change afterwards. {{count}} step is still pending: it stays listed as not done.',
    messageWithPending_other:
      'Closing stops the countdowns and makes the run read-only: nothing on it can change afterwards. {{count}} steps are still pending: they stay listed as not done.',
    confirm: 'Close run',
    cancel: 'Keep it open',
    failed: 'The run was not closed: {{reason}}',
  },
};

/** {@link runsEn} in Traditional Chinese (Taiwan). */
export const runsZhTW: MessagesWithoutPluralForms<typeof runsEn> = {
  heading: '執行紀錄',
  intro:
    '執行就是依照 SOP 某個已發布版本逐步進行，以即時檢核清單記錄誰在何時完成了什麼。進行中的執行列在最前面。',
  loading: '正在載入執行紀錄…',
  empty: {
    heading: '尚無執行紀錄',
    summary:
      '執行會把已發布的 SOP 變成即時檢核清單：每個步驟顯示負責角色、目標時間與倒數，並記錄由誰在何時完成，或為何略過。若要演練某份 SOP，請在資料庫中開啟它，選擇「開始執行」進行桌上推演；之後事件也會啟動所屬 SOP 的執行。',
    status: '目前還沒有任何執行。',
    libraryLink: '開啟 SOP 資料庫',
  },
  open: {
    heading: '進行中的執行',
    none: '目前沒有進行中的執行。',
  },
  closed: {
    heading: '最近結束的執行',
    none: '目前還沒有已結束的執行。',
    limited: '只列出最近結束的 {{limit}} 筆執行。',
  },
  table: {
    sop: 'SOP',
    version: '版本',
    startedAt: '開始時間',
    progress: '進度',
    overdue: '逾期步驟',
    closedAt: '結束時間',
    state: '狀態',
  },
  versionNumber: '第 {{version}} 版',
  progressSummary: '已完成 {{finished}}／{{total}} 個步驟',
  progressCounts: '完成 {{done}} · 略過 {{skipped}} · 待處理 {{pending}}',
  overdueCount_other: '{{count}} 個步驟逾期',
  noneOverdue: '無',
  tabletop: '桌上推演',
  missingVersion: '這份 SOP 已不存在（{{id}}）',
  states: {
    open: '進行中',
    closed: '已結束',
  },
  duration: {
    seconds: '{{seconds}} 秒',
    minutesSeconds: '{{minutes}} 分 {{seconds}} 秒',
  },
  start: {
    button: '開始執行',
    starting: '正在開始…',
    explanation:
      '立即以最新發布的版本（第 {{version}} 版）開始桌上推演：各步驟會成為即時檢核清單，目標時間從此刻起算。',
    notPublished: '執行一定依照已發布的版本進行，請先發布這份 SOP 的第一個版本，再開始執行。',
    failed: '無法開始執行：{{reason}}',
  },
  list: {
    heading: '這份 SOP 的執行紀錄',
    loading: '正在載入這份 SOP 的執行紀錄…',
    empty: '這份 SOP 還沒有執行過。',
    caption: '這份 SOP 的執行紀錄，最新的在前',
    link: '開啟 {{time}} 開始的執行',
    closedAt: '{{time}} 結束',
  },
  page: {
    loading: '正在載入執行…',
    notFound: '找不到這筆執行，可能已隨所屬 SOP 一併刪除。',
    back: '所有執行',
    sopLink: '開啟這份 SOP',
    versionMissing:
      '這筆執行依照的是這份 SOP 的第 {{version}} 版，但該版本已不存在，因此無法顯示步驟。',
    versionLabel: '第 {{version}} 版',
    activatedAt: '啟動時間',
    elapsed: '已進行',
    ranFor: '共進行',
    closedAt: '結束時間',
    progressLabel: '執行進度',
    progressText:
      '已完成 {{finished}}／{{total}} 個步驟（完成 {{done}}、略過 {{skipped}}、待處理 {{pending}}）',
    overdueSummary_other: '有 {{count}} 個步驟已逾期。',
    closedNotice: '這筆執行已於 {{time}} 結束，內容不能再變更。',
    operator: {
      label: '你是',
      hint: '你的名字會記在這台裝置上，並記錄在你完成或略過的步驟與勾選的檢核項目上。',
      required: '請輸入你的名字，執行紀錄才會記下是誰做的。',
      recordWithoutName: '不記名直接記錄',
    },
    steps: {
      heading: '步驟',
    },
  },
  step: {
    number: '步驟 {{number}}',
    owner: '負責角色',
    noOwner: '未指定負責角色',
    target: '目標時間',
    dueAt: '{{time}} 到期',
    status: '狀態',
    timing: '時程',
    checklist: '檢核清單',
    resources: '資源',
    notes: '備註',
    markDone: '標記為完成',
    skip: '略過…',
    reopen: '重新開啟',
    notDone: '未完成',
    overdueAtClose: '結束時已逾期 {{time}}',
    doneBy: '由 {{name}} 於 {{time}} 完成',
    doneAt: '於 {{time}} 完成',
    skippedBy: '由 {{name}} 於 {{time}} 略過',
    skippedAt: '於 {{time}} 略過',
    skipReason: '原因：{{reason}}',
    late: '比目標時間晚了 {{time}}',
    checkedBy: '由 {{name}} 於 {{time}} 勾選',
    checkedAt: '於 {{time}} 勾選',
    failed: '變更未儲存：{{reason}}',
  },
  reopen: {
    title: '要重新開啟「{{step}}」嗎？',
    doneBy:
      '這個步驟會改回待處理，原有紀錄會被清除：由 {{name}} 於 {{time}} 完成。清除後無法復原；檢核清單的勾選會保留。',
    doneAt:
      '這個步驟會改回待處理，原有紀錄會被清除：於 {{time}} 完成，未記錄名字。清除後無法復原；檢核清單的勾選會保留。',
    skippedBy:
      '這個步驟會改回待處理，原有紀錄會被清除：由 {{name}} 於 {{time}} 略過，原因是「{{reason}}」。清除後無法復原；檢核清單的勾選會保留。',
    skippedAt:
      '這個步驟會改回待處理，原有紀錄會被清除：於 {{time}} 略過，未記錄名字，原因是「{{reason}}」。清除後無法復原；檢核清單的勾選會保留。',
    noRecord: '這個步驟會改回待處理；檢核清單的勾選會保留。',
    confirm: '重新開啟步驟',
    cancel: '保留紀錄',
  },
  skip: {
    title: '略過「{{step}}」',
    reason: '略過原因',
    reasonHint: '請說明為何略過這個步驟，危機結束後的檢討會參考這段說明。',
    confirm: '略過步驟',
    saving: '正在略過…',
    cancel: '取消',
  },
  close: {
    button: '結束執行',
    title: '要結束這筆執行嗎？',
    message: '結束後倒數會停止，執行改為唯讀，之後不能再變更任何內容。',
    messageWithPending_other:
      '結束後倒數會停止，執行改為唯讀，之後不能再變更任何內容。還有 {{count}} 個步驟待處理，會保留並標示為未完成。',
    confirm: '結束執行',
    cancel: '繼續進行',
    failed: '無法結束執行：{{reason}}',
  },
};

/** {@link runsEn} in Simplified Chinese (mainland China). */
export const runsZhCN: MessagesWithoutPluralForms<typeof runsEn> = {
  heading: '执行记录',
  intro:
    '执行就是按照 SOP 的某个已发布版本逐步进行，用实时检查清单记录谁在何时完成了什么。进行中的执行排在最前面。',
  loading: '正在加载执行记录…',
  empty: {
    heading: '暂无执行记录',
    summary:
      '执行会把已发布的 SOP 变成实时检查清单：每个步骤显示负责角色、目标时间和倒计时，并记录由谁在何时完成，或为何跳过。如需演练某个 SOP，请在库中打开它，选择“开始执行”进行桌面推演；以后事件也会启动其 SOP 的执行。',
    status: '目前还没有任何执行。',
    libraryLink: '打开 SOP 库',
  },
  open: {
    heading: '进行中的执行',
    none: '目前没有进行中的执行。',
  },
  closed: {
    heading: '最近结束的执行',
    none: '目前还没有已结束的执行。',
    limited: '只列出最近结束的 {{limit}} 次执行。',
  },
  table: {
    sop: 'SOP',
    version: '版本',
    startedAt: '开始时间',
    progress: '进度',
    overdue: '逾期步骤',
    closedAt: '结束时间',
    state: '状态',
  },
  versionNumber: '第 {{version}} 版',
  progressSummary: '已完成 {{finished}}/{{total}} 个步骤',
  progressCounts: '完成 {{done}} · 跳过 {{skipped}} · 待处理 {{pending}}',
  overdueCount_other: '{{count}} 个步骤逾期',
  noneOverdue: '无',
  tabletop: '桌面推演',
  missingVersion: '该 SOP 已不存在（{{id}}）',
  states: {
    open: '进行中',
    closed: '已结束',
  },
  duration: {
    seconds: '{{seconds}} 秒',
    minutesSeconds: '{{minutes}} 分 {{seconds}} 秒',
  },
  start: {
    button: '开始执行',
    starting: '正在开始…',
    explanation:
      '立即按最新发布的版本（第 {{version}} 版）开始桌面推演：各步骤将成为实时检查清单，目标时间从此刻起算。',
    notPublished: '执行总是按照已发布的版本进行，请先发布该 SOP 的第一个版本，再开始执行。',
    failed: '无法开始执行：{{reason}}',
  },
  list: {
    heading: '该 SOP 的执行记录',
    loading: '正在加载该 SOP 的执行记录…',
    empty: '该 SOP 还没有执行过。',
    caption: '该 SOP 的执行记录，最新的在前',
    link: '打开 {{time}} 开始的执行',
    closedAt: '{{time}} 结束',
  },
  page: {
    loading: '正在加载执行…',
    notFound: '找不到这次执行，可能已随其 SOP 一起删除。',
    back: '所有执行',
    sopLink: '打开该 SOP',
    versionMissing:
      '这次执行按照的是该 SOP 的第 {{version}} 版，但该版本已不存在，因此无法显示步骤。',
    versionLabel: '第 {{version}} 版',
    activatedAt: '启动时间',
    elapsed: '已进行',
    ranFor: '共进行',
    closedAt: '结束时间',
    progressLabel: '执行进度',
    progressText:
      '已完成 {{finished}}/{{total}} 个步骤（完成 {{done}}、跳过 {{skipped}}、待处理 {{pending}}）',
    overdueSummary_other: '有 {{count}} 个步骤已逾期。',
    closedNotice: '这次执行已于 {{time}} 结束，内容不能再更改。',
    operator: {
      label: '你是',
      hint: '你的名字会保存在这台设备上，并记录在你完成或跳过的步骤和勾选的检查项上。',
      required: '请输入你的名字，执行记录才会记下是谁做的。',
      recordWithoutName: '不记名直接记录',
    },
    steps: {
      heading: '步骤',
    },
  },
  step: {
    number: '步骤 {{number}}',
    owner: '负责角色',
    noOwner: '未指定负责角色',
    target: '目标时间',
    dueAt: '{{time}} 到期',
    status: '状态',
    timing: '时间',
    checklist: '检查清单',
    resources: '资源',
    notes: '备注',
    markDone: '标记为完成',
    skip: '跳过…',
    reopen: '重新打开',
    notDone: '未完成',
    overdueAtClose: '结束时已逾期 {{time}}',
    doneBy: '由 {{name}} 于 {{time}} 完成',
    doneAt: '于 {{time}} 完成',
    skippedBy: '由 {{name}} 于 {{time}} 跳过',
    skippedAt: '于 {{time}} 跳过',
    skipReason: '原因：{{reason}}',
    late: '比目标时间晚了 {{time}}',
    checkedBy: '由 {{name}} 于 {{time}} 勾选',
    checkedAt: '于 {{time}} 勾选',
    failed: '更改未保存：{{reason}}',
  },
  reopen: {
    title: '要重新打开“{{step}}”吗？',
    doneBy:
      '该步骤会改回待处理，原有记录会被清除：由 {{name}} 于 {{time}} 完成。清除后无法恢复；检查清单的勾选会保留。',
    doneAt:
      '该步骤会改回待处理，原有记录会被清除：于 {{time}} 完成，未记录名字。清除后无法恢复；检查清单的勾选会保留。',
    skippedBy:
      '该步骤会改回待处理，原有记录会被清除：由 {{name}} 于 {{time}} 跳过，原因是“{{reason}}”。清除后无法恢复；检查清单的勾选会保留。',
    skippedAt:
      '该步骤会改回待处理，原有记录会被清除：于 {{time}} 跳过，未记录名字，原因是“{{reason}}”。清除后无法恢复；检查清单的勾选会保留。',
    noRecord: '该步骤会改回待处理；检查清单的勾选会保留。',
    confirm: '重新打开步骤',
    cancel: '保留记录',
  },
  skip: {
    title: '跳过“{{step}}”',
    reason: '跳过原因',
    reasonHint: '请说明为何跳过这个步骤，危机结束后的复盘会参考这段说明。',
    confirm: '跳过步骤',
    saving: '正在跳过…',
    cancel: '取消',
  },
  close: {
    button: '结束执行',
    title: '要结束这次执行吗？',
    message: '结束后倒计时会停止，执行变为只读，之后不能再更改任何内容。',
    messageWithPending_other:
      '结束后倒计时会停止，执行变为只读，之后不能再更改任何内容。还有 {{count}} 个步骤待处理，会保留并标记为未完成。',
    confirm: '结束执行',
    cancel: '继续进行',
    failed: '无法结束执行：{{reason}}',
  },
};
