import type { MessagesWithoutPluralForms } from '../en';

/**
 * Names of the postmortem domain's values (review statuses, cause kinds and categories, the NIST
 * questions, reviewer decisions, action-item types and states) and its validation and refusal
 * codes, in English: the `postmortems.*` keys every postmortem screen shares. Screens keep their
 * own messages beside this file.
 */
export const postmortemsDomainEn = {
  statuses: { draft: 'Draft', 'in-review': 'In review', published: 'Published' },
  moves: {
    'draft-in-review': 'Send for review',
    'in-review-draft': 'Back to draft',
    'in-review-published': 'Publish',
    'published-draft': 'Reopen for correction',
  },
  causeKinds: { root: 'Root cause', contributing: 'Contributing factor' },
  causeCategories: {
    people: 'People',
    process: 'Process',
    technology: 'Technology',
    supplier: 'Supplier or partner',
    communication: 'Communication',
    monitoring: 'Monitoring and detection',
    governance: 'Governance and decisions',
    external: 'External event',
  },
  nistQuestions: {
    whatHappened: 'Exactly what happened, and at what times?',
    staffPerformance:
      'How well did staff and management perform? Were the documented procedures followed, and were they adequate?',
    informationNeededSooner: 'What information was needed sooner?',
    hinderedRecovery: 'Were any steps or actions taken that might have hindered recovery?',
    doDifferently: 'What would the team do differently the next time a similar incident occurs?',
  },
  reviewerDecisions: {
    pending: 'Pending',
    approved: 'Approved',
    'changes-requested': 'Changes requested',
  },
  actionItemTypes: {
    prevent: 'Prevent',
    mitigate: 'Mitigate',
    process: 'Process',
    sop: 'SOP change',
    training: 'Training',
  },
  actionItemStatuses: {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  notices: {
    actionItemDeleted: 'Action item “{{title}}” deleted.',
    actionItemRestored: 'Action item “{{title}}” restored.',
    undoFailed: 'Undo failed: {{reason}}',
    undoConflict:
      'Undo was not possible: its postmortem is gone or something took its place since.',
  },
  validation: {
    required: 'This field is required.',
    'too-long': 'This is too long.',
    'too-many': 'There are too many entries.',
    'too-large': 'This number is too large.',
    'whole-number': 'Enter a whole number.',
    'not-negative': 'Enter zero or more.',
    'percent-range': 'Enter a percentage from 0 to 100.',
    'currency-format': 'Enter a three-letter currency code such as TWD, CNY or USD.',
    'date-format': 'Enter a date as YYYY-MM-DD.',
    'sop-link-required': 'An SOP change needs the SOP it changes: choose one.',
    'unknown-value': 'Choose one of the options offered.',
    invalid: 'This value is not valid.',
    'not-found': 'This postmortem no longer exists.',
    'incident-not-found': 'The incident no longer exists.',
    'incident-not-finished': 'A postmortem can be written once the incident is stable or closed.',
    'already-exists': 'This incident already has a postmortem.',
    'not-editable':
      'Only a draft can be changed. Move it back to draft (or reopen it) to edit the text.',
    'not-in-review': 'Reviews can be recorded only while the postmortem is in review.',
    'not-allowed': 'The postmortem cannot move to that status from where it is.',
    'no-reviewers': 'Add at least one reviewer first.',
    'reviews-pending': 'Every reviewer has to approve before it is published.',
    'changes-requested':
      'A reviewer asked for changes: move it back to draft, make them, and send it for review again.',
    'summary-required': 'Write the summary before sending it for review.',
    'lessons-required': 'Add at least one lesson learned before sending it for review.',
    'link-missing':
      'The linked SOP or risk no longer exists (deleted, or the risk is in the recycle bin): choose another or remove the link.',
    'changed-meanwhile':
      'This action item was changed meanwhile (perhaps by publishing its SOP). Close the dialog and open it again.',
  },
};

/** Traditional Chinese (Taiwan) names of the postmortem domain. */
export const postmortemsDomainZhTW: MessagesWithoutPluralForms<typeof postmortemsDomainEn> = {
  statuses: { draft: '草稿', 'in-review': '審閱中', published: '已發布' },
  moves: {
    'draft-in-review': '送交審閱',
    'in-review-draft': '退回草稿',
    'in-review-published': '發布',
    'published-draft': '重新開啟以更正',
  },
  causeKinds: { root: '根本原因', contributing: '促成因素' },
  causeCategories: {
    people: '人員',
    process: '流程',
    technology: '技術',
    supplier: '供應商或合作夥伴',
    communication: '溝通',
    monitoring: '監測與偵測',
    governance: '治理與決策',
    external: '外部事件',
  },
  nistQuestions: {
    whatHappened: '究竟發生了什麼事？各在什麼時間？',
    staffPerformance: '員工與管理階層的表現如何？是否遵循既有程序？程序是否足夠？',
    informationNeededSooner: '哪些資訊應該更早取得？',
    hinderedRecovery: '是否有任何步驟或行動可能妨礙了復原？',
    doDifferently: '下次發生類似事件時，團隊會有什麼不同的做法？',
  },
  reviewerDecisions: { pending: '待審閱', approved: '已核可', 'changes-requested': '要求修改' },
  actionItemTypes: {
    prevent: '預防',
    mitigate: '減緩',
    process: '流程',
    sop: 'SOP 修訂',
    training: '訓練',
  },
  actionItemStatuses: {
    open: '待辦',
    'in-progress': '進行中',
    done: '已完成',
    cancelled: '已取消',
  },
  notices: {
    actionItemDeleted: '已刪除行動項目「{{title}}」。',
    actionItemRestored: '已還原行動項目「{{title}}」。',
    undoFailed: '無法復原：{{reason}}',
    undoConflict: '無法復原：所屬的事後檢討已不存在，或已有其他項目取代它。',
  },
  validation: {
    required: '此欄位為必填。',
    'too-long': '內容太長。',
    'too-many': '項目太多。',
    'too-large': '數字太大。',
    'whole-number': '請輸入整數。',
    'not-negative': '請輸入 0 或以上的數字。',
    'percent-range': '請輸入 0 到 100 的百分比。',
    'currency-format': '請輸入三個英文字母的幣別代碼，例如 TWD、CNY 或 USD。',
    'date-format': '請以 YYYY-MM-DD 格式輸入日期。',
    'sop-link-required': 'SOP 修訂必須指定要修訂的 SOP，請選擇一份。',
    'unknown-value': '請從提供的選項中選擇。',
    invalid: '此值無效。',
    'not-found': '這份事後檢討已不存在。',
    'incident-not-found': '這個事件已不存在。',
    'incident-not-finished': '事件進入穩定或結案後，才能撰寫事後檢討。',
    'already-exists': '這個事件已經有事後檢討。',
    'not-editable': '只有草稿可以修改。請先退回草稿（或重新開啟）再編輯內容。',
    'not-in-review': '只有在審閱中才能記錄審閱結果。',
    'not-allowed': '事後檢討無法從目前狀態改為這個狀態。',
    'no-reviewers': '請先新增至少一位審閱人。',
    'reviews-pending': '所有審閱人都核可後才能發布。',
    'changes-requested': '有審閱人要求修改：請退回草稿、完成修改後再送交審閱。',
    'summary-required': '送交審閱前請先填寫摘要。',
    'lessons-required': '送交審閱前請至少新增一項經驗教訓。',
    'link-missing':
      '連結的 SOP 或風險已不存在（已刪除，或風險已移到資源回收筒）：請改選其他項目或移除連結。',
    'changed-meanwhile':
      '這個行動項目在這段期間已被變更（可能是因為發布了它的 SOP）。請關閉對話框後重新開啟。',
  },
};

/** Simplified Chinese (mainland) names of the postmortem domain. */
export const postmortemsDomainZhCN: MessagesWithoutPluralForms<typeof postmortemsDomainEn> = {
  statuses: { draft: '草稿', 'in-review': '审阅中', published: '已发布' },
  moves: {
    'draft-in-review': '提交审阅',
    'in-review-draft': '退回草稿',
    'in-review-published': '发布',
    'published-draft': '重新打开以更正',
  },
  causeKinds: { root: '根本原因', contributing: '促成因素' },
  causeCategories: {
    people: '人员',
    process: '流程',
    technology: '技术',
    supplier: '供应商或合作伙伴',
    communication: '沟通',
    monitoring: '监测与发现',
    governance: '治理与决策',
    external: '外部事件',
  },
  nistQuestions: {
    whatHappened: '究竟发生了什么？分别在什么时间？',
    staffPerformance: '员工和管理层表现如何？是否遵循了既定流程？流程是否充分？',
    informationNeededSooner: '哪些信息应该更早获得？',
    hinderedRecovery: '是否有任何步骤或行动可能妨碍了恢复？',
    doDifferently: '下次发生类似事件时，团队会有哪些不同的做法？',
  },
  reviewerDecisions: { pending: '待审阅', approved: '已批准', 'changes-requested': '要求修改' },
  actionItemTypes: {
    prevent: '预防',
    mitigate: '缓解',
    process: '流程',
    sop: 'SOP 修订',
    training: '培训',
  },
  actionItemStatuses: {
    open: '待办',
    'in-progress': '进行中',
    done: '已完成',
    cancelled: '已取消',
  },
  notices: {
    actionItemDeleted: '已删除行动项“{{title}}”。',
    actionItemRestored: '已恢复行动项“{{title}}”。',
    undoFailed: '无法撤销：{{reason}}',
    undoConflict: '无法撤销：所属的事后复盘已不存在，或已有其他条目取代它。',
  },
  validation: {
    required: '此项为必填。',
    'too-long': '内容太长。',
    'too-many': '条目太多。',
    'too-large': '数字太大。',
    'whole-number': '请输入整数。',
    'not-negative': '请输入 0 或以上的数字。',
    'percent-range': '请输入 0 到 100 的百分比。',
    'currency-format': '请输入三个字母的币种代码，例如 CNY、TWD 或 USD。',
    'date-format': '请按 YYYY-MM-DD 格式输入日期。',
    'sop-link-required': 'SOP 修订必须指定要修订的 SOP，请选择一份。',
    'unknown-value': '请从提供的选项中选择。',
    invalid: '该值无效。',
    'not-found': '这份事后复盘已不存在。',
    'incident-not-found': '这个事件已不存在。',
    'incident-not-finished': '事件进入稳定或关闭后，才能撰写事后复盘。',
    'already-exists': '这个事件已经有事后复盘。',
    'not-editable': '只有草稿可以修改。请先退回草稿（或重新打开）再编辑内容。',
    'not-in-review': '只有在审阅中才能记录审阅结果。',
    'not-allowed': '事后复盘无法从当前状态改为这个状态。',
    'no-reviewers': '请先添加至少一位审阅人。',
    'reviews-pending': '所有审阅人都批准后才能发布。',
    'changes-requested': '有审阅人要求修改：请退回草稿，完成修改后再提交审阅。',
    'summary-required': '提交审阅前请先填写摘要。',
    'lessons-required': '提交审阅前请至少添加一条经验教训。',
    'link-missing':
      '关联的 SOP 或风险已不存在（已删除，或风险已移到回收站）：请改选其他条目或移除关联。',
    'changed-meanwhile':
      '这个行动项在此期间已被更改（可能是因为发布了它的 SOP）。请关闭对话框后重新打开。',
  },
};
