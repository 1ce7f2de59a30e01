import type { MessagesWithoutPluralForms } from '../en';

/**
 * Messages of the crisis-event database (`postmortems.database.*`), in English: the search box and
 * its status, the filters, the table of every incident with its postmortem, search results, the
 * empty states, and the "Similar past incidents" list of the declare dialog.
 */
export const databaseEn = {
  loading: 'Loading incidents and postmortems…',
  search: {
    label: 'Search incidents and postmortems',
    placeholder: 'Words or phrases, in any of the three languages',
    indexing: 'Indexing… results may be incomplete.',
    results_one: '{{count}} result',
    results_other: '{{count}} results',
    resultsLabel: 'Search results',
    noResults: 'Nothing matches “{{query}}”.',
    noResultsFiltered: 'Nothing matches “{{query}}” with these filters.',
    failed: 'Search is not working right now. Reload the page to try again.',
  },
  kinds: {
    incident: 'Incident',
    postmortem: 'Postmortem',
  },
  exercise: 'Exercise',
  filters: {
    label: 'Filters',
    crisisType: 'Crisis type',
    anyCrisisType: 'Any crisis type',
    severity: 'Severity',
    anySeverity: 'Any severity',
    from: 'Detected from',
    to: 'Detected to',
    tag: 'Tag',
    anyTag: 'Any tag',
    exercises: 'Exercises',
    exerciseModes: {
      exclude: 'Leave out exercises',
      include: 'Include exercises',
      only: 'Only exercises',
    },
    clear: 'Clear filters',
    reversedRange: 'The “Detected to” date is before the “Detected from” date.',
  },
  table: {
    caption: 'Incidents and their postmortems, newest first',
    shown_one: '{{count}} incident',
    shown_other: '{{count}} incidents',
    columns: {
      reference: 'Reference',
      title: 'Title',
      crisisType: 'Crisis type',
      severity: 'Severity',
      detectedAt: 'Detected',
      status: 'Status',
      postmortem: 'Postmortem',
    },
    noCrisisType: 'Not set',
    noPostmortem: 'None yet',
  },
  hit: {
    detected: 'Detected {{date}}',
    ofIncident: 'Postmortem of {{reference}}',
  },
  empty: {
    heading: 'The crisis-event database is empty',
    summary:
      'Every incident and its postmortem will be searchable here, in English and Chinese, with filters by crisis type, severity, date, tag and exercise.',
    status: 'No incidents or postmortems have been recorded yet.',
  },
  noMatch: 'No incidents match these filters.',
  similar: {
    heading: 'Similar past incidents',
    sharedWords: 'In common: {{words}}',
    sameType: 'Same crisis type',
    detected: 'Detected {{date}}',
    postmortem: 'Postmortem {{reference}}',
    noPostmortem: 'No postmortem written',
    lessons: 'Lessons learned',
  },
};

/** {@link databaseEn} in Traditional Chinese (Taiwan). */
export const databaseZhTW: MessagesWithoutPluralForms<typeof databaseEn> = {
  loading: '正在載入事件與事後檢討…',
  search: {
    label: '搜尋事件與事後檢討',
    placeholder: '輸入字詞或片語，三種語言皆可',
    indexing: '正在建立索引…結果可能不完整。',
    results_other: '共 {{count}} 筆結果',
    resultsLabel: '搜尋結果',
    noResults: '找不到符合「{{query}}」的內容。',
    noResultsFiltered: '在目前的篩選條件下，找不到符合「{{query}}」的內容。',
    failed: '目前無法搜尋，請重新載入頁面後再試一次。',
  },
  kinds: {
    incident: '事件',
    postmortem: '事後檢討',
  },
  exercise: '演練',
  filters: {
    label: '篩選條件',
    crisisType: '危機類型',
    anyCrisisType: '所有危機類型',
    severity: '嚴重程度',
    anySeverity: '所有嚴重程度',
    from: '發現日期起',
    to: '發現日期迄',
    tag: '標籤',
    anyTag: '所有標籤',
    exercises: '演練',
    exerciseModes: {
      exclude: '不含演練',
      include: '包含演練',
      only: '只看演練',
    },
    clear: '清除篩選條件',
    reversedRange: '「發現日期迄」早於「發現日期起」。',
  },
  table: {
    caption: '事件及其事後檢討（由新到舊）',
    shown_other: '共 {{count}} 起事件',
    columns: {
      reference: '編號',
      title: '標題',
      crisisType: '危機類型',
      severity: '嚴重程度',
      detectedAt: '發現時間',
      status: '狀態',
      postmortem: '事後檢討',
    },
    noCrisisType: '未設定',
    noPostmortem: '尚未撰寫',
  },
  hit: {
    detected: '發現於 {{date}}',
    ofIncident: '{{reference}} 的事後檢討',
  },
  empty: {
    heading: '危機事件資料庫目前是空的',
    summary:
      '每起事件及其事後檢討都能在這裡以中英文搜尋，並可依危機類型、嚴重程度、日期、標籤與是否為演練篩選。',
    status: '目前尚未記錄任何事件或事後檢討。',
  },
  noMatch: '沒有符合這些篩選條件的事件。',
  similar: {
    heading: '過去的類似事件',
    sharedWords: '共同字詞：{{words}}',
    sameType: '相同危機類型',
    detected: '發現於 {{date}}',
    postmortem: '事後檢討 {{reference}}',
    noPostmortem: '尚未撰寫事後檢討',
    lessons: '學到的教訓',
  },
};

/** {@link databaseEn} in Simplified Chinese (mainland China). */
export const databaseZhCN: MessagesWithoutPluralForms<typeof databaseEn> = {
  loading: '正在加载事件和事后复盘…',
  search: {
    label: '搜索事件和事后复盘',
    placeholder: '输入词语或短语，三种语言均可',
    indexing: '正在建立索引…结果可能不完整。',
    results_other: '共 {{count}} 条结果',
    resultsLabel: '搜索结果',
    noResults: '没有与“{{query}}”匹配的内容。',
    noResultsFiltered: '在当前筛选条件下，没有与“{{query}}”匹配的内容。',
    failed: '暂时无法搜索，请重新加载页面后再试。',
  },
  kinds: {
    incident: '事件',
    postmortem: '事后复盘',
  },
  exercise: '演练',
  filters: {
    label: '筛选条件',
    crisisType: '危机类型',
    anyCrisisType: '全部危机类型',
    severity: '严重程度',
    anySeverity: '全部严重程度',
    from: '发现日期从',
    to: '发现日期至',
    tag: '标签',
    anyTag: '全部标签',
    exercises: '演练',
    exerciseModes: {
      exclude: '不含演练',
      include: '包含演练',
      only: '仅看演练',
    },
    clear: '清除筛选条件',
    reversedRange: '“发现日期至”早于“发现日期从”。',
  },
  table: {
    caption: '事件及其事后复盘（从新到旧）',
    shown_other: '共 {{count}} 起事件',
    columns: {
      reference: '编号',
      title: '标题',
      crisisType: '危机类型',
      severity: '严重程度',
      detectedAt: '发现时间',
      status: '状态',
      postmortem: '事后复盘',
    },
    noCrisisType: '未设置',
    noPostmortem: '尚未撰写',
  },
  hit: {
    detected: '发现于 {{date}}',
    ofIncident: '{{reference}} 的事后复盘',
  },
  empty: {
    heading: '危机事件数据库目前为空',
    summary:
      '每起事件及其事后复盘都可以在这里用中英文搜索，并可按危机类型、严重程度、日期、标签和是否为演练筛选。',
    status: '目前尚未记录任何事件或事后复盘。',
  },
  noMatch: '没有符合这些筛选条件的事件。',
  similar: {
    heading: '以往的类似事件',
    sharedWords: '共同词语：{{words}}',
    sameType: '相同危机类型',
    detected: '发现于 {{date}}',
    postmortem: '事后复盘 {{reference}}',
    noPostmortem: '尚未撰写事后复盘',
    lessons: '经验教训',
  },
};
