import type { MessagesWithoutPluralForms } from '../en';

/** English messages of Settings → Risk matrix (`risks.matrix.*`). */
export const riskMatrixEn = {
  heading: 'Risk matrix',
  intro:
    'Risks are scored as likelihood × impact on this matrix. Level names and bands are written in every app language, so each person sees them in theirs.',
  sizeLabel: 'Size',
  sizeOption: '{{size}} × {{size}}',
  sizeHint:
    'Changing the size resets the level names to the defaults for that size and moves the band thresholds.',
  rescaleWarning_one:
    'Saving changes the matrix from {{from}} × {{from}} to {{to}} × {{to}}: the levels of {{count}} risk will be rescaled.',
  rescaleWarning_other:
    'Saving changes the matrix from {{from}} × {{from}} to {{to}} × {{to}}: the levels of {{count}} risks will be rescaled.',
  likelihoodLevels: 'Likelihood levels',
  impactLevels: 'Impact levels',
  levelNumber: 'Level {{level}}',
  languages: { en: 'English', 'zh-TW': 'Traditional Chinese', 'zh-CN': 'Simplified Chinese' },
  bands: 'Level bands',
  bandsHint:
    'Each band covers the scores from its minimum up to the next band’s minimum. The first band starts at 1; the highest score is {{max}}.',
  bandHeading: 'Band {{number}}',
  bandColour: 'Colour',
  bandMinScore: 'Minimum score',
  bandReviewInterval: 'Review every (days)',
  addBand: 'Add band',
  removeBand: 'Remove band {{number}}',
  newBandName: 'New band {{number}}',
  rollup: 'Impact roll-up',
  rollupHint: 'How impact dimensions (financial, reputation …) combine into one impact level.',
  rollups: {
    max: 'Worst dimension',
    weighted: 'Weighted average',
  },
  weights: 'Dimension weights',
  weightsHint: 'From 0 to 100; 0 leaves a dimension out of the average.',
  save: 'Save matrix',
  reset: 'Reset to default',
  resetDone: 'The default 5 × 5 matrix is filled in. Save to use it.',
  confirmTitle: 'Rescale every risk?',
  confirmMessage_one:
    'The matrix changes from {{from}} × {{from}} to {{to}} × {{to}}. The levels of {{count}} risk are moved to the new scale, rounding up; each change is kept in the risk’s timeline.',
  confirmMessage_other:
    'The matrix changes from {{from}} × {{from}} to {{to}} × {{to}}. The levels of {{count}} risks are moved to the new scale, rounding up; each change is kept in its risk’s timeline.',
  confirm: 'Rescale and save',
  cancel: 'Cancel',
  hasErrors: 'Correct the fields marked below, then save again.',
  errors: {
    'level-label-count': 'Every level needs a name.',
    'band-first-min': 'The first band must start at score 1.',
    'band-order': 'Each band must start above the band before it.',
    'band-beyond-max': 'This minimum is higher than the highest score of the matrix.',
    'band-duplicate-id': 'Two bands have the same id.',
    'weights-all-zero': 'At least one dimension needs a weight above 0 for a weighted average.',
    'label-required': 'Enter a name in this language (up to 80 characters).',
    'colour-format': 'Choose a colour.',
    'whole-number': 'Enter a whole number from {{min}} to {{max}}.',
    invalid: 'This value is not valid.',
  },
};

/** Traditional Chinese (Taiwan) messages of Settings → Risk matrix. */
export const riskMatrixZhTW: MessagesWithoutPluralForms<typeof riskMatrixEn> = {
  heading: '風險矩陣',
  intro:
    '風險分數為「可能性 × 影響」在這個矩陣上的位置。等級名稱與等級區間以每種介面語言填寫，每個人都會看到自己的語言。',
  sizeLabel: '大小',
  sizeOption: '{{size}} × {{size}}',
  sizeHint: '變更大小會將等級名稱重設為該大小的預設值，並調整各區間的門檻。',
  rescaleWarning_other:
    '儲存後矩陣將由 {{from}} × {{from}} 改為 {{to}} × {{to}}：{{count}} 筆風險的等級會重新換算。',
  likelihoodLevels: '可能性等級',
  impactLevels: '影響等級',
  levelNumber: '等級 {{level}}',
  languages: { en: '英文', 'zh-TW': '繁體中文', 'zh-CN': '簡體中文' },
  bands: '等級區間',
  bandsHint:
    '每個區間涵蓋從其最低分數到下一個區間最低分數之前的分數。第一個區間從 1 開始；最高分數為 {{max}}。',
  bandHeading: '區間 {{number}}',
  bandColour: '顏色',
  bandMinScore: '最低分數',
  bandReviewInterval: '審查週期（天）',
  addBand: '新增區間',
  removeBand: '移除區間 {{number}}',
  newBandName: '新區間 {{number}}',
  rollup: '影響彙總方式',
  rollupHint: '各影響面向（財務、商譽……）如何合併為單一影響等級。',
  rollups: {
    max: '取最嚴重的面向',
    weighted: '加權平均',
  },
  weights: '面向權重',
  weightsHint: '0 到 100；0 表示不納入平均。',
  save: '儲存矩陣',
  reset: '重設為預設值',
  resetDone: '已填入預設的 5 × 5 矩陣，儲存後才會套用。',
  confirmTitle: '要重新換算所有風險嗎？',
  confirmMessage_other:
    '矩陣將由 {{from}} × {{from}} 改為 {{to}} × {{to}}。{{count}} 筆風險的等級會換算到新的刻度（無條件進位），每次變更都會記錄在風險的時間軸中。',
  confirm: '換算並儲存',
  cancel: '取消',
  hasErrors: '請修正下方標示的欄位後再儲存。',
  errors: {
    'level-label-count': '每個等級都需要名稱。',
    'band-first-min': '第一個區間必須從分數 1 開始。',
    'band-order': '每個區間的起點必須高於前一個區間。',
    'band-beyond-max': '這個最低分數超過矩陣的最高分數。',
    'band-duplicate-id': '有兩個區間的代號相同。',
    'weights-all-zero': '使用加權平均時，至少要有一個面向的權重大於 0。',
    'label-required': '請以這個語言輸入名稱（最多 80 個字元）。',
    'colour-format': '請選擇顏色。',
    'whole-number': '請輸入 {{min}} 到 {{max}} 的整數。',
    invalid: '這個值無效。',
  },
};

/** Simplified Chinese messages of Settings → Risk matrix. */
export const riskMatrixZhCN: MessagesWithoutPluralForms<typeof riskMatrixEn> = {
  heading: '风险矩阵',
  intro:
    '风险分数为“可能性 × 影响”在这个矩阵上的位置。等级名称和等级区间用每种界面语言填写，每个人都会看到自己的语言。',
  sizeLabel: '大小',
  sizeOption: '{{size}} × {{size}}',
  sizeHint: '更改大小会将等级名称重置为该大小的默认值，并调整各区间的阈值。',
  rescaleWarning_other:
    '保存后矩阵将由 {{from}} × {{from}} 改为 {{to}} × {{to}}：{{count}} 条风险的等级会重新换算。',
  likelihoodLevels: '可能性等级',
  impactLevels: '影响等级',
  levelNumber: '等级 {{level}}',
  languages: { en: '英文', 'zh-TW': '繁体中文', 'zh-CN': '简体中文' },
  bands: '等级区间',
  bandsHint:
    '每个区间涵盖从其最低分数到下一个区间最低分数之前的分数。第一个区间从 1 开始；最高分数为 {{max}}。',
  bandHeading: '区间 {{number}}',
  bandColour: '颜色',
  bandMinScore: '最低分数',
  bandReviewInterval: '评审周期（天）',
  addBand: '添加区间',
  removeBand: '删除区间 {{number}}',
  newBandName: '新区间 {{number}}',
  rollup: '影响汇总方式',
  rollupHint: '各影响维度（财务、声誉……）如何合并为一个影响等级。',
  rollups: {
    max: '取最严重的维度',
    weighted: '加权平均',
  },
  weights: '维度权重',
  weightsHint: '0 到 100；0 表示不计入平均。',
  save: '保存矩阵',
  reset: '重置为默认值',
  resetDone: '已填入默认的 5 × 5 矩阵，保存后才会生效。',
  confirmTitle: '要重新换算所有风险吗？',
  confirmMessage_other:
    '矩阵将由 {{from}} × {{from}} 改为 {{to}} × {{to}}。{{count}} 条风险的等级会换算到新的刻度（向上取整），每次变更都会记录在风险的时间线中。',
  confirm: '换算并保存',
  cancel: '取消',
  hasErrors: '请修正下方标出的字段后再保存。',
  errors: {
    'level-label-count': '每个等级都需要名称。',
    'band-first-min': '第一个区间必须从分数 1 开始。',
    'band-order': '每个区间的起点必须高于前一个区间。',
    'band-beyond-max': '这个最低分数超过矩阵的最高分数。',
    'band-duplicate-id': '有两个区间的代号相同。',
    'weights-all-zero': '使用加权平均时，至少要有一个维度的权重大于 0。',
    'label-required': '请用这种语言输入名称（最多 80 个字符）。',
    'colour-format': '请选择颜色。',
    'whole-number': '请输入 {{min}} 到 {{max}} 的整数。',
    invalid: '这个值无效。',
  },
};
