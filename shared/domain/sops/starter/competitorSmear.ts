import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for a competitor smear campaign: an SOP that documents the attack, corrects the record
 * with evidence without attacking back or accusing anyone in public, leaves letters and complaints
 * to legal counsel, and treats any fair point as a reason to improve the product; a matrix row and
 * four templates.
 */
export const competitorSmearKit: StarterKit = {
  crisisTypeId: 'competitor-smear',
  summary: {
    en: 'A competitor, or people acting for one, spreads misleading comparisons, fake reviews or false claims to pull customers away. At first it often looks like ordinary criticism, and proving who is behind it is hard. The response corrects the record with evidence, stays out of the fight, and uses any grain of truth to improve the product.',
    'zh-TW':
      '競爭對手或其代操者散布誤導性的比較、假評論或不實指控，意圖搶走顧客。一開始往往看起來像一般批評，也很難證明幕後是誰。應變重點是以證據還原事實、不隨之起舞，並把其中合理的部分當成改善產品的機會。',
    'zh-CN':
      '竞争对手或受其指使的人散布误导性的对比、虚假评价或不实指控，企图抢走客户。起初往往看起来像普通批评，也很难证明幕后是谁。应对的重点是用证据澄清事实、不跟着对方起舞，并把其中合理的部分当作改进产品的机会。',
  },
  typicalRisks: [
    {
      en: 'If we publicly accuse a competitor without solid proof, then we risk a defamation claim and look like the aggressor.',
      'zh-TW': '若在缺乏確切證據下公開指控競爭對手，則可能反被控告誹謗，還會顯得是我們在挑釁。',
      'zh-CN':
        '如果在缺乏确凿证据的情况下公开指责竞争对手，那么可能反被起诉诽谤，还会显得是我们在挑事。',
    },
    {
      en: 'If fake reviews are reported without evidence, then platforms leave them up and our rating keeps falling.',
      'zh-TW': '若檢舉假評論時沒有附上證據，則平台多半不會移除，我們的評分將持續下滑。',
      'zh-CN': '如果举报虚假评价时没有附上证据，那么平台多半不会删除，我们的评分将持续下滑。',
    },
    {
      en: 'If a claim about product quality is partly true and we only deny it, then customers stop trusting everything else we say.',
      'zh-TW': '若關於產品品質的指控部分屬實而我們只是一味否認，則顧客將不再相信我們說的其他事。',
      'zh-CN':
        '如果关于产品质量的指控部分属实而我们只是一味否认，那么客户将不再相信我们说的其他话。',
    },
    {
      en: 'If sales staff answer the attack with their own jabs at the competitor, then the dispute escalates and spreads.',
      'zh-TW': '若業務人員以貶低對手的說法回擊，則爭議會升高並擴散開來。',
      'zh-CN': '如果销售人员用贬低对手的说法回击，那么争议会升级并扩散开来。',
    },
  ],
  sop: {
    id: 'starter-sop-competitor-smear',
    title: {
      en: 'Competitor smear campaign response',
      'zh-TW': '競爭對手抹黑攻擊應變程序',
      'zh-CN': '竞争对手抹黑攻击应对程序',
    },
    purpose: {
      en: "Respond to misleading claims or fake reviews that appear to come from a competitor by correcting the facts with evidence, without attacking back.\n\n- Talk about our product and the facts, never about the competitor's motives.\n- Build an evidence file before deciding on any legal step.\n- Check honestly whether any of the criticism is fair, and fix it if so.",
      'zh-TW':
        '面對疑似來自競爭對手的誤導說法或假評論時，以證據澄清事實，不反擊對手。\n\n- 只談我們的產品與事實，不揣測對手動機。\n- 在決定任何法律行動前，先建立完整的證據檔案。\n- 誠實檢視批評是否有道理，有就改進。',
      'zh-CN':
        '面对疑似来自竞争对手的误导性说法或虚假评价时，用证据澄清事实，不反击对手。\n\n- 只谈我们的产品和事实，不揣测对手动机。\n- 在决定采取任何法律行动前，先建立完整的证据档案。\n- 诚实审视批评是否有道理，有则改之。',
    },
    triggerCriteria: {
      en: "Activate when:\n\n- A burst of similar negative reviews or posts appears from new or unrelated accounts.\n- Comparisons, ads or articles make claims about our product that we believe are false.\n- Customers or partners tell us a competitor's staff are repeating such claims.\n- Monitoring links the posts to accounts or agencies connected with a competitor.",
      'zh-TW':
        '出現以下情況時啟動：\n\n- 短時間內出現大量內容相似的負評或貼文，且多來自新帳號或彼此無關的帳號。\n- 比較文、廣告或文章對我們的產品提出我們認為不實的說法。\n- 顧客或合作夥伴告訴我們，競爭對手的人員在轉述這些說法。\n- 監測發現相關貼文與競爭對手有關的帳號或代操公司有關聯。',
      'zh-CN':
        '出现以下情况时启动：\n\n- 短时间内出现大量内容相似的差评或帖子，且多来自新注册或互不相关的账号。\n- 对比文章、广告或报道对我们的产品提出我们认为不实的说法。\n- 客户或合作伙伴反映，竞争对手的人员在传播这些说法。\n- 监测发现相关帖子与竞争对手关联的账号或代运营公司有联系。',
    },
    severityIds: ['sev-2', 'sev-3', 'sev-4'],
    ownerRoleId: 'public-relations',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'cs-s1',
        title: {
          en: 'Document the attack',
          'zh-TW': '記錄攻擊內容',
          'zh-CN': '记录攻击内容',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 30,
        checklist: [
          {
            id: 'cs-s1-c1',
            text: {
              en: 'Save every post, review and ad with its link, account name, date and a screenshot.',
              'zh-TW': '保存每則貼文、評論與廣告的連結、帳號名稱、日期與截圖。',
              'zh-CN': '保存每条帖子、评价和广告的链接、账号名称、日期和截图。',
            },
          },
          {
            id: 'cs-s1-c2',
            text: {
              en: 'Note patterns: similar wording, new accounts, posting times, shared links.',
              'zh-TW': '記下可疑的模式：相似用語、新開帳號、發文時間、共用的連結。',
              'zh-CN': '记下可疑的规律：相似措辞、新注册账号、发帖时间、共用的链接。',
            },
          },
          {
            id: 'cs-s1-c3',
            text: {
              en: 'List which products and which claims are targeted.',
              'zh-TW': '列出被攻擊的產品與具體說法。',
              'zh-CN': '列出被攻击的产品和具体说法。',
            },
          },
        ],
        resources: [
          { en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据登记表' },
          { en: 'Monitoring dashboard', 'zh-TW': '輿情監測儀表板', 'zh-CN': '舆情监测看板' },
        ],
        notes: {
          en: 'Collect first, conclude later. Patterns are a clue, not proof of who is behind them.',
          'zh-TW': '先蒐證，後判斷。可疑模式只是線索，不能證明幕後是誰。',
          'zh-CN': '先取证，后判断。可疑规律只是线索，不能证明幕后是谁。',
        },
      },
      {
        id: 'cs-s2',
        title: {
          en: 'Convene the team and agree the ground rules',
          'zh-TW': '召集小組並確立應對原則',
          'zh-CN': '召集小组并确立应对原则',
        },
        ownerRoleId: 'commander',
        targetMinutes: 45,
        checklist: [
          {
            id: 'cs-s2-c1',
            text: {
              en: 'Decide the severity level and who joins; legal counsel always does.',
              'zh-TW': '決定嚴重等級與參與人員；法律顧問一定要加入。',
              'zh-CN': '确定严重等级和参与人员；法律顾问必须参加。',
            },
          },
          {
            id: 'cs-s2-c2',
            text: {
              en: 'Set the rule: nobody names or criticises the competitor, in public or in sales conversations.',
              'zh-TW': '確立原則：任何人都不得在公開場合或業務洽談中點名或批評競爭對手。',
              'zh-CN': '确立原则：任何人都不得在公开场合或销售沟通中点名或批评竞争对手。',
            },
          },
          {
            id: 'cs-s2-c3',
            text: {
              en: 'Name the spokesperson.',
              'zh-TW': '指定發言人。',
              'zh-CN': '指定发言人。',
            },
          },
        ],
        resources: [
          { en: 'Crisis roster', 'zh-TW': '危機小組名冊', 'zh-CN': '危机小组名册' },
          { en: 'Severity level definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'Even when the evidence looks strong, a public accusation can turn us into the story and expose us to a defamation claim.',
          'zh-TW': '即使證據看似充分，公開指控仍可能讓我們成為焦點，甚至招來誹謗訴訟。',
          'zh-CN': '即使证据看似充分，公开指责仍可能让我们成为焦点，甚至招来诽谤诉讼。',
        },
      },
      {
        id: 'cs-s3',
        title: {
          en: 'Post a holding reply where customers are asking',
          'zh-TW': '在顧客詢問之處發布初步回應',
          'zh-CN': '在客户询问的地方发布初步回应',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'cs-s3-c1',
            text: {
              en: 'Reply only where customers are asking: we are checking the claims and will share the facts.',
              'zh-TW': '只在顧客提問的地方回應：我們正在查證，稍後會公布事實。',
              'zh-CN': '只在客户提问的地方回应：我们正在核实，稍后会公布事实。',
            },
          },
          {
            id: 'cs-s3-c2',
            text: {
              en: 'Keep the tone neutral, and do not mention the competitor.',
              'zh-TW': '語氣保持中立，不提及競爭對手。',
              'zh-CN': '语气保持中立，不提及竞争对手。',
            },
          },
          {
            id: 'cs-s3-c3',
            text: {
              en: "Get the spokesperson's approval.",
              'zh-TW': '取得發言人核准。',
              'zh-CN': '获得发言人审批。',
            },
          },
        ],
        resources: [
          {
            en: 'Holding statement template',
            'zh-TW': '初步回應聲明範本',
            'zh-CN': '初步回应声明模板',
          },
        ],
        notes: {
          en: 'Silence can look like agreement, but an angry reply looks worse.',
          'zh-TW': '沉默可能被解讀為默認，但情緒化的回應更糟。',
          'zh-CN': '沉默可能被理解为默认，但情绪化的回应更糟。',
        },
      },
      {
        id: 'cs-s4',
        title: {
          en: 'Check the claims against the facts',
          'zh-TW': '逐項查證指控內容',
          'zh-CN': '逐项核实指控内容',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 120,
        checklist: [
          {
            id: 'cs-s4-c1',
            text: {
              en: 'Test each claim against our own data, test reports and certificates.',
              'zh-TW': '以自家資料、檢驗報告與證書逐一檢驗每項說法。',
              'zh-CN': '用自己的数据、检测报告和证书逐一检验每项说法。',
            },
          },
          {
            id: 'cs-s4-c2',
            text: {
              en: 'Flag any claim that is partly true, and tell the commander at once.',
              'zh-TW': '標記任何部分屬實的說法，並立即告知總指揮。',
              'zh-CN': '标记任何部分属实的说法，并立即告知总指挥。',
            },
          },
          {
            id: 'cs-s4-c3',
            text: {
              en: 'Prepare evidence that can be shared in public.',
              'zh-TW': '準備可以公開的佐證資料。',
              'zh-CN': '准备可以公开的证明材料。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'If a claim is fair, fixing the product is the strongest answer. Treat it as feedback, whoever sent it.',
          'zh-TW': '若指控有道理，改善產品就是最有力的回應。不論來源是誰，都當成回饋看待。',
          'zh-CN': '如果指控有道理，改进产品就是最有力的回应。不论来源是谁，都当作反馈来对待。',
        },
      },
      {
        id: 'cs-s5',
        title: {
          en: 'Publish the facts and brief customer-facing staff',
          'zh-TW': '公布事實並向第一線人員說明',
          'zh-CN': '公布事实并向一线人员说明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 240,
        checklist: [
          {
            id: 'cs-s5-c1',
            text: {
              en: 'State the facts about our product, with evidence people can check.',
              'zh-TW': '說明產品的事實，並附上大家可以查證的證據。',
              'zh-CN': '说明产品的事实，并附上大家可以核实的证据。',
            },
          },
          {
            id: 'cs-s5-c2',
            text: {
              en: 'Acknowledge any fair point and say what we are doing about it.',
              'zh-TW': '坦承合理的批評，並說明我們的改善作法。',
              'zh-CN': '承认合理的批评，并说明我们的改进措施。',
            },
          },
          {
            id: 'cs-s5-c3',
            text: {
              en: 'Give sales, customer service and partners the same approved lines and a short Q&A.',
              'zh-TW': '提供業務、客服與合作夥伴一致的核准說法與簡短問答集。',
              'zh-CN': '向销售、客服和合作伙伴提供统一的审批口径和简短问答。',
            },
          },
          {
            id: 'cs-s5-c4',
            text: {
              en: 'Post it on the channels where the claims appeared.',
              'zh-TW': '在指控出現的管道發布。',
              'zh-CN': '在指控出现的渠道发布。',
            },
          },
        ],
        resources: [
          {
            en: 'First statement template',
            'zh-TW': '首次正式聲明範本',
            'zh-CN': '首次正式声明模板',
          },
          { en: 'Q&A sheet', 'zh-TW': '問答集', 'zh-CN': '问答口径' },
        ],
        notes: {
          en: 'Compare with the facts, not with the competitor. Readers trust calm evidence more than a counter-attack.',
          'zh-TW': '拿事實來比，不拿對手來比。比起反擊，讀者更相信冷靜的證據。',
          'zh-CN': '用事实说话，不跟对手比。比起反击，读者更相信冷静的证据。',
        },
      },
      {
        id: 'cs-s6',
        title: {
          en: 'Report fake content and assess legal options',
          'zh-TW': '檢舉假內容並評估法律途徑',
          'zh-CN': '举报虚假内容并评估法律途径',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 480,
        checklist: [
          {
            id: 'cs-s6-c1',
            text: {
              en: 'Report fake reviews and misleading ads to each platform, with the evidence.',
              'zh-TW': '附上證據，向各平台檢舉假評論與誤導性廣告。',
              'zh-CN': '附上证据，向各平台举报虚假评价和误导性广告。',
            },
          },
          {
            id: 'cs-s6-c2',
            text: {
              en: 'Assess with counsel whether there are grounds for a complaint about unfair competition or defamation.',
              'zh-TW': '與法律顧問評估是否有依不公平競爭或誹謗提出申訴的依據。',
              'zh-CN': '与法律顾问评估是否有依据就不正当竞争或诽谤提出投诉。',
            },
          },
          {
            id: 'cs-s6-c3',
            text: {
              en: 'Any letter to the competitor comes from counsel, never from sales or management directly.',
              'zh-TW': '任何寄給競爭對手的函件都由法律顧問發出，業務或主管不得自行聯絡。',
              'zh-CN': '任何发给竞争对手的函件都由法律顾问发出，销售或管理层不得自行联系。',
            },
          },
        ],
        resources: [{ en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据登记表' }],
        notes: {
          en: 'Rules on unfair competition, misleading advertising and defamation differ from place to place. Check what applies with counsel before acting.',
          'zh-TW':
            '不公平競爭、不實廣告與誹謗的相關規定各地不同，採取行動前請先與法律顧問確認適用規範。',
          'zh-CN':
            '不正当竞争、虚假广告和诽谤的相关规定各地不同，采取行动前请先与法律顾问确认适用的规定。',
        },
      },
      {
        id: 'cs-s7',
        title: {
          en: 'Monitor, learn and close',
          'zh-TW': '持續監測、檢討並結案',
          'zh-CN': '持续监测、复盘并结案',
        },
        ownerRoleId: 'commander',
        targetMinutes: 4320,
        checklist: [
          {
            id: 'cs-s7-c1',
            text: {
              en: 'Track ratings, review volume and sales enquiries against their usual level.',
              'zh-TW': '追蹤評分、評論數量與銷售詢問，並與平常水準比較。',
              'zh-CN': '跟踪评分、评价数量和销售咨询，并与平时水平对比。',
            },
          },
          {
            id: 'cs-s7-c2',
            text: {
              en: 'Post an update or a closing statement once the facts are settled.',
              'zh-TW': '事實明朗後發布進度更新或結案說明。',
              'zh-CN': '事实明确后发布进展通报或结案说明。',
            },
          },
          {
            id: 'cs-s7-c3',
            text: {
              en: 'Record the lessons and product improvements in the postmortem, and add the patterns to monitoring.',
              'zh-TW': '將教訓與產品改善記入事後檢討，並把發現的模式加入監測。',
              'zh-CN': '将经验教训和产品改进记入复盘报告，并把发现的规律加入监测。',
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
          en: 'Smear campaigns often return around launches and sales seasons, so watch more closely then.',
          'zh-TW': '抹黑攻擊常在新品上市或銷售旺季捲土重來，這些時期請加強監測。',
          'zh-CN': '抹黑攻击常在新品上市或销售旺季卷土重来，这些时期请加强监测。',
        },
      },
    ],
  },
  matrix: [
    {
      stakeholderId: 'public',
      channelId: 'social',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min where customers are asking',
        'zh-TW': '60 分鐘內，在顧客提問之處回應',
        'zh-CN': '60 分钟内，在客户提问的地方回应',
      },
      templateStage: 'holding',
      note: {
        en: 'Neutral tone; never name the competitor.',
        'zh-TW': '語氣中立；絕不點名競爭對手。',
        'zh-CN': '语气中立；绝不点名竞争对手。',
      },
    },
    {
      stakeholderId: 'employees',
      channelId: 'messaging',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 120,
      timing: {
        en: 'Within 2 h, before the next sales calls',
        'zh-TW': '2 小時內，在下一輪業務拜訪之前',
        'zh-CN': '2 小时内，在下一轮销售拜访之前',
      },
      templateStage: 'holding',
      note: {
        en: 'Approved lines only, and no remarks about the competitor.',
        'zh-TW': '只用核准的說法，不評論競爭對手。',
        'zh-CN': '只用审批过的口径，不评论竞争对手。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'email',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement, then on request',
        'zh-TW': '與首次正式聲明同步，之後依詢問回覆',
        'zh-CN': '与首次正式声明同步，之后按咨询回复',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Answer with the approved lines, and offer the records behind our answer.',
        'zh-TW': '以核准的說法回覆，並主動提供說明所依據的紀錄。',
        'zh-CN': '用审批过的口径回复，并主动提供说明所依据的记录。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'phone',
      ownerRoleId: 'external-liaison',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h for distributors and resellers',
        'zh-TW': '4 小時內聯絡經銷商與通路夥伴',
        'zh-CN': '4 小时内联系经销商和渠道伙伴',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Give partners the facts and the Q&A before the other version reaches them.',
        'zh-TW': '在其他說法傳到之前，先把事實與問答集交給合作夥伴。',
        'zh-CN': '在其他说法传到之前，先把事实和问答口径交给合作伙伴。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 480,
      timing: {
        en: 'Only if the press covers it; within 8 h',
        'zh-TW': '僅在媒體報導時發布；8 小時內',
        'zh-CN': '仅在媒体报道时发布；8 小时内',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Facts and evidence only; no accusations.',
        'zh-TW': '只談事實與證據，不做指控。',
        'zh-CN': '只谈事实和证据，不做指控。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 1440,
      timing: {
        en: 'Within 24 h; keep it current until the claims fade',
        'zh-TW': '24 小時內；持續更新至相關說法平息',
        'zh-CN': '24 小时内；持续更新至相关说法平息',
      },
      templateStage: 'update',
      note: {
        en: 'Publish test results and certificates where people can check them.',
        'zh-TW': '公開檢驗結果與證書，方便大家查證。',
        'zh-CN': '公开检测结果和证书，方便大家核实。',
      },
    },
    {
      stakeholderId: 'regulators',
      channelId: 'email',
      ownerRoleId: 'legal-counsel',
      targetMinutes: null,
      timing: {
        en: 'Only if counsel advises a formal complaint',
        'zh-TW': '僅在法律顧問建議正式申訴時',
        'zh-CN': '仅在法律顾问建议正式投诉时',
      },
      templateStage: null,
      note: {
        en: 'For example, a complaint about misleading advertising, filed with the evidence log.',
        'zh-TW': '例如檢附證據紀錄，就不實廣告提出檢舉。',
        'zh-CN': '例如附上证据材料，就虚假广告提出投诉。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-competitor-smear-holding-public',
      stage: 'holding',
      audience: 'public',
      title: {
        en: 'Holding reply to claims about our product',
        'zh-TW': '關於產品相關說法的初步回應',
        'zh-CN': '关于产品相关说法的初步回应',
      },
      body: {
        en: 'We have seen recent posts and reviews making claims about {{product}}. We understand they may be worrying to read, and we are checking each claim carefully against our own records and test results.\n\nWe will share what we find, including anything we need to improve, by {{nextUpdateAt}}.\n\nIf you have a question or a concern about your own purchase, please contact our customer service team through our official channels. They can answer you directly.\n\nThank you for asking us instead of assuming.\n\n{{company}}',
        'zh-TW':
          '我們注意到近期有貼文與評論對{{product}}提出一些說法。我們明白這些內容可能讓人擔心，目前正以自家紀錄與檢驗結果逐項仔細查證。\n\n我們會在{{nextUpdateAt}}前公布查證結果，包括任何需要改進的地方。\n\n若您對自己購買的產品有疑問或疑慮，請透過官方管道聯絡客服團隊，他們能直接為您解答。\n\n謝謝您選擇向我們詢問，而不是先下定論。\n\n{{company}}',
        'zh-CN':
          '我们注意到近期有帖子和评价对{{product}}提出了一些说法。我们理解这些内容可能让人担心，目前正根据自己的记录和检测结果逐项认真核实。\n\n我们将于{{nextUpdateAt}}前公布核实结果，包括任何需要改进的地方。\n\n如果您对自己购买的产品有疑问或顾虑，请通过官方渠道联系客服团队，他们可以直接为您解答。\n\n感谢您选择向我们询问，而不是先下结论。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-competitor-smear-first-statement-customers',
      stage: 'first-statement',
      audience: 'customers',
      title: {
        en: 'The facts about our product',
        'zh-TW': '關於我們產品的事實說明',
        'zh-CN': '关于我们产品的事实说明',
      },
      body: {
        en: 'Recently, several posts and reviews have made claims about {{product}}. Our customers deserve clear facts, so here they are.\n\nWhat we found: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWhere a concern was fair, we have said so above and we are acting on it. Where a claim was not accurate, we have explained why, and you are welcome to ask us for the records and test results behind our answer.\n\nWe will not comment on who may be behind these posts. Our focus is on our products and on you.\n\nIf you have any question about your purchase, our customer service team is ready to help.\n\n{{spokesperson}}, on behalf of {{company}}',
        'zh-TW':
          '近期有多則貼文與評論對{{product}}提出各種說法。顧客應該得到清楚的事實，以下是我們的說明。\n\n查證結果：{{whatWeKnow}}\n\n我們正在採取的行動：{{whatWeAreDoing}}\n\n對於合理的疑慮，我們已在上方坦白說明，並著手改善；對於不正確的說法，我們也說明了原因，歡迎向我們索取相關紀錄與檢驗結果。\n\n我們不會評論這些貼文的幕後是誰。我們的心力會放在產品與顧客身上。\n\n對於您購買的產品若有任何疑問，客服團隊隨時樂意協助。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '近期有多条帖子和评价对{{product}}提出了各种说法。客户理应得到清楚的事实，以下是我们的说明。\n\n核实结果：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n对于合理的疑虑，我们已在上文坦诚说明，并着手改进；对于不准确的说法，我们也说明了原因，欢迎向我们索取相关记录和检测结果。\n\n我们不会评论这些帖子的幕后是谁。我们会把精力放在产品和客户身上。\n\n如果您对所购买的产品有任何疑问，客服团队随时乐意为您提供帮助。\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-competitor-smear-update-public',
      stage: 'update',
      audience: 'public',
      title: {
        en: 'Update on claims about our product',
        'zh-TW': '產品相關說法的進度更新',
        'zh-CN': '产品相关说法的进展通报',
      },
      body: {
        en: 'Here is an update on {{incidentTitle}}.\n\nWhat we know now: {{whatWeKnow}}\n\nWhat we have done: {{whatWeAreDoing}}\n\nWe have reported reviews and posts that appear to break platform rules, together with the evidence we collected. The platforms decide what to remove, so some of these posts may stay visible for a while.\n\nIf you would like to see the records or test results for {{product}} that our answers are based on, please ask us and we will share what we can.\n\nNext update: {{nextUpdateAt}}\n\n{{company}}',
        'zh-TW':
          '以下是關於{{incidentTitle}}的最新進度。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n我們已完成的事項：{{whatWeAreDoing}}\n\n對於疑似違反平台規定的評論與貼文，我們已附上蒐集到的證據提出檢舉。是否移除由平台決定，因此部分貼文可能還會存在一段時間。\n\n如果您想查看我們說明所依據的{{product}}相關紀錄或檢驗結果，歡迎向我們索取，我們會在可公開的範圍內提供。\n\n下一次更新：{{nextUpdateAt}}\n\n{{company}}',
        'zh-CN':
          '以下是关于{{incidentTitle}}的最新进展。\n\n目前了解到的情况：{{whatWeKnow}}\n\n我们已完成的工作：{{whatWeAreDoing}}\n\n对于疑似违反平台规则的评价和帖子，我们已附上收集到的证据进行举报。是否删除由平台决定，因此部分帖子可能还会保留一段时间。\n\n如果您想查看我们说明所依据的{{product}}相关记录或检测结果，欢迎向我们索取，我们会在可以公开的范围内提供。\n\n下一次通报：{{nextUpdateAt}}\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-competitor-smear-resolution-customers',
      stage: 'resolution',
      audience: 'customers',
      title: {
        en: 'Closing update for customers',
        'zh-TW': '給顧客的結案說明',
        'zh-CN': '给客户的结案说明',
      },
      body: {
        en: 'Thank you for your patience during {{incidentTitle}}.\n\nWhere things stand: {{whatWeKnow}}\n\nWhat changed as a result: {{whatWeAreDoing}}\n\nSome of the feedback in recent weeks pointed to things we could do better with {{product}}, and we took it seriously, whatever its source. The records and test results behind our answers remain available to anyone who asks.\n\nThe best answer to any doubt is a product that holds up and a service team that answers when you ask. That is where our effort stays.\n\nIf you have questions, our customer service team is here to help.\n\n{{company}}',
        'zh-TW':
          '在{{incidentTitle}}期間，謝謝您的耐心。\n\n目前的狀況：{{whatWeKnow}}\n\n因此做出的改變：{{whatWeAreDoing}}\n\n近幾週的部分意見，點出了{{product}}可以做得更好的地方；不論來源為何，我們都認真看待。我們說明所依據的紀錄與檢驗結果，任何人提出需求都可以索取。\n\n面對任何疑慮，最好的回答是經得起檢驗的產品，以及有問必答的服務團隊。這會是我們持續努力的方向。\n\n如有任何疑問，客服團隊隨時為您服務。\n\n{{company}}',
        'zh-CN':
          '在{{incidentTitle}}期间，感谢您的耐心。\n\n目前的情况：{{whatWeKnow}}\n\n由此做出的改变：{{whatWeAreDoing}}\n\n最近几周的部分反馈，指出了{{product}}可以做得更好的地方；无论来源如何，我们都认真对待。我们说明所依据的记录和检测结果，任何人提出需要都可以索取。\n\n面对任何疑虑，最好的回答是经得起检验的产品，以及有问必答的服务团队。这将是我们持续努力的方向。\n\n如有任何疑问，客服团队随时为您服务。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
  ],
};
