import type { MessagesWithoutPluralForms } from '../en';

/** Messages of trends (charts and their tables), in English (`postmortems.trends.*`). */
export const trendsEn = {
  heading: 'Trends',
  intro:
    'Incidents by crisis type and severity, response times, recurring causes and open action items over time.',
  controls: {
    label: 'Trend options',
    period: 'Group by',
    month: 'Month',
    quarter: 'Quarter',
    from: 'From',
    to: 'To',
    rangeOrder: 'The start date is after the end date. Every date is shown until this is fixed.',
    includeExercises: 'Include exercises',
  },
  zoneNote: 'Periods and dates are calendar days in the {{zone}} time zone.',
  exercisesExcluded_one:
    '{{count}} exercise in this date range is left out, with its postmortem and action items. Tick “Include exercises” to count it.',
  exercisesExcluded_other:
    '{{count}} exercises in this date range are left out, with their postmortems and action items. Tick “Include exercises” to count them.',
  exercisesIncluded: 'Exercises are counted in these figures.',
  empty: {
    heading: 'No trends yet',
    summary:
      'Trends chart incidents by crisis type and severity, time to first statement and time to stable, recurring causes from postmortems, and open action items by owner.',
    status: 'No incidents have been recorded yet.',
  },
  noneInRange: 'No incidents match these options.',
  showTable: 'Show as table',
  period: 'Period',
  total: 'Total',
  quarterLabel: 'Q{{quarter}} {{year}}',
  noCrisisType: 'No crisis type',
  noOwner: 'No owner',
  unknownPerson: 'Unknown person',
  chartKinds: {
    stackedBar: '{{title}}: stacked bar chart',
    line: '{{title}}: line chart',
    bar: '{{title}}: bar chart',
  },
  byType: {
    title: 'Incidents by crisis type',
  },
  bySeverity: {
    title: 'Incidents by severity',
  },
  durations: {
    firstStatement: 'Time to first statement',
    firstStatementNote:
      'From detection to the first external statement released, for the incidents that released one.',
    stable: 'Time to stable',
    stableNote:
      'From detection to the first time the incident became stable; reopening does not change it.',
    median: 'Median',
    p90: '90th percentile',
    counted: 'Incidents counted',
    notReached: 'None reached',
    minutesAxis: 'Minutes',
    hoursAxis: 'Hours',
    minutes: '{{value}} min',
    hours: '{{value}} h',
  },
  causes: {
    title: 'Recurring cause categories',
    note: 'Incidents whose postmortem names at least one cause of the category.',
    category: 'Category',
    root: 'Root causes (incidents)',
    contributing: 'Contributing factors (incidents)',
    none: 'No causes have been recorded in the postmortems of these incidents.',
  },
  recurringTexts: {
    title: 'Causes found in more than one incident',
    cause: 'Cause',
    kind: 'Recorded as',
    incidents: 'Incidents',
    none: 'No cause has been worded the same way in two incidents yet.',
  },
  owners: {
    title: 'Open action items by owner',
    owner: 'Owner',
    open: 'Open',
    overdue: 'Overdue',
    none: 'No action items are open.',
  },
};

/** Traditional Chinese (Taiwan) messages of trends (charts and their tables). */
export const trendsZhTW: MessagesWithoutPluralForms<typeof trendsEn> = {
  heading: '趨勢',
  intro:
    '依危機類型與嚴重程度的事件數、回應時間、反覆出現的原因，以及未完成的行動項目隨時間的變化。',
  controls: {
    label: '趨勢選項',
    period: '分組方式',
    month: '每月',
    quarter: '每季',
    from: '起始日期',
    to: '結束日期',
    rangeOrder: '起始日期晚於結束日期。修正前會顯示所有日期。',
    includeExercises: '納入演練',
  },
  zoneNote: '期間與日期以 {{zone}} 時區的日曆日計算。',
  exercisesExcluded_other:
    '此日期範圍內有 {{count}} 場演練未納入，其事後檢討與行動項目也一併排除。勾選「納入演練」即可計入。',
  exercisesIncluded: '這些數字已計入演練。',
  empty: {
    heading: '尚無趨勢',
    summary:
      '趨勢圖呈現依危機類型與嚴重程度的事件數、首次聲明與穩定所需時間、事後檢討中反覆出現的原因，以及各負責人未完成的行動項目。',
    status: '尚未記錄任何事件。',
  },
  noneInRange: '沒有符合這些選項的事件。',
  showTable: '以表格顯示',
  period: '期間',
  total: '總計',
  quarterLabel: '{{year}} 年第 {{quarter}} 季',
  noCrisisType: '未指定危機類型',
  noOwner: '未指定負責人',
  unknownPerson: '不明人員',
  chartKinds: {
    stackedBar: '{{title}}：堆疊長條圖',
    line: '{{title}}：折線圖',
    bar: '{{title}}：長條圖',
  },
  byType: {
    title: '依危機類型的事件數',
  },
  bySeverity: {
    title: '依嚴重程度的事件數',
  },
  durations: {
    firstStatement: '首次聲明所需時間',
    firstStatementNote: '從偵測到發布第一則對外聲明的時間，僅計入已發布聲明的事件。',
    stable: '達到穩定所需時間',
    stableNote: '從偵測到事件首次進入穩定狀態的時間；重新開啟不會改變此數字。',
    median: '中位數',
    p90: '第 90 百分位數',
    counted: '計入事件數',
    notReached: '無事件達到',
    minutesAxis: '分鐘',
    hoursAxis: '小時',
    minutes: '{{value}} 分鐘',
    hours: '{{value}} 小時',
  },
  causes: {
    title: '反覆出現的原因類別',
    note: '事後檢討中至少列出一項該類別原因的事件數。',
    category: '類別',
    root: '根本原因（事件數）',
    contributing: '促成因素（事件數）',
    none: '這些事件的事後檢討尚未記錄任何原因。',
  },
  recurringTexts: {
    title: '在多起事件中出現的原因',
    cause: '原因',
    kind: '記錄為',
    incidents: '事件',
    none: '目前還沒有在兩起事件中寫法相同的原因。',
  },
  owners: {
    title: '各負責人未完成的行動項目',
    owner: '負責人',
    open: '未完成',
    overdue: '已逾期',
    none: '沒有未完成的行動項目。',
  },
};

/** Simplified Chinese (mainland) messages of trends (charts and their tables). */
export const trendsZhCN: MessagesWithoutPluralForms<typeof trendsEn> = {
  heading: '趋势',
  intro:
    '按危机类型和严重程度统计的事件数、响应时间、反复出现的原因，以及未完成的行动项随时间的变化。',
  controls: {
    label: '趋势选项',
    period: '分组方式',
    month: '按月',
    quarter: '按季度',
    from: '开始日期',
    to: '结束日期',
    rangeOrder: '开始日期晚于结束日期。修正前将显示所有日期。',
    includeExercises: '包含演练',
  },
  zoneNote: '期间和日期按 {{zone}} 时区的日历日计算。',
  exercisesExcluded_other:
    '此日期范围内有 {{count}} 次演练未计入，其事后复盘和行动项也一并排除。勾选“包含演练”即可计入。',
  exercisesIncluded: '这些数字已包含演练。',
  empty: {
    heading: '暂无趋势',
    summary:
      '趋势图展示按危机类型和严重程度统计的事件数、首次声明和恢复稳定所需时间、事后复盘中反复出现的原因，以及各负责人未完成的行动项。',
    status: '尚未记录任何事件。',
  },
  noneInRange: '没有符合这些选项的事件。',
  showTable: '以表格显示',
  period: '期间',
  total: '合计',
  quarterLabel: '{{year}}年第{{quarter}}季度',
  noCrisisType: '未指定危机类型',
  noOwner: '未指定负责人',
  unknownPerson: '未知人员',
  chartKinds: {
    stackedBar: '{{title}}：堆叠柱状图',
    line: '{{title}}：折线图',
    bar: '{{title}}：柱状图',
  },
  byType: {
    title: '按危机类型统计的事件数',
  },
  bySeverity: {
    title: '按严重程度统计的事件数',
  },
  durations: {
    firstStatement: '首次声明所需时间',
    firstStatementNote: '从发现到发布第一条对外声明的时间，仅统计已发布声明的事件。',
    stable: '恢复稳定所需时间',
    stableNote: '从发现到事件首次进入稳定状态的时间；重新打开不会改变该数字。',
    median: '中位数',
    p90: '第 90 百分位数',
    counted: '统计事件数',
    notReached: '无事件达到',
    minutesAxis: '分钟',
    hoursAxis: '小时',
    minutes: '{{value}} 分钟',
    hours: '{{value}} 小时',
  },
  causes: {
    title: '反复出现的原因类别',
    note: '事后复盘中至少列出一项该类别原因的事件数。',
    category: '类别',
    root: '根本原因（事件数）',
    contributing: '促成因素（事件数）',
    none: '这些事件的事后复盘尚未记录任何原因。',
  },
  recurringTexts: {
    title: '在多起事件中出现的原因',
    cause: '原因',
    kind: '记录为',
    incidents: '事件',
    none: '目前还没有在两起事件中写法相同的原因。',
  },
  owners: {
    title: '各负责人未完成的行动项',
    owner: '负责人',
    open: '未完成',
    overdue: '已逾期',
    none: '没有未完成的行动项。',
  },
};
