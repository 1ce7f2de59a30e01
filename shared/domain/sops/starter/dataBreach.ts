import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for a data breach or security incident: an eight-step SOP that contains the incident
 * while keeping evidence, hands every notification deadline to legal counsel (deadlines differ by
 * law, so the kit never states one), and tells affected people the truth with concrete steps to
 * protect themselves; a matrix row and four templates that all need legal approval.
 */
export const dataBreachKit: StarterKit = {
  crisisTypeId: 'data-breach',
  summary: {
    en: 'Personal data or confidential information is exposed, stolen, encrypted by ransomware or sent to the wrong people. The technical fix, the legal notifications and the communication with affected people all run at the same time, and all of them have deadlines. People whose data was exposed need the truth quickly, with concrete steps to protect themselves.',
    'zh-TW':
      '個資或機密資料遭外洩、竊取、被勒索軟體加密，或誤寄給不相關的人。技術處置、法定通報與對當事人的溝通必須同時進行，而且各有時限。個資外洩的當事人需要盡快知道實情，並得到具體可行的自保建議。',
    'zh-CN':
      '个人信息或机密数据被泄露、窃取、被勒索软件加密，或误发给无关人员。技术处置、法定报告与对受影响者的沟通需要同步进行，而且各有时限。个人信息被泄露的人需要尽快了解真实情况，并获得具体可行的自我保护建议。',
  },
  typicalRisks: [
    {
      en: 'If the affected systems are wiped or rebuilt before evidence is kept, then we cannot tell who was affected or show what happened.',
      'zh-TW':
        '若在保全證據前就清除或重建受影響的系統，則無法確認哪些人受影響，也無法說明事情經過。',
      'zh-CN':
        '如果在保全证据之前就清除或重建受影响的系统，那么将无法确认哪些人受影响，也无法说明事情经过。',
    },
    {
      en: 'If a notification deadline to the data protection authority is missed, then the company faces penalties on top of the breach itself.',
      'zh-TW': '若錯過向主管機關通報的期限，則公司除了外洩本身，還可能另外受罰。',
      'zh-CN': '如果错过向监管部门报告的期限，那么公司除了泄露本身之外，还可能另外受到处罚。',
    },
    {
      en: 'If customers learn about the breach from the press or from the attacker before they hear from us, then trust collapses and complaints multiply.',
      'zh-TW':
        '若顧客先從媒體或攻擊者得知外洩消息，而非由我們主動告知，則信任將迅速崩解，客訴大增。',
      'zh-CN':
        '如果客户先从媒体或攻击者那里得知泄露消息，而不是由我们主动告知，那么信任会迅速崩塌，投诉将大量增加。',
    },
    {
      en: 'If our first statement understates the scope and the number later grows, then every statement after it is doubted.',
      'zh-TW': '若第一份聲明低估了影響範圍，之後人數又不斷增加，則往後每一份聲明都會被質疑。',
      'zh-CN':
        '如果第一份声明低估了影响范围，之后人数又不断增加，那么之后的每一份声明都会受到质疑。',
    },
    {
      en: 'If fraudsters use the breach to send fake "security notices", then affected people lose money and blame us for it.',
      'zh-TW':
        '若詐騙集團利用外洩事件寄送假冒的「安全通知」，則當事人可能蒙受財損，並將責任歸咎於我們。',
      'zh-CN':
        '如果诈骗分子利用泄露事件发送假冒的“安全通知”，那么受影响者可能遭受财产损失，并把责任归咎于我们。',
    },
  ],
  sop: {
    id: 'starter-sop-data-breach',
    title: {
      en: 'Data breach and security incident response',
      'zh-TW': '個資外洩與資安事件應變程序',
      'zh-CN': '数据泄露与网络安全事件应对程序',
    },
    purpose: {
      en: 'Contain a data breach or security incident, meet every notification duty on time, and tell affected people the truth quickly, with practical steps to protect themselves.\n\n- Contain first, but keep evidence: do not wipe systems before they are examined.\n- Legal counsel owns every notification deadline. Deadlines differ by law and region and may run from the moment we become aware, so counsel joins in the first hour.\n- Say what we know, what we do not know yet and when we will update. Never guess the numbers.',
      'zh-TW':
        '控制個資外洩或資安事件、在期限內完成每一項法定通報，並盡快讓當事人知道實情與具體的自保方法。\n\n- 先止血，但要保全證據：系統在檢查前不要清除或重灌。\n- 所有通報期限由法律顧問負責掌握。各地法規的期限不同，也可能從公司知悉時起算，所以法律顧問必須在第一個小時內加入。\n- 說明已知的事、尚未確認的事，以及下次更新的時間。絕不猜測人數。',
      'zh-CN':
        '控制数据泄露或网络安全事件、在期限内完成每一项法定报告，并尽快让受影响者了解真实情况和具体的自我保护方法。\n\n- 先止损，但要保全证据：系统在检查前不要清除或重装。\n- 所有报告期限由法律顾问负责把控。各地法规的期限不同，也可能从公司知悉时起算，所以法律顾问必须在第一个小时内加入。\n- 说明已经确认的情况、尚未确认的情况，以及下次更新的时间。绝不猜测人数。',
    },
    triggerCriteria: {
      en: 'Activate when any of these is suspected or confirmed:\n\n- Personal data of customers, employees or partners has been accessed, copied, changed, lost or sent to someone who should not have it.\n- Ransomware, an intrusion or a stolen account affects our systems, or a supplier that holds our data.\n- An attacker, a security researcher, a journalist or a customer tells us they have our data.\n- Our data is offered for sale or published online.\n\nActivate on suspicion: standing down later is easier than explaining a late start.',
      'zh-TW':
        '懷疑或確認發生以下任一情況時啟動：\n\n- 顧客、員工或合作夥伴的個資遭未經授權存取、複製、竄改、遺失，或被提供給不該取得的人。\n- 勒索軟體、入侵或帳號遭盜用，影響我們的系統，或影響保管我們資料的供應商。\n- 攻擊者、資安研究人員、記者或顧客告訴我們，他們握有我們的資料。\n- 我們的資料在網路上被兜售或公開。\n\n有疑慮就啟動：事後解除，比解釋為何延誤容易得多。',
      'zh-CN':
        '怀疑或确认发生以下任一情况时启动：\n\n- 客户、员工或合作伙伴的个人信息被未经授权访问、复制、篡改、丢失，或被提供给不应获得的人。\n- 勒索软件、入侵或账号被盗影响了我们的系统，或影响了保管我们数据的供应商。\n- 攻击者、安全研究人员、记者或客户告诉我们，他们掌握了我们的数据。\n- 我们的数据在网上被兜售或公开。\n\n有疑虑就启动：事后解除，比解释为何延误容易得多。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'technical-expert',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'db-s1',
        title: {
          en: 'Confirm the incident and activate the team',
          'zh-TW': '確認事件並啟動應變小組',
          'zh-CN': '确认事件并启动应急小组',
        },
        ownerRoleId: 'commander',
        targetMinutes: 15,
        checklist: [
          {
            id: 'db-s1-c1',
            text: {
              en: 'Record who reported it, when, and what they saw: this moment may start legal deadlines.',
              'zh-TW': '記錄通報人、通報時間與所見狀況；這個時間點可能就是法定期限的起算點。',
              'zh-CN': '记录报告人、报告时间和看到的情况；这个时间点可能就是法定期限的起算时间。',
            },
          },
          {
            id: 'db-s1-c2',
            text: {
              en: 'Set the severity level, and raise it as soon as the scope grows.',
              'zh-TW': '判定嚴重等級；影響範圍一擴大就立即調升。',
              'zh-CN': '确定严重等级；影响范围一旦扩大就立即上调。',
            },
          },
          {
            id: 'db-s1-c3',
            text: {
              en: 'Call in the technical expert, legal counsel, the spokesperson and public relations.',
              'zh-TW': '召集技術專家、法律顧問、發言人與公關。',
              'zh-CN': '召集技术专家、法律顾问、发言人和公关。',
            },
          },
          {
            id: 'db-s1-c4',
            text: {
              en: 'Coordinate through a channel that does not rely on possibly compromised systems, such as phone calls or a separate account.',
              'zh-TW': '改用不依賴可能遭入侵系統的管道聯繫，例如電話或另外開設的帳號。',
              'zh-CN': '改用不依赖可能被入侵系统的渠道沟通，例如电话或单独开设的账号。',
            },
          },
        ],
        resources: [
          { en: 'Crisis roster', 'zh-TW': '危機小組名冊', 'zh-CN': '危机小组名册' },
          { en: 'Severity level definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'Start on suspicion. If email or chat may be compromised, assume the attacker can read it until the technical expert says otherwise.',
          'zh-TW':
            '有疑慮就啟動。若電子郵件或通訊軟體可能遭入侵，在技術專家確認安全前，一律假設攻擊者看得到內容。',
          'zh-CN':
            '有疑虑就启动。如果邮件或聊天工具可能已被入侵，在技术专家确认安全之前，一律假定攻击者能看到内容。',
        },
      },
      {
        id: 'db-s2',
        title: {
          en: 'Contain the incident and preserve evidence',
          'zh-TW': '控制事態並保全證據',
          'zh-CN': '控制事态并保全证据',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 60,
        checklist: [
          {
            id: 'db-s2-c1',
            text: {
              en: 'Isolate affected systems and accounts from the network; do not switch them off or wipe them.',
              'zh-TW': '將受影響的系統與帳號從網路隔離；不要關機，也不要清除資料。',
              'zh-CN': '将受影响的系统和账号从网络中隔离；不要关机，也不要清除数据。',
            },
          },
          {
            id: 'db-s2-c2',
            text: {
              en: 'Reset passwords and keys that may be exposed, and sign out suspicious logins.',
              'zh-TW': '重設可能外洩的密碼與金鑰，並強制登出可疑的登入。',
              'zh-CN': '重置可能泄露的密码和密钥，并强制退出可疑的登录。',
            },
          },
          {
            id: 'db-s2-c3',
            text: {
              en: 'Save logs, alerts and copies of affected systems before anything is rebuilt.',
              'zh-TW': '在重建任何系統前，先保存日誌、警示紀錄與受影響系統的副本。',
              'zh-CN': '在重建任何系统之前，先保存日志、告警记录和受影响系统的副本。',
            },
          },
          {
            id: 'db-s2-c4',
            text: {
              en: "If a supplier's system is involved, reach their incident contact and ask what they know.",
              'zh-TW': '若涉及供應商的系統，聯絡對方的資安事件窗口，了解他們掌握的狀況。',
              'zh-CN': '如果涉及供应商的系统，联系对方的安全事件对接人，了解他们掌握的情况。',
            },
          },
        ],
        resources: [
          { en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据登记表' },
          {
            en: 'IT and supplier contact list',
            'zh-TW': '資訊部門與供應商聯絡清單',
            'zh-CN': 'IT 部门与供应商联系清单',
          },
        ],
        notes: {
          en: 'Containing and preserving go together: a wiped server stops the attack but also erases the record of who was affected. If the team lacks the skills, bring in an outside incident response firm early.',
          'zh-TW':
            '止血與保全證據要同時進行：清除伺服器雖能阻斷攻擊，卻也會抹去誰受影響的紀錄。若團隊缺乏相關能力，請及早委請外部資安事件處理廠商。',
          'zh-CN':
            '止损与保全证据要同步进行：清除服务器虽然能阻断攻击，却也会抹掉谁受影响的记录。如果团队缺乏相关能力，请尽早聘请外部应急响应服务商。',
        },
      },
      {
        id: 'db-s3',
        title: {
          en: 'Start the legal clock and plan notifications',
          'zh-TW': '掌握法定期限並規劃通報',
          'zh-CN': '明确法定时限并规划报告',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 60,
        checklist: [
          {
            id: 'db-s3-c1',
            text: {
              en: "Record when the company became aware, and list the laws and contracts that may apply (for example Taiwan's Personal Data Protection Act, mainland China's PIPL, the EU GDPR and sector rules).",
              'zh-TW':
                '記錄公司知悉事件的時間，並列出可能適用的法規與合約（例如臺灣個資法、中國大陸 PIPL、歐盟 GDPR 及產業規範）。',
              'zh-CN':
                '记录公司知悉事件的时间，并列出可能适用的法规和合同（例如《个人信息保护法》、欧盟 GDPR、台湾地区的个人数据保护法规以及行业规定）。',
            },
          },
          {
            id: 'db-s3-c2',
            text: {
              en: 'With counsel, work out each notification: to whom, by when and in what form.',
              'zh-TW': '與法律顧問逐一確認每項通報：對象、期限與形式。',
              'zh-CN': '与法律顾问逐项确认每一项报告：对象、期限和形式。',
            },
          },
          {
            id: 'db-s3-c3',
            text: {
              en: 'If there is a cyber insurance policy, tell the insurer: it may have its own notice rules and approved responders.',
              'zh-TW': '若有投保資安保險，通知保險公司；保單可能另有通知規定與指定的處理廠商。',
              'zh-CN': '如果购买了网络安全保险，通知保险公司；保单可能另有通知要求和指定的服务商。',
            },
          },
          {
            id: 'db-s3-c4',
            text: {
              en: 'Decide whether to report a crime to the police.',
              'zh-TW': '決定是否向警方報案。',
              'zh-CN': '决定是否向公安机关报案。',
            },
          },
        ],
        resources: [
          {
            en: 'Notification deadline tracker',
            'zh-TW': '通報期限追蹤表',
            'zh-CN': '报告期限跟踪表',
          },
          { en: 'Cyber insurance policy', 'zh-TW': '資安保險保單', 'zh-CN': '网络安全保险保单' },
        ],
        notes: {
          en: 'Deadlines, thresholds and required content differ by law and region, and some deadlines are short. Check every deadline with counsel; do not rely on memory or on this checklist.',
          'zh-TW':
            '各法規的通報期限、門檻與應載內容都不同，有些期限很短。每一項期限都要和法律顧問確認，不要憑記憶，也不要只依賴這份檢核清單。',
          'zh-CN':
            '不同法规的报告期限、适用门槛和必备内容各不相同，有些期限很短。每一项期限都要与法律顾问确认，不要凭记忆，也不要只依赖这份检查清单。',
        },
      },
      {
        id: 'db-s4',
        title: {
          en: 'Prepare the holding statement',
          'zh-TW': '準備初步回應聲明',
          'zh-CN': '准备初步回应声明',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'db-s4-c1',
            text: {
              en: 'Adapt the holding statement: what happened in plain words, what we are doing, when we will update.',
              'zh-TW': '修改初步回應聲明：用白話說明發生什麼事、我們正在做什麼、何時更新。',
              'zh-CN': '修改初步回应声明：用通俗的话说明发生了什么、我们正在做什么、何时更新。',
            },
          },
          {
            id: 'db-s4-c2',
            text: {
              en: 'Get approval from legal counsel and the spokesperson.',
              'zh-TW': '取得法律顧問與發言人的核准。',
              'zh-CN': '获得法律顾问和发言人的审批。',
            },
          },
          {
            id: 'db-s4-c3',
            text: {
              en: 'Publish at once if the incident is already public or customers are asking; otherwise keep it ready.',
              'zh-TW': '若事件已經曝光或已有顧客詢問，立即發布；否則備妥待用。',
              'zh-CN': '如果事件已经公开或已有客户询问，立即发布；否则准备好随时使用。',
            },
          },
          {
            id: 'db-s4-c4',
            text: {
              en: 'Give customer service the same lines, and remind staff not to comment anywhere else.',
              'zh-TW': '將相同說法提供給客服，並提醒員工不要在其他地方發表評論。',
              'zh-CN': '将同样的口径提供给客服，并提醒员工不要在其他地方发表评论。',
            },
          },
        ],
        resources: [
          {
            en: 'Holding statement template',
            'zh-TW': '初步回應聲明範本',
            'zh-CN': '初步回应声明模板',
          },
          { en: 'Customer service Q&A', 'zh-TW': '客服問答集', 'zh-CN': '客服问答口径' },
        ],
        notes: {
          en: 'Do not state numbers or causes, and do not say "no data was taken", until the technical expert has confirmed it.',
          'zh-TW': '在技術專家確認前，不要提及人數或原因，也不要說「沒有資料外洩」。',
          'zh-CN': '在技术专家确认之前，不要提人数或原因，也不要说“没有数据泄露”。',
        },
      },
      {
        id: 'db-s5',
        title: {
          en: 'Establish the scope',
          'zh-TW': '釐清影響範圍',
          'zh-CN': '查明影响范围',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 240,
        checklist: [
          {
            id: 'db-s5-c1',
            text: {
              en: 'Identify the affected systems, the kinds of data and the time period.',
              'zh-TW': '確認受影響的系統、資料類型與時間區間。',
              'zh-CN': '确认受影响的系统、数据类型和时间范围。',
            },
          },
          {
            id: 'db-s5-c2',
            text: {
              en: 'Estimate how many people are affected, and say how certain the estimate is.',
              'zh-TW': '估算受影響的人數，並說明估算的把握程度。',
              'zh-CN': '估算受影响的人数，并说明估算的可靠程度。',
            },
          },
          {
            id: 'db-s5-c3',
            text: {
              en: 'Check whether the data was encrypted, and whether it has been published or misused.',
              'zh-TW': '確認資料是否經過加密，以及是否已被公開或濫用。',
              'zh-CN': '确认数据是否经过加密，以及是否已被公开或滥用。',
            },
          },
          {
            id: 'db-s5-c4',
            text: {
              en: 'Report to the commander at agreed times, including what is still unknown.',
              'zh-TW': '在約定時間向總指揮回報，包括仍未釐清的部分。',
              'zh-CN': '按约定时间向总指挥汇报，包括尚未查清的部分。',
            },
          },
        ],
        resources: [{ en: 'Incident timeline', 'zh-TW': '事件時間軸', 'zh-CN': '事件时间线' }],
        notes: {
          en: 'The scope often changes over the first days. Report ranges and how sure we are, not a single hopeful number.',
          'zh-TW': '影響範圍在頭幾天常會變動。請回報區間與把握程度，而不是一個樂觀的單一數字。',
          'zh-CN': '影响范围在最初几天经常变化。请汇报区间和可靠程度，而不是一个乐观的单一数字。',
        },
      },
      {
        id: 'db-s6',
        title: {
          en: 'Issue the first statement to affected people',
          'zh-TW': '向當事人發布首次正式聲明',
          'zh-CN': '向受影响者发布首次正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 240,
        checklist: [
          {
            id: 'db-s6-c1',
            text: {
              en: 'Fill in the first statement with confirmed facts only: what happened, which data, when, and what we have done.',
              'zh-TW':
                '首次正式聲明只寫已確認的事實：發生什麼事、涉及哪些資料、何時發生、我們做了什麼。',
              'zh-CN':
                '首次正式声明只写已确认的事实：发生了什么、涉及哪些数据、何时发生、我们做了什么。',
            },
          },
          {
            id: 'db-s6-c2',
            text: {
              en: 'Tell people concretely what to do: change passwords, watch for scam calls and messages, and how to reach us.',
              'zh-TW': '具體告訴當事人該怎麼做：變更密碼、提防詐騙電話與訊息，以及如何聯絡我們。',
              'zh-CN': '具体告诉受影响者该怎么做：修改密码、警惕诈骗电话和短信，以及如何联系我们。',
            },
          },
          {
            id: 'db-s6-c3',
            text: {
              en: "Get legal counsel's approval and the commander's go-ahead.",
              'zh-TW': '取得法律顧問核准與總指揮同意。',
              'zh-CN': '获得法律顾问审批和总指挥同意。',
            },
          },
          {
            id: 'db-s6-c4',
            text: {
              en: 'Publish it on the website and send it to affected people wherever we can reach them directly.',
              'zh-TW': '在官方網站發布，並透過可直接聯繫的管道送達當事人。',
              'zh-CN': '在官方网站发布，并通过可直接联系的渠道送达受影响者。',
            },
          },
        ],
        resources: [
          {
            en: 'First statement template',
            'zh-TW': '首次正式聲明範本',
            'zh-CN': '首次正式声明模板',
          },
          { en: 'Customer service Q&A', 'zh-TW': '客服問答集', 'zh-CN': '客服问答口径' },
        ],
        notes: {
          en: 'Affected people should hear it from us before they read it anywhere else. Apologise plainly, and do not use the attacker to shift responsibility.',
          'zh-TW':
            '要讓當事人先從我們這裡得知，而不是從別處看到。坦白道歉，不要拿攻擊者來推卸責任。',
          'zh-CN':
            '要让受影响者先从我们这里得知，而不是从别处看到。坦诚道歉，不要拿攻击者来推卸责任。',
        },
      },
      {
        id: 'db-s7',
        title: {
          en: 'Notify authorities, partners and insurers',
          'zh-TW': '通報主管機關、合作夥伴與保險公司',
          'zh-CN': '向监管部门、合作伙伴和保险公司报告',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 1440,
        checklist: [
          {
            id: 'db-s7-c1',
            text: {
              en: 'Send each notification counsel has confirmed, and keep a copy with the time it was sent.',
              'zh-TW': '送出法律顧問確認的每一項通報，並保留副本與送出時間。',
              'zh-CN': '提交法律顾问确认的每一项报告，并保留副本和提交时间。',
            },
          },
          {
            id: 'db-s7-c2',
            text: {
              en: 'Check with counsel whether affected people must also receive a formal notice, and what it must contain.',
              'zh-TW': '與法律顧問確認是否還須正式通知當事人，以及通知應載明的內容。',
              'zh-CN': '与法律顾问确认是否还须正式通知受影响的个人，以及通知必须包含的内容。',
            },
          },
          {
            id: 'db-s7-c3',
            text: {
              en: 'Inform partners and business clients whose data or contracts are involved.',
              'zh-TW': '通知資料或合約受到影響的合作夥伴與企業客戶。',
              'zh-CN': '通知数据或合同受到影响的合作伙伴和企业客户。',
            },
          },
          {
            id: 'db-s7-c4',
            text: {
              en: 'Log the questions authorities ask and the answers we give.',
              'zh-TW': '記錄主管機關的提問與我們的答覆。',
              'zh-CN': '记录监管部门的问询以及我们的答复。',
            },
          },
        ],
        resources: [
          {
            en: 'Notification deadline tracker',
            'zh-TW': '通報期限追蹤表',
            'zh-CN': '报告期限跟踪表',
          },
          {
            en: 'Regulator contact list',
            'zh-TW': '主管機關聯絡清單',
            'zh-CN': '监管部门联系清单',
          },
        ],
        notes: {
          en: '24 hours is an internal target. If counsel confirms an earlier legal deadline, that deadline wins. If facts are still missing, ask counsel whether a first notice can be followed by updates.',
          'zh-TW':
            '24 小時是內部目標；若法律顧問確認的法定期限更早，以法定期限為準。若事實仍未齊全，請詢問法律顧問能否先初步通報、再補充更新。',
          'zh-CN':
            '24 小时是内部目标；如果法律顾问确认的法定期限更早，以法定期限为准。如果事实仍不完整，请询问法律顾问能否先初步报告、再补充更新。',
        },
      },
      {
        id: 'db-s8',
        title: {
          en: 'Support affected people, keep updating and review',
          'zh-TW': '協助當事人、持續更新並檢討',
          'zh-CN': '协助受影响者、持续通报并复盘',
        },
        ownerRoleId: 'commander',
        targetMinutes: 10_080,
        checklist: [
          {
            id: 'db-s8-c1',
            text: {
              en: 'Keep a helpline or dedicated inbox staffed with the approved Q&A for as long as questions keep coming.',
              'zh-TW': '只要還有人詢問，就維持專線或專用信箱，並以核准的問答集回覆。',
              'zh-CN': '只要仍有人咨询，就保持专线或专用邮箱开放，并按审批过的问答口径回复。',
            },
          },
          {
            id: 'db-s8-c2',
            text: {
              en: 'Publish updates at the promised times, even when there is little new to say.',
              'zh-TW': '在承諾的時間發布進度更新，即使沒有太多新進展也一樣。',
              'zh-CN': '在承诺的时间发布进展通报，即使没有太多新进展也照常发布。',
            },
          },
          {
            id: 'db-s8-c3',
            text: {
              en: 'Confirm the fix is in place, and explain what extra help affected people can get.',
              'zh-TW': '確認修補已完成，並說明當事人可以獲得哪些額外協助。',
              'zh-CN': '确认修复已经完成，并说明受影响者可以获得哪些额外帮助。',
            },
          },
          {
            id: 'db-s8-c4',
            text: {
              en: 'Hold a postmortem and turn its lessons into actions on systems, suppliers and this SOP.',
              'zh-TW': '召開事後檢討，將教訓轉為系統、供應商與本程序的改善行動。',
              'zh-CN': '组织复盘，把经验教训转化为针对系统、供应商和本程序的改进措施。',
            },
          },
        ],
        resources: [
          { en: 'Update template', 'zh-TW': '進度更新範本', 'zh-CN': '进展通报模板' },
          {
            en: 'Resolution statement template',
            'zh-TW': '處理結果說明範本',
            'zh-CN': '处理结果说明模板',
          },
          { en: 'Postmortem', 'zh-TW': '事後檢討報告', 'zh-CN': '复盘报告' },
        ],
        notes: {
          en: 'Scam messages that mention a breach often go on for weeks. Keep warning people, and keep the notice page up to date.',
          'zh-TW': '利用外洩事件行騙的訊息常會持續數週。請持續提醒當事人，並隨時更新公告頁面。',
          'zh-CN': '借泄露事件行骗的信息往往会持续数周。请持续提醒受影响者，并及时更新公告页面。',
        },
      },
    ],
  },
  matrix: [
    {
      stakeholderId: 'public',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Ready within 60 min; publish once the incident is public, then update at least daily',
        'zh-TW': '60 分鐘內備妥；事件曝光後發布，之後至少每天更新',
        'zh-CN': '60 分钟内准备好；事件公开后发布，之后至少每天更新',
      },
      templateStage: 'holding',
      note: {
        en: 'One notice page with the latest facts, a Q&A and how to reach us.',
        'zh-TW': '單一公告頁面，包含最新事實、問答與聯絡方式。',
        'zh-CN': '设置统一的公告页面，包含最新情况、问答和联系方式。',
      },
    },
    {
      stakeholderId: 'employees',
      channelId: 'messaging',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, then daily',
        'zh-TW': '60 分鐘內，之後每天一次',
        'zh-CN': '60 分钟内，之后每天一次',
      },
      templateStage: 'holding',
      note: {
        en: 'Tell staff what happened, ask them not to comment, and to report suspicious messages.',
        'zh-TW': '告知員工事件概況，請大家不要對外評論，並回報可疑訊息。',
        'zh-CN': '告知员工事件概况，请大家不要对外评论，并上报可疑信息。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'email',
      ownerRoleId: 'public-relations',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h once facts are confirmed, then at each update',
        'zh-TW': '事實確認後 4 小時內，之後每次更新時',
        'zh-CN': '事实确认后 4 小时内，之后每次更新时',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Send from a known official address, with no links that ask for passwords.',
        'zh-TW': '從大家熟悉的官方信箱寄出，信中不放任何要求輸入密碼的連結。',
        'zh-CN': '从大家熟悉的官方邮箱发送，邮件中不放任何要求输入密码的链接。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'sms',
      ownerRoleId: 'public-relations',
      targetMinutes: 240,
      timing: {
        en: 'With the email, as a short pointer to the notice page',
        'zh-TW': '與電子郵件同時發送，簡短引導至公告頁面',
        'zh-CN': '与邮件同时发送，简短引导至公告页面',
      },
      templateStage: 'first-statement',
      note: {
        en: 'No login links: say where to find the notice on our website, and that we never ask for passwords or codes.',
        'zh-TW': '不要附登入連結；說明可在官網哪裡找到公告，並提醒我們絕不索取密碼或驗證碼。',
        'zh-CN': '不要附登录链接；说明在官网何处可以找到公告，并提醒我们绝不索要密码或验证码。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'phone',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'Helpline open from the first statement until calls die down',
        'zh-TW': '首次正式聲明發布時開通專線，持續到來電減少為止',
        'zh-CN': '首次正式声明发布时开通专线，持续到来电减少为止',
      },
      templateStage: 'update',
      note: {
        en: 'Use the approved Q&A, and pass new facts to the room at once.',
        'zh-TW': '依核准的問答集回覆；新的事實立即回報作戰室。',
        'zh-CN': '按审批过的问答口径回复；新情况立即上报作战室。',
      },
    },
    {
      stakeholderId: 'regulators',
      channelId: 'email',
      ownerRoleId: 'legal-counsel',
      targetMinutes: 1440,
      timing: {
        en: 'By the deadline counsel confirms; internal target 24 h',
        'zh-TW': '在法律顧問確認的期限內；內部目標 24 小時',
        'zh-CN': '在法律顾问确认的期限内；内部目标 24 小时',
      },
      templateStage: null,
      note: {
        en: "Use the authority's own form or channel where there is one.",
        'zh-TW': '主管機關若有指定表單或管道，依其規定辦理。',
        'zh-CN': '监管部门如有指定的表格或渠道，按其要求办理。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement if the incident is public',
        'zh-TW': '事件已曝光時，與首次正式聲明同步發布',
        'zh-CN': '事件已公开时，与首次正式声明同步发布',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Legal counsel approves it before release; the spokesperson takes every media question.',
        'zh-TW': '發布前須經法律顧問核准；所有媒體提問由發言人統一回應。',
        'zh-CN': '发布前须经法律顾问审批；所有媒体提问由发言人统一回应。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'phone',
      ownerRoleId: 'external-liaison',
      targetMinutes: 480,
      timing: {
        en: 'Within 8 h for partners whose data or systems are involved',
        'zh-TW': '資料或系統受影響的合作夥伴，8 小時內',
        'zh-CN': '数据或系统受影响的合作伙伴，8 小时内',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Follow each call with a written summary.',
        'zh-TW': '每通電話後補寄書面摘要。',
        'zh-CN': '每次通话后补发书面摘要。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-data-breach-holding-public',
      stage: 'holding',
      audience: 'public',
      title: {
        en: 'Holding statement on a security incident',
        'zh-TW': '資安事件初步回應聲明',
        'zh-CN': '网络安全事件初步回应声明',
      },
      body: {
        en: 'On {{detectedAt}}, {{company}} discovered a security incident affecting {{product}}. We are treating it as urgent.\n\nWhat we know so far: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWe are still working to establish whether personal data was involved and, if so, whose. We will not guess. As soon as we know, we will say so here and contact the people affected directly.\n\nPlease be careful with unexpected calls, emails or messages that mention this incident. We will never ask you for your password or a verification code.\n\nOur next update will be at {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '{{company}}於{{detectedAt}}發現一起影響{{product}}的資安事件，我們正以最優先的層級處理。\n\n目前已知的狀況：{{whatWeKnow}}\n\n我們正在進行的處置：{{whatWeAreDoing}}\n\n我們仍在確認是否涉及個資，以及涉及哪些人的個資。我們不會臆測；一有確切結果就會在此公布，並直接通知受影響的當事人。\n\n請留意任何提及此事件的陌生來電、電子郵件或訊息。我們絕不會向您索取密碼或驗證碼。\n\n下一次更新時間：{{nextUpdateAt}}\n\n{{company}}',
        'zh-CN':
          '{{company}}于{{detectedAt}}发现一起影响{{product}}的网络安全事件，我们正在以最高优先级处理。\n\n目前已知的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n我们仍在确认是否涉及个人信息，以及涉及哪些人的个人信息。我们不会猜测；一旦有确切结果就会在这里公布，并直接通知受影响的用户。\n\n请警惕任何提及此事件的陌生来电、邮件或短信。我们绝不会向您索要密码或验证码。\n\n下一次通报时间：{{nextUpdateAt}}\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-data-breach-first-statement-customers',
      stage: 'first-statement',
      audience: 'customers',
      title: {
        en: 'Notice to affected customers',
        'zh-TW': '致受影響顧客的通知',
        'zh-CN': '致受影响客户的通知',
      },
      body: {
        en: 'We are writing to tell you about a security incident at {{company}} that involves your personal data. We are sorry that this has happened.\n\nWhat happened: on {{detectedAt}} we discovered {{incidentTitle}}. {{whatWeKnow}}\n\nWhat we have done: {{whatWeAreDoing}}\n\nWhat you can do now:\n- Change your password for {{product}}, and anywhere else you use the same password.\n- Be careful with calls, emails or messages that mention this incident or ask for personal details. We will never ask for your password or a verification code.\n- Check your accounts for anything unusual, and tell us if you see it.\n\nWe are still investigating, and some details may change as we learn more. We will tell you what we find, especially anything that affects you.\n\nIf you have questions, please use the contact details on our official website. Our next update will be at {{nextUpdateAt}}.\n\n{{spokesperson}}, on behalf of {{company}}',
        'zh-TW':
          '我們要告訴您，{{company}}發生了一起涉及您個資的資安事件，對此我們深感抱歉。\n\n事件經過：我們於{{detectedAt}}發現{{incidentTitle}}。{{whatWeKnow}}\n\n我們已採取的措施：{{whatWeAreDoing}}\n\n您現在可以做的事：\n- 變更{{product}}的密碼；若其他服務也使用相同密碼，請一併變更。\n- 留意提及此事件或索取個人資料的來電、郵件或訊息。我們絕不會向您索取密碼或驗證碼。\n- 檢查您的帳戶是否有異常，發現異狀請告訴我們。\n\n調查仍在進行，部分細節可能還會更新；與您有關的新發現，我們會主動告知。\n\n如有疑問，請透過官網公布的聯絡方式與我們聯繫。下一次更新時間：{{nextUpdateAt}}\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '特此告知：{{company}}发生了一起涉及您个人信息的网络安全事件，对此我们深表歉意。\n\n事件经过：我们于{{detectedAt}}发现{{incidentTitle}}。{{whatWeKnow}}\n\n我们已采取的措施：{{whatWeAreDoing}}\n\n您现在可以做的事：\n- 修改{{product}}的密码；如果其他服务也使用相同密码，请一并修改。\n- 警惕提及此事件或索要个人信息的来电、邮件或短信。我们绝不会向您索要密码或验证码。\n- 检查账户是否有异常，如有发现请告诉我们。\n\n调查仍在进行，部分细节可能还会更新；与您相关的新发现，我们会主动告知。\n\n如有疑问，请通过官网公布的联系方式与我们联系。下一次通报时间：{{nextUpdateAt}}\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-data-breach-update-customers',
      stage: 'update',
      audience: 'customers',
      title: {
        en: 'Update on the security incident',
        'zh-TW': '資安事件進度更新',
        'zh-CN': '网络安全事件进展通报',
      },
      body: {
        en: 'This is an update on the security incident that {{company}} discovered on {{detectedAt}}.\n\nWhat we know now: {{whatWeKnow}}\n\nWhat we have done since our last update: {{whatWeAreDoing}}\n\nIf anything here changes what we told you earlier, we have said so above. We would rather correct ourselves openly than leave you with the wrong picture.\n\nOur advice to protect yourself still applies: use a new password for {{product}}, and be wary of unexpected messages about this incident. We will never ask for your password or a verification code.\n\nNext update: {{nextUpdateAt}}\n\n{{company}}',
        'zh-TW':
          '以下是{{company}}於{{detectedAt}}發現之資安事件的最新進度。\n\n目前已知的狀況：{{whatWeKnow}}\n\n上次更新後我們完成的事項：{{whatWeAreDoing}}\n\n若本次內容與先前說明有所不同，我們已在上方清楚註明。我們寧可公開更正，也不願讓您對狀況有錯誤的認識。\n\n先前的自保建議仍然適用：請為{{product}}設定新的密碼，並提防提及此事件的陌生訊息。我們絕不會向您索取密碼或驗證碼。\n\n下一次更新時間：{{nextUpdateAt}}\n\n{{company}}',
        'zh-CN':
          '以下是{{company}}于{{detectedAt}}发现的网络安全事件的最新进展。\n\n目前已知的情况：{{whatWeKnow}}\n\n上次通报以来我们完成的工作：{{whatWeAreDoing}}\n\n如果本次内容与之前的说明有出入，我们已在上文明确指出。我们宁可公开更正，也不愿让您对情况产生错误的认识。\n\n之前的自我保护建议仍然有效：请为{{product}}设置新密码，并警惕提及此事件的陌生信息。我们绝不会向您索要密码或验证码。\n\n下一次通报时间：{{nextUpdateAt}}\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-data-breach-resolution-customers',
      stage: 'resolution',
      audience: 'customers',
      title: {
        en: 'Closing notice and apology',
        'zh-TW': '處理結果說明與致歉',
        'zh-CN': '处理结果说明与致歉',
      },
      body: {
        en: 'We are writing to close our updates on the security incident that {{company}} discovered on {{detectedAt}}.\n\nWhat we found: {{whatWeKnow}}\n\nWhat we have changed to make this much harder to happen again: {{whatWeAreDoing}}\n\nWe are sorry. You trusted us with your information, and we did not protect it as well as we should have. That is our responsibility, not yours.\n\nOur customer service team remains available for any question about {{product}} or this incident. Messages that use the incident as bait can continue for some time, so please keep using a unique password and stay wary of anyone who asks for passwords or verification codes.\n\n{{spokesperson}}, on behalf of {{company}}',
        'zh-TW':
          '{{company}}於{{detectedAt}}發現的資安事件，我們在此做最後一次說明。\n\n調查結果：{{whatWeKnow}}\n\n為了大幅降低再次發生的可能，我們已做出的改變：{{whatWeAreDoing}}\n\n我們誠摯道歉。您將個資託付給我們，我們卻沒有盡到應有的保護。這是我們的責任，不是您的。\n\n若對{{product}}或本事件有任何疑問，客服團隊仍會持續為您服務。利用此事件行騙的訊息可能還會持續一段時間，請繼續使用獨立的密碼，並提防任何索取密碼或驗證碼的要求。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '关于{{company}}于{{detectedAt}}发现的网络安全事件，我们在此作最后一次说明。\n\n调查结果：{{whatWeKnow}}\n\n为了大幅降低再次发生的可能，我们已经做出的改变：{{whatWeAreDoing}}\n\n我们诚挚道歉。您把个人信息托付给我们，我们却没有尽到应有的保护责任。这是我们的责任，而不是您的。\n\n如果对{{product}}或本事件有任何疑问，客服团队会继续为您服务。借此事件行骗的信息可能还会持续一段时间，请继续使用独立的密码，并警惕任何索要密码或验证码的要求。\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
  ],
};
