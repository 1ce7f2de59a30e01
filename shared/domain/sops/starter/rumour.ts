import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for rumours and fake news: an SOP that verifies before denying, corrects with
 * evidence on the channels where the rumour actually travels (group chats included) and tells staff
 * and partners first; a matrix row and four templates from the holding statement to the close.
 */
export const rumourKit: StarterKit = {
  crisisTypeId: 'rumour',
  summary: {
    en: 'False or unverified claims about the company spread online or by word of mouth, often faster than the facts. Some rumours are honest misunderstandings; others are deliberate fake news. The response checks the facts first, corrects them clearly with evidence, and avoids repeating the false claim more than it must.',
    'zh-TW':
      '關於公司的不實或未經證實的說法在網路或口耳之間流傳，往往比事實傳得更快。有些謠言來自單純的誤會，有些則是刻意捏造的假消息。應變的重點是先查證，再用證據清楚澄清，並避免不必要地重複錯誤說法。',
    'zh-CN':
      '关于公司的不实或未经证实的说法在网上或口口相传，往往比事实传播得更快。有的谣言源于单纯的误解，有的则是刻意编造的假新闻。应对的关键是先核实，再用证据清楚澄清，并避免不必要地重复错误说法。',
  },
  typicalRisks: [
    {
      en: 'If we deny a rumour before checking the facts, then any part of it that turns out to be true destroys our credibility.',
      'zh-TW': '若在查證前就急著否認謠言，則一旦其中有部分屬實，公司的公信力將嚴重受損。',
      'zh-CN': '如果在核实之前就急于否认谣言，那么一旦其中有部分属实，公司的公信力将严重受损。',
    },
    {
      en: 'If the correction only appears on our website, then the people who saw the rumour in group chats never see it.',
      'zh-TW': '若澄清只發布在官網，則在通訊軟體群組看到謠言的人永遠不會看到澄清。',
      'zh-CN': '如果澄清只发布在官网，那么在微信群里看到谣言的人永远看不到澄清。',
    },
    {
      en: 'If employees hear the rumour before they hear from us, then they may pass it on to friends and customers.',
      'zh-TW': '若員工先聽到謠言、後收到公司說明，則他們可能在不知情下把謠言轉述給親友與顧客。',
      'zh-CN':
        '如果员工先听到谣言、后收到公司说明，那么他们可能在不知情的情况下把谣言转告亲友和客户。',
    },
    {
      en: 'If the headline of our correction repeats the false claim, then the correction spreads the claim further.',
      'zh-TW': '若澄清稿的標題直接複述不實說法，則反而會讓該說法傳得更廣。',
      'zh-CN': '如果澄清稿的标题直接复述不实说法，那么反而会让这一说法传播得更广。',
    },
  ],
  sop: {
    id: 'starter-sop-rumour',
    title: {
      en: 'Rumour and fake news response',
      'zh-TW': '謠言與假消息應變程序',
      'zh-CN': '谣言与假新闻应对程序',
    },
    purpose: {
      en: 'Stop a false story from becoming the accepted version: check the facts quickly, correct them with evidence on the channels where the rumour travels, and make sure staff and partners hear the facts first.\n\n- Verify before denying.\n- Lead with the facts, not with the rumour.\n- Correct it where people actually saw it.',
      'zh-TW':
        '避免不實說法被當成事實：快速查證，在謠言流傳的管道以證據澄清，並讓員工與合作夥伴優先掌握正確資訊。\n\n- 先查證，再否認。\n- 以事實開頭，而不是複述謠言。\n- 在大家看到謠言的地方澄清。',
      'zh-CN':
        '防止不实说法被当成事实：迅速核实，在谣言传播的渠道用证据澄清，并让员工和合作伙伴第一时间掌握准确信息。\n\n- 先核实，再否认。\n- 以事实开头，而不是复述谣言。\n- 在大家看到谣言的地方澄清。',
    },
    triggerCriteria: {
      en: 'Activate when:\n\n- A false or unverified claim about the company, its products or its people is spreading on social media, forums, group chats or news sites.\n- Customers, partners or journalists start asking us whether the claim is true.\n- Monitoring shows the claim on several platforms, or growing quickly.',
      'zh-TW':
        '出現以下情況時啟動：\n\n- 關於公司、產品或人員的不實或未經證實說法，正在社群、論壇、通訊軟體群組或新聞網站流傳。\n- 顧客、合作夥伴或記者開始詢問我們說法是否屬實。\n- 監測顯示該說法出現在多個平台，或聲量快速成長。',
      'zh-CN':
        '出现以下情况时启动：\n\n- 关于公司、产品或人员的不实或未经证实的说法，正在社交平台、论坛、微信群或新闻网站传播。\n- 客户、合作伙伴或记者开始向我们询问说法是否属实。\n- 监测显示该说法出现在多个平台，或热度快速上升。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'public-relations',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'ru-s1',
        title: {
          en: 'Capture the rumour and where it spreads',
          'zh-TW': '記錄謠言內容與流傳管道',
          'zh-CN': '记录谣言内容与传播渠道',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 20,
        checklist: [
          {
            id: 'ru-s1-c1',
            text: {
              en: 'Write the claim down in one sentence, with the earliest post found and the platforms it is on.',
              'zh-TW': '用一句話寫下謠言內容，並記錄最早發現的貼文與出現的平台。',
              'zh-CN': '用一句话写下谣言内容，并记录最早发现的帖子和出现的平台。',
            },
          },
          {
            id: 'ru-s1-c2',
            text: {
              en: 'Save screenshots and links before the posts are edited or deleted.',
              'zh-TW': '在貼文被修改或刪除前，保存截圖與連結。',
              'zh-CN': '在帖子被修改或删除之前，保存截图和链接。',
            },
          },
          {
            id: 'ru-s1-c3',
            text: {
              en: 'Estimate how fast it is spreading and who is sharing it.',
              'zh-TW': '估計擴散速度，以及是哪些人在轉傳。',
              'zh-CN': '估算传播速度，以及哪些人在转发。',
            },
          },
        ],
        resources: [
          { en: 'Monitoring dashboard', 'zh-TW': '輿情監測儀表板', 'zh-CN': '舆情监测看板' },
          { en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据登记表' },
        ],
        notes: {
          en: 'One agreed sentence for the claim keeps everyone in the room answering the same question.',
          'zh-TW': '先對謠言內容取得一致的一句話描述，作戰室裡每個人才會回答同一個問題。',
          'zh-CN': '先就谣言内容形成统一的一句话描述，作战室里每个人才会回答同一个问题。',
        },
      },
      {
        id: 'ru-s2',
        title: {
          en: 'Convene the team and set the severity',
          'zh-TW': '召集小組並判定嚴重等級',
          'zh-CN': '召集小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'ru-s2-c1',
            text: {
              en: 'Decide the severity level and who joins.',
              'zh-TW': '決定嚴重等級與參與人員。',
              'zh-CN': '确定严重等级和参与人员。',
            },
          },
          {
            id: 'ru-s2-c2',
            text: {
              en: 'Name one spokesperson; everyone else refers questions to them.',
              'zh-TW': '指定一位發言人；其他人一律將提問轉給發言人。',
              'zh-CN': '指定一名发言人；其他人一律把提问转给发言人。',
            },
          },
          {
            id: 'ru-s2-c3',
            text: {
              en: 'Agree when the team meets again.',
              'zh-TW': '約定下次開會的時間。',
              'zh-CN': '约定下次开会的时间。',
            },
          },
        ],
        resources: [
          { en: 'Crisis roster', 'zh-TW': '危機小組名冊', 'zh-CN': '危机小组名册' },
          { en: 'Severity level definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'Rumours about safety, money or leadership usually deserve a higher level than their current reach suggests.',
          'zh-TW': '涉及安全、財務或經營層的謠言，嚴重等級通常應高於目前聲量所顯示的程度。',
          'zh-CN': '涉及安全、财务或管理层的谣言，严重等级通常应高于目前热度所反映的程度。',
        },
      },
      {
        id: 'ru-s3',
        title: {
          en: 'Check the facts',
          'zh-TW': '查證事實',
          'zh-CN': '核实事实',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ru-s3-c1',
            text: {
              en: 'Ask the people who would know: product, operations, finance or HR, depending on the claim.',
              'zh-TW': '依謠言內容，向產品、營運、財務或人資等最了解狀況的人確認。',
              'zh-CN': '根据谣言内容，向产品、运营、财务或人力资源等最了解情况的人核实。',
            },
          },
          {
            id: 'ru-s3-c2',
            text: {
              en: 'Gather evidence we can show in public: test reports, certificates, records or photos.',
              'zh-TW': '蒐集可以公開的證據：檢驗報告、證書、紀錄或照片。',
              'zh-CN': '收集可以公开的证据：检测报告、证书、记录或照片。',
            },
          },
          {
            id: 'ru-s3-c3',
            text: {
              en: 'Note honestly any part of the claim that is true, or that we cannot confirm yet.',
              'zh-TW': '誠實記下謠言中屬實或尚無法確認的部分。',
              'zh-CN': '如实记下谣言中属实或暂时无法确认的部分。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'If part of the rumour turns out to be true, it is no longer only a rumour: switch to the SOP for that kind of crisis.',
          'zh-TW': '若謠言有部分屬實，就不只是謠言了：請改用對應危機類型的程序。',
          'zh-CN': '如果谣言有部分属实，就不只是谣言了：请改用对应危机类型的程序。',
        },
      },
      {
        id: 'ru-s4',
        title: {
          en: 'Post a holding statement',
          'zh-TW': '發布初步回應聲明',
          'zh-CN': '发布初步回应声明',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ru-s4-c1',
            text: {
              en: 'Say we are aware of the claim and are checking it; deny nothing that has not been verified.',
              'zh-TW': '說明我們已注意到此說法、正在查證；未經查證的事一律不否認。',
              'zh-CN': '说明我们已注意到这一说法、正在核实；未经核实的事一律不否认。',
            },
          },
          {
            id: 'ru-s4-c2',
            text: {
              en: "Get the spokesperson's approval.",
              'zh-TW': '取得發言人核准。',
              'zh-CN': '获得发言人审批。',
            },
          },
          {
            id: 'ru-s4-c3',
            text: {
              en: 'Tell employees first, then post it where the rumour is circulating.',
              'zh-TW': '先告知員工，再於謠言流傳的管道發布。',
              'zh-CN': '先告知员工，再在谣言传播的渠道发布。',
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
          en: 'Avoid repeating the false claim word for word, above all in a headline.',
          'zh-TW': '避免逐字複述不實說法，標題尤其不要。',
          'zh-CN': '避免逐字复述不实说法，标题尤其不要。',
        },
      },
      {
        id: 'ru-s5',
        title: {
          en: 'Publish the correction',
          'zh-TW': '發布澄清聲明',
          'zh-CN': '发布澄清声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 180,
        checklist: [
          {
            id: 'ru-s5-c1',
            text: {
              en: 'Lead with the facts; mention the false claim once, clearly marked as untrue.',
              'zh-TW': '以事實開頭；不實說法只提一次，並清楚標明不正確。',
              'zh-CN': '以事实开头；不实说法只提一次，并清楚标明不正确。',
            },
          },
          {
            id: 'ru-s5-c2',
            text: {
              en: 'Attach the evidence, or say where people can see it.',
              'zh-TW': '附上證據，或說明在哪裡可以查看。',
              'zh-CN': '附上证据，或说明在哪里可以查看。',
            },
          },
          {
            id: 'ru-s5-c3',
            text: {
              en: 'Post it on every channel where the rumour spread, including group chats and our official messaging accounts.',
              'zh-TW': '在謠言擴散的每個管道發布，包括通訊軟體群組與官方 LINE 帳號。',
              'zh-CN': '在谣言传播的每个渠道发布，包括微信群和公众号。',
            },
          },
          {
            id: 'ru-s5-c4',
            text: {
              en: 'Send it to partners and customer service with a short Q&A.',
              'zh-TW': '連同簡短問答集，提供給合作夥伴與客服。',
              'zh-CN': '连同简短的问答口径，提供给合作伙伴和客服。',
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
          en: 'Plain words, no anger and no mockery of the people who shared it: most of them believed it.',
          'zh-TW': '用白話說明，不要動怒，也不要嘲諷轉傳的人：他們大多是信以為真。',
          'zh-CN': '用通俗的话说明，不要动怒，也不要嘲讽转发的人：他们大多是信以为真。',
        },
      },
      {
        id: 'ru-s6',
        title: {
          en: 'Ask platforms to act and weigh legal steps',
          'zh-TW': '要求平台處理並評估法律行動',
          'zh-CN': '要求平台处理并评估法律行动',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 480,
        checklist: [
          {
            id: 'ru-s6-c1',
            text: {
              en: 'Report posts that break platform rules on false information or impersonation.',
              'zh-TW': '檢舉違反平台不實訊息或冒用身分規定的貼文。',
              'zh-CN': '举报违反平台虚假信息或冒用身份规定的帖子。',
            },
          },
          {
            id: 'ru-s6-c2',
            text: {
              en: 'Decide with counsel whether a deliberate fabrication calls for a formal letter or a report to the authorities.',
              'zh-TW': '與法律顧問討論，刻意捏造的內容是否需要發送正式函件或向主管機關檢舉。',
              'zh-CN': '与法律顾问讨论，对刻意捏造的内容是否需要发送正式函件或向有关部门举报。',
            },
          },
          {
            id: 'ru-s6-c3',
            text: {
              en: 'Keep the evidence log up to date.',
              'zh-TW': '持續更新證據紀錄表。',
              'zh-CN': '持续更新证据登记表。',
            },
          },
        ],
        resources: [{ en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据登记表' }],
        notes: {
          en: 'Legal action is a last resort, and it can draw more attention to the rumour. The commander decides, with counsel.',
          'zh-TW': '法律行動是最後手段，而且可能讓謠言更受矚目。由總指揮與法律顧問共同決定。',
          'zh-CN': '法律行动是最后手段，而且可能让谣言更受关注。由总指挥与法律顾问共同决定。',
        },
      },
      {
        id: 'ru-s7',
        title: {
          en: 'Track the spread and close',
          'zh-TW': '追蹤擴散情形並結案',
          'zh-CN': '跟踪传播情况并结案',
        },
        ownerRoleId: 'commander',
        targetMinutes: 2880,
        checklist: [
          {
            id: 'ru-s7-c1',
            text: {
              en: 'Check every few hours whether the rumour is still spreading and whether the correction is reaching people.',
              'zh-TW': '每隔幾小時檢查謠言是否仍在擴散，以及澄清是否有傳達出去。',
              'zh-CN': '每隔几小时检查谣言是否仍在传播，以及澄清是否传达到位。',
            },
          },
          {
            id: 'ru-s7-c2',
            text: {
              en: 'Post an update when new facts appear; close when the discussion has faded.',
              'zh-TW': '出現新事實時發布進度更新；討論平息後結案。',
              'zh-CN': '出现新情况时发布进展通报；讨论平息后结案。',
            },
          },
          {
            id: 'ru-s7-c3',
            text: {
              en: "Record the lessons and sources in the postmortem, and add the rumour's key terms to monitoring.",
              'zh-TW': '將教訓與謠言來源記入事後檢討，並把相關關鍵字加入監測。',
              'zh-CN': '将经验教训和谣言来源记入复盘报告，并把相关关键词加入监测。',
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
          en: 'Rumours often come back months later. Keep the fact page online so the correction stays easy to find.',
          'zh-TW': '謠言常在幾個月後捲土重來。請保留事實說明頁面，讓澄清容易被找到。',
          'zh-CN': '谣言常在几个月后卷土重来。请保留事实说明页面，让澄清容易被找到。',
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
        en: 'Within 45 min, before the public post',
        'zh-TW': '45 分鐘內，在對外發布之前',
        'zh-CN': '45 分钟内，在对外发布之前',
      },
      templateStage: 'holding',
      note: {
        en: 'Staff hear it from us first; ask them not to forward the rumour, even to deny it.',
        'zh-TW': '讓員工先從公司得知；請他們不要轉傳謠言，即使是為了闢謠也一樣。',
        'zh-CN': '让员工先从公司得知；请他们不要转发谣言，即使是为了辟谣也一样。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'social',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, then at each new fact',
        'zh-TW': '60 分鐘內，之後每有新事實就更新',
        'zh-CN': '60 分钟内，之后每有新情况就更新',
      },
      templateStage: 'holding',
      note: {
        en: 'Reply under the most-shared posts too, not only on our own page.',
        'zh-TW': '除了自家粉專，也要在轉傳最多的貼文下回應。',
        'zh-CN': '除了自己的账号，也要在转发最多的帖子下回应。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'messaging',
      ownerRoleId: 'customer-service',
      targetMinutes: 180,
      timing: {
        en: 'With the correction, then on request',
        'zh-TW': '與澄清聲明同步，之後依詢問回覆',
        'zh-CN': '与澄清声明同步，之后按咨询回复',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Send the correction through our official messaging accounts: many rumours travel there.',
        'zh-TW': '透過官方 LINE 帳號發送澄清，很多謠言正是在這類管道流傳。',
        'zh-CN': '通过公众号和企业微信发送澄清，很多谣言正是在这类渠道传播。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'email',
      ownerRoleId: 'external-liaison',
      targetMinutes: 180,
      timing: {
        en: 'Within 3 h, together with the Q&A',
        'zh-TW': '3 小時內，連同問答集一起寄出',
        'zh-CN': '3 小时内，连同问答口径一起发送',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Give partners the facts so they can answer their own customers.',
        'zh-TW': '提供事實給合作夥伴，讓他們能回答自己的顧客。',
        'zh-CN': '向合作伙伴提供事实，方便他们回答自己的客户。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h if the press is covering it',
        'zh-TW': '若媒體已在報導，4 小時內',
        'zh-CN': '如果媒体已在报道，4 小时内',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Include the evidence and a named contact for questions.',
        'zh-TW': '附上證據與具名的聯絡窗口。',
        'zh-CN': '附上证据和具名的联系人。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h; update at each new fact',
        'zh-TW': '4 小時內；每有新事實就更新',
        'zh-CN': '4 小时内；每有新情况就更新',
      },
      templateStage: 'update',
      note: {
        en: 'A fact page with the evidence, easy for people to link to.',
        'zh-TW': '建立附有證據、方便大家轉貼連結的事實說明頁面。',
        'zh-CN': '建立附有证据、方便大家转发链接的事实说明页面。',
      },
    },
    {
      stakeholderId: 'investors',
      channelId: 'phone',
      ownerRoleId: 'commander',
      targetMinutes: 480,
      timing: {
        en: 'Same day if the rumour concerns finances or leadership',
        'zh-TW': '若謠言涉及財務或經營層，當天聯絡',
        'zh-CN': '如果谣言涉及财务或管理层，当天联系',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Share only what is public or about to be, and follow up in writing.',
        'zh-TW': '只說明已公開或即將公開的內容，並以書面補充。',
        'zh-CN': '只说明已公开或即将公开的内容，并以书面形式补充。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-rumour-holding-public',
      stage: 'holding',
      audience: 'public',
      title: {
        en: 'Holding statement on a circulating claim',
        'zh-TW': '關於網路流傳說法的初步回應',
        'zh-CN': '关于网传说法的初步回应',
      },
      body: {
        en: 'We are aware of posts circulating about {{incidentTitle}}. Questions about {{product}} matter to us, so we are checking the facts carefully before we say more.\n\nUntil we share what we find, please treat unconfirmed reports with caution. We will not speculate, and we will be clear about anything we cannot yet confirm.\n\nIf you have questions in the meantime, please contact us through the official channels listed on our website. Information passed on through other routes may not be accurate.\n\nWe will post our next update by {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '我們注意到網路上流傳關於{{incidentTitle}}的貼文。大家對{{product}}的疑問對我們很重要，因此我們正在仔細查證，確認後再進一步說明。\n\n在我們公布查證結果之前，請對未經證實的消息保持審慎。我們不會臆測，對於尚無法確認的部分，也會清楚說明。\n\n這段期間若有任何疑問，請透過官方網站列出的管道與我們聯繫；經由其他途徑轉述的訊息未必正確。\n\n我們會在{{nextUpdateAt}}前發布下一次更新。\n\n{{company}}',
        'zh-CN':
          '我们注意到网上流传着关于{{incidentTitle}}的帖子。大家对{{product}}的疑问对我们很重要，因此我们正在认真核实，确认后再进一步说明。\n\n在我们公布核实结果之前，请对未经证实的消息保持审慎。我们不会猜测，对于暂时无法确认的部分，也会明确说明。\n\n这段时间如有任何疑问，请通过官方网站列出的渠道与我们联系；经其他途径转述的信息未必准确。\n\n我们将于{{nextUpdateAt}}前发布下一次通报。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-rumour-first-statement-public',
      stage: 'first-statement',
      audience: 'public',
      title: {
        en: 'Correcting the record',
        'zh-TW': '澄清說明',
        'zh-CN': '澄清说明',
      },
      body: {
        en: 'Since {{detectedAt}}, a claim about {{incidentTitle}} has been shared online. We have checked it carefully, and this is what we found.\n\nThe facts: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWe understand why people shared the post: it raised a concern that matters to anyone who uses {{product}}. That is exactly why we want everyone to have accurate information.\n\nIf you have seen the claim in a group chat or on a page we do not run, we would be grateful if you shared this statement there too. If we have not answered your question, please contact us and we will reply.\n\n{{spokesperson}}, spokesperson for {{company}}',
        'zh-TW':
          '自{{detectedAt}}起，網路上流傳一則關於{{incidentTitle}}的說法。我們已仔細查證，以下是查證結果。\n\n事實：{{whatWeKnow}}\n\n我們正在採取的行動：{{whatWeAreDoing}}\n\n我們理解大家為什麼會轉傳這則貼文：它觸及了每一位{{product}}使用者都關心的問題。正因如此，我們更希望大家都能獲得正確的資訊。\n\n如果您曾在群組或非本公司經營的頁面看到這則說法，懇請您也將這份說明分享過去。若您的疑問還沒得到解答，歡迎與我們聯繫，我們會回覆您。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '自{{detectedAt}}起，网上流传着一则关于{{incidentTitle}}的说法。我们已认真核实，以下是核实结果。\n\n事实：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n我们理解大家为什么会转发这条帖子：它涉及每一位{{product}}用户都关心的问题。正因为如此，我们更希望大家都能获得准确的信息。\n\n如果您曾在微信群或非本公司运营的页面看到这一说法，恳请您也把这份说明转发过去。如果您的疑问还没有得到解答，欢迎与我们联系，我们会给您回复。\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-rumour-update-public',
      stage: 'update',
      audience: 'public',
      title: {
        en: 'Update on the circulating claim',
        'zh-TW': '關於網路流傳說法的進度更新',
        'zh-CN': '关于网传说法的进展通报',
      },
      body: {
        en: 'Here is an update on {{incidentTitle}}.\n\nWhat we know now: {{whatWeKnow}}\n\nWhat we have done since our last statement: {{whatWeAreDoing}}\n\nSome versions of the original claim are still being shared, and some have changed as they spread. Our position rests on the facts above. If we learn anything that changes them, we will correct ourselves openly.\n\nThank you to the customers, partners and members of the public who asked us directly instead of passing the claim on.\n\nNext update: {{nextUpdateAt}}\n\n{{company}}',
        'zh-TW':
          '以下是關於{{incidentTitle}}的最新進度。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n上次說明後我們完成的事項：{{whatWeAreDoing}}\n\n原本的說法仍有不同版本在流傳，有些在轉傳過程中已經走樣。我們的立場以上述事實為依據；若得知任何會改變這些事實的新資訊，我們會公開更正。\n\n謝謝直接向我們詢問、而不是繼續轉傳的顧客、合作夥伴與各界朋友。\n\n下一次更新：{{nextUpdateAt}}\n\n{{company}}',
        'zh-CN':
          '以下是关于{{incidentTitle}}的最新进展。\n\n目前了解到的情况：{{whatWeKnow}}\n\n上次说明以来我们完成的工作：{{whatWeAreDoing}}\n\n原来的说法仍有不同版本在流传，有些在转发过程中已经走样。我们的立场以上述事实为依据；如果得知任何会改变这些事实的新情况，我们会公开更正。\n\n感谢直接向我们询问、而不是继续转发的客户、合作伙伴和社会各界朋友。\n\n下一次通报：{{nextUpdateAt}}\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-rumour-resolution-public',
      stage: 'resolution',
      audience: 'public',
      title: {
        en: 'Closing statement on the claim',
        'zh-TW': '結案說明',
        'zh-CN': '结案说明',
      },
      body: {
        en: 'We are closing our updates on {{incidentTitle}}.\n\nIn summary: {{whatWeKnow}}\n\nWhat we have done: {{whatWeAreDoing}}\n\nWe know a correction rarely travels as far as the original claim, so this summary will stay on our website for anyone who comes across the story later.\n\nIf you see the claim shared again, you are welcome to point people to that page, or to let us know so that we can respond.\n\nThank you for your patience, and for checking the facts with us.\n\n{{spokesperson}}, spokesperson for {{company}}',
        'zh-TW':
          '關於{{incidentTitle}}，我們在此做最後一次說明。\n\n總結：{{whatWeKnow}}\n\n我們已完成的事項：{{whatWeAreDoing}}\n\n我們明白，澄清往往傳得不如原本的說法遠，因此這份說明會持續保留在官方網站上，方便日後看到相關消息的人查閱。\n\n如果您再次看到這則說法被轉傳，歡迎將這個頁面分享給對方，或告訴我們，讓我們回應。\n\n謝謝大家的耐心，也謝謝您願意向我們求證。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '关于{{incidentTitle}}，我们在此作最后一次说明。\n\n总结：{{whatWeKnow}}\n\n我们已完成的工作：{{whatWeAreDoing}}\n\n我们明白，澄清往往不如原来的说法传得远，因此这份说明会一直保留在官方网站上，方便日后看到相关消息的人查阅。\n\n如果您再次看到这一说法被转发，欢迎把这个页面分享给对方，或者告诉我们，以便我们回应。\n\n感谢大家的耐心，也感谢您愿意向我们求证。\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
  ],
};
