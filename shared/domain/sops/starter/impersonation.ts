import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for impersonation and fraud pages: fake fan pages and accounts, look-alike websites,
 * fake customer-service numbers, and phishing messages or ads in the brand's name. Written by the
 * Crisis Room team from the seeds' guidance (detect, report and respond fast; get fakes taken down;
 * warn customers through official channels) as a starting point to adapt.
 */
export const impersonationKit: StarterKit = {
  crisisTypeId: 'impersonation',
  summary: {
    en: 'Someone pretends to be the company online: fake fan pages and social accounts, look-alike websites, fake customer-service numbers, or messages and ads that use the brand to phish for passwords, personal data or money. The people harmed are usually our own customers, and they often blame us. Speed matters: warn people through official channels and get the fakes taken down.',
    'zh-TW':
      '有人在網路上冒用公司名義：假粉專、假帳號、仿冒官網、假客服電話，或打著品牌名號的訊息與廣告，藉此騙取密碼、個資或金錢。受害的通常是我們自己的客戶，他們也常把帳算在公司頭上。處理重在速度：盡快透過官方管道提醒大家，並讓假冒內容下架。',
    'zh-CN':
      '有人在网上冒充公司：假冒的官方账号、山寨网站、虚假客服电话，或借品牌名义发送的信息和广告，用来骗取密码、个人信息或钱财。受害的往往是我们自己的客户，而他们也常常把责任算到公司头上。处理的关键在于快：尽快通过官方渠道提醒大家，并推动平台下架假冒内容。',
  },
  typicalRisks: [
    {
      en: "If a fake fan page runs a giveaway in our name, then followers hand over personal data or pay 'shipping fees' to scammers.",
      'zh-TW': '若假粉專以我們的名義舉辦抽獎活動，則粉絲可能交出個資，或被騙支付「運費」。',
      'zh-CN': '如果假冒账号以我们的名义搞抽奖活动，那么粉丝可能交出个人信息，或被骗支付“运费”。',
    },
    {
      en: 'If a phishing message copies our branding and login page, then customers lose control of their accounts and question our security.',
      'zh-TW': '若釣魚訊息仿冒我們的品牌與登入頁面，則客戶帳號會被盜用，客戶也會質疑我們的資安。',
      'zh-CN':
        '如果钓鱼信息仿冒我们的品牌和登录页面，那么客户账号会被盗，客户也会质疑我们的安全防护。',
    },
    {
      en: 'If a fake customer-service number appears in search results or ads, then callers are talked into transferring money or installing remote-control apps.',
      'zh-TW': '若假客服電話出現在搜尋結果或廣告中，則來電者可能被誘導匯款或安裝遠端遙控軟體。',
      'zh-CN':
        '如果虚假客服电话出现在搜索结果或广告里，那么来电者可能被诱导转账或安装远程控制软件。',
    },
    {
      en: "If an executive's name and photo are used to promote a fake investment group, then victims lose money and the press links the scam to our company.",
      'zh-TW':
        '若高層主管的姓名與照片被用來宣傳假投資群組，則受害者蒙受損失，媒體報導也會把詐騙與公司連在一起。',
      'zh-CN':
        '如果高管的姓名和照片被用来推广虚假投资群，那么受害者会蒙受损失，媒体报道也会把骗局和公司联系在一起。',
    },
    {
      en: 'If we have no published list of official accounts, then customers cannot tell real from fake and our warnings are not believed.',
      'zh-TW': '若我們沒有公開的官方帳號清單，則客戶無從分辨真假，我們的提醒也難以取信。',
      'zh-CN': '如果我们没有公布官方账号清单，那么客户无法分辨真假，我们的提醒也难以取信。',
    },
  ],
  sop: {
    id: 'starter-sop-impersonation',
    title: {
      en: 'Impersonation and fraud pages: response procedure',
      'zh-TW': '冒名粉專與詐騙頁面應變程序',
      'zh-CN': '冒名账号与诈骗页面应对程序',
    },
    purpose: {
      en: 'Use this procedure when someone poses as our company, brand or staff to deceive people.\n\nIt aims to:\n\n- warn customers quickly through channels they can trust;\n- get fake pages, accounts, websites and ads removed;\n- support people who were deceived and point them to the right help;\n- keep evidence for the police and for counsel.',
      'zh-TW':
        '當有人冒用公司、品牌或員工的身分欺騙他人時使用本程序。\n\n目標：\n\n- 透過大家信得過的管道，盡快提醒客戶；\n- 讓假粉專、假帳號、仿冒網站與假廣告下架；\n- 協助受騙的人，並引導他們找到正確的求助管道；\n- 保存證據，供警方與法律顧問使用。',
      'zh-CN':
        '当有人冒充公司、品牌或员工身份欺骗他人时使用本程序。\n\n目标：\n\n- 通过大家信得过的渠道，尽快提醒客户；\n- 推动假冒账号、页面、山寨网站和虚假广告下架；\n- 帮助受骗的人，并引导他们找到正确的求助渠道；\n- 保存证据，供公安机关和法律顾问使用。',
    },
    triggerCriteria: {
      en: 'Activate when any of these is found:\n\n- a page, account, group or website that uses our name, logo or staff identities and is not ours;\n- messages, emails, texts or ads that pretend to come from us and ask for logins, personal data or payments;\n- a customer reports losing money or data to someone who claimed to be us;\n- a fake phone number or address listed as ours in search results, maps or directories.\n\nA dormant look-alike account with no followers or activity: report it to the platform and log it as SEV 4.',
      'zh-TW':
        '發現下列任一情況時啟動：\n\n- 使用我們的名稱、商標或員工身分，但並非我們經營的粉專、帳號、群組或網站；\n- 假冒我們名義發送的訊息、電子郵件、簡訊或廣告，要求提供登入資料、個資或付款；\n- 有客戶反映被自稱是我們的人騙走金錢或個資；\n- 搜尋結果、地圖或名錄中出現冒充我們的假電話或假地址。\n\n若只是沒有粉絲、也沒有動態的仿冒帳號：向平台檢舉並以四級記錄。',
      'zh-CN':
        '发现以下任一情况时启动：\n\n- 使用我们的名称、商标或员工身份，但并非我们运营的账号、页面、群或网站；\n- 冒用我们名义发送的信息、邮件、短信或广告，索要登录信息、个人信息或付款；\n- 有客户反映被自称是我们的人骗走钱财或个人信息；\n- 搜索结果、地图或企业名录中出现冒充我们的假电话或假地址。\n\n如果只是没有粉丝、也没有动态的仿冒账号：向平台投诉并按四级记录。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3', 'sev-4'],
    ownerRoleId: 'public-relations',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'imp-s1',
        title: {
          en: 'Confirm the fake and capture evidence',
          'zh-TW': '確認為冒名並保存證據',
          'zh-CN': '确认冒名并保存证据',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 20,
        checklist: [
          {
            id: 'imp-s1-c1',
            text: {
              en: 'Check it against our register of official accounts, websites and phone numbers.',
              'zh-TW': '與官方帳號、網站及電話清冊比對，確認不是我們的。',
              'zh-CN': '对照官方账号、网站和电话清单，确认不是我们的。',
            },
          },
          {
            id: 'imp-s1-c2',
            text: {
              en: 'Save screenshots and links of the page, posts, ads and messages, with the date and time.',
              'zh-TW': '保存頁面、貼文、廣告與訊息的截圖及連結，並註明日期時間。',
              'zh-CN': '保存页面、帖子、广告和信息的截图及链接，并注明日期和时间。',
            },
          },
          {
            id: 'imp-s1-c3',
            text: {
              en: 'Record the account names and IDs, payment details, phone numbers and other contact details the impersonator uses.',
              'zh-TW': '記錄冒用者使用的帳號名稱與 ID、收款帳戶、電話及其他聯絡方式。',
              'zh-CN': '记录冒充者使用的账号名称和 ID、收款账户、电话及其他联系方式。',
            },
          },
          {
            id: 'imp-s1-c4',
            text: {
              en: 'Note how many people it reaches (followers, shares, ads running).',
              'zh-TW': '記下觸及人數（追蹤人數、分享數、廣告投放情形）。',
              'zh-CN': '记下触达人数（粉丝数、转发数、广告投放情况）。',
            },
          },
        ],
        resources: [
          {
            en: 'Official accounts register',
            'zh-TW': '官方帳號清冊',
            'zh-CN': '官方账号清单',
          },
          { en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据记录表' },
        ],
        notes: {
          en: "Do not message or 'test' the impersonator from a company account: it can tip them off and put staff at risk.",
          'zh-TW': '不要用公司帳號私訊或「試探」冒用者，以免打草驚蛇，也可能讓同仁陷入風險。',
          'zh-CN': '不要用公司账号私信或“试探”冒充者，以免打草惊蛇，也可能让员工陷入风险。',
        },
      },
      {
        id: 'imp-s2',
        title: {
          en: 'Convene the team and set the severity',
          'zh-TW': '召集小組並決定嚴重等級',
          'zh-CN': '召集小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'imp-s2-c1',
            text: {
              en: 'Find out whether anyone has lost money or personal data; if so, treat it as SEV 2 or higher.',
              'zh-TW': '確認是否已有人損失金錢或個資；若有，至少以二級處理。',
              'zh-CN': '确认是否已有人损失钱财或个人信息；如有，至少按二级处理。',
            },
          },
          {
            id: 'imp-s2-c2',
            text: {
              en: 'Assign owners for takedown requests, customer warnings and the police report.',
              'zh-TW': '指派負責檢舉下架、客戶提醒與報案的人員。',
              'zh-CN': '指派负责投诉下架、客户提醒和报案的人员。',
            },
          },
          {
            id: 'imp-s2-c3',
            text: {
              en: 'Ask the scribe to open the incident timeline.',
              'zh-TW': '請記錄員開始記錄事件時間軸。',
              'zh-CN': '请记录员开始记录事件时间线。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Impersonation often comes in waves: expect new fakes once one is removed, and plan for several days of work.',
          'zh-TW': '冒名通常一波接一波：一個下架後往往又冒出新的，請預留數天的處理人力。',
          'zh-CN': '冒名往往一波接一波：一个下架后常常又冒出新的，请预留几天的处理人手。',
        },
      },
      {
        id: 'imp-s3',
        title: {
          en: 'Report the fakes to the platforms',
          'zh-TW': '向平台檢舉假冒內容',
          'zh-CN': '向平台投诉假冒内容',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 45,
        checklist: [
          {
            id: 'imp-s3-c1',
            text: {
              en: "Report every fake page, account and ad through the platform's impersonation or brand-protection form, as the rights holder.",
              'zh-TW':
                '以權利人身分，透過各平台的冒名或品牌保護檢舉表單，逐一檢舉每個假粉專、假帳號與假廣告。',
              'zh-CN':
                '以权利人身份，通过各平台的冒名或品牌保护投诉入口，逐一投诉每个假冒账号、页面和广告。',
            },
          },
          {
            id: 'imp-s3-c2',
            text: {
              en: 'Report look-alike websites to their hosting provider and domain registrar, and to the browsers’ phishing-report services.',
              'zh-TW': '向仿冒網站的主機商與網域註冊商檢舉，並向瀏覽器的釣魚網站回報服務通報。',
              'zh-CN': '向山寨网站的托管服务商和域名注册商投诉，并向浏览器的钓鱼网站举报服务报告。',
            },
          },
          {
            id: 'imp-s3-c3',
            text: {
              en: 'Log each report with its time and reference number.',
              'zh-TW': '記錄每一筆檢舉的時間與案件編號。',
              'zh-CN': '记录每一次投诉的时间和受理编号。',
            },
          },
          {
            id: 'imp-s3-c4',
            text: {
              en: 'Follow up on open reports at least twice a day.',
              'zh-TW': '尚未處理的檢舉，每天至少追蹤兩次。',
              'zh-CN': '尚未处理的投诉，每天至少跟进两次。',
            },
          },
        ],
        resources: [
          {
            en: 'Platform reporting links',
            'zh-TW': '各平台檢舉管道',
            'zh-CN': '各平台投诉渠道',
          },
          { en: 'Request tracker', 'zh-TW': '請求追蹤表', 'zh-CN': '请求跟踪表' },
        ],
        notes: {
          en: 'Platforms decide on their own schedule, often within hours to days. Never promise the public a removal time.',
          'zh-TW': '平台依自己的時程處理，常需數小時到數天；絕不要對外承諾下架時間。',
          'zh-CN': '平台按自己的节奏处理，通常需要几小时到几天；千万不要对外承诺下架时间。',
        },
      },
      {
        id: 'imp-s4',
        title: {
          en: 'Warn customers through official channels',
          'zh-TW': '透過官方管道提醒客戶',
          'zh-CN': '通过官方渠道提醒客户',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'imp-s4-c1',
            text: {
              en: 'Publish the holding statement on the website and pin it on every official account.',
              'zh-TW': '在官網發布暫行聲明，並置頂於所有官方帳號。',
              'zh-CN': '在官网发布临时声明，并在所有官方账号置顶。',
            },
          },
          {
            id: 'imp-s4-c2',
            text: {
              en: 'List our official accounts, websites and phone numbers in the warning.',
              'zh-TW': '在提醒中列出官方帳號、網站與電話。',
              'zh-CN': '在提醒中列出官方账号、网站和电话。',
            },
          },
          {
            id: 'imp-s4-c3',
            text: {
              en: 'Say plainly what we never ask for: passwords, verification codes, transfers to personal accounts.',
              'zh-TW': '清楚說明我們絕不會要求的事項：密碼、驗證碼、匯款到個人帳戶。',
              'zh-CN': '明确说明我们绝不会索要的内容：密码、验证码、向个人账户转账。',
            },
          },
          {
            id: 'imp-s4-c4',
            text: {
              en: 'Avoid shortened links in the warning; point people to an address they can type themselves.',
              'zh-TW': '提醒中避免使用短網址，引導大家自行輸入官網網址。',
              'zh-CN': '提醒中避免使用短链接，引导大家自己输入官网网址。',
            },
          },
        ],
        resources: [
          {
            en: 'Holding statement template (customers)',
            'zh-TW': '暫行聲明範本（客戶）',
            'zh-CN': '临时声明模板（客户）',
          },
        ],
        notes: {
          en: 'Only say what you can back up: that the fake is not ours, not who is behind it.',
          'zh-TW': '只說有把握的事：說明假帳號不是我們的，不要指稱是誰在背後操作。',
          'zh-CN': '只说有把握的事：说明假冒账号不是我们的，不要指称是谁在背后操作。',
        },
      },
      {
        id: 'imp-s5',
        title: {
          en: 'Brief customer service and staff',
          'zh-TW': '向客服與同仁說明應對方式',
          'zh-CN': '向客服和员工说明应对方式',
        },
        ownerRoleId: 'customer-service',
        targetMinutes: 60,
        checklist: [
          {
            id: 'imp-s5-c1',
            text: {
              en: 'Give the team the approved lines and the list of official accounts.',
              'zh-TW': '提供客服團隊核准的說法與官方帳號清單。',
              'zh-CN': '向客服团队提供经审批的口径和官方账号清单。',
            },
          },
          {
            id: 'imp-s5-c2',
            text: {
              en: 'Log each report: where the person met the fake, when, and what they lost.',
              'zh-TW': '記錄每一筆反映：對方在哪裡遇到假帳號、什麼時候，以及損失了什麼。',
              'zh-CN': '记录每一条反馈：对方在哪里遇到假冒账号、什么时间、损失了什么。',
            },
          },
          {
            id: 'imp-s5-c3',
            text: {
              en: 'Tell anyone who paid or shared card details to contact their bank at once and report it to the police or the local anti-fraud hotline.',
              'zh-TW': '請已付款或提供卡號的民眾立即聯絡銀行，並撥打 165 反詐騙諮詢專線。',
              'zh-CN': '请已付款或提供银行卡信息的用户立即联系银行，并拨打 110 报警。',
            },
          },
          {
            id: 'imp-s5-c4',
            text: {
              en: 'Ask staff to report new fakes to the crisis room instead of confronting them.',
              'zh-TW': '請同仁發現新的假帳號時回報作戰室，不要自行與對方交涉。',
              'zh-CN': '请员工发现新的假冒账号时报告作战室，不要自行与对方交涉。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'People who were deceived are victims: listen first, and never suggest they should have known better.',
          'zh-TW': '受騙者是受害人：先傾聽，絕不要暗示對方「早該看出來」。',
          'zh-CN': '受骗者是受害人：先倾听，绝不要暗示对方“早该看出来”。',
        },
      },
      {
        id: 'imp-s6',
        title: {
          en: 'Report to the police and consult counsel',
          'zh-TW': '向警方報案並諮詢法律顧問',
          'zh-CN': '向公安机关报案并咨询法律顾问',
        },
        ownerRoleId: 'legal-counsel',
        targetMinutes: 120,
        checklist: [
          {
            id: 'imp-s6-c1',
            text: {
              en: 'File a police report with the evidence log, and note the case number.',
              'zh-TW': '攜帶證據紀錄向警方報案，並記下案號。',
              'zh-CN': '带上证据记录向公安机关报案，并记下案件编号。',
            },
          },
          {
            id: 'imp-s6-c2',
            text: {
              en: 'Ask counsel whether personal data taken through the fakes creates a duty to notify customers or regulators.',
              'zh-TW': '請法律顧問判斷透過假冒管道被取得的個資，是否產生通知客戶或主管機關的義務。',
              'zh-CN': '请法律顾问判断通过假冒渠道被获取的个人信息，是否需要通知客户或监管部门。',
            },
          },
          {
            id: 'imp-s6-c3',
            text: {
              en: 'Discuss with counsel whether trademark or copyright complaints would speed up takedowns.',
              'zh-TW': '與法律顧問討論是否以商標或著作權檢舉加速下架。',
              'zh-CN': '与法律顾问讨论是否以商标或著作权投诉加快下架。',
            },
          },
          {
            id: 'imp-s6-c4',
            text: {
              en: 'Review the first statement before it is released.',
              'zh-TW': '在首份正式聲明發布前完成審閱。',
              'zh-CN': '在首次正式声明发布前完成审阅。',
            },
          },
        ],
        resources: [{ en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据记录表' }],
        notes: {
          en: 'Notification duties and deadlines differ by place and sector: confirm them with counsel.',
          'zh-TW': '通報義務與期限因地區與產業而異，請向法律顧問確認。',
          'zh-CN': '报告义务和期限因地区和行业而异，请向法律顾问确认。',
        },
      },
      {
        id: 'imp-s7',
        title: {
          en: 'Issue the first statement',
          'zh-TW': '發布首份正式聲明',
          'zh-CN': '发布首次正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 180,
        checklist: [
          {
            id: 'imp-s7-c1',
            text: {
              en: 'Fill in the first statement with confirmed facts only.',
              'zh-TW': '只把已確認的事實寫進聲明。',
              'zh-CN': '只把已经确认的事实写进声明。',
            },
          },
          {
            id: 'imp-s7-c2',
            text: {
              en: 'Send it directly to customers known to be affected, and publish it where the holding statement is.',
              'zh-TW': '直接寄送給已知受影響的客戶，並發布在暫行聲明所在的位置。',
              'zh-CN': '直接发送给已知受影响的客户，并在临时声明所在位置发布。',
            },
          },
          {
            id: 'imp-s7-c3',
            text: {
              en: 'Explain what help is available to people who lost money or personal data.',
              'zh-TW': '說明損失金錢或個資的人可以獲得哪些協助。',
              'zh-CN': '说明损失钱财或个人信息的人可以获得哪些帮助。',
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
          en: 'Do not promise refunds or compensation unless the commander and counsel have agreed to them.',
          'zh-TW': '除非總指揮與法律顧問已經同意，不要承諾退款或賠償。',
          'zh-CN': '除非总指挥和法律顾问已经同意，不要承诺退款或赔偿。',
        },
      },
      {
        id: 'imp-s8',
        title: {
          en: 'Track takedowns, update and close',
          'zh-TW': '追蹤下架進度、更新與結案',
          'zh-CN': '跟进下架进度、更新与结案',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 1440,
        checklist: [
          {
            id: 'imp-s8-c1',
            text: {
              en: 'Search every day for new fakes and variants of our name, and report them.',
              'zh-TW': '每天搜尋新的假帳號與名稱變體，發現即檢舉。',
              'zh-CN': '每天搜索新的假冒账号和名称变体，发现就投诉。',
            },
          },
          {
            id: 'imp-s8-c2',
            text: {
              en: 'Post an update when fakes are removed or new ones appear.',
              'zh-TW': '每當有假帳號下架或出現新的假帳號時，就發布更新。',
              'zh-CN': '每当有假冒账号被下架或出现新的假冒账号时，就发布更新。',
            },
          },
          {
            id: 'imp-s8-c3',
            text: {
              en: 'Once all known fakes are gone and reports have stopped, send the resolution statement; keep the list of official accounts on the website.',
              'zh-TW':
                '已知的假冒內容全數下架、也不再有人反映時，發布結案聲明；官方帳號清單則持續保留在官網。',
              'zh-CN':
                '已知的假冒内容全部下架、也不再有人反馈时，发布结案声明；官方账号清单继续保留在官网。',
            },
          },
          {
            id: 'imp-s8-c4',
            text: {
              en: 'Add the fakes’ names and tactics to the monitoring keywords, and apply for platform verification where it is offered.',
              'zh-TW': '將假帳號名稱與手法加入監測關鍵字，並在平台提供時申請官方認證。',
              'zh-CN': '把假冒账号名称和手法加入监测关键词，在平台支持时申请官方认证。',
            },
          },
          {
            id: 'imp-s8-c5',
            text: {
              en: 'Schedule the postmortem and add the risks you found to the risk register.',
              'zh-TW': '安排事後檢討，並將發現的風險加入風險清冊。',
              'zh-CN': '安排复盘，并把发现的风险加入风险登记册。',
            },
          },
        ],
        resources: [
          {
            en: 'Resolution statement template (customers)',
            'zh-TW': '結案聲明範本（客戶）',
            'zh-CN': '结案声明模板（客户）',
          },
        ],
        notes: {
          en: 'Keep the warning visible for a while after closing: people who saw the fakes may only now be checking.',
          'zh-TW': '結案後仍讓提醒保留一段時間：看過假帳號的人，可能現在才來查證。',
          'zh-CN': '结案后仍让提醒保留一段时间：看到过假冒账号的人，可能现在才来核实。',
        },
      },
    ],
  },
  matrix: [
    {
      stakeholderId: 'customers',
      channelId: 'social',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min; keep pinned until the fakes are gone',
        'zh-TW': '60 分鐘內；置頂至假冒內容全數下架',
        'zh-CN': '60 分钟内；置顶到假冒内容全部下架',
      },
      templateStage: 'holding',
      note: {
        en: 'Post on every official account, including ones the fakes copy; show what the real account looks like.',
        'zh-TW': '所有官方帳號都要發布，包括被仿冒的那個；說明真正的官方帳號長什麼樣子。',
        'zh-CN': '所有官方账号都要发布，包括被仿冒的那个；说明真正的官方账号是什么样子。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'website',
      ownerRoleId: 'public-relations',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, then update at every change',
        'zh-TW': '60 分鐘內，之後每有變化即更新',
        'zh-CN': '60 分钟内，之后每有变化即更新',
      },
      templateStage: 'holding',
      note: {
        en: 'A banner plus one page listing every official account, website and phone number.',
        'zh-TW': '首頁橫幅，加上一頁列出所有官方帳號、網站與電話的說明。',
        'zh-CN': '首页横幅，再加一个页面列出所有官方账号、网站和电话。',
      },
    },
    {
      stakeholderId: 'employees',
      channelId: 'messaging',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min',
        'zh-TW': '60 分鐘內',
        'zh-CN': '60 分钟内',
      },
      templateStage: 'holding',
      note: {
        en: 'Staff can spot and report fakes; ask them not to engage with the impersonators.',
        'zh-TW': '同仁可協助發現並回報假帳號；請他們不要與冒用者互動。',
        'zh-CN': '员工可以帮忙发现并报告假冒账号；请他们不要与冒充者互动。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'messaging',
      ownerRoleId: 'customer-service',
      targetMinutes: 120,
      timing: {
        en: 'Within 2 h to followers of our official messaging accounts; again when resolved',
        'zh-TW': '2 小時內發送給官方 LINE 帳號的好友；結案時再發送一次',
        'zh-CN': '2 小时内推送给官方微信公众号的关注者；结案时再推送一次',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Send only from verified official accounts, and do not include links that could be mistaken for the fakes.',
        'zh-TW': '只從已認證的官方帳號發送，也不要附上可能與假冒連結混淆的網址。',
        'zh-CN': '只从已认证的官方账号发送，也不要附上可能与假冒链接混淆的网址。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'email',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h to customers who reported contact or a loss, then with each update',
        'zh-TW': '4 小時內寄給曾反映被接觸或有損失的客戶，之後隨每次更新寄送',
        'zh-CN': '4 小时内发给反映被联系过或有损失的客户，之后随每次更新发送',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Phishers copy our emails: keep the message short, with no attachments and no login links.',
        'zh-TW': '詐騙者會仿冒我們的郵件：內容簡短，不附檔案，也不放登入連結。',
        'zh-CN': '骗子会仿冒我们的邮件：内容简短，不带附件，也不放登录链接。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h if losses are reported or the press asks',
        'zh-TW': '有人反映損失或媒體詢問時，4 小時內',
        'zh-CN': '有人反映损失或媒体问询时，4 小时内',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Coverage helps spread the warning: lead with how to recognise official accounts.',
        'zh-TW': '媒體報導有助於擴散提醒：先說明如何辨識官方帳號。',
        'zh-CN': '媒体报道有助于扩散提醒：先说明如何辨别官方账号。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'email',
      ownerRoleId: 'external-liaison',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h if resellers or partners are named or their customers are targeted',
        'zh-TW': '若經銷商或合作夥伴被冒用、或其客戶成為目標，4 小時內通知',
        'zh-CN': '如果经销商或合作伙伴被冒用、或其客户成为目标，4 小时内通知',
      },
      templateStage: 'update',
      note: {
        en: 'Ask partners to share the warning and to pass on any fakes they find.',
        'zh-TW': '請合作夥伴協助轉發提醒，並回報他們發現的假冒內容。',
        'zh-CN': '请合作伙伴帮忙转发提醒，并反馈他们发现的假冒内容。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-impersonation-holding-customers',
      stage: 'holding',
      audience: 'customers',
      title: {
        en: 'Warning: fake accounts using our name',
        'zh-TW': '提醒：有人冒用我們的名義',
        'zh-CN': '提醒：有人冒用我们的名义',
      },
      body: {
        en: 'Warning: {{incidentTitle}}\n\nOn {{detectedAt}}, we found pages, accounts or messages that pretend to be {{company}}. They are not ours. Some of them may offer deals on {{product}} or ask for personal details or payments.\n\nWhat we know so far: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nPlease remember: we will never ask for your password or a verification code, and never ask you to transfer money to a personal account. If you are unsure whether a message is really from us, do not reply or click any link; contact us through our official website instead. If you have already paid or shared your details, please contact your bank and the police right away, and let us know.\n\nNext update by {{nextUpdateAt}}.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '提醒：{{incidentTitle}}\n\n我們於 {{detectedAt}} 發現有粉專、帳號或訊息冒用 {{company}} 的名義，這些都不是我們的，部分可能以 {{product}} 優惠為誘餌，要求您提供個資或付款。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n我們正在處理的事項：{{whatWeAreDoing}}\n\n我們絕不會索取密碼或驗證碼，也不會要求您匯款到個人帳戶。無法確定訊息是否來自我們時，請勿回覆或點擊連結，改透過官網向我們確認。若已付款或提供資料，請立即聯絡銀行並撥打 165 反詐騙諮詢專線，也請告訴我們。\n\n下一次更新將於 {{nextUpdateAt}} 前發布。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '提醒：{{incidentTitle}}\n\n我们于 {{detectedAt}} 发现，有账号、页面或信息冒充 {{company}}，它们都不是我们的，其中一些可能以 {{product}} 优惠为诱饵，要求您提供个人信息或付款。\n\n目前了解到的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n我们绝不会索要密码或验证码，也不会要求您向个人账户转账。无法确定信息是否来自我们时，请不要回复或点击链接，可通过官网向我们核实。如果已付款或提供了个人信息，请立即联系银行并拨打 110 报警，也请告诉我们。\n\n我们将在 {{nextUpdateAt}} 前发布下一次更新。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-impersonation-first-statement-customers',
      stage: 'first-statement',
      audience: 'customers',
      title: {
        en: 'First statement to customers: impersonation of our brand',
        'zh-TW': '致客戶的首份正式聲明：品牌遭冒用',
        'zh-CN': '致客户的首次正式声明：品牌被冒用',
      },
      body: {
        en: 'Dear customer,\n\nWe are writing to you about {{incidentTitle}}. Since {{detectedAt}}, people have been contacted by accounts and pages pretending to be {{company}}. If you were one of them, we are sorry. No one should be deceived in our name, and stopping this is our priority.\n\nWhat we know: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nIf you gave out a password, please change it now. If you paid money or shared card details, contact your bank and the police as soon as possible, and tell our customer service what happened so that we can add it to our report and help where we can.\n\nOur only official accounts and contact details are listed on our website. We will update you again by {{nextUpdateAt}}.\n\n{{spokesperson}}\n{{company}}',
        'zh-TW':
          '親愛的客戶您好：\n\n關於「{{incidentTitle}}」：自 {{detectedAt}} 起，有人透過冒用 {{company}} 名義的帳號與粉專和民眾聯繫。如果您也收到了，我們深感抱歉。沒有人應該以我們的名義受騙，阻止這件事是我們的首要任務。\n\n目前確認的事實：{{whatWeKnow}}\n\n我們正在進行的處理：{{whatWeAreDoing}}\n\n若您曾提供密碼，請立即更改。若您已付款或提供信用卡資料，請盡快聯絡銀行並撥打 165 反詐騙諮詢專線，也請告訴客服經過，讓我們納入報案資料並盡力協助。\n\n官方帳號與聯絡方式，一律以官網公布為準。下一次更新將於 {{nextUpdateAt}} 前送達。\n\n{{company}} {{spokesperson}} 敬上',
        'zh-CN':
          '尊敬的客户：\n\n关于“{{incidentTitle}}”：自 {{detectedAt}} 起，有人通过冒充 {{company}} 的账号和页面联系用户。如果您也被联系过，我们深表歉意。任何人都不应以我们的名义被骗，制止这种行为是我们的首要任务。\n\n目前已确认的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n如果您提供过密码，请立即修改。如果您已付款或提供了银行卡信息，请尽快联系银行并拨打 110 报警，也请把经过告诉我们的客服，以便我们补充报案材料并尽力协助。\n\n官方账号和联系方式，一律以官网公布为准。我们将在 {{nextUpdateAt}} 前再次更新。\n\n{{company}} {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-impersonation-update-public',
      stage: 'update',
      audience: 'public',
      title: {
        en: 'Update: fake accounts using our name',
        'zh-TW': '最新進度：冒用我們名義的假帳號',
        'zh-CN': '最新进展：冒用我们名义的假冒账号',
      },
      body: {
        en: 'Update on {{incidentTitle}}\n\nHere is where things stand with the fake accounts and pages using the {{company}} name, which we first found on {{detectedAt}}.\n\nWhat we know now: {{whatWeKnow}}\n\nWhat we have done and are doing: {{whatWeAreDoing}}\n\nNew fake accounts can appear even after others are removed, so please stay careful. A real {{company}} account will never ask for your password, a verification code or a transfer to a personal account. You can check our official accounts and contact details on our website at any time, and report a suspicious account to us there.\n\nThank you to everyone who has reported fakes to us. Our next update will follow by {{nextUpdateAt}}.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '「{{incidentTitle}}」最新進度\n\n以下是自 {{detectedAt}} 發現有人冒用 {{company}} 名義以來，假帳號與假粉專的最新處理進度。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n已完成與正在進行的處理：{{whatWeAreDoing}}\n\n即使部分假帳號已經下架，仍可能出現新的，請大家持續提高警覺。真正的 {{company}} 官方帳號絕不會向您索取密碼、驗證碼，或要求匯款到個人帳戶。官方帳號與聯絡方式隨時可在官網查證，發現可疑帳號也歡迎透過官網告訴我們。\n\n謝謝每一位協助回報的朋友。下一次更新將於 {{nextUpdateAt}} 前發布。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '“{{incidentTitle}}”最新进展\n\n以下是自 {{detectedAt}} 发现有人冒用 {{company}} 名义以来，假冒账号和页面的最新处理进展。\n\n目前了解到的情况：{{whatWeKnow}}\n\n已经完成和正在进行的工作：{{whatWeAreDoing}}\n\n即使部分假冒账号已被下架，仍可能出现新的，请大家继续提高警惕。真正的 {{company}} 官方账号绝不会向您索要密码、验证码，或要求向个人账户转账。官方账号和联系方式随时可在官网核实，发现可疑账号也欢迎通过官网告诉我们。\n\n感谢每一位帮忙举报的朋友。我们将在 {{nextUpdateAt}} 前再次更新。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-impersonation-resolution-customers',
      stage: 'resolution',
      audience: 'customers',
      title: {
        en: 'Resolution: fake accounts removed',
        'zh-TW': '結案聲明：假冒帳號已下架',
        'zh-CN': '结案声明：假冒账号已下架',
      },
      body: {
        en: '{{incidentTitle}}: closing update\n\nAs far as we can find, the fake pages and accounts using the {{company}} name that we reported on {{detectedAt}} have been removed.\n\nWhat happened: {{whatWeKnow}}\n\nWhat we did and what we have changed: {{whatWeAreDoing}}\n\nWe are sorry to everyone who was contacted or misled by these fakes. We will keep watching for new ones and reporting them, but we cannot stop every fake before it appears. Please keep using only the official accounts listed on our website, and remember that we will never ask for your password or for payment to a personal account.\n\nIf you lost money or personal data and have not yet told us, please contact our customer service.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '「{{incidentTitle}}」結案說明\n\n就我們所能查到的範圍，自 {{detectedAt}} 起發現、冒用 {{company}} 名義的假粉專與假帳號，目前都已下架。\n\n事情經過：{{whatWeKnow}}\n\n我們做了哪些處理與改變：{{whatWeAreDoing}}\n\n對於每一位曾被這些假帳號接觸或誤導的朋友，我們深感抱歉。我們會持續監看並檢舉新出現的假帳號，但無法在每個假帳號出現前就加以阻止。請繼續只使用官網列出的官方帳號，也請記得：我們絕不會向您索取密碼，或要求匯款到個人帳戶。\n\n若您曾損失金錢或個資而尚未告訴我們，請與客服聯繫。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '“{{incidentTitle}}”结案说明\n\n在我们能够查到的范围内，自 {{detectedAt}} 起发现的冒用 {{company}} 名义的假冒账号和页面，目前都已下架。\n\n事情经过：{{whatWeKnow}}\n\n我们采取的措施和做出的改进：{{whatWeAreDoing}}\n\n对每一位曾被这些假冒账号联系或误导的朋友，我们深表歉意。我们会继续监测并举报新出现的假冒账号，但无法在每个假冒账号出现之前就把它拦住。请继续只使用官网列出的官方账号，也请记住：我们绝不会向您索要密码，或要求向个人账户转账。\n\n如果您曾损失钱财或个人信息但还没告诉我们，请联系客服。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
  ],
};
