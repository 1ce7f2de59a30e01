import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for AI data poisoning and AI decisions gone wrong: false or manipulated content that
 * AI assistants and search engines repeat about the company, and the company's own AI tools giving
 * wrong or unfair outputs. Written by the Crisis Room team from the seeds' guidance (verify data
 * sources, keep a human check on key decisions, watch for tampering) as a starting point to adapt.
 */
export const aiDataPoisoningKit: StarterKit = {
  crisisTypeId: 'ai-data-poisoning',
  summary: {
    en: "False or manipulated content about the company is picked up by AI assistants and search engines, which then repeat it to customers as if it were fact. The same kind of crisis arises when the company's own AI tools, such as a chatbot or a recommendation or screening system, make wrong or unfair decisions, sometimes because their data was tampered with. Either way, people act on bad answers and hold the company responsible.",
    'zh-TW':
      '有人散布或竄改關於公司的內容，AI 助理和搜尋引擎照單全收，再當成事實轉述給客戶。公司自己的 AI 工具（例如客服聊天機器人、推薦或審核系統）做出錯誤或不公平的決定，有時是因為資料遭到污染，也屬於這類危機。無論源頭在哪裡，大家都會依錯誤的答案行動，最後把責任算到公司頭上。',
    'zh-CN':
      '有人编造或篡改与公司有关的内容，被 AI 助手和搜索引擎收录后，又被当作事实转述给客户。公司自己的 AI 工具（比如智能客服、推荐或审核系统）因为数据被污染等原因做出错误或不公平的决定，也属于这一类危机。不管问题出在哪里，用户都会按错误的答案行事，最后把账算在公司身上。',
  },
  typicalRisks: [
    {
      en: "If fake reviews or planted articles become sources for AI assistants, then customers are told false things about our product's safety or prices and stop buying.",
      'zh-TW':
        '若假評論或刻意散布的文章成為 AI 助理的資料來源，則客戶會聽到關於產品安全或價格的錯誤說法，進而不再購買。',
      'zh-CN':
        '如果虚假评价或刻意投放的文章成了 AI 助手的信息来源，那么客户会听到关于产品安全或价格的错误说法，进而不再购买。',
    },
    {
      en: 'If an AI answer or search result lists a fraudulent phone number or website as ours, then customers are scammed and believe we are to blame.',
      'zh-TW':
        '若 AI 回答或搜尋結果把詐騙電話或假網站列為我們的聯絡方式，則客戶可能因此受騙，並認為是我們的責任。',
      'zh-CN':
        '如果 AI 回答或搜索结果把诈骗电话或假冒网站当成我们的联系方式，那么客户可能因此受骗，并认为责任在我们。',
    },
    {
      en: 'If the data behind our own chatbot or scoring model is tampered with, then it gives many customers wrong advice or unfair decisions before anyone notices.',
      'zh-TW':
        '若我們自家聊天機器人或評分模型所用的資料遭到竄改，則在被發現之前，它會對大量客戶給出錯誤建議或不公平的決定。',
      'zh-CN':
        '如果我们自有的智能客服或评分模型所用的数据被篡改，那么在被发现之前，它会向大量客户给出错误建议或不公平的决定。',
    },
    {
      en: 'If staff use AI output for key decisions without a human check, then one bad answer turns into a costly business or legal mistake.',
      'zh-TW':
        '若同仁在關鍵決策上直接採用 AI 產出、未經人工確認，則一個錯誤答案就可能變成代價高昂的營運或法律失誤。',
      'zh-CN':
        '如果员工在关键决策中直接采用 AI 输出、未经人工核对，那么一个错误答案就可能演变成代价高昂的经营或法律失误。',
    },
    {
      en: 'If we cannot show which data and model version produced a harmful decision, then we cannot explain it to customers or regulators and lose their trust.',
      'zh-TW':
        '若我們無法說明是哪一批資料、哪一個模型版本產生了造成傷害的決定，則無法向客戶或主管機關交代，信任也隨之流失。',
      'zh-CN':
        '如果我们说不清是哪批数据、哪个模型版本导致了有害的决定，那么就无法向客户或监管部门作出解释，信任也会随之流失。',
    },
  ],
  sop: {
    id: 'starter-sop-ai-data-poisoning',
    title: {
      en: 'AI data poisoning and AI errors: response procedure',
      'zh-TW': 'AI 資料污染與 AI 決策失誤應變程序',
      'zh-CN': 'AI 数据污染与 AI 决策失误应对程序',
    },
    purpose: {
      en: 'Use this procedure when AI systems say or decide things about us that are wrong, whether the cause is content planted to mislead AI assistants and search engines, or our own AI tools.\n\nIt aims to:\n\n- stop further harm quickly, including pausing our own AI tools where needed;\n- capture evidence before the answers change;\n- correct the record at its sources;\n- tell the people affected, in plain words, what happened and what to do.',
      'zh-TW':
        '當 AI 系統對我們做出錯誤的陳述或決定時使用本程序，不論起因是有人刻意散布內容誤導 AI 助理與搜尋引擎，還是我們自己的 AI 工具出錯。\n\n目標：\n\n- 迅速阻止傷害擴大，必要時暫停自家 AI 工具；\n- 趁回答還沒改變前保存證據；\n- 從源頭更正錯誤資訊；\n- 用淺白的話告訴受影響的人發生了什麼事、該怎麼做。',
      'zh-CN':
        '当 AI 系统对我们作出错误的陈述或决定时使用本程序，无论起因是有人刻意投放内容误导 AI 助手和搜索引擎，还是我们自己的 AI 工具出了问题。\n\n目标：\n\n- 尽快阻止损害扩大，必要时暂停自有 AI 工具；\n- 在回答发生变化之前保存证据；\n- 从源头纠正错误信息；\n- 用通俗的话告诉受影响的人发生了什么、应该怎么做。',
    },
    triggerCriteria: {
      en: 'Activate when any of these is confirmed:\n\n- an AI assistant or search engine repeatedly gives false, damaging information about our company, products, prices, safety or contact details;\n- a fake phone number, website or offer appears as ours in AI answers;\n- our own chatbot, recommendation or screening tool gives customers harmful, offensive or clearly wrong outputs;\n- there are signs that data used by our AI tools was changed without authorisation.\n\nA single odd answer that cannot be reproduced: log it and keep watching; there is no need to activate.',
      'zh-TW':
        '確認下列任一情況時啟動：\n\n- AI 助理或搜尋引擎一再提供關於公司、產品、價格、安全或聯絡方式的錯誤且有害的資訊；\n- AI 回答中出現冒充我們的假電話、假網站或假優惠；\n- 我們自家的聊天機器人、推薦或審核工具對客戶產出有害、冒犯或明顯錯誤的內容；\n- 發現 AI 工具使用的資料有遭未經授權修改的跡象。\n\n若只是單次無法重現的奇怪回答：記錄下來並持續觀察，不必啟動。',
      'zh-CN':
        '确认以下任一情况时启动：\n\n- AI 助手或搜索引擎反复给出关于公司、产品、价格、安全或联系方式的错误且有害的信息；\n- AI 回答中出现冒充我们的假电话、假网站或虚假优惠；\n- 我们自有的智能客服、推荐或审核工具向客户输出有害、冒犯或明显错误的内容；\n- 发现 AI 工具所用数据有被未经授权修改的迹象。\n\n如果只是一次无法复现的奇怪回答：记录下来并持续观察，无需启动。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'technical-expert',
    reviewIntervalDays: 90,
    steps: [
      {
        id: 'ai-s1',
        title: {
          en: 'Convene the crisis team and set the severity',
          'zh-TW': '召集危機小組並決定嚴重等級',
          'zh-CN': '召集危机小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 20,
        checklist: [
          {
            id: 'ai-s1-c1',
            text: {
              en: 'Confirm who is acting as commander, spokesperson and technical lead.',
              'zh-TW': '確認總指揮、發言人與技術負責人由誰擔任。',
              'zh-CN': '确认总指挥、发言人和技术负责人由谁担任。',
            },
          },
          {
            id: 'ai-s1-c2',
            text: {
              en: 'Decide whether the problem lies with our own AI tools, outside AI services, or both.',
              'zh-TW': '判斷問題出在我們自己的 AI 工具、外部 AI 服務，或兩者皆有。',
              'zh-CN': '判断问题出在我们自己的 AI 工具、外部 AI 服务，还是两者都有。',
            },
          },
          {
            id: 'ai-s1-c3',
            text: {
              en: 'Set the severity level against the written definitions.',
              'zh-TW': '對照嚴重等級的書面定義，決定本次等級。',
              'zh-CN': '对照严重等级的书面定义，确定本次等级。',
            },
          },
          {
            id: 'ai-s1-c4',
            text: {
              en: 'Ask the scribe to open the incident timeline.',
              'zh-TW': '請記錄員開始記錄事件時間軸。',
              'zh-CN': '请记录员开始记录事件时间线。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Raise the severity if people could lose money, come to harm or be treated unfairly because of the wrong answers.',
          'zh-TW': '若錯誤答案可能讓人蒙受金錢損失、受到傷害或遭不公平對待，請提高嚴重等級。',
          'zh-CN': '如果错误答案可能让人遭受经济损失、受到伤害或被不公平对待，请调高严重等级。',
        },
      },
      {
        id: 'ai-s2',
        title: {
          en: 'Capture what the AI systems are saying',
          'zh-TW': '保存 AI 系統的回答內容',
          'zh-CN': '保存 AI 系统的回答内容',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 45,
        checklist: [
          {
            id: 'ai-s2-c1',
            text: {
              en: 'Ask the same questions several times in each affected assistant and search engine, and save every answer.',
              'zh-TW':
                '在每個受影響的 AI 助理與搜尋引擎中重複提出相同問題數次，並保存每一次的回答。',
              'zh-CN': '在每个受影响的 AI 助手和搜索引擎中把同样的问题问几遍，保存每一次的回答。',
            },
          },
          {
            id: 'ai-s2-c2',
            text: {
              en: 'Record the date, time, exact question, tool and version with each screenshot.',
              'zh-TW': '每張截圖都註明日期、時間、完整提問內容，以及使用的工具與版本。',
              'zh-CN': '每张截图都注明日期、时间、完整提问内容以及所用工具和版本。',
            },
          },
          {
            id: 'ai-s2-c3',
            text: {
              en: 'List the pages, posts or reviews that the answers cite or seem to draw on.',
              'zh-TW': '列出回答引用或疑似參考的網頁、貼文與評論。',
              'zh-CN': '列出回答引用或疑似参考的网页、帖子和评价。',
            },
          },
          {
            id: 'ai-s2-c4',
            text: {
              en: 'For our own AI tools, save the inputs, outputs and logs of the affected sessions.',
              'zh-TW': '若涉及自家 AI 工具，保存相關對話的輸入、輸出與系統紀錄。',
              'zh-CN': '如涉及自有 AI 工具，保存相关会话的输入、输出和系统日志。',
            },
          },
        ],
        resources: [{ en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据记录表' }],
        notes: {
          en: 'AI answers change from one try to the next, so one screenshot proves little. Several dated captures show a pattern.',
          'zh-TW': 'AI 的回答每次都可能不同，單張截圖說服力有限；多張註明日期的截圖才看得出規律。',
          'zh-CN':
            'AI 的回答每次都可能不一样，单张截图说服力有限；多张注明日期的截图才能看出规律。',
        },
      },
      {
        id: 'ai-s3',
        title: {
          en: 'Contain our own AI tools',
          'zh-TW': '控制自家 AI 工具的影響',
          'zh-CN': '控制自有 AI 工具的影响',
        },
        ownerRoleId: 'technical-expert',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ai-s3-c1',
            text: {
              en: 'Pause the affected feature, or switch it to human review, until the cause is known.',
              'zh-TW': '在原因查明前，暫停受影響的功能，或改為人工審核。',
              'zh-CN': '在查明原因之前，暂停受影响的功能，或改为人工审核。',
            },
          },
          {
            id: 'ai-s3-c2',
            text: {
              en: 'Freeze data updates and retraining, and keep copies of the current data and model versions.',
              'zh-TW': '凍結資料更新與重新訓練，並保留目前資料與模型版本的副本。',
              'zh-CN': '冻结数据更新和重新训练，并保留当前数据与模型版本的副本。',
            },
          },
          {
            id: 'ai-s3-c3',
            text: {
              en: 'Check recent changes to data sources, access rights and vendor updates.',
              'zh-TW': '檢查近期資料來源、存取權限及供應商更新是否有異動。',
              'zh-CN': '检查近期数据来源、访问权限和供应商更新是否有变动。',
            },
          },
          {
            id: 'ai-s3-c4',
            text: {
              en: 'List the customers and decisions that the faulty outputs may have affected.',
              'zh-TW': '列出可能受錯誤產出影響的客戶與決定。',
              'zh-CN': '列出可能受错误输出影响的客户和决定。',
            },
          },
        ],
        resources: [{ en: 'AI system inventory', 'zh-TW': 'AI 系統清冊', 'zh-CN': 'AI 系统清单' }],
        notes: {
          en: 'Skip this step when only outside AI services are involved. A paused feature can be switched back on; a wrong decision already sent to customers cannot be taken back.',
          'zh-TW':
            '若只涉及外部 AI 服務，可略過此步驟。暫停的功能隨時可以恢復，已送到客戶手上的錯誤決定卻收不回來。',
          'zh-CN':
            '如果只涉及外部 AI 服务，可跳过此步骤。暂停的功能随时可以恢复，已经发给客户的错误决定却收不回来。',
        },
      },
      {
        id: 'ai-s4',
        title: {
          en: 'Publish a holding statement',
          'zh-TW': '發布暫行聲明',
          'zh-CN': '发布临时声明',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ai-s4-c1',
            text: {
              en: "Fill in the holding statement and get the spokesperson's approval.",
              'zh-TW': '填寫暫行聲明，並取得發言人核准。',
              'zh-CN': '填写临时声明，并获得发言人审批。',
            },
          },
          {
            id: 'ai-s4-c2',
            text: {
              en: 'Post it on the website and pin it on official social accounts.',
              'zh-TW': '發布在官網，並置頂於官方社群帳號。',
              'zh-CN': '发布在官网，并在官方社交账号置顶。',
            },
          },
          {
            id: 'ai-s4-c3',
            text: {
              en: 'Give customer service the approved lines and the page to point people to.',
              'zh-TW': '提供客服核准的說法，以及可引導客戶查看的頁面。',
              'zh-CN': '向客服提供经审批的口径，以及可以引导客户查看的页面。',
            },
          },
        ],
        resources: [
          {
            en: 'Holding statement template (public)',
            'zh-TW': '暫行聲明範本（大眾）',
            'zh-CN': '临时声明模板（公众）',
          },
        ],
        notes: {
          en: 'Say which information is wrong and where the correct information is. Do not guess at who is behind it.',
          'zh-TW': '說清楚哪些資訊有誤、正確資訊在哪裡；不要臆測是誰在背後操作。',
          'zh-CN': '讲清楚哪些信息有误、正确信息在哪里；不要猜测是谁在背后操作。',
        },
      },
      {
        id: 'ai-s5',
        title: {
          en: 'Check legal and notification duties',
          'zh-TW': '確認法律與通報義務',
          'zh-CN': '确认法律与报告义务',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 120,
        checklist: [
          {
            id: 'ai-s5-c1',
            text: {
              en: 'Decide with counsel whether regulators, customers or partners must be notified, and by when.',
              'zh-TW': '與法律顧問確認是否須通知主管機關、客戶或合作夥伴，以及期限為何。',
              'zh-CN': '与法律顾问确认是否需要通知监管部门、客户或合作伙伴，以及期限。',
            },
          },
          {
            id: 'ai-s5-c2',
            text: {
              en: 'Review contracts with AI vendors for their duties to help and to report.',
              'zh-TW': '檢視與 AI 供應商的合約，確認對方的協助與通報義務。',
              'zh-CN': '查看与 AI 供应商的合同，确认对方的协助与报告义务。',
            },
          },
          {
            id: 'ai-s5-c3',
            text: {
              en: 'Keep the evidence log intact for possible complaints or legal action.',
              'zh-TW': '完整保存證據紀錄，以備後續申訴或法律行動。',
              'zh-CN': '完整保存证据记录，以备后续投诉或法律行动。',
            },
          },
          {
            id: 'ai-s5-c4',
            text: {
              en: 'Review the first statement before it is released.',
              'zh-TW': '在首份正式聲明發布前完成審閱。',
              'zh-CN': '在首次正式声明发布前完成审阅。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Duties and deadlines depend on where you operate and on your sector: confirm them with counsel rather than relying on this checklist.',
          'zh-TW':
            '通報義務與期限依營運地區和產業而不同，請以法律顧問的確認為準，不要只依賴這份清單。',
          'zh-CN':
            '报告义务和期限因经营地区和行业而异，请以法律顾问的确认为准，不要只依赖这份清单。',
        },
      },
      {
        id: 'ai-s6',
        title: {
          en: 'Issue the first statement',
          'zh-TW': '發布首份正式聲明',
          'zh-CN': '发布首次正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 180,
        checklist: [
          {
            id: 'ai-s6-c1',
            text: {
              en: 'Fill in the first statement with confirmed facts only, and leave out guesses.',
              'zh-TW': '只把已確認的事實寫進聲明，不放入推測。',
              'zh-CN': '只把已经确认的事实写进声明，不写推测。',
            },
          },
          {
            id: 'ai-s6-c2',
            text: {
              en: 'Tell affected customers directly what was wrong and what they should do.',
              'zh-TW': '直接告知受影響的客戶哪些資訊有誤、他們該怎麼做。',
              'zh-CN': '直接告知受影响的客户哪些信息有误、他们应该怎么做。',
            },
          },
          {
            id: 'ai-s6-c3',
            text: {
              en: 'Say when the next update will come, and keep to it.',
              'zh-TW': '說明下一次更新的時間，並準時發布。',
              'zh-CN': '说明下一次更新的时间，并按时发布。',
            },
          },
        ],
        resources: [
          {
            en: 'First statement template (customers)',
            'zh-TW': '首份正式聲明範本（客戶）',
            'zh-CN': '首次正式声明模板（客户）',
          },
        ],
        notes: {
          en: "If our own AI caused harm, say so plainly and apologise. Do not blame 'the algorithm'.",
          'zh-TW': '如果是我們自己的 AI 造成傷害，就直接承認並道歉，不要把責任推給「演算法」。',
          'zh-CN': '如果是我们自己的 AI 造成了伤害，就直接承认并道歉，不要把责任推给“算法”。',
        },
      },
      {
        id: 'ai-s7',
        title: {
          en: 'Correct the record at its sources',
          'zh-TW': '從源頭更正錯誤資訊',
          'zh-CN': '从源头纠正错误信息',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 240,
        checklist: [
          {
            id: 'ai-s7-c1',
            text: {
              en: 'Publish a dated fact page that sets out the correct information in plain words.',
              'zh-TW': '發布註明日期的事實說明頁，用淺白的文字列出正確資訊。',
              'zh-CN': '发布注明日期的事实说明页，用通俗的语言列出正确信息。',
            },
          },
          {
            id: 'ai-s7-c2',
            text: {
              en: 'Ask the owners of sites carrying false content to correct or remove it.',
              'zh-TW': '請刊登不實內容的網站管理者更正或移除。',
              'zh-CN': '请刊登不实内容的网站方更正或删除。',
            },
          },
          {
            id: 'ai-s7-c3',
            text: {
              en: "Report wrong answers through each AI service's and search engine's feedback or reporting channel.",
              'zh-TW': '透過各 AI 服務與搜尋引擎的意見回饋或檢舉管道，回報錯誤的回答。',
              'zh-CN': '通过各 AI 服务和搜索引擎的反馈或举报渠道，报告错误的回答。',
            },
          },
          {
            id: 'ai-s7-c4',
            text: {
              en: 'Update our official listings (business profiles, directories, app store pages) so that they all agree.',
              'zh-TW': '更新各處官方資料（商家檔案、企業名錄、App 商店頁面），確保內容一致。',
              'zh-CN': '更新各处官方资料（商家主页、企业名录、应用商店页面），确保内容一致。',
            },
          },
          {
            id: 'ai-s7-c5',
            text: {
              en: 'Log each request with its date and reference number, and follow it up.',
              'zh-TW': '記錄每一筆請求的日期與案件編號，並持續追蹤。',
              'zh-CN': '记录每一项请求的日期和工单编号，并持续跟进。',
            },
          },
        ],
        resources: [
          { en: 'Fact page', 'zh-TW': '事實說明頁', 'zh-CN': '事实说明页' },
          { en: 'Request tracker', 'zh-TW': '請求追蹤表', 'zh-CN': '请求跟踪表' },
        ],
        notes: {
          en: 'Outside services may not correct their answers, and when they do it can take days or weeks. Never promise the public a date for it.',
          'zh-TW':
            '外部服務是否更正、何時更正都無法保證，可能需要數天到數週；不要對外承諾完成日期。',
          'zh-CN':
            '外部服务是否更正、何时更正都无法保证，可能需要几天到几周；不要对外承诺完成日期。',
        },
      },
      {
        id: 'ai-s8',
        title: {
          en: 'Monitor, update and close',
          'zh-TW': '持續監測、更新與結案',
          'zh-CN': '持续监测、更新与结案',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 1440,
        checklist: [
          {
            id: 'ai-s8-c1',
            text: {
              en: 'Ask the saved questions again every day and record whether the answers have changed.',
              'zh-TW': '每天重新提出已保存的問題，記錄回答是否改變。',
              'zh-CN': '每天重新提出已保存的问题，记录回答是否有变化。',
            },
          },
          {
            id: 'ai-s8-c2',
            text: {
              en: 'Send updates at the promised times, even when there is little news.',
              'zh-TW': '在承諾的時間發布更新，即使新進展不多也一樣。',
              'zh-CN': '在承诺的时间发布更新，即使没有太多新进展也要发。',
            },
          },
          {
            id: 'ai-s8-c3',
            text: {
              en: 'Close once the answers are corrected, or our AI tool is back with safeguards, and send the resolution statement.',
              'zh-TW':
                '當回答已更正，或自家 AI 工具在加上防護措施後恢復運作，即可結案並發布結案聲明。',
              'zh-CN':
                '当回答已经更正，或自有 AI 工具加上防护措施后恢复运行，即可结案并发布结案声明。',
            },
          },
          {
            id: 'ai-s8-c4',
            text: {
              en: 'Schedule the postmortem and add what you learned to the risk register.',
              'zh-TW': '安排事後檢討，並將學到的教訓加入風險清冊。',
              'zh-CN': '安排复盘，并把吸取的教训加入风险登记册。',
            },
          },
        ],
        resources: [
          {
            en: 'Resolution statement template (public)',
            'zh-TW': '結案聲明範本（大眾）',
            'zh-CN': '结案声明模板（公众）',
          },
        ],
        notes: {
          en: 'Keep monitoring keywords for the false claims for at least a few weeks after closing: planted content often comes back.',
          'zh-TW': '結案後仍應持續監測相關不實說法的關鍵字至少數週，刻意散布的內容常會捲土重來。',
          'zh-CN': '结案后仍应持续监测相关不实说法的关键词至少几周，刻意投放的内容常常会卷土重来。',
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
        en: 'Within 60 min, then every 4 h while attention lasts',
        'zh-TW': '60 分鐘內，之後在關注持續期間每 4 小時一次',
        'zh-CN': '60 分钟内，之后在关注持续期间每 4 小时一次',
      },
      templateStage: 'holding',
      note: {
        en: 'Pin the post and link to the fact page; do not argue with individual AI answers in the comments.',
        'zh-TW': '置頂貼文並附上事實說明頁連結；不要在留言中逐一爭論各個 AI 回答。',
        'zh-CN': '置顶帖子并附上事实说明页链接；不要在评论区逐条争论各个 AI 回答。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min; update the fact page at every change',
        'zh-TW': '60 分鐘內；每有變化就更新事實說明頁',
        'zh-CN': '60 分钟内；每有变化就更新事实说明页',
      },
      templateStage: 'holding',
      note: {
        en: 'One dated fact page is the single source that every other message points to.',
        'zh-TW': '以一個註明日期的事實說明頁作為唯一依據，其他訊息都指向這一頁。',
        'zh-CN': '以一个注明日期的事实说明页作为唯一依据，其他信息都指向这一页。',
      },
    },
    {
      stakeholderId: 'employees',
      channelId: 'messaging',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, before public posts where possible',
        'zh-TW': '60 分鐘內，盡可能早於對外發布',
        'zh-CN': '60 分钟内，尽量早于对外发布',
      },
      templateStage: 'holding',
      note: {
        en: 'Share the approved lines, and ask staff not to test or discuss the AI answers in public.',
        'zh-TW': '提供核准的說法，並請同仁不要公開測試或討論這些 AI 回答。',
        'zh-CN': '提供经审批的口径，并请员工不要公开测试或讨论这些 AI 回答。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'email',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h to customers known to be affected, then with each update',
        'zh-TW': '4 小時內寄給已知受影響的客戶，之後隨每次更新寄送',
        'zh-CN': '4 小时内发给已知受影响的客户，之后随每次更新发送',
      },
      templateStage: 'first-statement',
      note: {
        en: "Write to customers who acted on a wrong answer or received a decision from our AI tool; don't email everyone.",
        'zh-TW': '只寄給曾依錯誤答案行動，或收到自家 AI 工具決定的客戶，不要全面群發。',
        'zh-CN': '只发给曾按错误答案行事、或收到自有 AI 工具决定的客户，不要全量群发。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h once the press asks or coverage starts',
        'zh-TW': '媒體詢問或開始報導後 4 小時內',
        'zh-CN': '媒体问询或开始报道后 4 小时内',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Stick to confirmed facts; explain what AI tools got wrong without technical jargon.',
        'zh-TW': '只講已確認的事實；用一般人聽得懂的話說明 AI 工具哪裡出錯。',
        'zh-CN': '只讲已确认的事实；用大家听得懂的话说明 AI 工具哪里出了错。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'email',
      ownerRoleId: 'external-liaison',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h if they sell the product or use the affected AI feature; then with each update',
        'zh-TW': '若合作夥伴銷售相關產品或使用受影響的 AI 功能，4 小時內通知，之後隨每次更新',
        'zh-CN': '如果合作伙伴销售相关产品或使用受影响的 AI 功能，4 小时内通知，之后随每次更新',
      },
      templateStage: 'update',
      note: {
        en: 'Partners may be getting the same wrong answers from their own customers; give them the fact page.',
        'zh-TW': '合作夥伴的客戶可能也拿著同樣的錯誤答案來問，請提供事實說明頁。',
        'zh-CN': '合作伙伴的客户可能也拿着同样的错误答案来问，请提供事实说明页。',
      },
    },
    {
      stakeholderId: 'regulators',
      channelId: 'email',
      ownerRoleId: 'legal-counsel',
      targetMinutes: null,
      timing: {
        en: 'As counsel advises',
        'zh-TW': '依法律顧問建議',
        'zh-CN': '按法律顾问建议',
      },
      templateStage: null,
      note: {
        en: 'Whether and when to notify depends on your sector and where you operate: confirm with counsel.',
        'zh-TW': '是否通報、何時通報，視產業與營運地區而定，請向法律顧問確認。',
        'zh-CN': '是否报告、何时报告，视行业和经营地区而定，请向法律顾问确认。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-ai-data-poisoning-holding-public',
      stage: 'holding',
      audience: 'public',
      title: {
        en: 'Holding statement: wrong AI-generated information',
        'zh-TW': '暫行聲明：AI 產生的錯誤資訊',
        'zh-CN': '临时声明：AI 生成的错误信息',
      },
      body: {
        en: 'About {{incidentTitle}}\n\nOn {{detectedAt}}, we learned that AI-generated answers about {{company}} and {{product}} have been giving people incorrect information. We are sorry for the confusion and worry this may have caused. If you have already acted on wrong information, please get in touch.\n\nWhat we know so far: {{whatWeKnow}}\n\nWhat we are doing now: {{whatWeAreDoing}}\n\nUntil this is resolved, please rely only on our official website and accounts for our prices, contact details and safety information, and check with us before acting on anything an AI tool or search result tells you about {{product}}.\n\nWe will post our next update by {{nextUpdateAt}}.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '關於「{{incidentTitle}}」\n\n我們於 {{detectedAt}} 發現，部分 AI 產生的回答對 {{company}} 與 {{product}} 提供了錯誤資訊。造成大家的困擾與擔心，我們深感抱歉。若您已依錯誤資訊做了決定，歡迎與我們聯繫。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n我們正在處理的事項：{{whatWeAreDoing}}\n\n在問題解決之前，價格、聯絡方式與安全相關資訊，請以我們的官網與官方帳號為準；AI 工具或搜尋結果提到 {{product}} 的內容，請先向我們確認再採取行動。\n\n下一次更新將於 {{nextUpdateAt}} 前發布。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '关于“{{incidentTitle}}”\n\n我们于 {{detectedAt}} 发现，一些 AI 生成的回答给出了关于 {{company}} 和 {{product}} 的错误信息。给大家带来困扰和担忧，我们深表歉意。如果您已经根据错误信息做了决定，欢迎与我们联系。\n\n目前了解到的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n问题解决之前，价格、联系方式和安全相关信息请以我们的官网和官方账号为准；AI 工具或搜索结果中关于 {{product}} 的说法，请先向我们核实再做决定。\n\n我们将在 {{nextUpdateAt}} 前发布下一次更新。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-ai-data-poisoning-first-statement-customers',
      stage: 'first-statement',
      audience: 'customers',
      title: {
        en: 'First statement to customers: wrong AI-generated information',
        'zh-TW': '致客戶的首份正式聲明：AI 產生的錯誤資訊',
        'zh-CN': '致客户的首次正式声明：AI 生成的错误信息',
      },
      body: {
        en: 'Dear customer,\n\nWe are writing to you about {{incidentTitle}}. Since {{detectedAt}}, some AI-generated answers have given wrong information about {{product}}, and you may have made decisions based on it. If so, we are sorry, and we want to help you deal with the consequences.\n\nWhat we know: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWhere the wrong information came from a {{company}} system, that is our responsibility, and a member of our team, not an automated tool, will look at every case you report to us. Where it came from outside services, we have asked them to correct it, but we cannot control how quickly they do.\n\nIf you are unsure about anything you were told, please contact us using the details on our official website. Our next update will follow by {{nextUpdateAt}}.\n\n{{spokesperson}}\n{{company}}',
        'zh-TW':
          '親愛的客戶您好：\n\n關於「{{incidentTitle}}」：自 {{detectedAt}} 起，部分 AI 產生的回答提供了 {{product}} 的錯誤資訊，您可能已據此做了決定。若是如此，我們深感抱歉，並會盡力協助您處理後續影響。\n\n目前確認的事實：{{whatWeKnow}}\n\n我們正在進行的處理：{{whatWeAreDoing}}\n\n若錯誤資訊來自 {{company}} 的系統，責任在我們，您回報的每個案例都會由專人逐一處理。若來自外部服務，我們已要求對方更正，但無法掌控對方的處理速度。\n\n有任何疑慮，請透過官網上的聯絡方式與我們聯繫。下一次更新將於 {{nextUpdateAt}} 前送達。\n\n{{company}} {{spokesperson}} 敬上',
        'zh-CN':
          '尊敬的客户：\n\n关于“{{incidentTitle}}”：自 {{detectedAt}} 起，一些 AI 生成的回答给出了 {{product}} 的错误信息，您可能已经据此做了决定。如果是这样，我们深表歉意，并会尽力帮您处理后续影响。\n\n目前已确认的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n如果错误信息出自 {{company}} 的系统，责任在我们，您反馈的每个情况都会由专人逐一处理。如果出自外部服务，我们已要求对方更正，但无法掌控对方的处理进度。\n\n如有任何疑问，请通过官网公布的联系方式与我们联系。我们将在 {{nextUpdateAt}} 前发布下一次更新。\n\n{{company}} {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-ai-data-poisoning-update-customers',
      stage: 'update',
      audience: 'customers',
      title: {
        en: 'Update: wrong AI-generated information',
        'zh-TW': '最新進度：AI 產生的錯誤資訊',
        'zh-CN': '最新进展：AI 生成的错误信息',
      },
      body: {
        en: 'Update on {{incidentTitle}}\n\nThis is our latest update on the wrong AI-generated information about {{product}} that we first reported on {{detectedAt}}.\n\nWhat we know now: {{whatWeKnow}}\n\nWhat we have done and are doing: {{whatWeAreDoing}}\n\nSome AI tools and search engines may keep showing the old, incorrect answers for a while after the sources are corrected. Please keep checking our official website before acting on information about {{product}}, and tell us if you still see wrong answers, with a screenshot if you can.\n\nThank you for your patience. We will update you again by {{nextUpdateAt}}.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '「{{incidentTitle}}」最新進度\n\n以下是我們自 {{detectedAt}} 首次說明以來，關於 {{product}} 錯誤 AI 資訊的最新進度。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n已完成與正在進行的處理：{{whatWeAreDoing}}\n\n即使錯誤的來源已經更正，部分 AI 工具與搜尋引擎仍可能在一段時間內顯示舊的錯誤答案。與 {{product}} 有關的資訊，請在採取行動前先查看官網；若仍看到錯誤的回答，歡迎告訴我們，方便的話請附上截圖。\n\n感謝您的耐心。下一次更新將於 {{nextUpdateAt}} 前發布。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '“{{incidentTitle}}”最新进展\n\n以下是自 {{detectedAt}} 首次说明以来，关于 {{product}} 相关 AI 错误信息的最新进展。\n\n目前了解到的情况：{{whatWeKnow}}\n\n已经完成和正在进行的工作：{{whatWeAreDoing}}\n\n即使错误的源头已经纠正，一些 AI 工具和搜索引擎仍可能在一段时间内显示旧的错误答案。涉及 {{product}} 的信息，请在做决定前先查看官网；如果仍然看到错误的回答，欢迎告诉我们，方便的话请附上截图。\n\n感谢您的耐心。我们将在 {{nextUpdateAt}} 前再次更新。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-ai-data-poisoning-resolution-public',
      stage: 'resolution',
      audience: 'public',
      title: {
        en: 'Resolution: wrong AI-generated information corrected',
        'zh-TW': '結案聲明：AI 錯誤資訊已更正',
        'zh-CN': '结案声明：AI 错误信息已纠正',
      },
      body: {
        en: '{{incidentTitle}}: resolved\n\nSince {{detectedAt}}, AI-generated answers had been giving wrong information about {{company}} and {{product}}. We are sorry for the trouble this caused.\n\nWhat happened: {{whatWeKnow}}\n\nWhat we have changed: {{whatWeAreDoing}}\n\nAs far as we can confirm, the sources of the false information have been corrected or removed, and we will keep checking the main AI assistants and search engines. Because we do not control these outside services, an old answer may still appear from time to time. If you see one, please tell us.\n\nThank you to everyone who reported wrong answers to us: your reports helped us find the problem sooner. Our official website remains the place for accurate information about {{product}}.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '「{{incidentTitle}}」結案說明\n\n自 {{detectedAt}} 起，部分 AI 產生的回答提供了關於 {{company}} 與 {{product}} 的錯誤資訊，造成大家的困擾，我們再次致歉。\n\n事情經過：{{whatWeKnow}}\n\n我們做了哪些改變：{{whatWeAreDoing}}\n\n就我們所能確認的範圍，錯誤資訊的來源已經更正或移除，我們也會持續檢查主要的 AI 助理與搜尋引擎。由於這些外部服務不在我們的掌控之中，偶爾仍可能出現舊的答案；如果您看到了，請告訴我們。\n\n謝謝每一位向我們回報錯誤答案的朋友，讓我們能更快找出問題。關於 {{product}} 的正確資訊，請以官網為準。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '“{{incidentTitle}}”结案说明\n\n自 {{detectedAt}} 起，一些 AI 生成的回答给出了关于 {{company}} 和 {{product}} 的错误信息，给大家带来了麻烦，我们再次致歉。\n\n事情经过：{{whatWeKnow}}\n\n我们做出的改进：{{whatWeAreDoing}}\n\n在我们能够核实的范围内，错误信息的源头已经纠正或删除，我们也会继续检查主流 AI 助手和搜索引擎。由于这些外部服务不在我们的掌控之内，偶尔仍可能出现旧的答案；如果您看到了，请告诉我们。\n\n感谢每一位向我们反馈错误答案的朋友，帮助我们更快发现问题。关于 {{product}} 的准确信息，请以官网为准。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
  ],
};
