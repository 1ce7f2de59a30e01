import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for improper remarks or conduct by staff or executives that becomes public. The
 * company is judged by its response, so the kit acknowledges the harm early, checks the facts
 * through a fair internal process before anyone is judged, keeps the person's personal and
 * disciplinary details out of every statement, and apologises once the review is done.
 */
export const staffConductKit: StarterKit = {
  crisisTypeId: 'staff-conduct',
  summary: {
    en: 'An employee, manager or executive says or does something offensive, discriminatory or abusive, online or in person, and it becomes public. People judge the company less by the original act than by its response: acknowledging the harm quickly, treating everyone involved fairly and showing real change. The facts are checked through a fair internal process, and the personal data of everyone involved stays private.',
    'zh-TW':
      '員工、主管或高層在網路上或現場發表冒犯、歧視或傷人的言論或行為，並且被公開。外界評價公司，看的往往不是事件本身，而是公司怎麼回應：是否很快正視傷害、是否公平對待每位當事人、是否真的做出改變。相關事實要透過公正的內部程序查核，所有當事人的個資也必須妥善保護。',
    'zh-CN':
      '员工、主管或高管在网上或现场发表冒犯性、歧视性或伤害他人的言论或行为，并被公开。公众评判公司，往往不是看事件本身，而是看公司如何回应：能否尽快正视伤害、能否公平对待每位当事人、能否真正做出改变。相关事实要通过公正的内部程序核实，所有当事人的个人信息也必须妥善保护。',
  },
  typicalRisks: [
    {
      en: "If an executive posts offensive remarks on a personal account, then the public reads them as the company's view and calls for a boycott.",
      'zh-TW': '若高層在個人帳號發表冒犯性言論，則外界會把它當成公司的立場，並發起抵制。',
      'zh-CN': '如果高管在个人账号上发表冒犯性言论，那么公众会把它视为公司的立场，并发起抵制。',
    },
    {
      en: 'If a frontline employee is filmed treating a customer rudely or unfairly, then the video spreads faster than any explanation and overshadows years of good service.',
      'zh-TW':
        '若第一線員工對顧客無禮或不公的畫面被拍下，則影片擴散的速度會快過任何解釋，蓋過多年累積的服務口碑。',
      'zh-CN':
        '如果一线员工对顾客无礼或不公的画面被拍下，那么视频传播的速度会快过任何解释，掩盖多年积累的服务口碑。',
    },
    {
      en: 'If our first response defends the person or brushes off the complaint, then the anger turns on the company and the story runs for days longer.',
      'zh-TW': '若我們最初的回應是替當事人辯護或輕描淡寫，則怒火會轉向公司，事件也會多延燒好幾天。',
      'zh-CN':
        '如果我们最初的回应是替当事人辩护或轻描淡写，那么怒火会转向公司，事件也会多发酵好几天。',
    },
    {
      en: 'If the company names or punishes someone publicly before the facts are checked, then it risks treating them unfairly, legal claims and a second controversy.',
      'zh-TW':
        '若公司在查明事實前就公開點名或懲處當事人，則可能對當事人不公、引來法律糾紛，並衍生第二波爭議。',
      'zh-CN':
        '如果公司在查明事实之前就公开点名或处分当事人，那么可能对当事人不公、引发法律纠纷，并带来第二轮争议。',
    },
    {
      en: 'If staff have no clear social media guidelines or training, then careless posts about customers, colleagues or confidential matters become far more likely.',
      'zh-TW':
        '若員工沒有明確的社群媒體使用守則與訓練，則隨手發文談論顧客、同事或機密事務的情況會更容易發生。',
      'zh-CN':
        '如果员工没有明确的社交媒体使用规范和培训，那么随手发帖谈论客户、同事或机密事务的情况会更容易发生。',
    },
  ],
  sop: {
    id: 'starter-sop-staff-conduct',
    title: {
      en: 'Improper remarks or conduct by staff or executives',
      'zh-TW': '員工或主管不當言行應變',
      'zh-CN': '员工或高管不当言行应对',
    },
    purpose: {
      en: "Respond to harmful remarks or behaviour by someone who represents us in a way that is quick, fair and credible. This procedure helps the team acknowledge the harm early, check the facts before judging anyone, protect the people affected (including the employee, from harassment) and show what changes as a result.\n\n- Speak with one voice: the person involved does not respond publicly on the company's behalf.\n- Keep disciplinary and personal details private, even when pressed.\n- Act on the facts, not on the volume of comments.",
      'zh-TW':
        '當代表公司的人發表傷人的言論或做出不當行為時，協助團隊迅速、公正且可信地回應。本程序幫助團隊及早正視傷害、在評斷任何人之前先查清事實、保護受影響的人（也包括保護當事員工免於網路騷擾），並讓外界看到事件帶來的改變。\n\n- 對外只有一個聲音：當事人不代表公司公開回應。\n- 懲處細節與個資一律保密，即使外界追問也一樣。\n- 依事實行動，而不是依留言聲量。',
      'zh-CN':
        '当代表公司的人发表伤害他人的言论或做出不当行为时，帮助团队迅速、公正、可信地回应。本程序帮助团队及早正视伤害、在评判任何人之前先查清事实、保护受影响的人（也包括保护当事员工免遭网络骚扰），并让外界看到事件带来的改变。\n\n- 对外统一口径：当事人不代表公司公开回应。\n- 处分细节和个人信息一律保密，即使外界追问也不例外。\n- 依据事实行动，而不是依据评论热度。',
    },
    triggerCriteria: {
      en: "Start this SOP when any of these happens:\n\n- A post, video or recording of an employee, manager or executive making offensive, discriminatory, threatening or otherwise harmful remarks is being shared or reported.\n- A customer, partner or member of the public complains publicly about how a member of staff treated them, and the complaint is drawing attention.\n- A journalist asks us about the behaviour of someone who works for us.\n- An executive's personal posts or public comments are causing a backlash against the company.\n\nA single private complaint with little reach goes through the normal complaint process (SEV 4); start this SOP as soon as it spreads.",
      'zh-TW':
        '出現以下任一情況時啟動本程序：\n\n- 員工、主管或高層發表冒犯、歧視、威脅或其他傷人言論的貼文、影片或錄音正在流傳或被檢舉。\n- 顧客、合作夥伴或民眾公開抱怨員工對待他們的方式，並引起關注。\n- 記者向我們詢問某位員工的言行。\n- 高層的個人貼文或公開發言，正引發外界對公司的反彈。\n\n單一私下客訴且觸及面小時，依一般客訴流程處理（四級）；一旦開始擴散，立即啟動本程序。',
      'zh-CN':
        '出现以下任一情况时启动本程序：\n\n- 员工、主管或高管发表冒犯性、歧视性、威胁性或其他伤害他人言论的帖子、视频或录音正在传播或被举报。\n- 客户、合作伙伴或公众公开投诉员工对待他们的方式，并引起关注。\n- 记者向我们询问某位员工的言行。\n- 高管的个人发帖或公开言论正在引发公众对公司的反感。\n\n单个私下投诉且影响面小时，按常规投诉流程处理（四级）；一旦开始扩散，立即启动本程序。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'public-relations',
    reviewIntervalDays: 365,
    steps: [
      {
        id: 'sc-s1',
        title: {
          en: 'Capture the evidence before it disappears',
          'zh-TW': '在內容消失前保存證據',
          'zh-CN': '在内容消失前保存证据',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 15,
        checklist: [
          {
            id: 'sc-s1-c1',
            text: {
              en: 'Save screenshots, links and videos, with the time and the account that posted them.',
              'zh-TW': '保存截圖、連結與影片，並記下發布時間與帳號。',
              'zh-CN': '保存截图、链接和视频，并记下发布时间和账号。',
            },
          },
          {
            id: 'sc-s1-c2',
            text: {
              en: 'Note where it is spreading and how fast (shares, comments, media coverage).',
              'zh-TW': '記錄在哪些平台擴散、速度多快（分享數、留言數、是否有媒體報導）。',
              'zh-CN': '记录在哪些平台扩散、速度多快（转发量、评论量、是否有媒体报道）。',
            },
          },
          {
            id: 'sc-s1-c3',
            text: {
              en: 'Do not ask the person to delete anything until the evidence is kept and the team has decided.',
              'zh-TW': '在證據保存好、團隊做出決定之前，不要要求當事人刪除任何內容。',
              'zh-CN': '在证据保存好、团队作出决定之前，不要要求当事人删除任何内容。',
            },
          },
        ],
        resources: [{ en: 'Monitoring alerts', 'zh-TW': '監測警示', 'zh-CN': '监测预警' }],
        notes: {
          en: 'A post deleted quietly is usually noticed and reads as a cover-up. Decide on removal together with the response.',
          'zh-TW': '悄悄刪文通常會被發現，並被解讀為掩蓋。是否刪除，應與回應方式一併決定。',
          'zh-CN': '悄悄删帖通常会被发现，并被理解为掩盖。是否删除，应与回应方式一并决定。',
        },
      },
      {
        id: 'sc-s2',
        title: {
          en: 'Convene the team and set the severity',
          'zh-TW': '召集小組並判定嚴重等級',
          'zh-CN': '召集小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'sc-s2-c1',
            text: {
              en: 'Call the commander, spokesperson, legal counsel, public relations and the internal liaison (HR).',
              'zh-TW': '通知總指揮、發言人、法律顧問、公關與內部聯絡人（人資）。',
              'zh-CN': '通知总指挥、发言人、法律顾问、公关和内部联络人（人力资源）。',
            },
          },
          {
            id: 'sc-s2-c2',
            text: {
              en: 'Set the severity; conduct by an executive, or discrimination and threats, usually starts at SEV 2.',
              'zh-TW': '判定嚴重等級；涉及高層，或涉及歧視、威脅者，通常至少列為二級。',
              'zh-CN': '确定严重等级；涉及高管，或涉及歧视、威胁的，通常至少定为二级。',
            },
          },
          {
            id: 'sc-s2-c3',
            text: {
              en: 'Name one spokesperson, and agree that only HR speaks with the person involved.',
              'zh-TW': '指定唯一發言人，並約定只由人資與當事人溝通。',
              'zh-CN': '指定唯一发言人，并约定只由人力资源部门与当事人沟通。',
            },
          },
          {
            id: 'sc-s2-c4',
            text: {
              en: 'If the person involved is on the crisis team, they step aside for this incident.',
              'zh-TW': '若當事人本身是危機小組成員，在本事件中應迴避。',
              'zh-CN': '如果当事人本身是危机小组成员，在本事件中应回避。',
            },
          },
        ],
        resources: [
          { en: 'Crisis call tree', 'zh-TW': '危機聯絡順序', 'zh-CN': '危机联系顺序' },
          { en: 'Severity definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'If the commander is the person involved, the deputy commander leads.',
          'zh-TW': '若當事人就是總指揮，由副總指揮領導應變。',
          'zh-CN': '如果当事人就是总指挥，由副总指挥领导应对。',
        },
      },
      {
        id: 'sc-s3',
        title: {
          en: 'Publish a holding statement',
          'zh-TW': '發布初步聲明',
          'zh-CN': '发布初步声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 60,
        checklist: [
          {
            id: 'sc-s3-c1',
            text: {
              en: 'Acknowledge that we have seen it and understand why people are upset.',
              'zh-TW': '表明我們已經看到，也理解大家為何不滿。',
              'zh-CN': '表明我们已经看到，也理解大家为什么不满。',
            },
          },
          {
            id: 'sc-s3-c2',
            text: {
              en: 'Say that we are looking into it, and when we will say more.',
              'zh-TW': '說明我們正在了解情況，以及何時會進一步說明。',
              'zh-CN': '说明我们正在了解情况，以及何时会进一步说明。',
            },
          },
          {
            id: 'sc-s3-c3',
            text: {
              en: 'Do not name, defend or condemn the person yet, and do not argue in comment threads.',
              'zh-TW': '暫不點名、不辯護也不譴責當事人，也不在留言串中爭論。',
              'zh-CN': '暂不点名、不辩护也不谴责当事人，也不在评论区争论。',
            },
          },
          {
            id: 'sc-s3-c4',
            text: {
              en: 'Post it where the story is spreading, and send the same text to staff.',
              'zh-TW': '在事件擴散的平台發布，並將同一份內容發給員工。',
              'zh-CN': '在事件扩散的平台上发布，并将同一份内容发给员工。',
            },
          },
        ],
        resources: [
          { en: 'Holding statement template', 'zh-TW': '初步聲明範本', 'zh-CN': '初步声明模板' },
        ],
        notes: {
          en: 'Silence is read as indifference. A short acknowledgement within the hour buys time to get the facts right.',
          'zh-TW': '沉默會被解讀為不在乎。一小時內先簡短回應，才有時間把事實查清楚。',
          'zh-CN': '沉默会被理解为不在乎。一小时内先简短回应，才有时间把事实查清楚。',
        },
      },
      {
        id: 'sc-s4',
        title: {
          en: 'Hear the person involved and check the facts',
          'zh-TW': '聽取當事人說法並查核事實',
          'zh-CN': '听取当事人说法并核实事实',
        },
        ownerRoleId: 'internal-liaison',
        targetMinutes: 120,
        checklist: [
          {
            id: 'sc-s4-c1',
            text: {
              en: 'Talk with the person, with HR present, and let them give their account.',
              'zh-TW': '由人資陪同與當事人談話，讓對方說明經過。',
              'zh-CN': '由人力资源部门陪同与当事人谈话，让对方说明经过。',
            },
          },
          {
            id: 'sc-s4-c2',
            text: {
              en: 'Check that the content is authentic, complete and shown in its context (not edited or cut).',
              'zh-TW': '確認內容是否屬實、完整，是否遭到剪輯或斷章取義。',
              'zh-CN': '核实内容是否真实、完整，是否被剪辑或断章取义。',
            },
          },
          {
            id: 'sc-s4-c3',
            text: {
              en: 'Find out who was hurt and whether they need support.',
              'zh-TW': '了解有誰受到傷害、是否需要協助。',
              'zh-CN': '了解有谁受到伤害、是否需要帮助。',
            },
          },
          {
            id: 'sc-s4-c4',
            text: {
              en: 'Review the code of conduct and employment terms with legal counsel before deciding anything.',
              'zh-TW': '做出任何決定前，先與法律顧問一起檢視行為準則與勞動契約。',
              'zh-CN': '作出任何决定前，先与法律顾问一起查看行为准则和劳动合同。',
            },
          },
        ],
        resources: [
          { en: 'Code of conduct', 'zh-TW': '行為準則', 'zh-CN': '行为准则' },
          {
            en: 'Social media guidelines',
            'zh-TW': '社群媒體使用守則',
            'zh-CN': '社交媒体使用规范',
          },
        ],
        notes: {
          en: 'A clip can lack context, but context rarely excuses harm. Record what was found and who confirmed it.',
          'zh-TW':
            '片段可能缺少前因後果，但前因後果很少能讓傷害變得可以接受。請記錄查到的事實與確認人。',
          'zh-CN':
            '片段可能缺少前因后果，但前因后果很少能让伤害变得可以接受。请记录查明的事实和核实人。',
        },
      },
      {
        id: 'sc-s5',
        title: {
          en: 'Decide on interim measures',
          'zh-TW': '決定暫時性措施',
          'zh-CN': '确定临时措施',
        },
        ownerRoleId: 'commander',
        targetMinutes: 180,
        checklist: [
          {
            id: 'sc-s5-c1',
            text: {
              en: 'Decide whether the person steps back from customer-facing work or company accounts during the review.',
              'zh-TW': '決定調查期間當事人是否暫停面對顧客的工作或管理公司帳號。',
              'zh-CN': '决定调查期间当事人是否暂停面向客户的工作或管理公司账号。',
            },
          },
          {
            id: 'sc-s5-c2',
            text: {
              en: 'Pause scheduled campaigns and posts that could seem tone-deaf right now.',
              'zh-TW': '暫停此時可能顯得不合時宜的行銷活動與排程貼文。',
              'zh-CN': '暂停此时可能显得不合时宜的营销活动和定时发布的内容。',
            },
          },
          {
            id: 'sc-s5-c3',
            text: {
              en: 'Protect the person and their colleagues from harassment, and keep their personal data out of every statement.',
              'zh-TW': '保護當事人與同事免於騷擾，任何聲明都不得透露其個資。',
              'zh-CN': '保护当事人和同事免遭骚扰，任何声明都不得透露其个人信息。',
            },
          },
          {
            id: 'sc-s5-c4',
            text: {
              en: 'Record the decision and the reasons in the incident timeline.',
              'zh-TW': '將決定與理由記錄在事件時間軸中。',
              'zh-CN': '将决定和理由记录在事件时间线中。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Stepping back during a review is a precaution, not a verdict; say so inside the company.',
          'zh-TW': '調查期間暫停職務是預防措施，不是定論，對內要說清楚。',
          'zh-CN': '调查期间暂停职务是预防措施，不是定论，对内要讲清楚。',
        },
      },
      {
        id: 'sc-s6',
        title: {
          en: 'Issue the first statement',
          'zh-TW': '發布首次正式聲明',
          'zh-CN': '发布首份正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 240,
        checklist: [
          {
            id: 'sc-s6-c1',
            text: {
              en: 'Describe what happened plainly, without softening it.',
              'zh-TW': '直白說明發生了什麼，不避重就輕。',
              'zh-CN': '如实说明发生了什么，不避重就轻。',
            },
          },
          {
            id: 'sc-s6-c2',
            text: {
              en: 'Apologise to the people who were hurt, saying who they are, not “anyone who was offended”.',
              'zh-TW': '向受到傷害的人道歉，具體指出是哪些人，而不是籠統地說「若有冒犯」。',
              'zh-CN': '向受到伤害的人道歉，具体指出是哪些人，而不是笼统地说“如有冒犯”。',
            },
          },
          {
            id: 'sc-s6-c3',
            text: {
              en: 'Say what we have done so far, without disclosing private HR details.',
              'zh-TW': '說明目前已採取的措施，但不透露人事細節。',
              'zh-CN': '说明目前已采取的措施，但不透露人事细节。',
            },
          },
          {
            id: 'sc-s6-c4',
            text: {
              en: 'If an executive is involved, the statement comes from the head of the company, not a junior manager.',
              'zh-TW': '若涉及高層，聲明應由公司負責人具名，而非由基層主管發出。',
              'zh-CN': '如果涉及高管，声明应由公司负责人署名，而不是由基层管理者发出。',
            },
          },
        ],
        resources: [
          { en: 'First statement template', 'zh-TW': '正式聲明範本', 'zh-CN': '正式声明模板' },
        ],
        notes: {
          en: 'Legal counsel and the spokesperson approve before release.',
          'zh-TW': '發布前須經法律顧問與發言人核准。',
          'zh-CN': '发布前须经法律顾问和发言人审批。',
        },
      },
      {
        id: 'sc-s7',
        title: {
          en: 'Reach out to the people affected',
          'zh-TW': '主動聯繫受影響的人',
          'zh-CN': '主动联系受影响的人',
        },
        ownerRoleId: 'external-liaison',
        targetMinutes: 480,
        checklist: [
          {
            id: 'sc-s7-c1',
            text: {
              en: 'Contact the people or community directly hurt, and offer to listen.',
              'zh-TW': '主動聯繫直接受到傷害的人或群體，表達願意傾聽。',
              'zh-CN': '主动联系直接受到伤害的人或群体，表示愿意倾听。',
            },
          },
          {
            id: 'sc-s7-c2',
            text: {
              en: 'Ask what would help, and agree only to what we can actually deliver.',
              'zh-TW': '詢問怎麼做對他們有幫助，只答應我們確實做得到的事。',
              'zh-CN': '询问怎样做对他们有帮助，只答应我们确实能做到的事。',
            },
          },
          {
            id: 'sc-s7-c3',
            text: {
              en: 'Keep these conversations private unless they choose to share them.',
              'zh-TW': '除非對方願意公開，這些對話一律保密。',
              'zh-CN': '除非对方愿意公开，这些对话一律保密。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Outreach is for the people affected, not for publicity.',
          'zh-TW': '主動聯繫是為了受影響的人，不是為了宣傳。',
          'zh-CN': '主动联系是为了受影响的人，而不是为了宣传。',
        },
      },
      {
        id: 'sc-s8',
        title: {
          en: 'Follow through and review',
          'zh-TW': '落實後續並檢討',
          'zh-CN': '落实后续并复盘',
        },
        ownerRoleId: 'commander',
        targetMinutes: null,
        checklist: [
          {
            id: 'sc-s8-c1',
            text: {
              en: 'Complete the internal process, and share the outcome as far as privacy law allows.',
              'zh-TW': '完成內部程序，並在個資與隱私相關法規允許的範圍內說明結果。',
              'zh-CN': '完成内部程序，并在个人信息保护相关法律允许的范围内说明结果。',
            },
          },
          {
            id: 'sc-s8-c2',
            text: {
              en: 'Update the code of conduct, social media guidelines and training where they fell short.',
              'zh-TW': '針對不足之處，更新行為準則、社群媒體使用守則與相關訓練。',
              'zh-CN': '针对不足之处，更新行为准则、社交媒体使用规范和相关培训。',
            },
          },
          {
            id: 'sc-s8-c3',
            text: {
              en: 'Publish the apology statement once the changes are real.',
              'zh-TW': '在改善措施確實落實後，發布致歉聲明。',
              'zh-CN': '在改进措施切实落实后，发布致歉声明。',
            },
          },
          {
            id: 'sc-s8-c4',
            text: {
              en: 'Hold a review and record the lessons in the postmortem and the risk register.',
              'zh-TW': '召開檢討會，將教訓記錄到事後檢討與風險清冊。',
              'zh-CN': '召开复盘会，将经验教训记录到复盘报告和风险登记册。',
            },
          },
        ],
        resources: [
          { en: 'Apology statement template', 'zh-TW': '致歉聲明範本', 'zh-CN': '致歉声明模板' },
        ],
        notes: {
          en: 'Promise only the changes you will make, and report back when they are done.',
          'zh-TW': '只承諾確實會做的改變，完成後再對外回報。',
          'zh-CN': '只承诺确实会做的改变，完成后再对外通报。',
        },
      },
    ],
  },
  matrix: [
    {
      stakeholderId: 'employees',
      channelId: 'email',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 45,
      timing: {
        en: 'Before or together with the holding statement, then at each update',
        'zh-TW': '在初步聲明之前或同時發出，之後每次更新時',
        'zh-CN': '在初步声明之前或同时发出，之后每次更新时',
      },
      templateStage: 'update',
      note: {
        en: 'Ask staff not to comment publicly, and tell them where to report any harassment they receive.',
        'zh-TW': '請同仁不要公開評論，並告知若遭受騷擾可向誰求助。',
        'zh-CN': '请员工不要公开评论，并告知如遭到骚扰可以向谁求助。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'social',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min on the platform where it is spreading, then at each update',
        'zh-TW': '60 分鐘內在事件擴散的平台回應，之後每次更新時同步',
        'zh-CN': '60 分钟内在事件扩散的平台回应，之后每次更新时同步',
      },
      templateStage: 'holding',
      note: {
        en: 'Reply once on the original thread and link to the statement; do not debate in the comments.',
        'zh-TW': '在原始討論串回覆一次並附上聲明連結，不在留言區辯論。',
        'zh-CN': '在原帖下回复一次并附上声明链接，不在评论区争辩。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement, then in answer to enquiries',
        'zh-TW': '隨正式聲明發布，之後依媒體詢問回應',
        'zh-CN': '随正式声明发布，之后根据媒体询问回应',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Only the spokesperson comments. Never discuss disciplinary or personal details.',
        'zh-TW': '只由發言人回應，絕不談論懲處細節或個人資料。',
        'zh-CN': '只由发言人回应，绝不谈论处分细节或个人信息。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement, if customers were affected or are asking',
        'zh-TW': '隨正式聲明發布（若有顧客受影響或詢問）',
        'zh-CN': '随正式声明发布（如有客户受到影响或询问）',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Keep the statement on one page and update it, rather than posting new versions elsewhere.',
        'zh-TW': '聲明集中放在同一頁面，有更新就修改該頁，不要在各處發布不同版本。',
        'zh-CN': '声明集中放在同一个页面，有更新就修改该页面，不要在各处发布不同版本。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'phone',
      ownerRoleId: 'external-liaison',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h for key partners, sponsors and clients',
        'zh-TW': '4 小時內聯繫主要合作夥伴、贊助商與客戶',
        'zh-CN': '4 小时内联系主要合作伙伴、赞助方和客户',
      },
      templateStage: 'holding',
      note: {
        en: 'Call before they read about it; tell them what we are doing and when they will hear more.',
        'zh-TW': '在對方從新聞得知前主動致電，說明我們的處理方式與下次聯繫時間。',
        'zh-CN': '在对方从新闻中得知之前主动致电，说明我们的处理方式和下次联系时间。',
      },
    },
    {
      stakeholderId: 'investors',
      channelId: 'email',
      ownerRoleId: 'commander',
      targetMinutes: 1440,
      timing: {
        en: 'Within 24 h if an executive is involved',
        'zh-TW': '若涉及高層，24 小時內',
        'zh-CN': '如涉及高管，24 小时内',
      },
      templateStage: 'update',
      note: {
        en: 'If the company is listed, check disclosure duties with legal counsel.',
        'zh-TW': '若為上市櫃公司，請與法律顧問確認資訊揭露義務。',
        'zh-CN': '如为上市公司，请与法律顾问确认信息披露义务。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-staff-conduct-holding-public',
      stage: 'holding',
      audience: 'public',
      title: {
        en: 'Holding statement: conduct of a member of staff',
        'zh-TW': '初步聲明：員工言行事件',
        'zh-CN': '初步声明：员工言行事件',
      },
      body: {
        en: 'About {{incidentTitle}}\n\nWe have seen what is being shared about {{incidentTitle}}, which came to our attention at {{detectedAt}}. We understand why people are upset, and we are taking it seriously.\n\nWhat we know so far: {{whatWeKnow}}\n\nWe are looking into what happened, including speaking with the people involved, and we will act on what we find. While we do, we will respect the privacy of everyone involved, but that will not stop us from telling you what we decide. If you were directly affected and would like to tell us what happened, please contact us; we will listen.\n\nWe will share more by {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '關於{{incidentTitle}}\n\n我們已經看到網路上關於{{incidentTitle}}的內容，並於{{detectedAt}}得知此事。我們理解大家為什麼感到不滿，也正嚴肅看待。\n\n目前所知：{{whatWeKnow}}\n\n我們正在了解事情經過，包括與相關人員談話，並會依查到的事實採取行動。過程中我們會尊重所有當事人的隱私，但這不會成為我們迴避說明的理由：做出決定後，我們會告訴大家。如果您直接受到影響，並願意告訴我們經過，歡迎與我們聯絡，我們會認真聆聽。\n\n我們將在{{nextUpdateAt}}前進一步說明。\n\n{{company}}',
        'zh-CN':
          '关于{{incidentTitle}}\n\n我们已经看到网上流传的关于{{incidentTitle}}的内容，并于{{detectedAt}}获悉此事。我们理解大家为什么感到不满，也正在严肃对待。\n\n目前掌握的情况：{{whatWeKnow}}\n\n我们正在了解事情经过，包括与相关人员谈话，并将根据查明的事实采取行动。在此过程中，我们会尊重所有当事人的隐私，但这不会成为我们回避说明的理由：作出决定后，我们会向大家说明。如果您直接受到影响，并愿意告诉我们经过，欢迎与我们联系，我们会认真倾听。\n\n我们将在{{nextUpdateAt}}前作进一步说明。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-staff-conduct-first-statement-public',
      stage: 'first-statement',
      audience: 'public',
      title: {
        en: 'First statement: conduct of a member of staff',
        'zh-TW': '首次正式聲明：員工言行事件',
        'zh-CN': '首份正式声明：员工言行事件',
      },
      body: {
        en: 'Statement from {{company}} on {{incidentTitle}}\n\nAt {{detectedAt}} we became aware of {{incidentTitle}}. Since then we have spoken with the people involved and checked what happened.\n\nWhat we know: {{whatWeKnow}}\n\nThis falls short of how we expect everyone who works for us to treat others, and we are sorry to the people who were hurt by it. The people who represent us are our responsibility, so this is on us as well.\n\nWhat we have done so far: {{whatWeAreDoing}}\n\nWe will complete a fair review and tell you what changes as a result, while respecting the privacy of those involved. Our next update will be at {{nextUpdateAt}}.\n\nMedia enquiries: {{spokesperson}}',
        'zh-TW':
          '{{company}}關於{{incidentTitle}}的聲明\n\n我們於{{detectedAt}}得知{{incidentTitle}}，之後已與相關人員談過，並查核了事情經過。\n\n目前所知：{{whatWeKnow}}\n\n這樣的言行不符合我們對每一位同仁待人處事的要求，我們向因此受到傷害的人致歉。代表公司的人怎麼做，公司都有責任，這件事我們同樣責無旁貸。\n\n目前已採取的措施：{{whatWeAreDoing}}\n\n我們會完成公正的調查，並在尊重當事人隱私的前提下，說明後續的改變。下一次更新時間為{{nextUpdateAt}}。\n\n媒體聯絡窗口：{{spokesperson}}',
        'zh-CN':
          '{{company}}关于{{incidentTitle}}的声明\n\n我们于{{detectedAt}}获悉{{incidentTitle}}，此后已与相关人员谈话，并核实了事情经过。\n\n目前掌握的情况：{{whatWeKnow}}\n\n这样的言行不符合我们对每一位员工待人处事的要求，我们向因此受到伤害的人道歉。代表公司的人如何行事，公司负有责任，这件事我们同样责无旁贷。\n\n目前已采取的措施：{{whatWeAreDoing}}\n\n我们会完成公正的调查，并在尊重当事人隐私的前提下，说明后续的改变。下一次更新时间为{{nextUpdateAt}}。\n\n媒体联系人：{{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-staff-conduct-update-employees',
      stage: 'update',
      audience: 'employees',
      title: {
        en: 'Update to staff: what to do and where to get support',
        'zh-TW': '致同仁進度更新：注意事項與求助管道',
        'zh-CN': '致全体员工进展通报：注意事项与求助渠道',
      },
      body: {
        en: 'To all colleagues: update on {{incidentTitle}}\n\nYou may have seen the public discussion about {{incidentTitle}} since {{detectedAt}}. We want you to hear from us directly.\n\nWhere things stand: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nPlease do not comment on this publicly or share internal details, even to defend the company; pass any media questions to {{spokesperson}}. If you receive abusive messages or feel unsafe because of this, tell your manager or HR straight away and we will support you. Out of respect for everyone involved, the review is being handled fairly and privately.\n\nWe will update you again by {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '各位同仁：關於{{incidentTitle}}的最新說明\n\n自{{detectedAt}}起，大家可能已在網路上看到關於{{incidentTitle}}的討論。我們希望由公司直接向各位說明。\n\n目前情況：{{whatWeKnow}}\n\n公司正在處理的事項：{{whatWeAreDoing}}\n\n請不要公開評論此事，也不要對外透露內部資訊，即使是出於替公司辯護的好意；若有媒體詢問，請轉給{{spokesperson}}。如果您因此收到辱罵訊息或感到不安全，請立即告知主管或人資，公司會協助您。出於對所有當事人的尊重，調查會以公正、保密的方式進行。\n\n我們將在{{nextUpdateAt}}前再向大家更新。\n\n{{company}}',
        'zh-CN':
          '各位同事：关于{{incidentTitle}}的最新通报\n\n自{{detectedAt}}起，大家可能已在网上看到关于{{incidentTitle}}的讨论。我们希望由公司直接向大家说明情况。\n\n目前情况：{{whatWeKnow}}\n\n公司正在采取的措施：{{whatWeAreDoing}}\n\n请不要公开评论此事，也不要对外透露内部信息，即使是出于替公司辩护的好意；如有媒体询问，请转给{{spokesperson}}。如果您因此收到辱骂信息或感到人身安全受到威胁，请立即告知主管或人力资源部门，公司会为您提供帮助。出于对所有当事人的尊重，调查将以公正、保密的方式进行。\n\n我们将在{{nextUpdateAt}}前再向大家通报。\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-staff-conduct-apology-public',
      stage: 'apology',
      audience: 'public',
      title: {
        en: 'Apology: conduct of a member of staff',
        'zh-TW': '致歉聲明：員工言行事件',
        'zh-CN': '致歉声明：员工言行事件',
      },
      body: {
        en: 'Our apology for {{incidentTitle}}\n\nWe are sorry. Someone representing {{company}} treated people in a way that was wrong, and it hurt people who deserved respect from us.\n\nWhat our review found: {{whatWeKnow}}\n\nIt is our job to set clear standards and make sure they are followed, and this time we did not. Here is what we have done and what we are changing: {{whatWeAreDoing}}\n\nWe know an apology does not undo the harm. We will keep listening to the people affected and report on our progress. If you would like to talk to us about this, please contact {{spokesperson}}.\n\n{{company}}',
        'zh-TW':
          '關於{{incidentTitle}}的致歉\n\n我們很抱歉。代表{{company}}的人以錯誤的方式對待他人，傷害了本應受到我們尊重的人。\n\n調查結果：{{whatWeKnow}}\n\n訂定清楚的規範並確保大家遵守，是公司的責任，這一次我們沒有做到。以下是我們已經做的事與正在進行的改變：{{whatWeAreDoing}}\n\n我們知道，一句道歉無法抹去已經造成的傷害。我們會持續聆聽受影響者的聲音，並說明改善的進度。若您想就此事與我們聯絡，請洽{{spokesperson}}。\n\n{{company}}',
        'zh-CN':
          '关于{{incidentTitle}}的致歉\n\n我们很抱歉。代表{{company}}的人以错误的方式对待他人，伤害了本应得到我们尊重的人。\n\n调查结果：{{whatWeKnow}}\n\n制定清晰的规范并确保大家遵守，是公司的责任，这一次我们没有做到。以下是我们已经采取的措施和正在推进的改变：{{whatWeAreDoing}}\n\n我们知道，一句道歉无法抹去已经造成的伤害。我们会继续倾听受影响者的声音，并通报改进进展。如您希望就此事与我们沟通，请联系{{spokesperson}}。\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
  ],
};
