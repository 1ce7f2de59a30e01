import type { MessagesWithoutPluralForms } from '../en';

/**
 * Messages of the SOP library's full-text search (`sops.search.*`), in English: the search box,
 * the indexing status, the results list with its kind badges, and the empty and failed states.
 */
export const searchEn = {
  label: 'Search SOPs and templates',
  placeholder: 'Words or phrases, in any of the three languages',
  indexing: 'Indexing…',
  results_one: '{{count}} result',
  results_other: '{{count}} results',
  resultsLabel: 'Search results',
  noResults: 'Nothing matches “{{query}}”.',
  failed: 'Search is not working right now. Reload the page to try again.',
  notPublished: 'Not published',
  kinds: {
    sop: 'SOP',
    template: 'Statement template',
  },
};

/** {@link searchEn} in Traditional Chinese (Taiwan). */
export const searchZhTW: MessagesWithoutPluralForms<typeof searchEn> = {
  label: '搜尋標準作業程序與聲明範本',
  placeholder: '輸入字詞或片語，三種語言皆可',
  indexing: '正在建立索引…',
  results_other: '共 {{count}} 筆結果',
  resultsLabel: '搜尋結果',
  noResults: '找不到符合「{{query}}」的內容。',
  failed: '目前無法搜尋，請重新載入頁面後再試一次。',
  notPublished: '尚未發布',
  kinds: {
    sop: '標準作業程序',
    template: '聲明範本',
  },
};

/** {@link searchEn} in Simplified Chinese (mainland China). */
export const searchZhCN: MessagesWithoutPluralForms<typeof searchEn> = {
  label: '搜索标准作业程序和声明模板',
  placeholder: '输入词语或短语，三种语言均可',
  indexing: '正在建立索引…',
  results_other: '共 {{count}} 条结果',
  resultsLabel: '搜索结果',
  noResults: '没有与“{{query}}”匹配的内容。',
  failed: '暂时无法搜索，请重新加载页面后再试。',
  notPublished: '尚未发布',
  kinds: {
    sop: '标准作业程序',
    template: '声明模板',
  },
};
