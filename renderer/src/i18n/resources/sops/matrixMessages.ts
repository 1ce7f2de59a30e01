import type { MessagesWithoutPluralForms } from '../en';

/**
 * Messages of the SOP library's communication matrix (`#/sops/matrix`: the grid, a cell's dialog,
 * the stakeholder group and channel editors) and of its crisis type views (`#/sops/types`,
 * `#/sops/types/<id>`), in English (`sops.matrix.*`).
 */
export const matrixEn = {
  heading: 'Communication matrix',
  intro:
    'Who tells which stakeholder group, through which channel, how soon after activation and with which statement. Cells set for every crisis type apply to each type that does not set its own.',
  loading: 'Loading the communication matrix…',
  chooser: {
    label: 'Crisis type',
    hint: '“Every crisis type” shows the cells that apply to any crisis; a type shows its own cells and the ones it takes from every crisis type.',
  },
  typeCounts: 'Set for {{type}}: {{own}} · From every crisis type: {{inherited}}',
  empty: {
    heading: 'No communication planned yet',
    summary:
      'For each stakeholder group and channel, a cell says which role speaks, how soon after activation, at what cadence and with which statement template. Fill in a cell below, or install the starter library to get a row for each of ten common crisis types.',
    libraryLink: 'Install the starter library from the SOP library page',
  },
  grid: {
    caption: 'Communication matrix for {{type}}: stakeholder groups by channel',
    corner: 'Stakeholder group',
    cellLabel: '{{stakeholder}} × {{channel}}: edit',
    notSet: 'Not set',
    inherited: '(from every crisis type)',
    targetAndTiming: '{{target}}, {{timing}}',
  },
  cellDialog: {
    title: '{{stakeholder}} × {{channel}} ({{type}})',
    inheritedNote:
      'This cell comes from “Every crisis type”. Saving here sets it for {{type}} only; the cell for every crisis type stays as it is.',
    owner: 'Owner role',
    noOwner: 'No owner role',
    unknownRole: 'Removed role ({{id}})',
    target: 'Target in minutes after activation',
    targetHint:
      'Optional: whole minutes from 0 (at activation) to 43,200 (30 days). Leave it empty for no fixed target.',
    timing: 'Timing',
    timingHint: 'The cadence in words, for example “then every 4 hours until resolved”.',
    stage: 'Statement template',
    noStage: 'No template',
    note: 'Note',
    clearHeading: 'Clear this cell',
    clearHint: 'Removes what this cell says. The notice that follows lets you undo it.',
    clear: 'Clear cell',
    clearing: 'Clearing…',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
  },
  groups: {
    editStakeholders: 'Edit stakeholder groups',
    editChannels: 'Edit channels',
    stakeholders: {
      title: 'Stakeholder groups',
      intro:
        'The rows of the matrix, in this order. Built-in groups keep their translated names; add your own (franchisees, unions, local residents …) with the name to show.',
      entry: 'Stakeholder group {{number}}',
      add: 'Add a stakeholder group',
    },
    channels: {
      title: 'Channels',
      intro:
        'The columns of the matrix, in this order. Built-in channels keep their translated names; add your own (an intranet, a hotline, a newsletter …) with the name to show.',
      entry: 'Channel {{number}}',
      add: 'Add a channel',
    },
    listLabel: 'Entries, in display order',
    builtIn: 'Built in',
    moveUp: 'Move {{name}} up',
    moveDown: 'Move {{name}} down',
    remove: 'Remove {{name}}',
    up: 'Up',
    down: 'Down',
    removeShort: 'Remove',
    inUse_one:
      '“{{name}}” is used by {{count}} matrix cell, so nothing was saved. Clear that cell in the matrix first, or cancel to keep the list as it was.',
    inUse_other:
      '“{{name}}” is used by {{count}} matrix cells, so nothing was saved. Clear those cells in the matrix first, or cancel to keep the list as it was.',
    inUseByTemplates_one:
      '“{{name}}” is the audience of {{count}} statement template, so nothing was saved. Give that template another audience first, or cancel to keep the list as it was.',
    inUseByTemplates_other:
      '“{{name}}” is the audience of {{count}} statement templates, so nothing was saved. Give those templates another audience first, or cancel to keep the list as it was.',
    inUseByBoth_one:
      '“{{name}}” is used by {{cells}} and is the audience of {{count}} statement template, so nothing was saved. Clear its cells in the matrix and give that template another audience first, or cancel to keep the list as it was.',
    inUseByBoth_other:
      '“{{name}}” is used by {{cells}} and is the audience of {{count}} statement templates, so nothing was saved. Clear its cells in the matrix and give those templates another audience first, or cancel to keep the list as it was.',
    cellCount_one: '{{count}} matrix cell',
    cellCount_other: '{{count}} matrix cells',
    inUseSomewhere:
      '“{{name}}” is still used in the matrix or by a statement template, so nothing was saved. Change those first, or cancel to keep the list as it was.',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
  },
  types: {
    heading: 'Crisis types',
    intro:
      'Each kind of crisis with what the library holds for it: its SOPs, statement templates, cells of the communication matrix and the risks in the register filed under it.',
    loading: 'Loading the crisis types…',
    listLabel: 'Crisis types',
    counts: {
      sops_one: '{{count}} SOP',
      sops_other: '{{count}} SOPs',
      templates_one: '{{count}} statement template',
      templates_other: '{{count}} statement templates',
      cells_one: '{{count}} matrix cell',
      cells_other: '{{count}} matrix cells',
      risks_one: '{{count}} risk in the register',
      risks_other: '{{count}} risks in the register',
    },
    countsLabel: 'In the library for {{type}}',
  },
  typePage: {
    back: 'All crisis types',
    notFound: 'There is no crisis type “{{id}}”. It may be a mistyped or outdated link.',
    loading: 'Loading the crisis type…',
    summaryLabel: 'About this crisis type',
    sops: {
      heading: 'SOPs',
      empty: 'No SOP is filed under this crisis type yet.',
      newSop: 'Write a new SOP',
      version: 'Version {{version}}',
      notPublished: 'Not published yet',
    },
    templates: {
      heading: 'Statement templates',
      empty: 'No statement template is written for this crisis type yet.',
      audience: 'For {{audience}}',
      allTemplates: 'All statement templates',
    },
    matrix: {
      heading: 'Communication matrix',
      intro: 'Who tells whom, through which channel, how soon, and with which statement.',
      empty: 'No cell of the communication matrix applies to this crisis type yet.',
      openMatrix: 'Open the communication matrix',
      route: '{{stakeholder}} · {{channel}}',
      separator: ' — ',
      ownerAndTiming: '{{owner}}, {{timing}}',
    },
    risks: {
      heading: 'Typical risks',
      starterHeading: 'Suggested by the starter library',
      starterNote:
        'Written by the Crisis Room team as ideas to consider for your risk register; they are not entries of it.',
      registerHeading: 'In your risk register',
      registerEmpty: 'No risk in the register is filed under this crisis type.',
      registerLink: 'Open the risk register',
    },
  },
};

/** {@link matrixEn} in Traditional Chinese (Taiwan). */
export const matrixZhTW: MessagesWithoutPluralForms<typeof matrixEn> = {
  heading: '溝通矩陣',
  intro:
    '由誰、透過哪個管道、在啟動後多久、用哪一份聲明通知哪一群利害關係人。設定為「所有危機類型」的儲存格，會套用到沒有自行設定的每一種危機類型。',
  loading: '正在載入溝通矩陣…',
  chooser: {
    label: '危機類型',
    hint: '選「所有危機類型」會顯示適用於任何危機的儲存格；選某一類型則顯示它自己的儲存格，以及沿用自所有危機類型的儲存格。',
  },
  typeCounts: '{{type}} 自行設定：{{own}}．沿用所有危機類型：{{inherited}}',
  empty: {
    heading: '尚未規劃任何溝通',
    summary:
      '每個利害關係人與管道的組合都是一個儲存格，說明由哪個角色發言、啟動後多久、以什麼頻率、使用哪一份聲明範本。您可以直接在下方填寫儲存格，或安裝入門資料庫，為十種常見危機類型各取得一列設定。',
    libraryLink: '前往 SOP 資料庫頁面安裝入門資料庫',
  },
  grid: {
    caption: '{{type}}的溝通矩陣：利害關係人 × 管道',
    corner: '利害關係人',
    cellLabel: '{{stakeholder}} × {{channel}}：編輯',
    notSet: '未設定',
    inherited: '（沿用所有危機類型）',
    targetAndTiming: '{{target}}，{{timing}}',
  },
  cellDialog: {
    title: '{{stakeholder}} × {{channel}}（{{type}}）',
    inheritedNote:
      '這個儲存格沿用自「所有危機類型」。在這裡儲存只會為{{type}}設定，所有危機類型的儲存格維持不變。',
    owner: '負責角色',
    noOwner: '未指定負責角色',
    unknownRole: '已移除的角色（{{id}}）',
    target: '啟動後的目標時間（分鐘）',
    targetHint: '選填：0（啟動時）到 43,200（30 天）之間的整數分鐘。不填代表沒有固定的目標時間。',
    timing: '時程',
    timingHint: '用文字說明頻率，例如「之後每 4 小時更新一次，直到事件解決」。',
    stage: '聲明範本',
    noStage: '不使用範本',
    note: '備註',
    clearHeading: '清除這個儲存格',
    clearHint: '移除這個儲存格的內容。之後出現的通知可以讓您復原。',
    clear: '清除儲存格',
    clearing: '正在清除…',
    cancel: '取消',
    save: '儲存',
    saving: '正在儲存…',
  },
  groups: {
    editStakeholders: '編輯利害關係人',
    editChannels: '編輯管道',
    stakeholders: {
      title: '利害關係人',
      intro:
        '矩陣的各列，依此順序排列。內建的群組會顯示翻譯好的名稱；您也可以新增自己的群組（加盟業者、工會、當地居民…），並填寫要顯示的名稱。',
      entry: '利害關係人 {{number}}',
      add: '新增利害關係人',
    },
    channels: {
      title: '管道',
      intro:
        '矩陣的各欄，依此順序排列。內建的管道會顯示翻譯好的名稱；您也可以新增自己的管道（內部網站、客服專線、電子報…），並填寫要顯示的名稱。',
      entry: '管道 {{number}}',
      add: '新增管道',
    },
    listLabel: '項目（依顯示順序）',
    builtIn: '內建',
    moveUp: '將「{{name}}」上移',
    moveDown: '將「{{name}}」下移',
    remove: '移除「{{name}}」',
    up: '上移',
    down: '下移',
    removeShort: '移除',
    inUse_other:
      '「{{name}}」仍有 {{count}} 個矩陣儲存格在使用，因此沒有儲存任何變更。請先到矩陣中清除那些儲存格，或按「取消」保留原本的清單。',
    inUseByTemplates_other:
      '「{{name}}」是 {{count}} 份聲明範本的對象，因此沒有儲存任何變更。請先為那些範本改選其他對象，或按「取消」保留原本的清單。',
    inUseByBoth_other:
      '「{{name}}」仍有 {{cells}}在使用，也是 {{count}} 份聲明範本的對象，因此沒有儲存任何變更。請先到矩陣中清除那些儲存格，並為那些範本改選其他對象，或按「取消」保留原本的清單。',
    cellCount_other: '{{count}} 個矩陣儲存格',
    inUseSomewhere:
      '「{{name}}」仍有矩陣儲存格或聲明範本在使用，因此沒有儲存任何變更。請先修改它們，或按「取消」保留原本的清單。',
    cancel: '取消',
    save: '儲存',
    saving: '正在儲存…',
  },
  types: {
    heading: '危機類型',
    intro:
      '每一種危機，以及資料庫中與它相關的內容：標準作業程序、聲明範本、溝通矩陣的儲存格，以及風險清冊中歸在這個類型的風險。',
    loading: '正在載入危機類型…',
    listLabel: '危機類型',
    counts: {
      sops_other: '{{count}} 份標準作業程序',
      templates_other: '{{count}} 份聲明範本',
      cells_other: '{{count}} 個矩陣儲存格',
      risks_other: '風險清冊中有 {{count}} 項風險',
    },
    countsLabel: '資料庫中與{{type}}相關的內容',
  },
  typePage: {
    back: '所有危機類型',
    notFound: '找不到危機類型「{{id}}」。連結可能打錯了，或已經過時。',
    loading: '正在載入危機類型…',
    summaryLabel: '關於這個危機類型',
    sops: {
      heading: '標準作業程序',
      empty: '這個危機類型還沒有標準作業程序。',
      newSop: '撰寫新的標準作業程序',
      version: '第 {{version}} 版',
      notPublished: '尚未發布',
    },
    templates: {
      heading: '聲明範本',
      empty: '這個危機類型還沒有聲明範本。',
      audience: '對象：{{audience}}',
      allTemplates: '所有聲明範本',
    },
    matrix: {
      heading: '溝通矩陣',
      intro: '由誰、透過哪個管道、多久之內、用哪一份聲明通知誰。',
      empty: '溝通矩陣中還沒有適用於這個危機類型的儲存格。',
      openMatrix: '開啟溝通矩陣',
      route: '{{stakeholder}}．{{channel}}',
      separator: '——',
      ownerAndTiming: '{{owner}}，{{timing}}',
    },
    risks: {
      heading: '常見風險',
      starterHeading: '入門資料庫的建議',
      starterNote: '由 Crisis Room 團隊撰寫，供您評估是否列入風險清冊；這些並不是清冊中的項目。',
      registerHeading: '您的風險清冊',
      registerEmpty: '風險清冊中沒有歸在這個危機類型的風險。',
      registerLink: '開啟風險清冊',
    },
  },
};

/** {@link matrixEn} in Simplified Chinese (mainland China). */
export const matrixZhCN: MessagesWithoutPluralForms<typeof matrixEn> = {
  heading: '沟通矩阵',
  intro:
    '由谁、通过哪个渠道、在启动后多久、用哪一份声明通知哪一类利益相关方。设置为“所有危机类型”的单元格，会应用到没有自行设置的每一种危机类型。',
  loading: '正在加载沟通矩阵…',
  chooser: {
    label: '危机类型',
    hint: '选“所有危机类型”会显示适用于任何危机的单元格；选某一类型则显示它自己的单元格，以及沿用自所有危机类型的单元格。',
  },
  typeCounts: '{{type}}自行设置：{{own}} · 沿用所有危机类型：{{inherited}}',
  empty: {
    heading: '尚未规划任何沟通',
    summary:
      '每个利益相关方与渠道的组合都是一个单元格，说明由哪个角色发言、启动后多久、按什么频率、使用哪一份声明模板。您可以直接在下方填写单元格，或安装入门库，为十种常见危机类型各获得一行设置。',
    libraryLink: '前往 SOP 库页面安装入门库',
  },
  grid: {
    caption: '{{type}}的沟通矩阵：利益相关方 × 渠道',
    corner: '利益相关方',
    cellLabel: '{{stakeholder}} × {{channel}}：编辑',
    notSet: '未设置',
    inherited: '（沿用所有危机类型）',
    targetAndTiming: '{{target}}，{{timing}}',
  },
  cellDialog: {
    title: '{{stakeholder}} × {{channel}}（{{type}}）',
    inheritedNote:
      '这个单元格沿用自“所有危机类型”。在这里保存只会为{{type}}设置，所有危机类型的单元格保持不变。',
    owner: '负责角色',
    noOwner: '未指定负责角色',
    unknownRole: '已删除的角色（{{id}}）',
    target: '启动后的目标时间（分钟）',
    targetHint: '选填：0（启动时）到 43,200（30 天）之间的整数分钟。留空表示没有固定的目标时间。',
    timing: '时间安排',
    timingHint: '用文字说明频率，例如“之后每 4 小时通报一次，直到事件解决”。',
    stage: '声明模板',
    noStage: '不使用模板',
    note: '备注',
    clearHeading: '清除这个单元格',
    clearHint: '删除这个单元格的内容。随后出现的通知可以让您撤销。',
    clear: '清除单元格',
    clearing: '正在清除…',
    cancel: '取消',
    save: '保存',
    saving: '正在保存…',
  },
  groups: {
    editStakeholders: '编辑利益相关方',
    editChannels: '编辑渠道',
    stakeholders: {
      title: '利益相关方',
      intro:
        '矩阵的各行，按此顺序排列。内置的分组显示翻译好的名称；您也可以添加自己的分组（加盟商、工会、当地居民…），并填写要显示的名称。',
      entry: '利益相关方 {{number}}',
      add: '添加利益相关方',
    },
    channels: {
      title: '渠道',
      intro:
        '矩阵的各列，按此顺序排列。内置的渠道显示翻译好的名称；您也可以添加自己的渠道（内部网站、客服热线、电子简报…），并填写要显示的名称。',
      entry: '渠道 {{number}}',
      add: '添加渠道',
    },
    listLabel: '条目（按显示顺序）',
    builtIn: '内置',
    moveUp: '将“{{name}}”上移',
    moveDown: '将“{{name}}”下移',
    remove: '删除“{{name}}”',
    up: '上移',
    down: '下移',
    removeShort: '删除',
    inUse_other:
      '“{{name}}”仍被 {{count}} 个矩阵单元格使用，因此没有保存任何更改。请先在矩阵中清除这些单元格，或点击“取消”保留原来的列表。',
    inUseByTemplates_other:
      '“{{name}}”是 {{count}} 个声明模板的对象，因此没有保存任何更改。请先为这些模板改选其他对象，或点击“取消”保留原来的列表。',
    inUseByBoth_other:
      '“{{name}}”仍被 {{cells}}使用，也是 {{count}} 个声明模板的对象，因此没有保存任何更改。请先在矩阵中清除这些单元格，并为这些模板改选其他对象，或点击“取消”保留原来的列表。',
    cellCount_other: '{{count}} 个矩阵单元格',
    inUseSomewhere:
      '“{{name}}”仍被矩阵单元格或声明模板使用，因此没有保存任何更改。请先修改它们，或点击“取消”保留原来的列表。',
    cancel: '取消',
    save: '保存',
    saving: '正在保存…',
  },
  types: {
    heading: '危机类型',
    intro:
      '每一种危机，以及库中与它相关的内容：标准作业程序、声明模板、沟通矩阵的单元格，以及风险登记册中归入这个类型的风险。',
    loading: '正在加载危机类型…',
    listLabel: '危机类型',
    counts: {
      sops_other: '{{count}} 份标准作业程序',
      templates_other: '{{count}} 份声明模板',
      cells_other: '{{count}} 个矩阵单元格',
      risks_other: '风险登记册中有 {{count}} 项风险',
    },
    countsLabel: '库中与{{type}}相关的内容',
  },
  typePage: {
    back: '所有危机类型',
    notFound: '找不到危机类型“{{id}}”。链接可能输错了，或已经过时。',
    loading: '正在加载危机类型…',
    summaryLabel: '关于这个危机类型',
    sops: {
      heading: '标准作业程序',
      empty: '这个危机类型还没有标准作业程序。',
      newSop: '编写新的标准作业程序',
      version: '第 {{version}} 版',
      notPublished: '尚未发布',
    },
    templates: {
      heading: '声明模板',
      empty: '这个危机类型还没有声明模板。',
      audience: '对象：{{audience}}',
      allTemplates: '所有声明模板',
    },
    matrix: {
      heading: '沟通矩阵',
      intro: '由谁、通过哪个渠道、多久之内、用哪一份声明通知谁。',
      empty: '沟通矩阵中还没有适用于这个危机类型的单元格。',
      openMatrix: '打开沟通矩阵',
      route: '{{stakeholder}} · {{channel}}',
      separator: '——',
      ownerAndTiming: '{{owner}}，{{timing}}',
    },
    risks: {
      heading: '常见风险',
      starterHeading: '入门库的建议',
      starterNote:
        '由 Crisis Room 团队撰写，供您考虑是否列入风险登记册；这些并不是登记册中的条目。',
      registerHeading: '您的风险登记册',
      registerEmpty: '风险登记册中没有归入这个危机类型的风险。',
      registerLink: '打开风险登记册',
    },
  },
};
