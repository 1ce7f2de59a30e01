import { z } from 'zod';
import { localizedTextSchema } from './localizedText';

/**
 * Severity levels with written definitions, separate from priority. Level 1 is the worst. The
 * roster's call tree is written per level; incident command declares incidents at one.
 */

/** A definition written once per app language (longer than a label). */
export const localizedDefinitionSchema = z
  .object({
    en: z.string().trim().min(1).max(500),
    'zh-TW': z.string().trim().min(1).max(500),
    'zh-CN': z.string().trim().min(1).max(500),
  })
  .strict();

/** One severity level. */
export const severityLevelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/u),
    name: localizedTextSchema,
    definition: localizedDefinitionSchema,
  })
  .strict();

/** See {@link severityLevelSchema}. */
export type SeverityLevel = z.output<typeof severityLevelSchema>;

/** The severity levels, worst first; ids are unique. */
export const severityLevelsSchema = z
  .array(severityLevelSchema)
  .min(2)
  .max(6)
  .refine((levels) => new Set(levels.map((level) => level.id)).size === levels.length, {
    message: 'duplicate-id',
  });

/** The four levels every company starts with (after the seeds and common incident practice). */
export const defaultSeverityLevels: SeverityLevel[] = [
  {
    id: 'sev-1',
    name: { en: 'SEV 1 · Critical', 'zh-TW': '一級・重大', 'zh-CN': '一级・重大' },
    definition: {
      en: 'Threatens the company itself: safety of people, a large data breach, national media or regulators involved, or a trend spreading out of control.',
      'zh-TW':
        '威脅公司存續：涉及人身安全、大規模資料外洩、全國性媒體或主管機關介入，或聲量失控擴散。',
      'zh-CN':
        '威胁公司存续：涉及人身安全、大规模数据泄露、全国性媒体或监管机构介入，或舆情失控扩散。',
    },
  },
  {
    id: 'sev-2',
    name: { en: 'SEV 2 · Major', 'zh-TW': '二級・嚴重', 'zh-CN': '二级・严重' },
    definition: {
      en: 'Serious harm to reputation or customers: spreading on social media or covered by the press, customers affected, legal exposure likely.',
      'zh-TW': '對商譽或客戶造成嚴重傷害：在社群擴散或見報、客戶受影響、可能涉及法律責任。',
      'zh-CN': '对声誉或客户造成严重伤害：在社交平台扩散或见报、客户受影响、可能涉及法律责任。',
    },
  },
  {
    id: 'sev-3',
    name: { en: 'SEV 3 · Moderate', 'zh-TW': '三級・中度', 'zh-CN': '三级・中度' },
    definition: {
      en: 'Visible but contained: a complaint or post gaining attention in one community or channel; watch closely and prepare a response.',
      'zh-TW': '可見但仍受控：客訴或貼文在單一社群或管道受到關注；需密切觀察並準備回應。',
      'zh-CN': '可见但仍可控：投诉或帖子在单一社区或渠道受到关注；需密切观察并准备回应。',
    },
  },
  {
    id: 'sev-4',
    name: { en: 'SEV 4 · Minor', 'zh-TW': '四級・輕微', 'zh-CN': '四级・轻微' },
    definition: {
      en: 'Isolated and low reach: handle through normal customer service and monitoring; record it in case it grows.',
      'zh-TW': '個案且觸及面小：以一般客服與監測流程處理，並記錄以防擴大。',
      'zh-CN': '个案且影响面小：按常规客服与监测流程处理，并记录以防扩大。',
    },
  },
];
