import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for internal grievances spilling online: current or former employees airing
 * complaints in public. Written by the Crisis Room team from the seeds' guidance (grievances go
 * online when staff have no channel that listens; tell employees first with one consistent
 * message; fix the underlying problem) as a starting point to adapt.
 */
export const internalGrievanceKit: StarterKit = {
  crisisTypeId: 'internal-grievance',
  summary: {
    en: 'Current or former employees air complaints about pay, workload, treatment by managers or working conditions in public: on social media, job-review sites or forums, or through the press. One post can spread fast, and the way the company responds is judged as closely as the complaint itself. The aim is to listen, look into the concerns fairly and protect the people who raised them, not to win an argument online.',
    'zh-TW':
      '現任或離職員工在網路上公開抱怨薪資、工時、主管對待或工作環境，可能出現在社群、求職評價網站、Dcard 或 PTT 等論壇，甚至上了新聞。一篇貼文就可能迅速擴散，外界檢視公司如何回應，往往和檢視抱怨內容本身一樣嚴格。重點是傾聽、公正地查清問題並保護提出意見的人，而不是在網路上爭輸贏。',
    'zh-CN':
      '在职或离职员工在网上公开吐槽薪酬、工作量、上级的对待或工作环境，可能发在社交平台、脉脉等职场社区或论坛上，甚至被媒体报道。一条帖子就可能迅速扩散，外界审视公司怎么回应，往往和审视投诉本身一样严格。关键是倾听、公正地查明问题并保护提出意见的人，而不是在网上争个输赢。',
  },
  typicalRisks: [
    {
      en: 'If employees have no internal channel for complaints that they trust, then they take their complaints to social media and we first hear of them from the public.',
      'zh-TW':
        '若員工沒有值得信任的內部申訴管道，則他們會轉向社群發聲，公司反而是從外界才得知問題。',
      'zh-CN':
        '如果员工没有值得信任的内部申诉渠道，那么他们会转向社交平台发声，公司反而要从外界才得知问题。',
    },
    {
      en: 'If a manager responds to a critical post with pressure or threats, then the story becomes one of retaliation and spreads much further.',
      'zh-TW': '若主管以施壓或威脅回應批評的貼文，則事件焦點會轉為報復，擴散範圍也會大增。',
      'zh-CN':
        '如果管理者用施压或威胁来回应批评的帖子，那么事件焦点会变成打击报复，传播范围也会大大扩大。',
    },
    {
      en: "If our public reply discloses an employee's personal or HR details, then we breach their privacy and face legal and reputational harm.",
      'zh-TW':
        '若公開回應中透露員工的個資或人事資料，則公司會侵害當事人隱私，並面臨法律與商譽的雙重損害。',
      'zh-CN':
        '如果公开回应中透露员工的个人信息或人事档案内容，那么公司会侵犯当事人隐私，并面临法律和声誉的双重损害。',
    },
    {
      en: "If staff learn about the company's response from the news before they hear it from us, then trust inside falls and more grievances go public.",
      'zh-TW': '若同仁是從新聞而不是從公司得知回應內容，則內部信任下滑，更多不滿也會公開化。',
      'zh-CN':
        '如果员工是从新闻而不是从公司那里得知回应内容，那么内部信任会下降，更多不满也会公开化。',
    },
    {
      en: 'If allegations of harassment or unsafe work are not looked into promptly, then people may come to further harm and the company faces legal liability.',
      'zh-TW': '若騷擾或工作安全的指控未即時處理，則可能有人持續受害，公司也須承擔法律責任。',
      'zh-CN':
        '如果骚扰或工作安全方面的指控没有及时处理，那么可能有人继续受到伤害，公司也要承担法律责任。',
    },
  ],
  sop: {
    id: 'starter-sop-internal-grievance',
    title: {
      en: 'Internal grievances made public: response procedure',
      'zh-TW': '員工不滿公開化應變程序',
      'zh-CN': '员工不满公开化应对程序',
    },
    purpose: {
      en: "Use this procedure when complaints by employees or former employees about the company become public.\n\nIt aims to:\n\n- tell our own staff first, with one consistent message;\n- look into the concerns fairly, through people who are not involved;\n- protect everyone's privacy and prevent any retaliation;\n- answer in public with facts and respect, without arguing with the people who spoke out.",
      'zh-TW':
        '當現任或離職員工對公司的不滿公開化時使用本程序。\n\n目標：\n\n- 先讓自家同仁知道，且對內對外說法一致；\n- 由與事件無關的人員，公正地了解這些意見；\n- 保護所有人的隱私，杜絕任何報復；\n- 以事實與尊重對外回應，不與發聲的人爭論。',
      'zh-CN':
        '当在职或离职员工对公司的不满公开化时使用本程序。\n\n目标：\n\n- 先让自己的员工知道，并且对内对外口径一致；\n- 由与事件无关的人员，公正地核查这些意见；\n- 保护所有人的隐私，杜绝任何打击报复；\n- 以事实和尊重对外回应，不与发声的人争论。',
    },
    triggerCriteria: {
      en: 'Activate when any of these happens:\n\n- a post, review or article by a current or former employee criticising the company is gaining attention or is picked up by the press;\n- the complaints allege harassment, discrimination, unsafe work, unpaid wages or other possible breaches of the law;\n- a group of employees organises in public (a petition, an open letter, a protest).\n\nA single review with low reach and no serious allegation: pass it to HR and the manager concerned and log it; there is no need to activate.',
      'zh-TW':
        '發生下列任一情況時啟動：\n\n- 現任或離職員工批評公司的貼文、評價或文章逐漸受到關注，或被媒體引用；\n- 內容指控騷擾、歧視、工作環境不安全、積欠薪資，或其他可能違法的情形；\n- 一群員工公開集結發聲（連署、公開信、抗議）。\n\n若只是單一、觸及面小且未涉及嚴重指控的評價：轉交人資與相關主管並記錄，不必啟動。',
      'zh-CN':
        '出现以下任一情况时启动：\n\n- 在职或离职员工批评公司的帖子、评价或文章开始受到关注，或被媒体引用；\n- 内容指控骚扰、歧视、工作环境不安全、拖欠工资，或其他可能违法的情形；\n- 一批员工公开联合发声（联名信、公开信、抗议）。\n\n如果只是单条、影响面小且不涉及严重指控的评价：转交人力资源部和相关管理者并记录，无需启动。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'internal-liaison',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'ig-s1',
        title: {
          en: 'Convene a small team and set the severity',
          'zh-TW': '召集精簡小組並決定嚴重等級',
          'zh-CN': '召集精简小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'ig-s1-c1',
            text: {
              en: 'Keep the team to those who need to know: include HR, legal counsel and the internal liaison.',
              'zh-TW': '小組只納入必要人員，包括人資、法律顧問與內部聯絡人。',
              'zh-CN': '小组只纳入必要人员，包括人力资源、法律顾问和内部联络人。',
            },
          },
          {
            id: 'ig-s1-c2',
            text: {
              en: 'Leave out anyone named in the complaints, including senior managers.',
              'zh-TW': '被投訴內容點名的人（包括高階主管）不得加入小組。',
              'zh-CN': '投诉内容中点名的人（包括高管）不得加入小组。',
            },
          },
          {
            id: 'ig-s1-c3',
            text: {
              en: 'Set the severity; treat allegations of harassment, discrimination or unsafe work as SEV 2 or higher.',
              'zh-TW': '決定嚴重等級；涉及騷擾、歧視或工作安全的指控，至少以二級處理。',
              'zh-CN': '确定严重等级；涉及骚扰、歧视或工作安全的指控，至少按二级处理。',
            },
          },
          {
            id: 'ig-s1-c4',
            text: {
              en: 'Ask the scribe to open the incident timeline.',
              'zh-TW': '請記錄員開始記錄事件時間軸。',
              'zh-CN': '请记录员开始记录事件时间线。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'The first question is whether the complaints are true, not how to make the posts go away.',
          'zh-TW': '首先要問的是投訴內容是否屬實，而不是怎麼讓貼文消失。',
          'zh-CN': '首先要问的是投诉内容是否属实，而不是怎么让帖子消失。',
        },
      },
      {
        id: 'ig-s2',
        title: {
          en: 'Record the posts and list the concerns',
          'zh-TW': '保存貼文並整理訴求',
          'zh-CN': '保存帖子并梳理诉求',
        },
        ownerRoleId: 'internal-liaison',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ig-s2-c1',
            text: {
              en: 'Save the posts and comments with their links, dates and times.',
              'zh-TW': '保存貼文與留言，附上連結與日期時間。',
              'zh-CN': '保存帖子和评论，附上链接和日期时间。',
            },
          },
          {
            id: 'ig-s2-c2',
            text: {
              en: 'Write each concern down as a plain factual claim, without judging it yet.',
              'zh-TW': '將每項訴求整理成平實的事實陳述，先不做評斷。',
              'zh-CN': '把每项诉求整理成客观的事实陈述，暂不作评判。',
            },
          },
          {
            id: 'ig-s2-c3',
            text: {
              en: 'Flag claims about safety, harassment, discrimination or unpaid wages for counsel.',
              'zh-TW': '將涉及安全、騷擾、歧視或積欠薪資的內容標記出來，交由法律顧問評估。',
              'zh-CN': '把涉及安全、骚扰、歧视或拖欠工资的内容标出来，交给法律顾问评估。',
            },
          },
          {
            id: 'ig-s2-c4',
            text: {
              en: 'Note how far the posts have spread and whether journalists have asked about them.',
              'zh-TW': '記下貼文擴散的程度，以及是否已有媒體詢問。',
              'zh-CN': '记下帖子扩散的程度，以及是否已有媒体询问。',
            },
          },
        ],
        resources: [{ en: 'Evidence log', 'zh-TW': '證據紀錄表', 'zh-CN': '证据记录表' }],
        notes: {
          en: 'Do not try to find out who wrote an anonymous post or ask staff to name the author: it reads as retaliation and may be unlawful. Confirm with counsel.',
          'zh-TW':
            '不要試圖查出匿名貼文的作者，也不要要求同仁指認：這會被視為報復，也可能違法。請向法律顧問確認。',
          'zh-CN':
            '不要试图查出匿名帖子的作者，也不要让员工指认：这会被看作打击报复，也可能违法。请向法律顾问确认。',
        },
      },
      {
        id: 'ig-s3',
        title: {
          en: 'Tell employees first',
          'zh-TW': '先向同仁說明',
          'zh-CN': '先向员工说明',
        },
        ownerRoleId: 'internal-liaison',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ig-s3-c1',
            text: {
              en: 'Send the internal holding message before anything is said in public.',
              'zh-TW': '在對外發言之前，先發出內部暫行說明。',
              'zh-CN': '在对外发声之前，先发出内部临时说明。',
            },
          },
          {
            id: 'ig-s3-c2',
            text: {
              en: 'Brief managers: listen, do not argue about the posts, and never pressure anyone to delete them.',
              'zh-TW': '向各級主管說明：傾聽、不爭論貼文內容，也絕不施壓要求任何人刪文。',
              'zh-CN': '向各级管理者说明：倾听、不争论帖子内容，也绝不施压要求任何人删帖。',
            },
          },
          {
            id: 'ig-s3-c3',
            text: {
              en: 'Remind staff of the safe ways to raise concerns, including one outside their reporting line.',
              'zh-TW': '提醒同仁可以安心表達意見的管道，包括不經過直屬主管的選項。',
              'zh-CN': '提醒员工可以放心反映问题的渠道，包括不经过直属上级的选项。',
            },
          },
          {
            id: 'ig-s3-c4',
            text: {
              en: 'Ask staff to refer journalists to the spokesperson, without telling them they may not talk about their own work.',
              'zh-TW': '請同仁將媒體詢問轉給發言人，但不要禁止他們談論自己的工作狀況。',
              'zh-CN': '请员工把媒体询问转给发言人，但不要禁止他们谈论自己的工作情况。',
            },
          },
        ],
        resources: [
          {
            en: 'Holding message template (employees)',
            'zh-TW': '內部暫行說明範本（員工）',
            'zh-CN': '内部临时说明模板（员工）',
          },
        ],
        notes: {
          en: "Staff who learn of the company's response from the news stop trusting what they are told inside.",
          'zh-TW': '同仁若從新聞才得知公司的回應，就不會再相信內部的說法。',
          'zh-CN': '员工如果从新闻里才知道公司的回应，就不会再相信内部的说法。',
        },
      },
      {
        id: 'ig-s4',
        title: {
          en: 'Agree short holding lines for the public',
          'zh-TW': '擬定對外的暫行說法',
          'zh-CN': '拟定对外的临时口径',
        },
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          {
            id: 'ig-s4-c1',
            text: {
              en: 'Agree two or three sentences: we have seen the concerns, we take them seriously, and we are looking into them.',
              'zh-TW': '擬定兩三句說法：我們已看到這些意見、會認真看待，並正在了解。',
              'zh-CN': '拟定两三句口径：我们已经看到这些意见，会认真对待，并正在了解情况。',
            },
          },
          {
            id: 'ig-s4-c2',
            text: {
              en: 'If the posts are spreading, post the lines once from official accounts; do not argue in comment threads.',
              'zh-TW': '若貼文正在擴散，由官方帳號發布一次即可，不要在留言串中爭辯。',
              'zh-CN': '如果帖子正在扩散，由官方账号发布一次即可，不要在评论区争辩。',
            },
          },
          {
            id: 'ig-s4-c3',
            text: {
              en: "Never comment on a named person's performance, health or employment record.",
              'zh-TW': '絕不評論具名當事人的工作表現、健康狀況或人事紀錄。',
              'zh-CN': '绝不评论具名当事人的工作表现、健康状况或人事记录。',
            },
          },
          {
            id: 'ig-s4-c4',
            text: {
              en: 'Give the same lines to the spokesperson and to customer service.',
              'zh-TW': '將同一套說法提供給發言人與客服。',
              'zh-CN': '把同一套口径提供给发言人和客服。',
            },
          },
        ],
        resources: [{ en: 'Q&A sheet', 'zh-TW': '問答稿', 'zh-CN': '问答稿' }],
        notes: {
          en: 'A defensive or mocking reply usually does more damage than the original post.',
          'zh-TW': '防衛或嘲諷式的回應，造成的傷害往往比原貼文更大。',
          'zh-CN': '防御式或嘲讽式的回应，造成的伤害往往比原帖更大。',
        },
      },
      {
        id: 'ig-s5',
        title: {
          en: 'Start a fair review of the concerns',
          'zh-TW': '啟動公正的調查',
          'zh-CN': '启动公正的调查',
        },
        ownerRoleId: 'commander',
        targetMinutes: 120,
        checklist: [
          {
            id: 'ig-s5-c1',
            text: {
              en: 'Appoint a reviewer outside the reporting line concerned; consider an outside reviewer for serious allegations.',
              'zh-TW': '指派與相關指揮體系無關的人員調查；指控嚴重時，考慮委請外部人士。',
              'zh-CN': '指派与相关汇报线无关的人员调查；指控严重时，考虑请外部人士。',
            },
          },
          {
            id: 'ig-s5-c2',
            text: {
              en: 'Offer the people who raised concerns a meeting, with a companion of their choice if they wish.',
              'zh-TW': '主動邀請提出意見的同仁面談，對方可自行選擇陪同人員。',
              'zh-CN': '主动邀请提出意见的员工面谈，对方可以自行选择陪同人员。',
            },
          },
          {
            id: 'ig-s5-c3',
            text: {
              en: 'Decide on interim protections, such as separating the people involved in harassment cases.',
              'zh-TW': '決定過渡期間的保護措施，例如在騷擾案件中將當事人分開。',
              'zh-CN': '确定过渡期间的保护措施，比如在骚扰案件中把当事人隔开。',
            },
          },
          {
            id: 'ig-s5-c4',
            text: {
              en: 'Confirm with counsel any legal duties, reporting obligations and protections for people who speak out.',
              'zh-TW': '與法律顧問確認相關法律義務、通報責任，以及對發聲者的保護規定。',
              'zh-CN': '与法律顾问确认相关法律义务、报告责任以及对发声者的保护规定。',
            },
          },
          {
            id: 'ig-s5-c5',
            text: {
              en: 'Preserve the relevant records and messages.',
              'zh-TW': '保全相關紀錄與訊息。',
              'zh-CN': '保全相关记录和信息。',
            },
          },
        ],
        resources: [],
        notes: {
          en: 'Do not decide the outcome before the review: public statements should describe the process, not a verdict.',
          'zh-TW': '調查結束前不要預設結論；對外說明應著重處理程序，而非判斷對錯。',
          'zh-CN': '调查结束前不要预设结论；对外说明应侧重处理程序，而不是判定对错。',
        },
      },
      {
        id: 'ig-s6',
        title: {
          en: 'Issue the first statement',
          'zh-TW': '發布首份正式聲明',
          'zh-CN': '发布首次正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 240,
        checklist: [
          {
            id: 'ig-s6-c1',
            text: {
              en: 'Fill in the public first statement and have counsel review it.',
              'zh-TW': '填寫對外的首份正式聲明，並請法律顧問審閱。',
              'zh-CN': '填写对外的首次正式声明，并请法律顾问审阅。',
            },
          },
          {
            id: 'ig-s6-c2',
            text: {
              en: 'Share it with employees before, or at the same time as, the public.',
              'zh-TW': '在對外發布之前或同時，先讓同仁看到。',
              'zh-CN': '在对外发布之前或同时，先让员工看到。',
            },
          },
          {
            id: 'ig-s6-c3',
            text: {
              en: 'Answer journalists in writing so that quotes stay consistent.',
              'zh-TW': '以書面回覆媒體提問，確保引述內容一致。',
              'zh-CN': '以书面形式回复媒体提问，确保引用的内容一致。',
            },
          },
        ],
        resources: [
          {
            en: 'First statement template (public)',
            'zh-TW': '首份正式聲明範本（大眾）',
            'zh-CN': '首次正式声明模板（公众）',
          },
        ],
        notes: {
          en: 'Thank people for raising concerns even if you believe some claims are wrong, and say how they will be looked into.',
          'zh-TW': '即使認為部分說法有誤，也要感謝大家提出意見，並說明將如何查明。',
          'zh-CN': '即使认为部分说法有误，也要感谢大家提出意见，并说明将如何查明。',
        },
      },
      {
        id: 'ig-s7',
        title: {
          en: 'Follow up with staff',
          'zh-TW': '持續與同仁溝通',
          'zh-CN': '持续与员工沟通',
        },
        ownerRoleId: 'internal-liaison',
        targetMinutes: 1440,
        checklist: [
          {
            id: 'ig-s7-c1',
            text: {
              en: 'Meet or call the people who raised concerns and explain the review process.',
              'zh-TW': '與提出意見的同仁見面或通話，說明調查程序。',
              'zh-CN': '与提出意见的员工见面或通话，说明调查程序。',
            },
          },
          {
            id: 'ig-s7-c2',
            text: {
              en: 'Send employees the update at the promised time.',
              'zh-TW': '在承諾的時間向同仁發送更新。',
              'zh-CN': '在承诺的时间向员工发送更新。',
            },
          },
          {
            id: 'ig-s7-c3',
            text: {
              en: 'Check with those who spoke out that no one has treated them worse since.',
              'zh-TW': '向發聲的同仁確認，事後沒有人因此給他們差別待遇。',
              'zh-CN': '向发声的员工确认，事后没有人因此对他们区别对待。',
            },
          },
        ],
        resources: [
          {
            en: 'Update template (employees)',
            'zh-TW': '進度更新範本（員工）',
            'zh-CN': '进展更新模板（员工）',
          },
        ],
        notes: {
          en: 'Retaliation, even subtle (worse shifts, being left out), can turn a fixable grievance into a legal case.',
          'zh-TW':
            '即使是隱微的報復（排到較差的班、被排擠），也可能讓原本能解決的問題變成法律案件。',
          'zh-CN':
            '哪怕是隐蔽的打击报复（排更差的班、被孤立），也可能让原本可以解决的问题变成法律纠纷。',
        },
      },
      {
        id: 'ig-s8',
        title: {
          en: 'Report progress and fix the causes',
          'zh-TW': '說明進度並改善根本原因',
          'zh-CN': '通报进展并整改根本原因',
        },
        ownerRoleId: 'commander',
        targetMinutes: 10_080,
        checklist: [
          {
            id: 'ig-s8-c1',
            text: {
              en: 'Share what the review has found so far, within the limits of privacy.',
              'zh-TW': '在不侵害隱私的前提下，說明目前的調查結果。',
              'zh-CN': '在不侵犯隐私的前提下，说明目前的调查结果。',
            },
          },
          {
            id: 'ig-s8-c2',
            text: {
              en: 'Where concerns were upheld, apologise and name concrete changes, with owners and dates.',
              'zh-TW': '若訴求屬實，公開道歉並提出具體改善措施，註明負責人與時程。',
              'zh-CN': '如果诉求属实，公开道歉并提出具体整改措施，写明负责人和时间。',
            },
          },
          {
            id: 'ig-s8-c3',
            text: {
              en: 'Close once the changes are under way, and schedule the postmortem.',
              'zh-TW': '改善措施開始推動後即可結案，並安排事後檢討。',
              'zh-CN': '整改措施开始推进后即可结案，并安排复盘。',
            },
          },
          {
            id: 'ig-s8-c4',
            text: {
              en: 'Add what you learned, such as gaps in internal channels, to the risk register.',
              'zh-TW': '將學到的教訓（例如內部申訴管道的缺口）加入風險清冊。',
              'zh-CN': '把吸取的教训（比如内部申诉渠道的缺口）加入风险登记册。',
            },
          },
        ],
        resources: [
          {
            en: 'Apology template (public)',
            'zh-TW': '道歉聲明範本（大眾）',
            'zh-CN': '道歉声明模板（公众）',
          },
        ],
        notes: {
          en: 'Reviews often take longer than a week. If so, say when the outcome is expected rather than going quiet.',
          'zh-TW': '調查常常超過一週；若是如此，請說明預計何時有結果，不要就此沉默。',
          'zh-CN': '调查往往超过一周；如果是这样，请说明预计什么时候有结果，不要就此沉默。',
        },
      },
    ],
  },
  matrix: [
    {
      stakeholderId: 'employees',
      channelId: 'email',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min, before any public statement; then at least weekly until the review ends',
        'zh-TW': '60 分鐘內，早於任何對外聲明；之後至少每週一次，直到調查結束',
        'zh-CN': '60 分钟内，早于任何对外声明；之后至少每周一次，直到调查结束',
      },
      templateStage: 'holding',
      note: {
        en: 'Send to all staff at once; brief managers just before so that they can answer questions.',
        'zh-TW': '同時寄給全體同仁；寄出前先向主管簡報，讓他們能回答提問。',
        'zh-CN': '同时发给全体员工；发出前先向管理者简要说明，以便他们回答提问。',
      },
    },
    {
      stakeholderId: 'employees',
      channelId: 'phone',
      ownerRoleId: 'internal-liaison',
      targetMinutes: 45,
      timing: {
        en: 'Within 45 min, call the managers of the teams concerned',
        'zh-TW': '45 分鐘內致電相關團隊的主管',
        'zh-CN': '45 分钟内致电相关团队的管理者',
      },
      templateStage: null,
      note: {
        en: 'Managers must hear in person that pressuring staff over posts is not allowed.',
        'zh-TW': '要讓主管親耳聽到：不得因為貼文向同仁施壓。',
        'zh-CN': '要让管理者亲耳听到：不得因为帖子向员工施压。',
      },
    },
    {
      stakeholderId: 'public',
      channelId: 'social',
      ownerRoleId: 'public-relations',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h if the posts are spreading (holding lines earlier if needed); then with each update',
        'zh-TW': '若貼文正在擴散，4 小時內發布（必要時先用暫行說法）；之後隨每次更新',
        'zh-CN': '如果帖子正在扩散，4 小时内发布（必要时先用临时口径）；之后随每次更新',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Reply once from the official account; do not debate individual comments or posters.',
        'zh-TW': '由官方帳號回應一次即可；不要與個別留言或發文者爭論。',
        'zh-CN': '由官方账号回应一次即可；不要与个别评论或发帖人争论。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: 240,
      timing: {
        en: 'Within 4 h once the press asks or coverage begins',
        'zh-TW': '媒體詢問或開始報導後 4 小時內',
        'zh-CN': '媒体问询或开始报道后 4 小时内',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Answer in writing, and never discuss individual employees.',
        'zh-TW': '以書面回覆，絕不討論個別員工。',
        'zh-CN': '以书面形式回复，绝不讨论个别员工。',
      },
    },
    {
      stakeholderId: 'regulators',
      channelId: 'email',
      ownerRoleId: 'legal-counsel',
      targetMinutes: null,
      timing: {
        en: 'As counsel advises, or when a labour authority contacts us',
        'zh-TW': '依法律顧問建議，或勞動主管機關來函時',
        'zh-CN': '按法律顾问建议，或劳动监察部门联系我们时',
      },
      templateStage: null,
      note: {
        en: 'Whether and when to notify depends on the allegations and where you operate: confirm with counsel.',
        'zh-TW': '是否通報、何時通報，視指控內容與營運地區而定，請向法律顧問確認。',
        'zh-CN': '是否报告、何时报告，视指控内容和经营地区而定，请向法律顾问确认。',
      },
    },
    {
      stakeholderId: 'investors',
      channelId: 'email',
      ownerRoleId: 'external-liaison',
      targetMinutes: 1440,
      timing: {
        en: 'Within 24 h if coverage is wide; then with major updates',
        'zh-TW': '若報導範圍擴大，24 小時內；之後在重大進展時',
        'zh-CN': '如果报道范围扩大，24 小时内；之后在有重大进展时',
      },
      templateStage: 'update',
      note: {
        en: 'Share the same facts as the public statement, with no extra detail about individuals.',
        'zh-TW': '提供與對外聲明相同的事實，不額外透露個人細節。',
        'zh-CN': '提供与对外声明相同的事实，不额外透露个人细节。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-internal-grievance-holding-employees',
      stage: 'holding',
      audience: 'employees',
      title: {
        en: 'Message to employees: concerns raised online',
        'zh-TW': '致全體同仁：關於網路上提出的意見',
        'zh-CN': '致全体员工：关于网上反映的问题',
      },
      body: {
        en: 'To all colleagues at {{company}},\n\nYou may have seen posts about {{incidentTitle}}, which came to our attention on {{detectedAt}}. We want you to hear from us directly, before anything is said in public.\n\nWe take these concerns seriously, and we thank those who spoke up. What we know so far: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nWe will not accept anyone being treated worse for raising a concern. If you have a concern of your own, you can talk to HR or to any manager outside your own reporting line.\n\nPlease pass any questions from journalists to {{spokesperson}}. We will update you by {{nextUpdateAt}}.\n\nThe management team',
        'zh-TW':
          '各位 {{company}} 的同仁：\n\n大家可能已經看到關於「{{incidentTitle}}」的貼文，公司於 {{detectedAt}} 得知此事。我們希望大家先從公司這裡聽到說明，而不是先看到對外發言。\n\n我們會認真看待這些意見，也謝謝願意說出來的同仁。目前掌握的狀況：{{whatWeKnow}}\n\n我們正在進行的處理：{{whatWeAreDoing}}\n\n公司不容許任何人因為提出意見而受到不利對待。若您也有想反映的問題，可以找人資，或任何一位不在您直屬體系的主管。\n\n媒體若來詢問，請轉給 {{spokesperson}}。下一次更新將於 {{nextUpdateAt}} 前送達。\n\n經營團隊 敬上',
        'zh-CN':
          '{{company}} 的各位同事：\n\n大家可能已经看到关于“{{incidentTitle}}”的帖子，公司于 {{detectedAt}} 得知此事。我们希望大家先从公司这里听到说明，而不是先看到对外发言。\n\n我们会认真对待这些意见，也感谢愿意说出来的同事。目前了解到的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n公司不允许任何人因为反映问题而受到不利对待。如果您也有想反映的问题，可以找人力资源部，或任何一位不在您汇报线上的管理者。\n\n如有媒体问询，请转给 {{spokesperson}}。我们将在 {{nextUpdateAt}} 前发布下一次更新。\n\n公司管理层',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: false,
    },
    {
      id: 'starter-tpl-internal-grievance-first-statement-public',
      stage: 'first-statement',
      audience: 'public',
      title: {
        en: 'Public statement: concerns raised by employees',
        'zh-TW': '對外正式聲明：關於員工提出的意見',
        'zh-CN': '对外正式声明：关于员工反映的问题',
      },
      body: {
        en: "About {{incidentTitle}}\n\nSince {{detectedAt}}, current and former colleagues have shared concerns about working at {{company}}. We have read them carefully. Everyone who works with us deserves to be treated fairly and to be safe at work, and we are sorry that colleagues felt they had to raise this in public rather than being heard inside the company.\n\nWhat we know so far: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nThe review is led by people who are not involved in the matters raised. To protect everyone's privacy, we will not discuss individual employees in public, and no one will be penalised for speaking out.\n\nWe will share what we can about the outcome and the changes that follow. Our next update will be by {{nextUpdateAt}}.\n\n{{spokesperson}}, for {{company}}",
        'zh-TW':
          '關於「{{incidentTitle}}」\n\n自 {{detectedAt}} 起，有現任與離職同仁在網路上分享了在 {{company}} 工作的經歷與不滿，我們都仔細看過了。每一位同仁都應受到公平對待、在安全的環境中工作；同仁覺得必須公開發聲，而不是在公司內部就被聽見，我們對此深感抱歉。\n\n目前掌握的狀況：{{whatWeKnow}}\n\n我們正在進行的處理：{{whatWeAreDoing}}\n\n調查由與事件無關的人員負責。為保護所有人的隱私，我們不會公開討論個別員工，也不會有人因為發聲而受到處分。\n\n我們會在可行範圍內說明調查結果與後續改善。下一次更新將於 {{nextUpdateAt}} 前發布。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '关于“{{incidentTitle}}”\n\n自 {{detectedAt}} 起，一些在职和离职同事在网上讲述了在 {{company}} 工作的经历和不满，我们都认真看过了。每一位员工都应当受到公平对待、在安全的环境中工作；同事们觉得必须公开发声，而不是在公司内部就被听到，我们为此深表歉意。\n\n目前了解到的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n调查由与事件无关的人员负责。为保护各方隐私，我们不会公开讨论个别员工，也不会有人因为发声而受到处分。\n\n我们会在可行范围内公布调查结果和后续整改。我们将在 {{nextUpdateAt}} 前发布下一次更新。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-internal-grievance-update-employees',
      stage: 'update',
      audience: 'employees',
      title: {
        en: 'Update to employees: review of the concerns',
        'zh-TW': '致全體同仁：意見處理進度',
        'zh-CN': '致全体员工：问题处理进展',
      },
      body: {
        en: "To all colleagues at {{company}},\n\nThis is an update on {{incidentTitle}}, which we first wrote to you about on {{detectedAt}}.\n\nWhere things stand: {{whatWeKnow}}\n\nWhat has been done since our last message: {{whatWeAreDoing}}\n\nWe know that waiting is hard, especially for the people directly involved. The review is still going on, and to protect everyone's privacy we will not share details about individuals. If anyone has been treated worse for raising a concern, please tell HR or any manager outside your reporting line straight away, and we will act on it.\n\nPlease keep passing questions from journalists to {{spokesperson}}. Our next update will reach you by {{nextUpdateAt}}.\n\nThe management team",
        'zh-TW':
          '各位 {{company}} 的同仁：\n\n這是關於「{{incidentTitle}}」的最新進度，我們於 {{detectedAt}} 第一次向大家說明此事。\n\n目前的狀況：{{whatWeKnow}}\n\n自上次說明以來的處理：{{whatWeAreDoing}}\n\n我們明白等待並不容易，對直接相關的同仁更是如此。調查仍在進行中，為保護所有人的隱私，我們不會分享個人的細節。如果有人因為提出意見而受到不利對待，請立即告訴人資或任何一位不在您直屬體系的主管，我們一定會處理。\n\n媒體詢問仍請轉給 {{spokesperson}}。下一次更新將於 {{nextUpdateAt}} 前送達。\n\n經營團隊 敬上',
        'zh-CN':
          '{{company}} 的各位同事：\n\n这是关于“{{incidentTitle}}”的最新进展，我们于 {{detectedAt}} 首次向大家说明此事。\n\n目前的情况：{{whatWeKnow}}\n\n上次说明以来的进展：{{whatWeAreDoing}}\n\n我们知道等待并不容易，对直接相关的同事更是如此。调查仍在进行中，为保护各方隐私，我们不会透露个人细节。如果有人因为反映问题而受到不利对待，请立即告诉人力资源部或任何一位不在您汇报线上的管理者，我们一定会处理。\n\n媒体问询仍请转给 {{spokesperson}}。我们将在 {{nextUpdateAt}} 前发布下一次更新。\n\n公司管理层',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: false,
    },
    {
      id: 'starter-tpl-internal-grievance-apology-public',
      stage: 'apology',
      audience: 'public',
      title: {
        en: 'Apology and the changes we are making',
        'zh-TW': '道歉聲明與改善措施',
        'zh-CN': '道歉声明与整改措施',
      },
      body: {
        en: '{{incidentTitle}}: what we found and what we are changing\n\nSince {{detectedAt}}, we have been reviewing the concerns raised by current and former colleagues at {{company}}. The review found that some of these concerns were justified.\n\nWhat we found: {{whatWeKnow}}\n\nWe apologise to the people affected. They deserved better from us, and it should not have taken public posts for us to listen.\n\nWhat we are changing: {{whatWeAreDoing}}\n\nWe shared these findings with our employees first. To protect their privacy, we will not discuss individuals. We will report on our progress with these changes, and anyone at {{company}} can raise a concern with HR or with any manager outside their own reporting line without fear of consequences.\n\n{{spokesperson}}, for {{company}}',
        'zh-TW':
          '「{{incidentTitle}}」調查結果與改善措施\n\n自 {{detectedAt}} 起，我們持續檢視現任與離職同仁對 {{company}} 提出的意見。調查結果顯示，其中部分意見確實屬實。\n\n調查發現：{{whatWeKnow}}\n\n我們向受到影響的同仁致歉。他們應該得到更好的對待，而我們不該等到事情在網路上公開，才開始傾聽。\n\n我們將做出的改變：{{whatWeAreDoing}}\n\n這些結果已先向全體同仁說明；為保護當事人隱私，我們不會討論個人。我們會持續公布改善進度，{{company}} 的每一位同仁都可以向人資或不在其直屬體系的主管反映問題，不必擔心因此受到不利對待。\n\n{{company}} 發言人 {{spokesperson}}',
        'zh-CN':
          '“{{incidentTitle}}”调查结果与整改措施\n\n自 {{detectedAt}} 起，我们一直在核查在职和离职同事对 {{company}} 提出的意见。调查结果表明，其中部分意见确实属实。\n\n调查发现：{{whatWeKnow}}\n\n我们向受到影响的同事道歉。他们本应得到更好的对待，我们也不该等到事情在网上公开后才开始倾听。\n\n我们将做出的改变：{{whatWeAreDoing}}\n\n这些结果已先向全体员工通报；为保护当事人隐私，我们不会讨论具体个人。我们会持续公布整改进展，{{company}} 的每一位员工都可以向人力资源部或不在其汇报线上的管理者反映问题，不必担心因此受到不利对待。\n\n{{company}} 发言人 {{spokesperson}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
  ],
};
