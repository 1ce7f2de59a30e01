import type { MessagesWithoutPluralForms } from '../en';

/**
 * Messages of the incident list, the Dashboard's active-incidents card and what the Dashboard
 * still lacks, in English (`incidents.list.*`).
 */
export const listEn = {
  loading: 'Loading incidents…',
  empty: {
    heading: 'What incidents are',
    summary:
      'An incident is a crisis being handled, from detection to close: its severity, the roles on duty, a timeline of decisions and communications, tasks, the SOP being run and the clocks that must not run out. Declare one as soon as a crisis is noticed.',
    status: 'No incidents have been recorded yet.',
  },
  filters: {
    label: 'Filter incidents',
    status: 'Show',
    open: 'Open incidents',
    closed: 'Closed incidents',
    all: 'All incidents',
    includeExercises: 'Include exercises',
  },
  caption: 'Incidents, open ones first',
  columns: {
    reference: 'Reference',
    title: 'Title',
    severity: 'Severity',
    status: 'Status',
    detectedAt: 'Detected',
    sinceDetection: 'Since detection',
    crisisType: 'Crisis type',
  },
  noCrisisType: 'Not known yet',
  noMatch: 'No incidents match these filters.',
  card: {
    heading: 'Active incidents',
    none: 'No active incidents.',
    detected: 'Detected {{time}}',
    warRoom: 'War room',
    warRoomLabel: 'War room: {{title}}',
    showAll: 'Show all incidents',
    clocks: {
      due: '{{clock}}: due {{time}}, {{duration}} left',
      overdue: '{{clock}}: OVERDUE by {{duration}}, was due {{time}}',
      met: '{{clock}}: met {{time}}',
      waiting: '{{clock}}: starts when the incident is declared',
      stopped: '{{clock}}: stopped',
    },
  },
  dashboard: {
    upcomingHeading: 'Still to come on the dashboard',
    upcomingSummary:
      'Monitoring alerts and upcoming drills will appear here once those areas are built.',
    upcomingStatus:
      'Active incidents, open and overdue action items, crisis team coverage and overdue risk reviews are shown so far.',
  },
};

/** {@link listEn} in Traditional Chinese (Taiwan). */
export const listZhTW: MessagesWithoutPluralForms<typeof listEn> = {
  loading: '正在載入事件…',
  empty: {
    heading: '什麼是事件',
    summary:
      '事件是正在處理的危機，從發現到結案：嚴重等級、值勤角色、決策與對外溝通的時間軸、任務、執行中的 SOP，以及不能逾時的計時。一發現危機就立即宣告。',
    status: '目前還沒有任何事件紀錄。',
  },
  filters: {
    label: '篩選事件',
    status: '顯示',
    open: '未結案的事件',
    closed: '已結案的事件',
    all: '所有事件',
    includeExercises: '包含演練',
  },
  caption: '事件（未結案的在前）',
  columns: {
    reference: '編號',
    title: '標題',
    severity: '嚴重等級',
    status: '狀態',
    detectedAt: '發現時間',
    sinceDetection: '距發現',
    crisisType: '危機類型',
  },
  noCrisisType: '尚不清楚',
  noMatch: '沒有符合篩選條件的事件。',
  card: {
    heading: '處理中的事件',
    none: '目前沒有處理中的事件。',
    detected: '{{time}}發現',
    warRoom: '作戰室',
    warRoomLabel: '作戰室：{{title}}',
    showAll: '查看所有事件',
    clocks: {
      due: '{{clock}}：期限 {{time}}，還剩 {{duration}}',
      overdue: '{{clock}}：已逾期 {{duration}}，期限是 {{time}}',
      met: '{{clock}}：已於 {{time}} 完成',
      waiting: '{{clock}}：宣告事件後開始計時',
      stopped: '{{clock}}：已停止',
    },
  },
  dashboard: {
    upcomingHeading: '儀表板即將加入的內容',
    upcomingSummary: '監測警示與即將進行的演練，會在這些功能完成後顯示在這裡。',
    upcomingStatus:
      '目前顯示處理中的事件、待辦與逾期的行動項目、危機處理小組的人力涵蓋與逾期的風險審查。',
  },
};

/** {@link listEn} in Simplified Chinese (mainland China). */
export const listZhCN: MessagesWithoutPluralForms<typeof listEn> = {
  loading: '正在加载事件…',
  empty: {
    heading: '什么是事件',
    summary:
      '事件是正在处理的危机，从发现到结案：严重等级、值班角色、决策与对外沟通的时间线、任务、执行中的 SOP，以及不能超时的计时。一发现危机就立即宣告。',
    status: '目前还没有任何事件记录。',
  },
  filters: {
    label: '筛选事件',
    status: '显示',
    open: '未结案的事件',
    closed: '已结案的事件',
    all: '所有事件',
    includeExercises: '包含演练',
  },
  caption: '事件（未结案的在前）',
  columns: {
    reference: '编号',
    title: '标题',
    severity: '严重等级',
    status: '状态',
    detectedAt: '发现时间',
    sinceDetection: '距发现',
    crisisType: '危机类型',
  },
  noCrisisType: '尚不清楚',
  noMatch: '没有符合筛选条件的事件。',
  card: {
    heading: '处理中的事件',
    none: '目前没有处理中的事件。',
    detected: '{{time}}发现',
    warRoom: '作战室',
    warRoomLabel: '作战室：{{title}}',
    showAll: '查看所有事件',
    clocks: {
      due: '{{clock}}：期限 {{time}}，还剩 {{duration}}',
      overdue: '{{clock}}：已超时 {{duration}}，期限是 {{time}}',
      met: '{{clock}}：已于 {{time}} 完成',
      waiting: '{{clock}}：宣告事件后开始计时',
      stopped: '{{clock}}：已停止',
    },
  },
  dashboard: {
    upcomingHeading: '仪表板即将加入的内容',
    upcomingSummary: '监测警报与即将进行的演练，会在这些功能完成后显示在这里。',
    upcomingStatus:
      '目前显示处理中的事件、待办与逾期的行动项、危机小组的人员覆盖与逾期的风险评审。',
  },
};
