import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for negative reviews and online bullying: an SOP that separates fair criticism (to
 * answer and fix) from abuse (to report and document), protects the staff being targeted and keeps
 * one calm voice; a matrix row and four templates from the holding reply to the apology.
 */
export const negativeReviewsKit: StarterKit = {
  crisisTypeId: 'negative-reviews',
  summary: {
    en: 'A wave of negative reviews, angry posts or coordinated online attacks aimed at the company, its products or its staff. Some of it is fair criticism that deserves a fix; some is abuse or harassment that calls for reporting, evidence and support for the people targeted. The aim is to answer the real problem quickly and calmly without feeding the pile-on.',
    'zh-TW':
      '針對公司、產品或員工的大量負評、情緒性貼文或有組織的網路霸凌。其中有些是值得改進的合理批評，有些則是謾罵或騷擾，需要檢舉處理、保存證據，並照顧被攻擊的同仁。目標是快速、冷靜地回應真正的問題，而不是讓戰火延燒。',
    'zh-CN':
      '针对公司、产品或员工的集中差评、情绪化帖子或有组织的网络暴力。其中一部分是值得改进的合理批评，另一部分则是辱骂或骚扰，需要向平台举报、固定证据，并关心被攻击的员工。目标是迅速、冷静地回应真正的问题，避免火上浇油。',
  },
  typicalRisks: [
    {
      en: 'If a complaint about a real service failure goes unanswered for a day, then it spreads to other platforms and our eventual reply looks like an afterthought.',
      'zh-TW':
        '若對真實服務疏失的客訴一整天都沒有回覆，則會擴散到其他平台，之後的回應也會顯得被動敷衍。',
      'zh-CN':
        '如果针对真实服务问题的投诉一整天没人回复，那么它会扩散到其他平台，之后再回应也会显得被动敷衍。',
    },
    {
      en: 'If a staff member answers critics defensively from the official account, then the reply itself becomes the story.',
      'zh-TW': '若員工以官方帳號帶著情緒反駁批評者，則這則回覆本身就會成為新的爭議焦點。',
      'zh-CN': '如果员工用官方账号带着情绪反驳批评者，那么这条回复本身就会成为新的争议焦点。',
    },
    {
      en: 'If employees named in abusive posts are left without support, then they may be hurt, leave, or hit back from their own accounts.',
      'zh-TW': '若在謾罵貼文中被點名的員工沒有得到支持，則可能身心受創、離職，或自行上網回擊。',
      'zh-CN':
        '如果在辱骂帖子中被点名的员工得不到支持，那么他们可能身心受伤、离职，或者自行上网回击。',
    },
    {
      en: 'If screenshots and links are not saved early, then abusive posts disappear before the platform or a lawyer can act on them.',
      'zh-TW': '若沒有及早保存截圖與連結，則謾罵貼文可能在平台或律師處理前就被刪除，失去證據。',
      'zh-CN':
        '如果没有及早保存截图和链接，那么辱骂帖子可能在平台或律师介入前就被删除，证据随之丢失。',
    },
  ],
  sop: {
    id: 'starter-sop-negative-reviews',
    title: {
      en: 'Negative reviews and online bullying response',
      'zh-TW': '負評與網路霸凌應變程序',
      'zh-CN': '差评与网络暴力应对程序',
    },
    purpose: {
      en: 'Respond to a surge of negative reviews or online harassment in a way that fixes what is genuinely wrong, protects the people being targeted and keeps one calm voice.\n\n- Separate fair criticism from abuse before replying.\n- Answer the real issue in public, then move individual cases to a private channel.\n- Keep evidence of abuse and report it to the platform instead of arguing with it.',
      'zh-TW':
        '在負評湧現或遭受網路霸凌時，修正真正的問題、保護被攻擊的人，並維持一致而冷靜的對外說法。\n\n- 回覆前先區分合理批評與惡意攻擊。\n- 公開回應核心問題，個別案件改以私訊處理。\n- 保存霸凌證據並向平台檢舉，不要與之爭論。',
      'zh-CN':
        '在差评集中出现或遭遇网络暴力时，解决真正存在的问题、保护被攻击的人，并保持统一而冷静的对外口径。\n\n- 回复前先分清合理批评与恶意攻击。\n- 公开回应核心问题，个别情况转到私信沟通。\n- 固定网暴证据并向平台举报，不要与之争论。',
    },
    triggerCriteria: {
      en: 'Activate this SOP when any of these happens:\n\n- Negative reviews or posts about us rise well above the usual level within a day (a monitoring alert fires).\n- A critical post is shared widely, or picked up by an influencer or the press.\n- Staff or executives are named, threatened or harassed online.\n- Several complaints point to the same real failure.',
      'zh-TW':
        '出現以下任一情況時啟動本程序：\n\n- 一天內關於我們的負評或負面貼文明顯高於平常（監測警示觸發）。\n- 批評貼文被大量轉傳，或被網紅、媒體引用。\n- 員工或主管在網路上被點名、威脅或騷擾。\n- 多則客訴指向同一個實際存在的問題。',
      'zh-CN':
        '出现以下任一情况时启动本程序：\n\n- 一天内关于我们的差评或负面帖子明显多于平时（监测预警触发）。\n- 批评帖子被大量转发，或被网红、媒体引用。\n- 员工或管理者在网上被点名、威胁或骚扰。\n- 多条投诉指向同一个确实存在的问题。',
    },
    severityIds: ['sev-2', 'sev-3', 'sev-4'],
    ownerRoleId: 'public-relations',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'nr-s1',
        title: {
          en: 'Assess the wave and set the severity',
          'zh-TW': '評估負評聲量並判定嚴重等級',
          'zh-CN': '评估差评热度并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'nr-s1-c1',
            text: {
              en: 'Collect links and screenshots of the main posts and reviews, with their dates.',
              'zh-TW': '蒐集主要貼文與評論的連結和截圖，並註明日期。',
              'zh-CN': '收集主要帖子和评价的链接与截图，并注明日期。',
            },
          },
          {
            id: 'nr-s1-c2',
            text: {
              en: 'Estimate the reach: how many posts and shares, and on which platforms.',
              'zh-TW': '估計擴散程度：貼文數、分享數，以及出現在哪些平台。',
              'zh-CN': '估算传播范围：帖子数、转发数，以及出现在哪些平台。',
            },
          },
          {
            id: 'nr-s1-c3',
            text: {
              en: 'Decide the severity level and who joins the response.',
              'zh-TW': '決定嚴重等級，以及哪些人加入應變。',
              'zh-CN': '确定严重等级，以及哪些人参与应对。',
            },
          },
        ],
        resources: [
          { en: 'Monitoring dashboard', 'zh-TW': '輿情監測儀表板', 'zh-CN': '舆情监测看板' },
          { en: 'Severity level definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'Do not reply in public before this step is done: a rushed, defensive reply is the most common way a small complaint turns into a crisis.',
          'zh-TW': '完成這一步之前不要公開回覆：倉促又帶防衛心的回應，最常讓小客訴演變成危機。',
          'zh-CN':
            '完成这一步之前不要公开回复：仓促又带着防御心态的回应，最容易让小投诉演变成危机。',
        },
      },
      {
        id: 'nr-s2',
        title: {
          en: 'Separate fair criticism from abuse',
          'zh-TW': '區分合理批評與惡意攻擊',
          'zh-CN': '分清合理批评与恶意攻击',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 45,
        checklist: [
          {
            id: 'nr-s2-c1',
            text: {
              en: 'Sort the posts: genuine complaint, misunderstanding, abuse or harassment, possible fake or coordinated accounts.',
              'zh-TW': '將貼文分類：真實客訴、誤會、謾罵或騷擾、疑似假帳號或有組織的操作。',
              'zh-CN': '将帖子分类：真实投诉、误解、辱骂或骚扰、疑似虚假账号或有组织的操作。',
            },
          },
          {
            id: 'nr-s2-c2',
            text: {
              en: 'Ask customer service and the product team whether the complaints match a real failure.',
              'zh-TW': '向客服與產品團隊確認，這些客訴是否對應到實際發生的問題。',
              'zh-CN': '向客服和产品团队确认，这些投诉是否对应确实发生的问题。',
            },
          },
          {
            id: 'nr-s2-c3',
            text: {
              en: "Flag any post that threatens someone's safety or reveals their personal details.",
              'zh-TW': '標記任何威脅他人安全或公開他人個資的貼文。',
              'zh-CN': '标记任何威胁他人安全或公开他人个人信息的帖子。',
            },
          },
        ],
        resources: [{ en: 'Incident log', 'zh-TW': '事件紀錄', 'zh-CN': '事件记录' }],
        notes: {
          en: 'Fair criticism gets an answer and a fix. Abuse gets reported, never argued with.',
          'zh-TW': '合理的批評要回應、要改善；惡意攻擊則檢舉處理，不要與之爭辯。',
          'zh-CN': '合理的批评要回应、要改进；恶意攻击则举报处理，不要与之争辩。',
        },
      },
      {
        id: 'nr-s3',
        title: {
          en: 'Protect the staff being targeted',
          'zh-TW': '保護被攻擊的員工',
          'zh-CN': '保护被攻击的员工',
        },
        ownerRoleId: 'internal-liaison',
        targetMinutes: 60,
        checklist: [
          {
            id: 'nr-s3-c1',
            text: {
              en: 'Contact each named employee personally and offer support, such as time away from the channel or counselling if available.',
              'zh-TW':
                '親自聯絡每位被點名的員工並提供支持，例如暫時不處理相關管道，或安排諮商資源。',
              'zh-CN':
                '亲自联系每位被点名的员工并提供支持，例如暂时不处理相关渠道，或安排心理疏导。',
            },
          },
          {
            id: 'nr-s3-c2',
            text: {
              en: 'Ask staff not to reply from personal accounts, and tell them who will respond.',
              'zh-TW': '請員工不要用個人帳號回應，並告知由誰負責對外回覆。',
              'zh-CN': '请员工不要用个人账号回应，并告知由谁负责对外回复。',
            },
          },
          {
            id: 'nr-s3-c3',
            text: {
              en: "Where possible, remove staff members' personal details from public pages and help them tighten privacy settings.",
              'zh-TW': '盡可能從公開頁面移除員工的個人資訊，並協助他們加強隱私設定。',
              'zh-CN': '尽可能从公开页面删除员工的个人信息，并帮助他们加强隐私设置。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Harassment of a person is taken seriously even when the criticism of the company is fair.',
          'zh-TW': '即使對公司的批評有道理，針對個人的騷擾仍須嚴肅看待。',
          'zh-CN': '即使对公司的批评有道理，针对个人的骚扰也必须严肃对待。',
        },
      },
      {
        id: 'nr-s4',
        title: {
          en: 'Post a holding reply',
          'zh-TW': '發布初步回應',
          'zh-CN': '发布初步回应',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'nr-s4-c1',
            text: {
              en: 'Adapt the holding statement: we have seen the comments, we are looking into them, and when the next update comes.',
              'zh-TW': '修改初步回應聲明：我們看到了留言、正在了解，以及下次更新的時間。',
              'zh-CN': '修改初步回应声明：我们看到了留言、正在了解情况，以及下次更新的时间。',
            },
          },
          {
            id: 'nr-s4-c2',
            text: {
              en: "Get the spokesperson's approval before posting.",
              'zh-TW': '發布前取得發言人核准。',
              'zh-CN': '发布前获得发言人审批。',
            },
          },
          {
            id: 'nr-s4-c3',
            text: {
              en: 'Post or pin it on the channels where the discussion is happening.',
              'zh-TW': '在討論發生的管道發布或置頂。',
              'zh-CN': '在讨论发生的渠道发布或置顶。',
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
          en: 'Keep it short and human: no blame, no defensive tone, and no promises we cannot keep yet.',
          'zh-TW': '簡短、有溫度：不指責、不防衛，也不做目前還無法兌現的承諾。',
          'zh-CN': '简短、有温度：不指责、不辩解，也不做目前还无法兑现的承诺。',
        },
      },
      {
        id: 'nr-s5',
        title: {
          en: 'Address the real issue in a first statement',
          'zh-TW': '針對真正的問題發布首次正式聲明',
          'zh-CN': '针对真正的问题发布首次正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 180,
        checklist: [
          {
            id: 'nr-s5-c1',
            text: {
              en: 'Agree the facts with the people responsible for the product and the service.',
              'zh-TW': '與產品及服務的負責人確認事實。',
              'zh-CN': '与产品和服务的负责人核实事实。',
            },
          },
          {
            id: 'nr-s5-c2',
            text: {
              en: 'Say what went wrong, what we are changing and how affected customers can reach us.',
              'zh-TW': '說明哪裡出了問題、我們要改變什麼，以及受影響的顧客如何聯絡我們。',
              'zh-CN': '说明哪里出了问题、我们要改变什么，以及受影响的客户如何联系我们。',
            },
          },
          {
            id: 'nr-s5-c3',
            text: {
              en: 'Offer a private channel, a message or a phone call, for individual cases.',
              'zh-TW': '提供私訊或電話等一對一管道處理個別案件。',
              'zh-CN': '提供私信或电话等一对一渠道处理个别情况。',
            },
          },
          {
            id: 'nr-s5-c4',
            text: {
              en: 'Give customer service the same lines before the statement goes out.',
              'zh-TW': '聲明發布前，先將相同說法提供給客服。',
              'zh-CN': '声明发布前，先把同样的口径提供给客服。',
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
          en: 'Take responsibility for what was ours to fix. Do not debate individual reviews in public.',
          'zh-TW': '屬於我們的責任就坦然承擔。不要在公開場合逐條爭辯評論。',
          'zh-CN': '属于我们的责任就坦然承担。不要在公开场合逐条争辩评价。',
        },
      },
      {
        id: 'nr-s6',
        title: {
          en: 'Report abuse and keep the evidence',
          'zh-TW': '檢舉惡意內容並保存證據',
          'zh-CN': '举报恶意内容并保全证据',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 240,
        checklist: [
          {
            id: 'nr-s6-c1',
            text: {
              en: "Save each abusive post with its link, author, date and a screenshot in the incident's evidence log.",
              'zh-TW': '將每則惡意貼文的連結、作者、日期與截圖存入事件的證據紀錄。',
              'zh-CN': '将每条恶意帖子的链接、作者、日期和截图存入事件的证据记录。',
            },
          },
          {
            id: 'nr-s6-c2',
            text: {
              en: "Report abusive, threatening or fake-account content through each platform's reporting tools.",
              'zh-TW': '透過各平台的檢舉功能，檢舉謾罵、威脅或假帳號的內容。',
              'zh-CN': '通过各平台的举报功能，举报辱骂、威胁或虚假账号的内容。',
            },
          },
          {
            id: 'nr-s6-c3',
            text: {
              en: 'Decide with counsel whether any post needs a formal legal response.',
              'zh-TW': '與法律顧問討論是否有貼文需要採取正式法律行動。',
              'zh-CN': '与法律顾问讨论是否有帖子需要采取正式法律行动。',
            },
          },
        ],
        resources: [{ en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据登记表' }],
        notes: {
          en: 'Never offer compensation in exchange for deleting a review: it tends to backfire and may break platform rules.',
          'zh-TW': '絕不以補償換取刪除評論：這麼做往往適得其反，也可能違反平台規定。',
          'zh-CN': '绝不用补偿换取删除评价：这样做往往适得其反，也可能违反平台规则。',
        },
      },
      {
        id: 'nr-s7',
        title: {
          en: 'Follow up, update and close',
          'zh-TW': '後續追蹤、更新與結案',
          'zh-CN': '跟进、通报与结案',
        },
        ownerRoleId: 'customer-service',
        targetMinutes: 2880,
        checklist: [
          {
            id: 'nr-s7-c1',
            text: {
              en: 'Answer individual reviewers with the approved lines, then continue in private messages.',
              'zh-TW': '以核准的說法回覆個別評論者，之後改以私訊繼續處理。',
              'zh-CN': '用审批过的口径回复个别评价者，之后转到私信继续处理。',
            },
          },
          {
            id: 'nr-s7-c2',
            text: {
              en: 'Check volume and tone every few hours and report to the commander.',
              'zh-TW': '每隔幾小時檢查聲量與情緒走向，並回報總指揮。',
              'zh-CN': '每隔几小时检查热度和情绪走向，并向总指挥汇报。',
            },
          },
          {
            id: 'nr-s7-c3',
            text: {
              en: 'Post an update when the fix is in place, and an apology or closing statement once things settle.',
              'zh-TW': '改善完成時發布進度更新；情況平穩後發布致歉或結案聲明。',
              'zh-CN': '改进完成时发布进展通报；局面平稳后发布致歉或结案声明。',
            },
          },
          {
            id: 'nr-s7-c4',
            text: {
              en: 'Record the lessons and open actions in the postmortem.',
              'zh-TW': '將學到的教訓與待辦事項記入事後檢討。',
              'zh-CN': '将经验教训和待办事项记入复盘报告。',
            },
          },
        ],
        resources: [
          { en: 'Update template', 'zh-TW': '進度更新範本', 'zh-CN': '进展通报模板' },
          { en: 'Apology template', 'zh-TW': '致歉聲明範本', 'zh-CN': '致歉声明模板' },
          { en: 'Postmortem', 'zh-TW': '事後檢討報告', 'zh-CN': '复盘报告' },
        ],
        notes: {
          en: 'Close only when volume has been back to normal for at least a couple of days and the fix has been confirmed.',
          'zh-TW': '聲量回到平常水準至少兩天、且改善已確認完成，才能結案。',
          'zh-CN': '热度回到正常水平至少两天、且改进已确认完成，才能结案。',
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
        en: 'Within 60 min, then whenever there is real progress',
        'zh-TW': '60 分鐘內，之後每有實質進展就更新',
        'zh-CN': '60 分钟内，之后每有实质进展就更新',
      },
      templateStage: 'holding',
      note: {
        en: 'Reply where the discussion is happening, and pin the statement.',
        'zh-TW': '在討論發生的地方回應，並將聲明置頂。',
        'zh-CN': '在讨论发生的地方回应，并将声明置顶。',
      },
    },
    {
      stakeholderId: 'employees',
      channelId: 'email',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, then daily while it lasts',
        'zh-TW': '60 分鐘內，之後在事件期間每天一次',
        'zh-CN': '60 分钟内，之后在事件期间每天一次',
      },
      templateStage: 'holding',
      note: {
        en: 'Tell staff who speaks for us, and not to reply from personal accounts.',
        'zh-TW': '告知員工由誰代表公司發言，並請大家不要用個人帳號回應。',
        'zh-CN': '告知员工由谁代表公司发言，并请大家不要用个人账号回应。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'messaging',
      ownerRoleId: 'customer-service',
      targetMinutes: 120,
      timing: {
        en: 'Within 2 h, then case by case as messages arrive',
        'zh-TW': '2 小時內，之後依訊息進來的順序逐案回覆',
        'zh-CN': '2 小时内，之后按消息到达的顺序逐一回复',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Use the approved lines; keep personal details out of public threads.',
        'zh-TW': '使用核准的說法；個人資料不要出現在公開討論串中。',
        'zh-CN': '使用审批过的口径；个人信息不要出现在公开讨论中。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'phone',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'Same day for customers who left contact details',
        'zh-TW': '留下聯絡方式的顧客，當天回電',
        'zh-CN': '留下联系方式的客户，当天回电',
      },
      templateStage: null,
      note: {
        en: 'Call back anyone with a real problem that is not yet solved.',
        'zh-TW': '主動回電給問題確實存在且尚未解決的顧客。',
        'zh-CN': '主动回电给问题确实存在且尚未解决的客户。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'phone',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'Only when asked; answer within 4 h',
        'zh-TW': '僅在媒體詢問時回應；4 小時內答覆',
        'zh-CN': '仅在媒体询问时回应；4 小时内答复',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Use the public statement; no comment on individual reviewers.',
        'zh-TW': '以公開聲明為準；不評論個別評論者。',
        'zh-CN': '以公开声明为准；不评论个别评价者。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'email',
      ownerRoleId: 'external-liaison',
      targetMinutes: 480,
      timing: {
        en: 'Same working day if they are mentioned in the posts',
        'zh-TW': '若貼文提及合作夥伴，當個工作天內通知',
        'zh-CN': '如果帖子提到合作伙伴，当个工作日内通知',
      },
      templateStage: 'update',
      note: {
        en: 'Brief partners whose shops or products are named, so they are not caught off guard.',
        'zh-TW': '通知被點名的門市或產品合作夥伴，避免他們措手不及。',
        'zh-CN': '通知被点名的门店或产品合作伙伴，避免他们措手不及。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 1440,
      timing: {
        en: 'When the fix is in place',
        'zh-TW': '改善完成時',
        'zh-CN': '改进完成时',
      },
      templateStage: 'apology',
      note: {
        en: 'Say what changed, and thank the people who raised the problem.',
        'zh-TW': '說明改變了什麼，並感謝提出問題的人。',
        'zh-CN': '说明改变了什么，并感谢提出问题的人。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-negative-reviews-holding-public',
      stage: 'holding',
      audience: 'public',
      title: {
        en: 'Holding reply to public criticism',
        'zh-TW': '對網路批評的初步回應',
        'zh-CN': '对网络批评的初步回应',
      },
      body: {
        en: 'We have seen the comments about {{incidentTitle}}, and we are reading every one of them. Thank you to everyone who took the time to tell us about their experience.\n\nWe are looking into what happened with {{product}} and checking each case with our team. We do not have all the answers yet, and we would rather get them right than guess.\n\nIf you were affected, please send us a private message with your order number or account name, and a member of our team will follow up with you personally.\n\nWe will post an update here by {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '我們看到了大家對{{incidentTitle}}的留言，每一則都有仔細閱讀，也謝謝願意花時間分享經驗的每一位朋友。\n\n目前我們正在了解{{product}}發生了什麼事，並和團隊逐一確認每個個案。現在還沒有完整的答案，我們寧可查清楚再說明，也不想隨意猜測。\n\n如果您受到影響，請私訊提供訂單編號或帳號，我們會由專人與您聯繫。\n\n我們會在{{nextUpdateAt}}前於此更新進度。\n\n{{company}} 敬上',
        'zh-CN':
          '我们看到了大家关于{{incidentTitle}}的留言，每一条都认真看了，也感谢每一位愿意花时间讲述自己经历的朋友。\n\n目前我们正在了解{{product}}到底出了什么问题，并和团队逐一核实每个情况。现在还没有完整的答案，我们宁可查清楚再说明，也不想随意猜测。\n\n如果您受到影响，请私信提供订单号或账号，我们会安排专人与您联系。\n\n我们将于{{nextUpdateAt}}前在这里更新进展。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-negative-reviews-first-statement-customers',
      stage: 'first-statement',
      audience: 'customers',
      title: {
        en: 'First statement on customer complaints',
        'zh-TW': '關於顧客反映問題的首次正式聲明',
        'zh-CN': '关于客户反映问题的首次正式声明',
      },
      body: {
        en: 'Over the past days many of you have told us about {{incidentTitle}}. We have looked into it, and we owe you a clear answer.\n\nWhat we know: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWhere we fell short, we are sorry. Your feedback showed us a problem we should have caught ourselves, and we are putting our effort into fixing it rather than defending it.\n\nIf you are still having trouble with {{product}}, please contact our customer service team directly. They have the latest information and can help with your own case.\n\nWe have also seen comments aimed at individual members of our staff. Criticism of the company is welcome; personal attacks are not, and we will report them to the platforms.\n\nOur next update will be posted by {{nextUpdateAt}}.\n\n{{spokesperson}}, on behalf of {{company}}',
        'zh-TW':
          '過去幾天，許多朋友向我們反映{{incidentTitle}}。我們已經完成初步了解，應該給大家一個清楚的說明。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n我們正在採取的行動：{{whatWeAreDoing}}\n\n對於我們做得不夠好的地方，我們誠心道歉。這些意見讓我們看見原本就該自己發現的問題，我們會把心力放在改善，而不是辯解。\n\n如果您使用{{product}}時仍遇到困難，請直接聯絡客服團隊，他們已掌握最新狀況，能協助處理您的個別情形。\n\n我們也注意到部分留言針對個別員工進行人身攻擊。我們歡迎對公司的批評，但不接受對個人的謾罵，相關內容將向平台檢舉。\n\n下一次更新將於{{nextUpdateAt}}前發布。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '过去几天，很多朋友向我们反映了{{incidentTitle}}。我们已经完成初步核实，应该给大家一个明确的交代。\n\n目前了解到的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n对于我们没做好的地方，我们诚恳道歉。大家的反馈让我们看到了本该由自己发现的问题，我们会把精力放在改进上，而不是辩解。\n\n如果您在使用{{product}}时仍有困难，请直接联系客服团队，他们已了解最新情况，可以帮您处理具体问题。\n\n我们也注意到，部分评论针对个别员工进行人身攻击。我们欢迎对公司的批评，但不接受对个人的辱骂，相关内容将向平台举报。\n\n下一次通报将于{{nextUpdateAt}}前发布。\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-negative-reviews-update-customers',
      stage: 'update',
      audience: 'customers',
      title: {
        en: 'Progress update for customers',
        'zh-TW': '給顧客的進度更新',
        'zh-CN': '给客户的进展通报',
      },
      body: {
        en: 'This is an update on {{incidentTitle}}, which we first heard about on {{detectedAt}}.\n\nWhat we know now: {{whatWeKnow}}\n\nWhat we have done since our last update: {{whatWeAreDoing}}\n\nWe are still replying to everyone who contacted us, in the order the messages arrived. If you have not heard back yet, your message has not been lost. Thank you for your patience.\n\nIf anything in this update does not match what you are experiencing with {{product}}, please tell us. Your reports are how we check that the fix really works.\n\nNext update: {{nextUpdateAt}}\n\n{{company}}',
        'zh-TW':
          '以下是關於{{incidentTitle}}的最新進度，我們最早於{{detectedAt}}得知此事。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n上次更新後我們完成的事項：{{whatWeAreDoing}}\n\n我們仍在依照訊息送達的順序逐一回覆。如果您還沒收到回覆，您的訊息並沒有遺漏，感謝您耐心等候。\n\n如果本次說明與您使用{{product}}的實際情況不符，請告訴我們。您的回報能幫助我們確認改善是否真的有效。\n\n下一次更新：{{nextUpdateAt}}\n\n{{company}}',
        'zh-CN':
          '以下是关于{{incidentTitle}}的最新进展，我们最早于{{detectedAt}}获知此事。\n\n目前了解到的情况：{{whatWeKnow}}\n\n上次通报以来我们完成的工作：{{whatWeAreDoing}}\n\n我们仍在按照消息收到的先后顺序逐一回复。如果您还没有收到回复，您的消息并没有遗漏，感谢您耐心等待。\n\n如果本次说明与您使用{{product}}的实际情况不一致，请告诉我们。您的反馈能帮我们确认改进措施是否真正有效。\n\n下一次通报：{{nextUpdateAt}}\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-negative-reviews-apology-public',
      stage: 'apology',
      audience: 'public',
      title: {
        en: 'Apology and what we changed',
        'zh-TW': '致歉與改善說明',
        'zh-CN': '致歉与改进说明',
      },
      body: {
        en: 'We want to close the loop on {{incidentTitle}}.\n\nYou told us that something was wrong with {{product}}, and you were right. We are sorry for the frustration and the time this cost you, and for taking longer to respond than we should have.\n\nHere is what we have changed: {{whatWeAreDoing}}\n\nCustomers who were affected can still contact our customer service team, and we will look at each case individually.\n\nWe also want to thank our staff, some of whom received hurtful messages during this time, for continuing to help customers with patience.\n\nHonest feedback, including criticism, makes us better. Please keep telling us when we get it wrong.\n\n{{spokesperson}}, on behalf of {{company}}',
        'zh-TW':
          '關於{{incidentTitle}}，我們想向大家做個完整的交代。\n\n大家指出{{product}}有問題，而你們說得沒錯。造成大家的困擾、耽誤大家的時間，以及我們回應得比應有的更慢，我們都深感抱歉。\n\n我們已經做出的改變：{{whatWeAreDoing}}\n\n受到影響的顧客仍可隨時聯絡客服團隊，我們會逐一了解並處理每個個案。\n\n這段期間，部分同仁收到令人難過的訊息，仍耐心地協助顧客，我們也想向他們說聲謝謝。\n\n真誠的意見，包括批評，都讓我們變得更好。當我們做錯時，請繼續告訴我們。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '关于{{incidentTitle}}，我们想给大家一个完整的交代。\n\n大家指出{{product}}存在问题，你们说得没错。给大家带来的困扰和时间损失，以及我们回应得不够及时，我们都深表歉意。\n\n我们已经做出的改变：{{whatWeAreDoing}}\n\n受影响的客户仍可随时联系客服团队，我们会逐一了解并处理每一个情况。\n\n这段时间，一些同事收到了伤人的留言，却依然耐心地帮助客户，我们也想向他们说声谢谢。\n\n真诚的意见，包括批评，都让我们变得更好。当我们做错时，请继续告诉我们。\n\n{{company}}发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
  ],
};
