import { z } from 'zod';
import type { LocalizedText } from '../localizedText';

/**
 * Crisis roles as data: the twelve built-in roles (from the seeds, Dispatch and PagerDuty), each
 * with a name and description in every app language, and the shape of a stored role: who holds it
 * (a primary and ordered backups), whether the coverage check requires it to be staffed, and the
 * qualification it requires. Users add roles of their own.
 */

/** A built-in role written by us. */
export type BuiltInRoleDefinition = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /** Staffed (primary and backup) in a ready team; the coverage check flags it otherwise. */
  readonly isRequired: boolean;
  /**
   * The qualification type a holder needs by default, or null. Every built-in role starts with
   * none: a company opts in (media training for its spokesperson) once it records who holds what,
   * so a new roster is not flagged for training nobody has entered yet.
   */
  readonly requiredQualificationTypeId: string | null;
};

/** The built-in roles, in the order they are listed and called. */
export const builtInRoles = [
  {
    id: 'commander',
    name: { en: 'Crisis commander', 'zh-TW': '危機總指揮', 'zh-CN': '危机总指挥' },
    description: {
      en: 'Leads the response: declares the crisis and its severity, sets priorities, makes the final call and answers to management.',
      'zh-TW': '領導整體應變：宣告危機與嚴重等級、決定優先順序、做最終決策，並向經營層負責。',
      'zh-CN': '领导整体应对：宣布危机与严重等级、确定优先级、做最终决策，并向管理层负责。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'deputy-commander',
    name: { en: 'Deputy commander', 'zh-TW': '副總指揮', 'zh-CN': '副总指挥' },
    description: {
      en: 'Runs the room while the commander decides: tracks tasks and deadlines, and takes over when the commander is unavailable.',
      'zh-TW': '在總指揮決策時主持作戰室：追蹤任務與期限，總指揮無法執行職務時接手。',
      'zh-CN': '在总指挥决策时主持作战室：跟踪任务与期限，总指挥无法履职时接手。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'spokesperson',
    name: { en: 'Spokesperson', 'zh-TW': '發言人', 'zh-CN': '发言人' },
    description: {
      en: 'The one voice to media and the public: delivers approved statements and interviews, and never speculates.',
      'zh-TW': '對媒體與大眾的唯一窗口：發布核准的聲明、接受採訪，不做臆測。',
      'zh-CN': '对媒体与公众的唯一窗口：发布经批准的声明、接受采访，不做猜测。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'legal-counsel',
    name: { en: 'Legal counsel', 'zh-TW': '法律顧問', 'zh-CN': '法律顾问' },
    description: {
      en: 'Reviews every external statement, tracks regulatory deadlines and notifications, and preserves evidence.',
      'zh-TW': '審閱所有對外聲明，追蹤主管機關的通報期限，並保全證據。',
      'zh-CN': '审阅所有对外声明，跟踪监管机构的报告期限，并保全证据。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'technical-expert',
    name: { en: 'Technical expert', 'zh-TW': '技術專家', 'zh-CN': '技术专家' },
    description: {
      en: 'Establishes the facts of what failed (systems, product, data) and how far it reaches, in words the team can use.',
      'zh-TW': '釐清出問題的事實（系統、產品、資料）與影響範圍，並用團隊聽得懂的話說明。',
      'zh-CN': '查明出问题的事实（系统、产品、数据）与影响范围，并用团队能理解的话说明。',
    },
    isRequired: false,
    requiredQualificationTypeId: null,
  },
  {
    id: 'public-relations',
    name: { en: 'Public relations', 'zh-TW': '公關', 'zh-CN': '公关' },
    description: {
      en: 'Drafts statements and Q&A, watches media and social channels, and keeps the communication matrix moving.',
      'zh-TW': '草擬聲明與問答稿，關注媒體與社群動態，推動溝通矩陣的各項發布。',
      'zh-CN': '起草声明与问答稿，关注媒体与社交平台动态，推进沟通矩阵的各项发布。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'customer-service',
    name: { en: 'Customer service', 'zh-TW': '客服', 'zh-CN': '客服' },
    description: {
      en: 'Answers customers with the approved lines, logs what they report and escalates new facts to the room.',
      'zh-TW': '以核准的說法回覆客戶，記錄客戶反映的內容，並將新事實回報作戰室。',
      'zh-CN': '用经批准的口径回复客户，记录客户反映的内容，并将新情况上报作战室。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'logistics',
    name: { en: 'Logistics and support', 'zh-TW': '後勤支援', 'zh-CN': '后勤支援' },
    description: {
      en: 'Keeps the team working: rooms, equipment, travel, budget approvals and back-office needs.',
      'zh-TW': '讓團隊能持續運作：場地、設備、差旅、預算核准與行政需求。',
      'zh-CN': '保障团队持续运转：场地、设备、差旅、预算审批与行政需求。',
    },
    isRequired: false,
    requiredQualificationTypeId: null,
  },
  {
    id: 'scribe',
    name: { en: 'Scribe', 'zh-TW': '記錄員', 'zh-CN': '记录员' },
    description: {
      en: 'Keeps the timeline: decisions, actions and who said what when, for the situation reports and the postmortem.',
      'zh-TW': '維護時間軸：記下決策、行動與誰在何時說了什麼，供狀況報告與事後檢討使用。',
      'zh-CN': '维护时间线：记下决策、行动以及谁在何时说了什么，供情况报告与复盘使用。',
    },
    isRequired: true,
    requiredQualificationTypeId: null,
  },
  {
    id: 'internal-liaison',
    name: { en: 'Internal liaison', 'zh-TW': '內部聯絡人', 'zh-CN': '内部联络人' },
    description: {
      en: 'Keeps employees and managers informed with approved messages so rumours do not start inside.',
      'zh-TW': '以核准的訊息讓員工與主管掌握狀況，避免謠言從內部開始。',
      'zh-CN': '用经批准的信息让员工与管理者了解情况，避免谣言从内部开始。',
    },
    isRequired: false,
    requiredQualificationTypeId: null,
  },
  {
    id: 'external-liaison',
    name: { en: 'External liaison', 'zh-TW': '外部聯絡人', 'zh-CN': '外部联络人' },
    description: {
      en: 'The contact for regulators, partners, suppliers and investors; makes sure each hears from us first.',
      'zh-TW': '主管機關、合作夥伴、供應商與投資人的聯絡窗口，確保他們先從我們這裡得到消息。',
      'zh-CN': '监管机构、合作伙伴、供应商与投资者的联络窗口，确保他们先从我们这里得到消息。',
    },
    isRequired: false,
    requiredQualificationTypeId: null,
  },
  {
    id: 'observer',
    name: { en: 'Observer', 'zh-TW': '觀察員', 'zh-CN': '观察员' },
    description: {
      en: 'Watches the response without a task (often in drills) and notes what to keep and what to fix.',
      'zh-TW': '不負責任務、在旁觀察應變過程（多見於演練），記下值得保留與需要改進之處。',
      'zh-CN': '不承担任务、在旁观察应对过程（多见于演练），记下值得保留与需要改进之处。',
    },
    isRequired: false,
    requiredQualificationTypeId: null,
  },
] as const satisfies readonly BuiltInRoleDefinition[];

/** Ids of the built-in roles. */
export type BuiltInRoleId = (typeof builtInRoles)[number]['id'];

/** The built-in role with `id`, or undefined for a custom role. */
export function builtInRole(id: string): BuiltInRoleDefinition | undefined {
  return builtInRoles.find((role) => role.id === id);
}

/** Prefix of the ids of roles users added. */
export const customRoleIdPrefix = 'custom-';

/** Most backups one role can list. */
export const maxBackups = 10;

/**
 * Who holds a role: a primary and ordered backups (called in that order when the primary cannot
 * be reached). A person appears at most once per role.
 */
export const roleHoldersSchema = z
  .object({
    primaryPersonId: z.string().min(1).max(64).nullable(),
    backupPersonIds: z.array(z.string().min(1).max(64)).max(maxBackups, 'too-many'),
  })
  .strict()
  .superRefine((holders, context) => {
    const seen = new Set<string>();
    const all = [holders.primaryPersonId, ...holders.backupPersonIds];
    all.forEach((personId, index) => {
      if (personId === null) {
        return;
      }
      if (seen.has(personId)) {
        context.addIssue({
          code: 'custom',
          message: 'duplicate-holder',
          path: index === 0 ? ['primaryPersonId'] : ['backupPersonIds', index - 1],
        });
      }
      seen.add(personId);
    });
  });

/** See {@link roleHoldersSchema}. */
export type RoleHolders = z.output<typeof roleHoldersSchema>;

/**
 * The settings of a role a user edits: for a custom role its name and description (typed once,
 * shown as typed); for every role whether the coverage check requires it and which qualification
 * its holders need.
 */
export const roleSettingsSchema = z
  .object({
    name: z.string().trim().max(80, 'too-long'),
    description: z.string().trim().max(1000, 'too-long'),
    isRequired: z.boolean(),
    requiredQualificationTypeId: z.string().min(1).max(80).nullable(),
  })
  .strict();

/** See {@link roleSettingsSchema}. */
export type RoleSettings = z.output<typeof roleSettingsSchema>;

/** The settings of a new custom role: its name is required. */
export const customRoleSettingsSchema = roleSettingsSchema.extend({
  name: z.string().trim().min(1, 'required').max(80, 'too-long'),
});

/**
 * A role as the app uses it: a built-in role (name and description from {@link builtInRoles},
 * `name`/`description` empty) or a custom one, with its holders and position in the list.
 */
export type CrisisRole = RoleSettings &
  RoleHolders & {
    id: string;
    isBuiltIn: boolean;
    /** Position in the role list and the default call order (ascending). */
    order: number;
    createdAt: number;
    updatedAt: number;
  };

/** The role a built-in definition starts as, before anyone is assigned. */
export function defaultBuiltInRole(definition: BuiltInRoleDefinition, index: number): CrisisRole {
  return {
    id: definition.id,
    isBuiltIn: true,
    name: '',
    description: '',
    isRequired: definition.isRequired,
    requiredQualificationTypeId: definition.requiredQualificationTypeId,
    primaryPersonId: null,
    backupPersonIds: [],
    order: index,
    createdAt: 0,
    updatedAt: 0,
  };
}

/**
 * Every role: the built-in ones (their stored row, or their default when nobody touched them) and
 * the custom ones, by `order` then id.
 */
export function mergeRoles(stored: readonly CrisisRole[]): CrisisRole[] {
  const byId = new Map(stored.map((role) => [role.id, role]));
  const builtIns = builtInRoles.map(
    (definition, index) => byId.get(definition.id) ?? defaultBuiltInRole(definition, index),
  );
  const customs = stored.filter((role) => !role.isBuiltIn && builtInRole(role.id) === undefined);
  return [...builtIns, ...customs].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Every person who holds `role`, primary first then backups in order. */
export function roleHolderIds(role: RoleHolders): string[] {
  return role.primaryPersonId === null
    ? [...role.backupPersonIds]
    : [role.primaryPersonId, ...role.backupPersonIds];
}

/**
 * Where a role is held: the standing roster, or one incident (the incident issue records
 * hand-offs there). Serialised as `roster` or `incident:<id>`.
 */
export type RoleScope = 'roster' | `incident:${string}`;

/**
 * A period one person held one role as primary: from `from` until `to` (null while they still
 * hold it). The roster records one whenever a role's primary changes, so "who held which role from
 * when to when" can be answered for the standing team and, later, per incident.
 */
export type RoleTenure = {
  id: string;
  roleId: string;
  personId: string;
  scope: RoleScope;
  from: number;
  to: number | null;
  /** The name of a custom role, kept when the role is deleted so its history still names it. */
  roleName?: string;
};
