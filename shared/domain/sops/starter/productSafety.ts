import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for product safety problems and recalls: a possibly unsafe product reaches
 * customers. People's safety comes first, stock is held before blame is settled, and recall and
 * notification decisions are made with legal counsel (this kit sets no legal deadlines: they
 * differ by country and product, so every step that touches them says to confirm with counsel).
 */
export const productSafetyKit: StarterKit = {
  crisisTypeId: 'product-safety',
  summary: {
    en: 'A product we make or sell may hurt people, or turns out not to meet a safety standard: a defect, contamination, a missing allergen warning, a part that overheats. The first duty is to stop further harm, then to tell the people who own or use the product what to do, clearly and quickly. If a recall is needed, it is planned with legal counsel and the relevant authorities.',
    'zh-TW':
      '公司製造或販售的產品可能傷害使用者，或被發現不符安全標準，例如瑕疵、污染、漏標過敏原或零件過熱。首要之務是阻止傷害擴大，接著清楚、迅速地告訴持有或使用產品的人該怎麼做。若需要召回，應與法律顧問及相關主管機關一起規劃。',
    'zh-CN':
      '公司生产或销售的产品可能伤害使用者，或被发现不符合安全标准，例如缺陷、污染、漏标过敏原或部件过热。首要任务是阻止伤害扩大，然后清楚、及时地告诉购买或使用产品的人应该怎么做。如需召回，应与法律顾问及相关监管部门共同制定方案。',
  },
  typicalRisks: [
    {
      en: 'If a component or ingredient from a supplier is contaminated or out of specification, then unsafe products can reach customers before anyone notices.',
      'zh-TW':
        '若供應商提供的零件或原料受到污染或不符規格，則不安全的產品可能在察覺前就已送到顧客手上。',
      'zh-CN':
        '如果供应商提供的零部件或原料受到污染或不符合规格，那么不安全的产品可能在发现之前就已到达消费者手中。',
    },
    {
      en: 'If labels or instructions are wrong (a missing allergen, an unclear warning), then customers can be harmed by a product that is otherwise sound.',
      'zh-TW':
        '若標示或使用說明有誤（例如漏標過敏原、警語不清楚），則即使產品本身沒問題，顧客仍可能因此受害。',
      'zh-CN':
        '如果标签或使用说明有误（例如漏标过敏原、警示语不清楚），那么即使产品本身没有问题，消费者仍可能因此受到伤害。',
    },
    {
      en: 'If complaints about the same defect are handled one by one and never added up, then the pattern is missed until someone is seriously hurt.',
      'zh-TW':
        '若同一瑕疵的客訴只被個別處理、從未彙整分析，則問題的規律會被忽略，直到有人嚴重受傷。',
      'zh-CN':
        '如果针对同一缺陷的投诉只是逐个处理、从未汇总分析，那么问题规律会被忽视，直到有人受到严重伤害。',
    },
    {
      en: 'If batch and sales records cannot show where affected units went, then the recall has to be wider, slower and costlier than necessary.',
      'zh-TW':
        '若批號與銷售紀錄無法追查受影響產品的去向，則召回範圍會比必要的更大、速度更慢、成本更高。',
      'zh-CN':
        '如果批号与销售记录无法追溯受影响产品的流向，那么召回范围会比必要的更大、速度更慢、成本更高。',
    },
    {
      en: 'If our first public reply dismisses the concern before the facts are known, then later findings make us look evasive and every statement after that is doubted.',
      'zh-TW':
        '若我們最初的公開回應在事實未明前就否定外界疑慮，則之後的調查結果一出爐，公司會顯得閃躲，後續每份聲明都會受到質疑。',
      'zh-CN':
        '如果我们最初的公开回应在事实未明时就否定外界疑虑，那么后续调查结果一公布，公司就会显得在回避问题，之后的每一份声明都会遭到质疑。',
    },
  ],
  sop: {
    id: 'starter-sop-product-safety',
    title: {
      en: 'Product safety and recall response',
      'zh-TW': '產品安全與召回應變',
      'zh-CN': '产品安全与召回应对',
    },
    purpose: {
      en: 'Keep people safe first, then keep their trust. This procedure takes the team from the first report of a possible safety problem to a clear decision on a recall, and through to closing it, with one consistent message for customers, retailers, staff and authorities.\n\n- Stop further harm before working out who is to blame.\n- Tell people what to do in plain words, as early as we can.\n- Make recall and notification decisions with legal counsel, and write down why.',
      'zh-TW':
        '先確保人身安全，再守住大家對我們的信任。本程序引導團隊從接獲第一則可能的安全問題通報開始，到做出是否召回的明確決定，一直到結案為止，並對顧客、通路夥伴、員工與主管機關維持一致的說法。\n\n- 先阻止傷害擴大，再追究原因與責任。\n- 盡早用白話告訴大家該怎麼做。\n- 召回與通報的決定要和法律顧問一起做，並留下決策理由。',
      'zh-CN':
        '先保障人身安全，再守住公众对我们的信任。本程序指导团队从收到第一条可能的安全问题反馈开始，到明确是否召回，直至事件结束，并对消费者、经销商、员工和监管部门保持统一口径。\n\n- 先阻止伤害扩大，再追查原因与责任。\n- 尽早用通俗易懂的话告诉大家该怎么做。\n- 召回与报告的决定要与法律顾问共同作出，并记录决策理由。',
    },
    triggerCriteria: {
      en: 'Start this SOP when any of these happens:\n\n- A customer, retailer or member of staff reports an injury, illness or near miss linked to one of our products.\n- Tests, inspections or a supplier show that a product does not meet a safety standard, or contains something it should not (an undeclared allergen, a foreign object, contamination).\n- An authority, the media or a widely shared post raises a safety concern about one of our products.\n- Several similar complaints point to the same defect, even if nobody has been hurt yet.\n\nIf in doubt, start it: standing the team down is cheaper than starting late.',
      'zh-TW':
        '出現以下任一情況時啟動本程序：\n\n- 顧客、通路或員工通報與我們產品有關的受傷、身體不適或險些出事的情況。\n- 檢驗、稽核或供應商通知顯示產品不符安全標準，或含有不該有的東西（未標示的過敏原、異物、污染）。\n- 主管機關、媒體或廣傳的貼文對我們產品的安全提出疑慮。\n- 多則類似客訴指向同一瑕疵，即使還沒有人受傷。\n\n拿不準時就先啟動：解散團隊的代價，遠小於太晚啟動。',
      'zh-CN':
        '出现以下任一情况时启动本程序：\n\n- 消费者、经销商或员工反馈与我们产品有关的受伤、身体不适或险些发生事故的情况。\n- 检测、抽检或供应商通知显示产品不符合安全标准，或含有不应有的东西（未标注的过敏原、异物、污染）。\n- 监管部门、媒体或广泛传播的帖子对我们产品的安全提出疑问。\n- 多起类似投诉指向同一缺陷，即使尚未有人受伤。\n\n拿不准时先启动：解散团队的代价远小于启动太晚。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'commander',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'ps-s1',
        title: {
          en: 'Put people first and log the report',
          'zh-TW': '以人身安全為先，記錄通報內容',
          'zh-CN': '以人身安全为先，记录反馈内容',
        },
        ownerRoleId: 'customer-service',
        targetMinutes: 15,
        checklist: [
          {
            id: 'ps-s1-c1',
            text: {
              en: 'If anyone is hurt or still in danger, make sure they get medical help before anything else.',
              'zh-TW': '若有人受傷或仍有危險，先確保對方得到醫療協助，其他事都可以等。',
              'zh-CN': '如有人受伤或仍有危险，先确保对方得到医疗救助，其他事情都可以往后放。',
            },
          },
          {
            id: 'ps-s1-c2',
            text: {
              en: 'Record who reported what, when and through which channel, in their own words.',
              'zh-TW': '記下通報人、通報內容、時間與管道，盡量保留對方的原話。',
              'zh-CN': '记录反馈人、反馈内容、时间和渠道，尽量保留对方的原话。',
            },
          },
          {
            id: 'ps-s1-c3',
            text: {
              en: 'Ask politely for the product, packaging, receipt and photos to be kept; never pressure the person.',
              'zh-TW': '客氣地請對方保留產品、包裝、收據與照片，絕不施壓。',
              'zh-CN': '礼貌地请对方保留产品、包装、购物凭证和照片，切勿施压。',
            },
          },
          {
            id: 'ps-s1-c4',
            text: {
              en: 'Note the batch or lot number, the production date and where it was bought.',
              'zh-TW': '記下批號、製造日期與購買地點。',
              'zh-CN': '记下批号、生产日期和购买地点。',
            },
          },
        ],
        resources: [{ en: 'Incident intake form', 'zh-TW': '事件通報單', 'zh-CN': '事件登记表' }],
        notes: {
          en: 'Thank the person for telling us. Do not argue about fault at this stage: listen and record.',
          'zh-TW': '感謝對方告知。此時不要爭論責任歸屬，專心聆聽並記錄。',
          'zh-CN': '感谢对方告知。此时不要争论责任归属，认真倾听并记录。',
        },
      },
      {
        id: 'ps-s2',
        title: {
          en: 'Convene the crisis team and set the severity',
          'zh-TW': '召集危機小組並判定嚴重等級',
          'zh-CN': '召集危机小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'ps-s2-c1',
            text: {
              en: 'Call the commander, deputy, spokesperson, legal counsel, technical expert, customer service and logistics leads.',
              'zh-TW': '通知總指揮、副總指揮、發言人、法律顧問、技術專家、客服與後勤負責人。',
              'zh-CN': '通知总指挥、副总指挥、发言人、法律顾问、技术专家、客服和后勤负责人。',
            },
          },
          {
            id: 'ps-s2-c2',
            text: {
              en: 'Set the severity against the written definitions; any injury starts at SEV 2 or higher.',
              'zh-TW': '依書面定義判定嚴重等級；只要有人受傷，至少列為二級。',
              'zh-CN': '按书面定义确定严重等级；只要有人受伤，至少定为二级。',
            },
          },
          {
            id: 'ps-s2-c3',
            text: {
              en: 'Name one spokesperson: every word said outside the company goes through them.',
              'zh-TW': '指定唯一發言人，所有對外說法都經由發言人發出。',
              'zh-CN': '指定唯一发言人，所有对外口径都由发言人发出。',
            },
          },
          {
            id: 'ps-s2-c4',
            text: {
              en: 'Start the incident timeline and assign a scribe.',
              'zh-TW': '開始記錄事件時間軸，並指派紀錄人員。',
              'zh-CN': '开始记录事件时间线，并指派记录员。',
            },
          },
        ],
        resources: [
          { en: 'Crisis call tree', 'zh-TW': '危機聯絡順序', 'zh-CN': '危机联系顺序' },
          { en: 'Severity definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'If the commander cannot be reached within 10 minutes, the deputy takes over.',
          'zh-TW': '若 10 分鐘內聯絡不上總指揮，由副總指揮接手。',
          'zh-CN': '如 10 分钟内联系不上总指挥，由副总指挥接手。',
        },
      },
      {
        id: 'ps-s3',
        title: {
          en: 'Stop further harm: hold stock and sales',
          'zh-TW': '阻止傷害擴大：暫停出貨與銷售',
          'zh-CN': '阻止伤害扩大：暂停发货与销售',
        },
        ownerRoleId: 'logistics',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ps-s3-c1',
            text: {
              en: 'Stop shipping the suspected batches and set warehouse stock aside, clearly marked.',
              'zh-TW': '暫停出貨可疑批號，並將倉庫庫存隔離、清楚標示。',
              'zh-CN': '暂停可疑批次的发货，将仓库库存隔离并清楚标识。',
            },
          },
          {
            id: 'ps-s3-c2',
            text: {
              en: 'Ask retailers, online shops and distributors to take the product off sale for now.',
              'zh-TW': '請門市、網路商店與經銷商先將產品下架。',
              'zh-CN': '请门店、网店和经销商先将产品下架。',
            },
          },
          {
            id: 'ps-s3-c3',
            text: {
              en: 'Pause advertising and scheduled posts that feature the product.',
              'zh-TW': '暫停與該產品相關的廣告和排程貼文。',
              'zh-CN': '暂停与该产品有关的广告和定时发布的内容。',
            },
          },
          {
            id: 'ps-s3-c4',
            text: {
              en: 'Record how many units are held, and where.',
              'zh-TW': '記錄已暫扣的數量與存放地點。',
              'zh-CN': '记录已暂扣的数量和存放地点。',
            },
          },
        ],
        resources: [
          {
            en: 'Batch and distribution records',
            'zh-TW': '批號與出貨紀錄',
            'zh-CN': '批次与发货记录',
          },
        ],
        notes: {
          en: 'Holding stock is a precaution, not an admission of fault. It can be lifted if the product proves safe.',
          'zh-TW': '暫停銷售是預防措施，不代表承認過失；若確認產品安全，可以解除。',
          'zh-CN': '暂停销售是预防措施，不等于承认过错；如确认产品安全，可以解除。',
        },
      },
      {
        id: 'ps-s4',
        title: {
          en: 'Publish a holding statement',
          'zh-TW': '發布初步聲明',
          'zh-CN': '发布初步声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ps-s4-c1',
            text: {
              en: 'Fill the holding template: what we know, what people should do now, and when we will update.',
              'zh-TW': '填寫初步聲明範本：目前所知、大家現在該怎麼做、何時更新。',
              'zh-CN': '填写初步声明模板：目前所知、大家现在应该怎么做、何时更新。',
            },
          },
          {
            id: 'ps-s4-c2',
            text: {
              en: 'Get legal counsel and spokesperson approval before release.',
              'zh-TW': '發布前取得法律顧問與發言人核准。',
              'zh-CN': '发布前取得法律顾问和发言人审批。',
            },
          },
          {
            id: 'ps-s4-c3',
            text: {
              en: 'Post it on the website and social accounts, and give customer service the same text.',
              'zh-TW': '刊登在官網與社群帳號，並將同一份內容提供給客服。',
              'zh-CN': '发布在官网和社交媒体账号上，并将同一份内容提供给客服。',
            },
          },
          {
            id: 'ps-s4-c4',
            text: {
              en: 'Do not guess at causes, and never suggest that customers misused the product.',
              'zh-TW': '不臆測原因，也絕不暗示是顧客使用不當。',
              'zh-CN': '不猜测原因，也绝不暗示是消费者使用不当。',
            },
          },
        ],
        resources: [
          { en: 'Holding statement template', 'zh-TW': '初步聲明範本', 'zh-CN': '初步声明模板' },
          { en: 'Communication matrix', 'zh-TW': '溝通矩陣', 'zh-CN': '沟通矩阵' },
        ],
        notes: {
          en: 'A short, honest statement now is better than a complete one tomorrow. Say when the next update will come, and keep that promise.',
          'zh-TW':
            '現在發出簡短而誠實的聲明，勝過明天才發出完整的版本。說清楚下次何時更新，並準時做到。',
          'zh-CN': '现在发出简短而诚实的声明，胜过明天才发完整版本。说明下次更新时间，并按时做到。',
        },
      },
      {
        id: 'ps-s5',
        title: {
          en: 'Establish the cause and how far it reaches',
          'zh-TW': '釐清原因與影響範圍',
          'zh-CN': '查明原因与影响范围',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 180,
        checklist: [
          {
            id: 'ps-s5-c1',
            text: {
              en: 'Test retained samples alongside the product that was reported.',
              'zh-TW': '將留樣與被通報的產品一併檢驗。',
              'zh-CN': '将留样与被反馈的产品一同检测。',
            },
          },
          {
            id: 'ps-s5-c2',
            text: {
              en: 'Trace which batches, production lines and suppliers are involved.',
              'zh-TW': '追查涉及的批號、產線與供應商。',
              'zh-CN': '追查涉及的批次、生产线和供应商。',
            },
          },
          {
            id: 'ps-s5-c3',
            text: {
              en: 'Estimate how many units reached customers, and in which regions.',
              'zh-TW': '估算有多少產品已售出、分布在哪些地區。',
              'zh-CN': '估算有多少产品已售出、分布在哪些地区。',
            },
          },
          {
            id: 'ps-s5-c4',
            text: {
              en: 'Write down what is confirmed and what is still unknown, in plain words.',
              'zh-TW': '用白話寫下哪些已確認、哪些仍不清楚。',
              'zh-CN': '用通俗的话写清楚哪些已经确认、哪些仍不清楚。',
            },
          },
        ],
        resources: [
          { en: 'Quality and test records', 'zh-TW': '品管與檢驗紀錄', 'zh-CN': '质检与检测记录' },
        ],
        notes: {
          en: 'Brief the commander at least every 2 hours, even when nothing has changed.',
          'zh-TW': '至少每 2 小時向總指揮回報一次，即使沒有新進展。',
          'zh-CN': '至少每 2 小时向总指挥汇报一次，即使没有新进展。',
        },
      },
      {
        id: 'ps-s6',
        title: {
          en: 'Issue the first full statement',
          'zh-TW': '發布首次正式聲明',
          'zh-CN': '发布首份正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 240,
        checklist: [
          {
            id: 'ps-s6-c1',
            text: {
              en: 'Say which product and batches are affected, and how to identify them.',
              'zh-TW': '說明受影響的產品與批號，以及如何辨識。',
              'zh-CN': '说明受影响的产品和批次，以及如何识别。',
            },
          },
          {
            id: 'ps-s6-c2',
            text: {
              en: 'Tell people exactly what to do: stop using it, how to return it, how refunds or replacements work.',
              'zh-TW': '明確告訴大家該怎麼做：停止使用、如何退回、退款或換貨怎麼處理。',
              'zh-CN': '明确告诉大家怎么做：停止使用、如何退回、如何办理退款或换货。',
            },
          },
          {
            id: 'ps-s6-c3',
            text: {
              en: 'Show concern for anyone affected, and take responsibility for putting it right.',
              'zh-TW': '向受到影響的人表達關切，並承擔起解決問題的責任。',
              'zh-CN': '表达对受影响者的关切，并承担起解决问题的责任。',
            },
          },
          {
            id: 'ps-s6-c4',
            text: {
              en: 'Brief staff and retailers shortly before it goes out, so no one hears it first from the news.',
              'zh-TW': '對外發布前先向員工與通路說明，不讓他們從新聞才得知。',
              'zh-CN': '对外发布前先向员工和经销商通报，不让他们从新闻里才得知。',
            },
          },
        ],
        resources: [
          { en: 'First statement template', 'zh-TW': '正式聲明範本', 'zh-CN': '正式声明模板' },
          { en: 'Customer FAQ', 'zh-TW': '顧客常見問答', 'zh-CN': '客户常见问题解答' },
        ],
        notes: {
          en: 'Legal counsel and the spokesperson approve before release.',
          'zh-TW': '發布前須經法律顧問與發言人核准。',
          'zh-CN': '发布前须经法律顾问和发言人审批。',
        },
      },
      {
        id: 'ps-s7',
        title: {
          en: 'Decide on a recall and notify the authorities',
          'zh-TW': '決定是否召回並通報主管機關',
          'zh-CN': '决定是否召回并向监管部门报告',
        },
        ownerRoleId: 'commander',
        targetMinutes: 360,
        checklist: [
          {
            id: 'ps-s7-c1',
            text: {
              en: 'With legal counsel, choose: no recall, a recall of some batches or a full recall, and record the reasons.',
              'zh-TW': '與法律顧問共同決定：不召回、部分批號召回或全面召回，並記錄理由。',
              'zh-CN': '与法律顾问共同决定：不召回、部分批次召回或全面召回，并记录理由。',
            },
          },
          {
            id: 'ps-s7-c2',
            text: {
              en: 'Ask legal counsel which authorities must be told, confirm each deadline with counsel, and enter it as a countdown in the incident.',
              'zh-TW': '請法律顧問確認須通報哪些主管機關及各項期限，並在事件中設定倒數計時。',
              'zh-CN': '请法律顾问确认需要向哪些监管部门报告及各项时限，并在事件中设置倒计时。',
            },
          },
          {
            id: 'ps-s7-c3',
            text: {
              en: 'Agree how returns, refunds and replacements will work, and tell retailers before the public.',
              'zh-TW': '確定退貨、退款與換貨流程，並在對外公布前先告知通路。',
              'zh-CN': '确定退货、退款和换货流程，并在对外公布前先告知经销商。',
            },
          },
          {
            id: 'ps-s7-c4',
            text: {
              en: 'Plan how returned products are collected, stored and safely disposed of.',
              'zh-TW': '規劃召回產品的收集、存放與安全銷毀方式。',
              'zh-CN': '规划召回产品的收集、存放和安全销毁方式。',
            },
          },
        ],
        resources: [
          {
            en: 'Regulator contact list',
            'zh-TW': '主管機關聯絡清單',
            'zh-CN': '监管部门联系清单',
          },
        ],
        notes: {
          en: 'Notification duties and deadlines differ by country and product category. This SOP does not set them: confirm each one with counsel.',
          'zh-TW':
            '通報義務與期限因國家與產品類別而不同，本程序不代為設定：每一項都請向法律顧問確認。',
          'zh-CN': '报告义务和时限因国家和产品类别而异，本程序不作设定：每一项都请与法律顾问确认。',
        },
      },
      {
        id: 'ps-s8',
        title: {
          en: 'Support customers and see the recall through',
          'zh-TW': '協助顧客並完成召回',
          'zh-CN': '服务好消费者并完成召回',
        },
        ownerRoleId: 'customer-service',
        targetMinutes: 1440,
        checklist: [
          {
            id: 'ps-s8-c1',
            text: {
              en: 'Open a hotline or web form with the approved answers, staffed for the expected number of calls.',
              'zh-TW': '開設客服專線或線上表單，使用核准的回覆內容，並依預估來電量安排人力。',
              'zh-CN': '开通客服热线或在线表单，使用经审批的答复口径，并按预计来电量安排人手。',
            },
          },
          {
            id: 'ps-s8-c2',
            text: {
              en: 'Track returns, refunds and any new injury reports every day.',
              'zh-TW': '每天追蹤退貨、退款與新的受傷通報。',
              'zh-CN': '每天跟踪退货、退款和新的受伤反馈。',
            },
          },
          {
            id: 'ps-s8-c3',
            text: {
              en: 'Publish updates at the promised times until the recall is complete.',
              'zh-TW': '依承諾的時間持續發布更新，直到召回完成。',
              'zh-CN': '按承诺的时间持续发布更新，直到召回完成。',
            },
          },
          {
            id: 'ps-s8-c4',
            text: {
              en: 'After closing, hold a review and feed the lessons into quality checks, SOPs and the risk register.',
              'zh-TW': '結案後召開檢討會，將教訓回饋到品管流程、標準作業程序與風險清冊。',
              'zh-CN': '结案后召开复盘会，将经验教训反馈到质检流程、标准作业程序和风险登记册。',
            },
          },
        ],
        resources: [
          { en: 'Customer FAQ', 'zh-TW': '顧客常見問答', 'zh-CN': '客户常见问题解答' },
          { en: 'Resolution statement template', 'zh-TW': '結案聲明範本', 'zh-CN': '结案声明模板' },
        ],
        notes: {
          en: 'Customers remember how they were treated when they called. Let the team settle simple cases on the first call.',
          'zh-TW': '顧客會記得來電時受到的對待。授權客服在第一通電話就能處理簡單的案件。',
          'zh-CN': '消费者会记得打来电话时受到的对待。授权客服在第一次通话中就能解决简单的问题。',
        },
      },
    ],
  },
  matrix: [
    {
      stakeholderId: 'employees',
      channelId: 'messaging',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 45,
      timing: {
        en: 'Before each public statement, starting with the holding statement',
        'zh-TW': '每次對外聲明之前，從初步聲明開始',
        'zh-CN': '每次对外声明之前，从初步声明开始',
      },
      templateStage: 'holding',
      note: {
        en: 'Share the approved text and remind staff to pass media questions to the spokesperson.',
        'zh-TW': '分享核准的聲明內容，並提醒同仁將媒體詢問轉給發言人。',
        'zh-CN': '分享经审批的声明内容，并提醒员工将媒体询问转给发言人。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'website',
      ownerRoleId: 'spokesperson',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, then at every promised update',
        'zh-TW': '60 分鐘內，之後依承諾的時間更新',
        'zh-CN': '60 分钟内，之后按承诺的时间更新',
      },
      templateStage: 'holding',
      note: {
        en: 'A notice on the home page with the affected batches and what to do; keep it current until the recall closes.',
        'zh-TW': '在官網首頁刊登公告，列出受影響批號與處理方式，持續更新到召回結束。',
        'zh-CN': '在官网首页发布公告，列出受影响批次和处理方式，持续更新到召回结束。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'social',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, then every 4 h while people are still discussing it',
        'zh-TW': '60 分鐘內，之後在討論持續期間每 4 小時更新',
        'zh-CN': '60 分钟内，之后在讨论持续期间每 4 小时更新',
      },
      templateStage: 'holding',
      note: {
        en: 'Pin the post and reply with the same wording, linking to the website notice. Do not argue in the comments.',
        'zh-TW': '將貼文置頂，回覆留言時使用相同說法並附上官網公告連結，不在留言區爭辯。',
        'zh-CN': '将帖子置顶，回复评论时使用相同口径并附上官网公告链接，不在评论区争论。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'phone',
      ownerRoleId: 'external-liaison',
      targetMinutes: 120,
      timing: {
        en: 'Within 2 h, before the public statement where possible',
        'zh-TW': '2 小時內，盡可能在對外聲明之前',
        'zh-CN': '2 小时内，尽量在对外声明之前',
      },
      templateStage: 'holding',
      note: {
        en: 'Retailers and distributors need to take stock off sale before customers ask them about it.',
        'zh-TW': '門市與經銷商需要在顧客詢問前先將產品下架。',
        'zh-CN': '门店和经销商需要在消费者询问之前先将产品下架。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'email',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement, then when the recall starts and when it ends',
        'zh-TW': '隨正式聲明發出，召回開始與結束時再各通知一次',
        'zh-CN': '随正式声明发出，召回开始和结束时再各通知一次',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Send to known buyers of the affected batches, with how to return the product and get a refund.',
        'zh-TW': '寄給已知購買受影響批號的顧客，說明退回產品與退款的方式。',
        'zh-CN': '发送给已知购买了受影响批次的客户，说明退回产品和退款的方式。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement, then at each major change',
        'zh-TW': '隨正式聲明發布，之後每有重大變化時發布',
        'zh-CN': '随正式声明发布，之后每有重大变化时发布',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Only the spokesperson gives interviews; other staff refer questions to them.',
        'zh-TW': '只有發言人接受採訪，其他同仁一律將問題轉給發言人。',
        'zh-CN': '只有发言人接受采访，其他员工一律将问题转给发言人。',
      },
    },
    {
      stakeholderId: 'regulators',
      channelId: 'email',
      ownerRoleId: 'legal-counsel',
      targetMinutes: null,
      timing: {
        en: 'As counsel directs; confirm the deadline with counsel',
        'zh-TW': '依法律顧問指示；期限請向法律顧問確認',
        'zh-CN': '按法律顾问的意见；时限请与法律顾问确认',
      },
      templateStage: null,
      note: {
        en: "Use the authority's own form where one exists, and keep a copy of everything sent.",
        'zh-TW': '主管機關若有指定表單，請使用該表單，並保留所有送出文件的副本。',
        'zh-CN': '监管部门如有指定表格，请使用该表格，并留存所有提交材料的副本。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-product-safety-holding-customers',
      stage: 'holding',
      audience: 'customers',
      title: {
        en: 'Holding statement to customers: possible safety problem',
        'zh-TW': '致顧客初步聲明：產品可能有安全疑慮',
        'zh-CN': '致消费者初步声明：产品可能存在安全隐患',
      },
      body: {
        en: 'Important safety information about {{product}}\n\nAt {{detectedAt}} we learned of a possible safety problem with {{product}}. What we know so far: {{whatWeKnow}}\n\nAs a precaution, please stop using {{product}} until we know more. If you or someone in your care has been hurt or feels unwell, please get medical help first, then contact us. Please keep the product and its packaging: they help us find the cause.\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWe are sorry for the worry this causes. We do not have the full picture yet and we will not guess; we will tell you what we find. Our next update will be at {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '關於{{product}}的重要安全訊息\n\n我們在{{detectedAt}}得知{{product}}可能有安全疑慮。目前掌握的情況：{{whatWeKnow}}\n\n為了安全起見，在進一步釐清之前，請先暫停使用{{product}}。如果您或您照顧的人因此受傷或身體不適，請先就醫，再與我們聯絡。也請保留產品與包裝，這能幫助我們找出原因。\n\n我們正在處理的事項：{{whatWeAreDoing}}\n\n讓您擔心了，我們很抱歉。目前我們還沒有掌握全貌，不會妄加臆測，查到的結果會如實告訴您。下一次更新時間為{{nextUpdateAt}}。\n\n{{company}}',
        'zh-CN':
          '关于{{product}}的重要安全提示\n\n我们于{{detectedAt}}获悉{{product}}可能存在安全隐患。目前了解到的情况：{{whatWeKnow}}\n\n为稳妥起见，在查明情况之前，请先暂停使用{{product}}。如果您或您照顾的人因此受伤或身体不适，请先就医，再与我们联系。也请保留产品和包装，这有助于我们查明原因。\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n给您带来担忧，我们深表歉意。目前情况尚未完全查清，我们不会妄加猜测，查明的结果会如实告诉您。下一次更新时间为{{nextUpdateAt}}。\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-product-safety-first-statement-public',
      stage: 'first-statement',
      audience: 'public',
      title: {
        en: 'First statement: product safety problem and what to do',
        'zh-TW': '首次正式聲明：產品安全問題與處理方式',
        'zh-CN': '首份正式声明：产品安全问题及处理方式',
      },
      body: {
        en: 'Statement from {{company}} on {{incidentTitle}}\n\nAt {{detectedAt}} we learned of a safety problem with {{product}}. Our first concern is for anyone who has been affected, and we are sorry.\n\nWhat we know: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWhat you should do: if you have {{product}}, please stop using it. Our website lists the affected batches and explains how to return the product for a refund or replacement, and our customer service team will help you.\n\nThe safety of what we sell is our responsibility. We will keep sharing what we find, including anything we got wrong. Our next update will be at {{nextUpdateAt}}.\n\nMedia enquiries: {{spokesperson}}',
        'zh-TW':
          '{{company}}關於{{incidentTitle}}的聲明\n\n我們在{{detectedAt}}得知{{product}}有安全問題。我們最關心的是受到影響的每一位，也在此向大家致歉。\n\n目前所知：{{whatWeKnow}}\n\n我們正在做的事：{{whatWeAreDoing}}\n\n請您這樣做：如果您手上有{{product}}，請先停止使用。受影響的批號與退貨、退款或換貨方式已公布在官網，客服團隊也會協助您處理。\n\n我們販售的產品是否安全，是我們的責任。後續的調查結果，包括我們做錯的地方，都會持續公開。下一次更新時間為{{nextUpdateAt}}。\n\n媒體聯絡窗口：{{spokesperson}}',
        'zh-CN':
          '{{company}}关于{{incidentTitle}}的声明\n\n我们于{{detectedAt}}获悉{{product}}存在安全问题。我们最关心的是每一位受到影响的人，在此向大家致歉。\n\n目前掌握的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n请您这样做：如果您手中有{{product}}，请先停止使用。受影响的批次以及退货、退款或换货的办理方式已在官网公布，客服团队也会协助您办理。\n\n我们所售产品的安全，是我们的责任。后续调查结果，包括我们做得不对的地方，都会持续公开。下一次更新时间为{{nextUpdateAt}}。\n\n媒体联系人：{{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-product-safety-update-customers',
      stage: 'update',
      audience: 'customers',
      title: {
        en: 'Update to customers: product safety',
        'zh-TW': '致顧客進度更新：產品安全',
        'zh-CN': '致消费者进展通报：产品安全',
      },
      body: {
        en: 'Update on {{incidentTitle}}\n\nThis is our latest update on the safety problem with {{product}} that we learned of at {{detectedAt}}.\n\nWhat has changed since our last update: {{whatWeKnow}}\n\nWhat we are doing now: {{whatWeAreDoing}}\n\nIf you still have an affected {{product}}, please do not use it. Contact our customer service team and they will explain how to return it. If you have been hurt or feel unwell, please see a doctor first.\n\nThank you for your patience, and thank you to everyone who has reported a problem to us: it helps us find every affected product. We will post the next update at {{nextUpdateAt}}, even if there is little new to report.\n\n{{company}}',
        'zh-TW':
          '{{incidentTitle}}：最新進度\n\n這是關於{{product}}安全問題的最新說明（我們於{{detectedAt}}得知此事）。\n\n與上次說明相比的新進展：{{whatWeKnow}}\n\n我們目前正在做的事：{{whatWeAreDoing}}\n\n如果您手上仍有受影響的{{product}}，請不要使用，並與客服團隊聯絡，他們會說明退回的方式。如果您受傷或身體不適，請先就醫。\n\n謝謝您的耐心，也謝謝每一位向我們回報問題的人，這能幫助我們找出所有受影響的產品。下一次更新時間為{{nextUpdateAt}}，即使進展不多，我們也會準時說明。\n\n{{company}}',
        'zh-CN':
          '{{incidentTitle}}：最新进展\n\n这是关于{{product}}安全问题的最新通报（我们于{{detectedAt}}获悉此事）。\n\n与上次通报相比的新进展：{{whatWeKnow}}\n\n我们目前正在采取的措施：{{whatWeAreDoing}}\n\n如果您手中仍有受影响的{{product}}，请不要使用，并联系我们的客服团队，他们会告诉您如何退回。如果您受伤或身体不适，请先就医。\n\n感谢您的耐心，也感谢每一位向我们反馈问题的人，这有助于我们找出所有受影响的产品。下一次更新时间为{{nextUpdateAt}}，即使进展不多，我们也会按时通报。\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-product-safety-resolution-public',
      stage: 'resolution',
      audience: 'public',
      title: {
        en: 'Resolution statement: what we found and what we changed',
        'zh-TW': '結案聲明：調查結果與改善措施',
        'zh-CN': '结案声明：调查结果与改进措施',
      },
      body: {
        en: '{{incidentTitle}}: what we found and what we have changed\n\nSince {{detectedAt}} we have been working to find and fix the safety problem with {{product}}. This is what we learned and what we have done.\n\nWhat we found: {{whatWeKnow}}\n\nWhat we have changed to prevent it from happening again: {{whatWeAreDoing}}\n\nWe are sorry. People trusted {{product}} to be safe, and we let them down. Thank you to everyone who reported the problem, returned products and put up with the disruption.\n\nIf you still have an affected product, please contact our customer service team, who will explain your options. Media enquiries: {{spokesperson}}\n\n{{company}}',
        'zh-TW':
          '{{incidentTitle}}：調查結果與改善措施\n\n自{{detectedAt}}以來，我們一直在查明並解決{{product}}的安全問題。以下是我們查到的原因與採取的行動。\n\n調查結果：{{whatWeKnow}}\n\n為避免再次發生，我們做了這些改變：{{whatWeAreDoing}}\n\n我們很抱歉。大家信任{{product}}是安全的，我們卻辜負了這份信任。謝謝每一位通報問題、配合退回產品並包容這段期間不便的朋友。\n\n如果您手上仍有受影響的產品，請與客服團隊聯絡，他們會說明可以怎麼處理。媒體聯絡窗口：{{spokesperson}}\n\n{{company}}',
        'zh-CN':
          '{{incidentTitle}}：调查结果与改进措施\n\n自{{detectedAt}}以来，我们一直在查明并解决{{product}}的安全问题。以下是我们查明的原因和采取的行动。\n\n调查结果：{{whatWeKnow}}\n\n为防止再次发生，我们做了以下改进：{{whatWeAreDoing}}\n\n我们很抱歉。大家信任{{product}}是安全的，我们却辜负了这份信任。感谢每一位反馈问题、配合退回产品并包容这段时间不便的朋友。\n\n如果您手中仍有受影响的产品，请联系我们的客服团队，他们会告诉您可以如何处理。媒体联系人：{{spokesperson}}\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
  ],
};
