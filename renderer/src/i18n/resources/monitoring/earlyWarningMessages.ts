import type { MessagesWithoutPluralForms } from '../en';

/**
 * Messages of early warning (`monitoring.earlyWarning.*`), in English. `notification` holds the
 * desktop notifications of new alerts: short, because the system cuts long titles, and plain
 * text (numbers are formatted before they are substituted).
 */
export const earlyWarningEn = {
  notification: {
    spikeTitle: 'Spike: {{rule}}',
    spikeBody: '{{current}} mentions in an hour; usually about {{mean}}.',
    negativeShareTitle: 'Negative share {{share}} on {{rule}}',
    negativeShareBody:
      '{{negative}} of {{mentions}} mentions in the last {{hours}} h are negative.',
    thresholdTitle: 'Threshold crossed: {{rule}}',
    thresholdMentionsBody: '{{current}} mentions in an hour (limit {{threshold}}).',
    thresholdNegativeShareBody: 'Negative share {{current}} (limit {{threshold}}).',
    thresholdVelocityBody: 'Mentions up {{current}} (limit {{threshold}}).',
    sourceUnhealthyTitle: 'Source unhealthy: {{source}}',
    sourceUnhealthyBody: 'Its fetches keep failing. The alert stays open until it recovers.',
  },
};

/** {@link earlyWarningEn} in Traditional Chinese (Taiwan). */
export const earlyWarningZhTW: MessagesWithoutPluralForms<typeof earlyWarningEn> = {
  notification: {
    spikeTitle: '聲量暴增：{{rule}}',
    spikeBody: '一小時內 {{current}} 則提及；平常約 {{mean}} 則。',
    negativeShareTitle: '負面比例 {{share}}：{{rule}}',
    negativeShareBody: '最近 {{hours}} 小時 {{mentions}} 則提及中有 {{negative}} 則負面。',
    thresholdTitle: '超過門檻：{{rule}}',
    thresholdMentionsBody: '一小時內 {{current}} 則提及（門檻 {{threshold}}）。',
    thresholdNegativeShareBody: '負面比例 {{current}}（門檻 {{threshold}}）。',
    thresholdVelocityBody: '提及增加 {{current}}（門檻 {{threshold}}）。',
    sourceUnhealthyTitle: '來源異常：{{source}}',
    sourceUnhealthyBody: '抓取持續失敗，警示會保持開啟直到恢復。',
  },
};

/** {@link earlyWarningEn} in Simplified Chinese (mainland China). */
export const earlyWarningZhCN: MessagesWithoutPluralForms<typeof earlyWarningEn> = {
  notification: {
    spikeTitle: '声量激增：{{rule}}',
    spikeBody: '一小时内 {{current}} 条提及；平时约 {{mean}} 条。',
    negativeShareTitle: '负面比例 {{share}}：{{rule}}',
    negativeShareBody: '最近 {{hours}} 小时 {{mentions}} 条提及中有 {{negative}} 条负面。',
    thresholdTitle: '超过阈值：{{rule}}',
    thresholdMentionsBody: '一小时内 {{current}} 条提及（阈值 {{threshold}}）。',
    thresholdNegativeShareBody: '负面比例 {{current}}（阈值 {{threshold}}）。',
    thresholdVelocityBody: '提及增加 {{current}}（阈值 {{threshold}}）。',
    sourceUnhealthyTitle: '来源异常：{{source}}',
    sourceUnhealthyBody: '抓取持续失败，预警会保持打开直到恢复。',
  },
};
