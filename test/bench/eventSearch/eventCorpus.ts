import type { Incident } from '../../../shared/domain/incidents/incident';
import type { Postmortem, PostmortemContent } from '../../../shared/domain/postmortems/postmortem';
import { emptyImpact } from '../../../shared/domain/postmortems/postmortem';
import type { Language } from '../../../shared/domain/settings';
import { createRandom, pick } from '../search/searchBenchSupport';

/**
 * A synthetic crisis-event database for the event search bench: incidents and their postmortems
 * in English, Traditional and Simplified Chinese (about half English, half Chinese split between
 * the two scripts), built from hand-written sentence pools with varied systems, vendors, places
 * and figures. Bench data only: every title says "(synthetic n)" and nothing here is ever shown.
 * Each Chinese pool is worded for its region (資料/伺服器 in Taiwan, 数据/服务器 on the mainland),
 * so a query written in the other script finds text only by script folding.
 */

/** Words dropped into the sentence slots, per language. */
type Slots = {
  system: readonly string[];
  vendor: readonly string[];
  place: readonly string[];
  team: readonly string[];
};

/** The pools of one language. */
type Pool = {
  titles: readonly string[];
  sentences: readonly string[];
  causes: readonly string[];
  lessons: readonly string[];
  tags: readonly string[];
  slots: Slots;
  /** What joins sentences: a space in English, nothing in Chinese. */
  joiner: string;
};

const english: Pool = {
  titles: [
    'Customer data exposed through {system}',
    '{system} outage during peak hours',
    'Ransomware on {place} file servers',
    'Product recall: contaminated batch from {vendor}',
    'Social media backlash after {team} statement',
    'Phishing campaign against {team}',
    'Payment failures at checkout via {vendor}',
    'Warehouse fire in {place}',
    'Misleading rumour about layoffs spreads online',
    'Regulator inquiry into {system} data retention',
  ],
  sentences: [
    'At {n}:05 the monitoring dashboard showed error rates on {system} above {n} percent.',
    'The on-call engineer escalated to the incident commander within {n} minutes.',
    'Customers reported on social media that they could not log in to {system}.',
    '{vendor} confirmed a configuration change on their side shortly before the outage.',
    'Legal counsel advised notifying the regulator within 72 hours of detection.',
    'The spokesperson published a holding statement on the website and the status page.',
    'About {n},000 customer records may have been exposed, including names and email addresses.',
    'The {team} team rotated all credentials and revoked the leaked access tokens.',
    'Support handled {n}00 extra calls and published a FAQ for customers.',
    'Backups from {place} were restored and checked against the transaction log.',
    'The rumour was traced to a forum post that misquoted an internal memo.',
    'Media enquiries were routed to the communications lead; no interviews were given.',
    'A firewall rule blocked the attacker infrastructure and traffic returned to normal.',
    'The recall notice listed batch numbers and how customers can get a refund.',
    'Shipping from the {place} warehouse was paused while the damage was assessed.',
    'We updated affected customers by email every four hours until the service was stable.',
    'The insurer and the external forensic firm were engaged on the first day.',
    'Staff in {place} were briefed on what they may say to customers and journalists.',
    'Negative sentiment peaked at {n} percent of mentions and fell after the apology.',
    'The root cause analysis points to an expired certificate on the {system} gateway.',
  ],
  causes: [
    'No alert on certificate expiry for {system}.',
    'A change at {vendor} was deployed without notice to customers.',
    'The runbook for {system} failover was out of date.',
    'Shared administrator password used by the {team} team.',
    'Statement approval took too long because the legal contact was unreachable.',
    'Stock rotation in {place} was not checked against supplier recalls.',
  ],
  lessons: [
    'Keep a holding statement template ready for {system} outages.',
    'Test failover of {system} every quarter.',
    'Agree notification duties with {vendor} in the contract.',
    'Name a deputy for legal approval of statements.',
    'Brief front-line staff in {place} before the first public statement.',
    'Monitor social media mentions from the first hour of an incident.',
  ],
  tags: ['data-breach', 'outage', 'vendor', 'recall', 'social-media', 'regulator', 'phishing'],
  slots: {
    system: ['the billing portal', 'the mobile app', 'the CRM', 'the payment gateway', 'SSO'],
    vendor: ['Northwind Hosting', 'Contoso Payments', 'Fabrikam Foods', 'Litware Cloud'],
    place: ['Taipei', 'Kaohsiung', 'Shenzhen', 'Singapore', 'Hsinchu'],
    team: ['IT operations', 'customer service', 'finance', 'marketing'],
  },
  joiner: ' ',
};

const traditional: Pool = {
  titles: [
    '{system}個資外洩事件',
    '{system}尖峰時段服務中斷',
    '{place}檔案伺服器遭勒索軟體攻擊',
    '{vendor}批次產品召回',
    '{team}聲明引發社群媒體負評',
    '針對{team}的網路釣魚攻擊',
    '{vendor}金流異常導致結帳失敗',
    '{place}倉庫火災',
    '裁員謠言在網路上擴散',
    '主管機關調查{system}資料保存',
  ],
  sentences: [
    '{n}點05分監控儀表板顯示{system}錯誤率超過百分之{n}。',
    '值班工程師在{n}分鐘內通報事件指揮官。',
    '客戶在社群媒體反映無法登入{system}。',
    '{vendor}確認在服務中斷前曾變更設定。',
    '法務建議在發現後72小時內通報主管機關。',
    '發言人在官網與狀態頁發布初步聲明。',
    '約有{n}千筆客戶資料可能外洩，包含姓名與電子郵件。',
    '{team}已更換所有密碼並撤銷外洩的存取權杖。',
    '客服多處理了{n}百通來電，並發布常見問題給客戶。',
    '已從{place}的備份還原資料，並與交易紀錄核對。',
    '謠言來源是一則錯誤引用內部備忘錄的論壇貼文。',
    '媒體詢問一律轉給溝通負責人，未接受任何採訪。',
    '防火牆規則封鎖了攻擊者的主機，流量恢復正常。',
    '召回公告列出批號以及客戶如何申請退款。',
    '評估損害期間暫停{place}倉庫出貨。',
    '服務穩定前每四小時以電子郵件向受影響客戶更新進度。',
    '第一天即聯繫保險公司與外部鑑識廠商。',
    '已向{place}同仁說明可以對客戶與記者說明的內容。',
    '負面聲量最高達提及數的百分之{n}，道歉後逐步下降。',
    '根本原因分析指出{system}閘道的憑證過期。',
  ],
  causes: [
    '{system}憑證到期沒有告警。',
    '{vendor}未事先通知客戶就上線變更。',
    '{system}備援切換的標準作業程序已過時。',
    '{team}共用管理員密碼。',
    '法務聯絡人無法聯繫，聲明核准耗時過久。',
    '{place}庫存未對照供應商召回清單。',
  ],
  lessons: [
    '準備{system}服務中斷的初步聲明範本。',
    '每季演練{system}備援切換。',
    '在合約中與{vendor}約定通報義務。',
    '指定聲明法務核准的代理人。',
    '第一次對外聲明前先向{place}第一線同仁說明。',
    '事件第一個小時就開始監看社群媒體聲量。',
  ],
  tags: ['個資外洩', '服務中斷', '供應商', '召回', '社群媒體', '主管機關', '網路釣魚'],
  slots: {
    system: ['帳務入口網站', '行動應用程式', '客戶關係管理系統', '金流閘道', '單一登入'],
    vendor: ['北風主機', '康托索金流', '法布里坎食品', '利特威雲端'],
    place: ['台北', '高雄', '深圳', '新加坡', '新竹'],
    team: ['資訊維運', '客服', '財務', '行銷'],
  },
  joiner: '',
};

const simplified: Pool = {
  titles: [
    '{system}个人信息泄露事件',
    '{system}高峰时段服务中断',
    '{place}文件服务器遭勒索软件攻击',
    '{vendor}批次产品召回',
    '{team}声明引发社交媒体负面舆情',
    '针对{team}的网络钓鱼攻击',
    '{vendor}支付异常导致结账失败',
    '{place}仓库火灾',
    '裁员谣言在网络上扩散',
    '监管机构调查{system}数据保存',
  ],
  sentences: [
    '{n}点05分监控仪表盘显示{system}错误率超过百分之{n}。',
    '值班工程师在{n}分钟内上报事件指挥官。',
    '客户在社交媒体反映无法登录{system}。',
    '{vendor}确认在服务中断前曾修改配置。',
    '法务建议在发现后72小时内向监管机构报告。',
    '发言人在官网与状态页发布初步声明。',
    '约有{n}千条客户数据可能泄露，包括姓名与电子邮箱。',
    '{team}已更换所有密码并吊销泄露的访问令牌。',
    '客服多处理了{n}百通来电，并发布常见问题给客户。',
    '已从{place}的备份恢复数据，并与交易日志核对。',
    '谣言来源是一则错误引用内部备忘录的论坛帖子。',
    '媒体询问一律转给沟通负责人，未接受任何采访。',
    '防火墙规则封锁了攻击者的服务器，流量恢复正常。',
    '召回公告列出批号以及客户如何申请退款。',
    '评估损失期间暂停{place}仓库发货。',
    '服务稳定前每四小时通过电子邮件向受影响客户更新进展。',
    '第一天即联系保险公司与外部取证机构。',
    '已向{place}员工说明可以对客户与记者说明的内容。',
    '负面舆情最高达提及量的百分之{n}，道歉后逐步下降。',
    '根本原因分析指出{system}网关的证书过期。',
  ],
  causes: [
    '{system}证书到期没有告警。',
    '{vendor}未提前通知客户就上线变更。',
    '{system}灾备切换的标准作业程序已过时。',
    '{team}共用管理员密码。',
    '法务联系人无法联系，声明审批耗时过长。',
    '{place}库存未对照供应商召回清单。',
  ],
  lessons: [
    '准备{system}服务中断的初步声明模板。',
    '每季度演练{system}灾备切换。',
    '在合同中与{vendor}约定报告义务。',
    '指定声明法务审批的代理人。',
    '第一次对外声明前先向{place}一线员工说明。',
    '事件第一个小时就开始监测社交媒体舆情。',
  ],
  tags: ['个人信息泄露', '服务中断', '供应商', '召回', '社交媒体', '监管机构', '网络钓鱼'],
  slots: {
    system: ['账务门户', '移动应用', '客户关系管理系统', '支付网关', '单点登录'],
    vendor: ['北风主机', '康托索支付', '法布里坎食品', '利特威云'],
    place: ['台北', '高雄', '深圳', '新加坡', '新竹'],
    team: ['IT运维', '客服', '财务', '市场'],
  },
  joiner: '',
};

/** The pools by language. */
const pools: Record<Language, Pool> = { en: english, 'zh-TW': traditional, 'zh-CN': simplified };

/** A whole number from `min` to `max`, both included. */
function between(min: number, max: number, random: () => number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** `template` with its slots filled from `pool` and `{n}` with a small figure. */
function fill(template: string, pool: Pool, random: () => number): string {
  return template.replace(/\{(system|vendor|place|team|n)\}/gu, (_match, slot: string) =>
    slot === 'n' ? String(between(2, 95, random)) : pick(pool.slots[slot as keyof Slots], random),
  );
}

/** Sentences of `pool` joined until the text is at least `length` characters long. */
function prose(pool: Pool, length: number, random: () => number): string {
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const sentence = fill(pick(pool.sentences, random), pool, random);
    parts.push(sentence);
    total += sentence.length + pool.joiner.length;
  }
  return parts.join(pool.joiner);
}

/** `count` distinct picks of `items`, filled. */
function several(
  items: readonly string[],
  count: number,
  pool: Pool,
  random: () => number,
): string[] {
  return Array.from({ length: count }, () => fill(pick(items, random), pool, random));
}

/** Language of the event numbered `number`: half English, a quarter in each Chinese script. */
export function eventLanguage(number: number): Language {
  const slot = number % 4;
  return slot < 2 ? 'en' : slot === 2 ? 'zh-TW' : 'zh-CN';
}

/** Scale of a Chinese text against English: about a third of the characters say the same. */
function lengthFor(language: Language, englishLength: number): number {
  return language === 'en' ? englishLength : Math.round(englishLength / 3);
}

/** The synthetic events: `count` incidents, each closed with a postmortem. */
export function buildEventCorpus(count: number): {
  incidents: Incident[];
  postmortems: Postmortem[];
} {
  const random = createRandom(20_261_208);
  const start = Date.UTC(2023, 0, 1);
  const incidents: Incident[] = [];
  const postmortems: Postmortem[] = [];
  for (let number = 1; number <= count; number += 1) {
    const language = eventLanguage(number);
    const pool = pools[language];
    const detectedAt = start + number * 15_000_000;
    const title = `${fill(pick(pool.titles, random), pool, random)} (synthetic ${number})`;
    const tags = several(pool.tags, between(1, 3, random), pool, random);
    const id = `bench-incident-${number}`;
    incidents.push({
      id,
      reference: `INC-${String(number).padStart(4, '0')}`,
      title,
      crisisTypeId: null,
      severityId: `sev-${between(1, 4, random)}`,
      priority: 'p2',
      detectionSource: 'monitoring',
      detectionNote: prose(pool, lengthFor(language, between(80, 400, random)), random),
      summary: prose(pool, lengthFor(language, between(300, 1_500, random)), random),
      startedAt: null,
      detectedAt,
      affectedAudiences: [],
      tags,
      visibility: 'normal',
      riskIds: [],
      isExercise: number % 17 === 0,
      status: 'closed',
      statusHistory: [{ from: null, to: 'detected', at: detectedAt, by: 'Bench' }],
      pinnedEntryIds: [],
      timelineHead: { count: 0, hash: '' },
      createdAt: detectedAt,
      updatedAt: detectedAt,
    });
    const section = (min: number, max: number) =>
      prose(pool, lengthFor(language, between(min, max, random)), random);
    const content: PostmortemContent = {
      title,
      summary: section(300, 1_200),
      impact: { ...emptyImpact('TWD'), note: section(0, 200) },
      detection: section(100, 400),
      trigger: section(60, 250),
      causes: several(pool.causes, between(1, 4, random), pool, random).map((text, index) => ({
        id: `cause-${index}`,
        kind: index === 0 ? 'root' : 'contributing',
        category: 'technology',
        text,
      })),
      whyChains: [],
      wentWell: section(60, 300),
      wentBadly: section(60, 300),
      gotLucky: number % 3 === 0 ? section(40, 160) : '',
      nist: {
        whatHappened: '',
        staffPerformance: '',
        informationNeededSooner: number % 2 === 0 ? section(40, 200) : '',
        hinderedRecovery: '',
        doDifferently: section(40, 200),
      },
      result: section(40, 200),
      lessons: several(pool.lessons, between(1, 4, random), pool, random).map((text, index) => ({
        id: `lesson-${index}`,
        text,
      })),
      tags,
    };
    postmortems.push({
      id: `bench-postmortem-${number}`,
      reference: `PM-${String(number).padStart(4, '0')}`,
      incidentId: id,
      content,
      status: 'published',
      statusHistory: [{ from: null, to: 'draft', at: detectedAt, by: 'Bench' }],
      reviewers: [],
      createdAt: detectedAt,
      updatedAt: detectedAt,
      publishedAt: detectedAt,
    });
  }
  return { incidents, postmortems };
}
