import type { StarterKit } from '../starterLibrary';

/**
 * Starter kit for supply-chain disruption: a supplier, factory, carrier or route fails and orders
 * are late or cannot be filled. The kit confirms the facts at the source, shares scarce stock by a
 * written rule, never lets a rushed substitute lower quality or safety, and gives customers and
 * partners the same realistic dates (as ranges) on a promised schedule.
 */
export const supplyChainKit: StarterKit = {
  crisisTypeId: 'supply-chain',
  summary: {
    en: 'A supplier, factory, carrier or route the company relies on stops working: a fire, a bankruptcy, a strike, a natural disaster, a port closure, new trade restrictions or a quality problem at the source. Orders arrive late or not at all, and customers and partners need honest dates rather than hopeful ones. The response protects the most critical customers and products, finds alternatives without cutting corners on quality, and keeps everyone working from the same realistic picture.',
    'zh-TW':
      '公司仰賴的供應商、工廠、物流業者或運輸路線出了狀況，例如火災、倒閉、罷工、天災、港口關閉、新的貿易限制，或源頭的品質問題。訂單因此延遲甚至無法交貨，顧客與合作夥伴需要的是實在的交期，而不是樂觀的猜測。應變的重點是先保住最關鍵的顧客與產品、在不犧牲品質的前提下尋找替代方案，並讓所有人掌握同一份務實的資訊。',
    'zh-CN':
      '公司依赖的供应商、工厂、物流商或运输线路出了问题，例如火灾、破产、罢工、自然灾害、港口关闭、新的贸易限制，或源头的质量问题。订单因此延误甚至无法交付，客户和合作伙伴需要的是实实在在的交期，而不是乐观的估计。应对的重点是先保障最关键的客户和产品、在不降低质量的前提下寻找替代方案，并让所有人掌握同一套务实的信息。',
  },
  typicalRisks: [
    {
      en: 'If a single-source supplier stops production, then key products run out within weeks and orders cannot be filled.',
      'zh-TW': '若唯一供應商停產，則關鍵產品可能在數週內斷貨，訂單無法出貨。',
      'zh-CN': '如果独家供应商停产，那么关键产品可能在几周内断货，订单无法交付。',
    },
    {
      en: 'If a port, border crossing or shipping route closes, then deliveries slip and contracted delivery dates are missed.',
      'zh-TW': '若港口、邊境或航運路線關閉，則交貨時間延後，無法達成合約約定的交期。',
      'zh-CN': '如果港口、口岸或航运线路关闭，那么交货时间推迟，无法达到合同约定的交期。',
    },
    {
      en: "If a supplier's financial trouble goes unnoticed, then its sudden failure leaves no time to approve a replacement.",
      'zh-TW': '若未察覺供應商的財務困難，則對方一旦突然倒閉，我們將來不及找到合格的替代廠商。',
      'zh-CN':
        '如果没有察觉供应商的财务困难，那么对方一旦突然倒闭，我们将来不及找到合格的替代供应商。',
    },
    {
      en: 'If customers hear about delays from the news before they hear from us, then they lose trust and move their orders elsewhere.',
      'zh-TW': '若顧客先從新聞得知延遲，而不是由我們告知，則會失去信任並將訂單轉給他人。',
      'zh-CN': '如果客户先从新闻里得知延误，而不是由我们告知，那么他们会失去信任并把订单转给别家。',
    },
    {
      en: 'If a replacement supplier is approved in a hurry, then quality or safety problems can slip into the product.',
      'zh-TW': '若倉促核准替代供應商，則品質或安全問題可能混入產品中。',
      'zh-CN': '如果仓促批准替代供应商，那么质量或安全问题可能混入产品。',
    },
  ],
  sop: {
    id: 'starter-sop-supply-chain',
    title: {
      en: 'Supply-chain disruption response',
      'zh-TW': '供應鏈中斷應變',
      'zh-CN': '供应链中断应对',
    },
    purpose: {
      en: 'Keep customers supplied as well as the situation allows, and tell them honestly when we cannot. This procedure takes the team from the first sign of a disruption to restored supply: confirming the facts, protecting critical customers and stock, finding alternatives, and giving everyone the same realistic dates.\n\n- Give dates as ranges, and say what they depend on.\n- Share out scarce stock by a written rule that we can explain.\n- Never let a rushed substitute lower quality or safety.',
      'zh-TW':
        '在情勢允許的範圍內持續供貨，做不到時也誠實告知顧客。本程序引導團隊從察覺中斷的第一個跡象，到恢復正常供應：確認事實、保住關鍵顧客與庫存、尋找替代方案，並讓所有人得到一致且務實的交期。\n\n- 交期以區間表示，並說明取決於哪些因素。\n- 稀缺庫存依書面規則分配，確保說得出道理。\n- 絕不因倉促更換來源而降低品質或安全標準。',
      'zh-CN':
        '在条件允许的范围内持续供货，做不到时也如实告知客户。本程序指导团队从发现中断的第一个迹象开始，直到恢复正常供应：核实情况、保障关键客户和库存、寻找替代方案，并向所有人提供统一、务实的交期。\n\n- 交期以区间表示，并说明取决于哪些因素。\n- 紧缺库存按书面规则分配，确保讲得出道理。\n- 绝不因仓促更换货源而降低质量或安全标准。',
    },
    triggerCriteria: {
      en: 'Start this SOP when any of these happens:\n\n- A key supplier, factory or carrier tells us, or we learn, that it cannot deliver as agreed.\n- An event such as a fire, flood, strike, port closure or new trade restriction hits a place our goods come from or pass through.\n- Stock of a critical product or part will run out before the next confirmed delivery.\n- Customers report late or missing orders in clearly higher numbers than usual.\n\nA short delay that normal planning can absorb is not a crisis; start this SOP once customers will feel it.',
      'zh-TW':
        '出現以下任一情況時啟動本程序：\n\n- 主要供應商、工廠或物流業者通知（或我們得知）無法依約交貨。\n- 火災、水災、罷工、港口關閉或新的貿易限制等事件，影響到我們貨源所在地或運送途經之處。\n- 關鍵產品或零件的庫存，將在下一批確定到貨前用完。\n- 顧客反映延遲或未收到訂單的數量明顯高於平常。\n\n一般排程就能消化的短暫延遲不算危機；一旦顧客會感受到影響，就啟動本程序。',
      'zh-CN':
        '出现以下任一情况时启动本程序：\n\n- 主要供应商、工厂或物流商通知（或我们获悉）无法按约交货。\n- 火灾、洪水、罢工、港口关闭或新的贸易限制等事件，影响到我们的货源地或运输途经地。\n- 关键产品或零部件的库存，将在下一批确认到货之前用完。\n- 客户反映延误或未收到订单的数量明显高于平常。\n\n常规计划就能消化的短暂延误不算危机；一旦客户会感受到影响，就启动本程序。',
    },
    severityIds: ['sev-1', 'sev-2', 'sev-3'],
    ownerRoleId: 'logistics',
    reviewIntervalDays: 180,
    steps: [
      {
        id: 'sup-s1',
        title: {
          en: 'Confirm the disruption and what it affects',
          'zh-TW': '確認中斷情況與影響範圍',
          'zh-CN': '核实中断情况与影响范围',
        },
        ownerRoleId: 'logistics',
        targetMinutes: 15,
        checklist: [
          {
            id: 'sup-s1-c1',
            text: {
              en: 'Contact the supplier or carrier directly, and record what they confirm and what they cannot yet say.',
              'zh-TW': '直接聯絡供應商或物流業者，記錄對方確認的事項，以及仍無法答覆的部分。',
              'zh-CN': '直接联系供应商或物流商，记录对方确认的事项，以及暂时无法答复的部分。',
            },
          },
          {
            id: 'sup-s1-c2',
            text: {
              en: 'List the parts, products and open orders affected.',
              'zh-TW': '列出受影響的零件、產品與未出貨訂單。',
              'zh-CN': '列出受影响的零部件、产品和未交付订单。',
            },
          },
          {
            id: 'sup-s1-c3',
            text: {
              en: 'Estimate when stock runs out at the current rate of sales.',
              'zh-TW': '依目前銷售速度，估算庫存何時用完。',
              'zh-CN': '按当前销售速度，估算库存何时用完。',
            },
          },
        ],
        resources: [
          { en: 'Supplier contact list', 'zh-TW': '供應商聯絡清單', 'zh-CN': '供应商联系清单' },
          {
            en: 'Stock and open orders report',
            'zh-TW': '庫存與未出貨訂單報表',
            'zh-CN': '库存与未交付订单报表',
          },
        ],
        notes: {
          en: 'Record the source and time of every piece of information; early reports are often wrong.',
          'zh-TW': '每則資訊都要記下來源與時間，初期消息常常有誤。',
          'zh-CN': '每条信息都要记下来源和时间，初期消息往往不准确。',
        },
      },
      {
        id: 'sup-s2',
        title: {
          en: 'Convene the team and set the severity',
          'zh-TW': '召集小組並判定嚴重等級',
          'zh-CN': '召集小组并确定严重等级',
        },
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          {
            id: 'sup-s2-c1',
            text: {
              en: 'Call the commander, logistics, customer service, external liaison, legal counsel and spokesperson.',
              'zh-TW': '通知總指揮、後勤、客服、對外聯絡人、法律顧問與發言人。',
              'zh-CN': '通知总指挥、后勤、客服、对外联络人、法律顾问和发言人。',
            },
          },
          {
            id: 'sup-s2-c2',
            text: {
              en: 'Set the severity by how many customers are affected, and for how long.',
              'zh-TW': '依受影響的顧客數量與持續時間判定嚴重等級。',
              'zh-CN': '根据受影响的客户数量和持续时间确定严重等级。',
            },
          },
          {
            id: 'sup-s2-c3',
            text: {
              en: 'Name one spokesperson, and agree how often the team meets.',
              'zh-TW': '指定唯一發言人，並約定小組開會的頻率。',
              'zh-CN': '指定唯一发言人，并约定小组碰头的频率。',
            },
          },
        ],
        resources: [
          { en: 'Crisis call tree', 'zh-TW': '危機聯絡順序', 'zh-CN': '危机联系顺序' },
          { en: 'Severity definitions', 'zh-TW': '嚴重等級定義', 'zh-CN': '严重等级定义' },
        ],
        notes: {
          en: 'If the disruption could affect product safety (a substitute material, a skipped check), start the product safety SOP as well.',
          'zh-TW':
            '若中斷可能影響產品安全（例如更換材料、省略檢驗），請同時啟動產品安全的標準作業程序。',
          'zh-CN':
            '如果中断可能影响产品安全（例如更换材料、跳过检验），请同时启动产品安全的标准作业程序。',
        },
      },
      {
        id: 'sup-s3',
        title: {
          en: 'Send a holding notice to affected customers',
          'zh-TW': '向受影響的顧客發出初步通知',
          'zh-CN': '向受影响的客户发出初步通知',
        },
        ownerRoleId: 'customer-service',
        targetMinutes: 60,
        checklist: [
          {
            id: 'sup-s3-c1',
            text: {
              en: 'Tell customers with open orders that there is a delay, what we know and when we will update them.',
              'zh-TW': '通知有未出貨訂單的顧客：目前有延遲、我們所知的情況，以及下次更新的時間。',
              'zh-CN': '通知有未交付订单的客户：目前存在延误、我们掌握的情况，以及下次更新的时间。',
            },
          },
          {
            id: 'sup-s3-c2',
            text: {
              en: 'Do not promise new delivery dates until they are confirmed.',
              'zh-TW': '在新交期確認前，不做任何承諾。',
              'zh-CN': '新交期确认之前，不作任何承诺。',
            },
          },
          {
            id: 'sup-s3-c3',
            text: {
              en: 'Give customer service and sales the same text, and short answers to likely questions.',
              'zh-TW': '將同一份內容與常見問題的簡短回答提供給客服與業務。',
              'zh-CN': '将同一份内容和常见问题的简短答复口径提供给客服和销售。',
            },
          },
        ],
        resources: [
          { en: 'Holding statement template', 'zh-TW': '初步聲明範本', 'zh-CN': '初步声明模板' },
          { en: 'Communication matrix', 'zh-TW': '溝通矩陣', 'zh-CN': '沟通矩阵' },
        ],
        notes: {
          en: 'Customers can plan around bad news; they cannot plan around silence.',
          'zh-TW': '壞消息顧客還能預作安排，沒有消息就無從準備。',
          'zh-CN': '坏消息客户还能提前安排，没有消息就无从准备。',
        },
      },
      {
        id: 'sup-s4',
        title: {
          en: 'Protect critical customers and stock',
          'zh-TW': '保住關鍵顧客與庫存',
          'zh-CN': '保障关键客户和库存',
        },
        ownerRoleId: 'logistics',
        targetMinutes: 120,
        checklist: [
          {
            id: 'sup-s4-c1',
            text: {
              en: 'Rank open orders by impact: safety-critical uses first, then contractual commitments, then the rest.',
              'zh-TW':
                '依影響程度排序未出貨訂單：攸關安全的用途優先，其次是合約承諾，再來是其他訂單。',
              'zh-CN':
                '按影响程度对未交付订单排序：涉及安全的用途优先，其次是合同承诺，然后是其他订单。',
            },
          },
          {
            id: 'sup-s4-c2',
            text: {
              en: 'Agree a written rule for sharing out the remaining stock, so every decision can be explained.',
              'zh-TW': '訂出分配剩餘庫存的書面規則，讓每個決定都說得出理由。',
              'zh-CN': '制定分配剩余库存的书面规则，让每个决定都有理有据。',
            },
          },
          {
            id: 'sup-s4-c3',
            text: {
              en: 'Pause promotions for products that are running short.',
              'zh-TW': '暫停即將缺貨產品的促銷活動。',
              'zh-CN': '暂停即将缺货产品的促销活动。',
            },
          },
          {
            id: 'sup-s4-c4',
            text: {
              en: 'Ask legal counsel to check contracts for notice duties and force majeure terms.',
              'zh-TW': '請法律顧問檢視合約中的通知義務與不可抗力條款。',
              'zh-CN': '请法律顾问审查合同中的通知义务和不可抗力条款。',
            },
          },
        ],
        resources: [{ en: 'Customer contracts', 'zh-TW': '客戶合約', 'zh-CN': '客户合同' }],
        notes: {
          en: 'Contract notice periods can be short. Confirm each deadline with counsel and track it in the incident.',
          'zh-TW': '合約的通知期限可能很短，每個期限都請法律顧問確認，並在事件中追蹤。',
          'zh-CN': '合同的通知期限可能很短，每个期限都请法律顾问确认，并在事件中跟踪。',
        },
      },
      {
        id: 'sup-s5',
        title: {
          en: 'Issue the first statement with realistic dates',
          'zh-TW': '發布附務實交期的首次正式聲明',
          'zh-CN': '发布附有务实交期的首份正式声明',
        },
        ownerRoleId: 'spokesperson',
        targetMinutes: 240,
        checklist: [
          {
            id: 'sup-s5-c1',
            text: {
              en: 'Give expected dates as ranges, and say what they depend on.',
              'zh-TW': '預計交期以區間表示，並說明取決於哪些因素。',
              'zh-CN': '预计交期以区间表示，并说明取决于哪些因素。',
            },
          },
          {
            id: 'sup-s5-c2',
            text: {
              en: 'Offer clear choices: wait, switch to an alternative, or cancel.',
              'zh-TW': '提供明確選項：繼續等待、改用替代品，或取消訂單。',
              'zh-CN': '提供明确选项：继续等待、改用替代品，或取消订单。',
            },
          },
          {
            id: 'sup-s5-c3',
            text: {
              en: 'Legal counsel checks any wording that touches contracts; the spokesperson approves.',
              'zh-TW': '涉及合約的措辭由法律顧問把關，發言人核准。',
              'zh-CN': '涉及合同的措辞由法律顾问把关，发言人审批。',
            },
          },
          {
            id: 'sup-s5-c4',
            text: {
              en: 'Give the same facts to customer service, sales and partners before it goes out.',
              'zh-TW': '發布前將同樣的資訊提供給客服、業務與合作夥伴。',
              'zh-CN': '发布前将同样的信息提供给客服、销售和合作伙伴。',
            },
          },
        ],
        resources: [
          { en: 'First statement template', 'zh-TW': '正式聲明範本', 'zh-CN': '正式声明模板' },
        ],
        notes: {
          en: 'Do not blame the supplier in public. Customers bought from us, so the delay is ours to own.',
          'zh-TW': '不要公開指責供應商。顧客是向我們購買的，延遲的責任由我們承擔。',
          'zh-CN': '不要公开指责供应商。客户是从我们这里购买的，延误的责任由我们承担。',
        },
      },
      {
        id: 'sup-s6',
        title: {
          en: 'Find and check alternatives',
          'zh-TW': '尋找並查核替代方案',
          'zh-CN': '寻找并核查替代方案',
        },
        ownerRoleId: 'logistics',
        targetMinutes: 480,
        checklist: [
          {
            id: 'sup-s6-c1',
            text: {
              en: 'Contact backup suppliers and carriers, and compare lead times and costs.',
              'zh-TW': '聯絡備援供應商與物流業者，比較交期與成本。',
              'zh-CN': '联系备选供应商和物流商，比较交期和成本。',
            },
          },
          {
            id: 'sup-s6-c2',
            text: {
              en: 'Have the technical expert confirm that any substitute meets the same specification and safety rules before use.',
              'zh-TW': '任何替代品在使用前，都須由技術專家確認符合相同規格與安全規定。',
              'zh-CN': '任何替代品在使用前，都须由技术专家确认符合相同规格和安全要求。',
            },
          },
          {
            id: 'sup-s6-c3',
            text: {
              en: 'Record each decision, who approved it and why.',
              'zh-TW': '記錄每項決定、核准人與理由。',
              'zh-CN': '记录每项决定、审批人和理由。',
            },
          },
        ],
        resources: [
          { en: 'Approved supplier list', 'zh-TW': '合格供應商名冊', 'zh-CN': '合格供应商名录' },
        ],
        notes: {
          en: 'If a substitute changes what the customer receives, tell them before shipping it.',
          'zh-TW': '若替代方案會改變顧客收到的東西，出貨前先告知顧客。',
          'zh-CN': '如果替代方案会改变客户收到的东西，发货前先告知客户。',
        },
      },
      {
        id: 'sup-s7',
        title: {
          en: 'Keep updates on schedule',
          'zh-TW': '按時發布進度更新',
          'zh-CN': '按时发布进展通报',
        },
        ownerRoleId: 'customer-service',
        targetMinutes: 1440,
        checklist: [
          {
            id: 'sup-s7-c1',
            text: {
              en: 'Update customers and partners at the promised times, even when nothing has changed.',
              'zh-TW': '依承諾的時間更新顧客與合作夥伴，即使沒有新進展也一樣。',
              'zh-CN': '按承诺的时间向客户和合作伙伴通报，即使没有新进展也一样。',
            },
          },
          {
            id: 'sup-s7-c2',
            text: {
              en: 'Keep the order status on the website and in customer service current.',
              'zh-TW': '隨時更新官網與客服掌握的訂單狀態。',
              'zh-CN': '及时更新官网和客服掌握的订单状态。',
            },
          },
          {
            id: 'sup-s7-c3',
            text: {
              en: 'Track complaints, cancellations and missed contract dates every day.',
              'zh-TW': '每天追蹤客訴、取消訂單與未達合約交期的情況。',
              'zh-CN': '每天跟踪投诉、取消订单和未达合同交期的情况。',
            },
          },
          {
            id: 'sup-s7-c4',
            text: {
              en: 'Tell investors if revenue or forecasts may be affected; check disclosure rules with counsel.',
              'zh-TW': '若營收或財測可能受影響，告知投資人，並請法律顧問確認揭露規定。',
              'zh-CN': '如果营收或业绩预期可能受到影响，告知投资者，并请法律顾问确认信息披露规定。',
            },
          },
        ],
        resources: [{ en: 'Update template', 'zh-TW': '進度更新範本', 'zh-CN': '进展通报模板' }],
        notes: {
          en: 'Missing a promised update does more damage than sending one with little news.',
          'zh-TW': '錯過承諾的更新時間，比發出一則內容不多的更新傷害更大。',
          'zh-CN': '错过承诺的更新时间，比发出一条内容不多的通报伤害更大。',
        },
      },
      {
        id: 'sup-s8',
        title: {
          en: 'Restore supply and review',
          'zh-TW': '恢復供應並檢討',
          'zh-CN': '恢复供应并复盘',
        },
        ownerRoleId: 'commander',
        targetMinutes: null,
        checklist: [
          {
            id: 'sup-s8-c1',
            text: {
              en: 'Confirm that supply is back to normal and the backlog of orders is cleared.',
              'zh-TW': '確認供應已恢復正常、積壓訂單已消化完畢。',
              'zh-CN': '确认供应已恢复正常、积压订单已全部处理完毕。',
            },
          },
          {
            id: 'sup-s8-c2',
            text: {
              en: 'Send the resolution notice and thank customers and partners for their patience.',
              'zh-TW': '發出結案通知，感謝顧客與合作夥伴的耐心。',
              'zh-CN': '发出结案通知，感谢客户和合作伙伴的耐心。',
            },
          },
          {
            id: 'sup-s8-c3',
            text: {
              en: 'Review single-source dependencies and add new risks to the risk register.',
              'zh-TW': '檢視對單一來源的依賴，並將新發現的風險加入風險清冊。',
              'zh-CN': '审视对单一来源的依赖，并将新发现的风险加入风险登记册。',
            },
          },
          {
            id: 'sup-s8-c4',
            text: {
              en: 'Schedule a drill for the next most likely disruption.',
              'zh-TW': '針對下一個最可能發生的中斷情境安排演練。',
              'zh-CN': '针对下一个最可能发生的中断情景安排演练。',
            },
          },
        ],
        resources: [
          { en: 'Resolution statement template', 'zh-TW': '結案聲明範本', 'zh-CN': '结案声明模板' },
        ],
        notes: {
          en: "Checking key suppliers' health on a schedule (money, capacity, where they are) gives the earliest warning.",
          'zh-TW': '定期留意主要供應商的體質，例如資金、產能與所在地，最能及早察覺警訊。',
          'zh-CN': '定期关注主要供应商的经营状况，例如资金、产能和所在地，最能及早发现预警信号。',
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
        en: 'Within 45 min for sales and support staff, then at each change',
        'zh-TW': '45 分鐘內通知業務與客服同仁，之後每有變化即通知',
        'zh-CN': '45 分钟内通知销售和客服人员，之后每有变化即通知',
      },
      templateStage: 'holding',
      note: {
        en: 'Staff need the facts before customers call them.',
        'zh-TW': '同仁需要在顧客來電前掌握事實。',
        'zh-CN': '员工需要在客户来电之前掌握情况。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'email',
      ownerRoleId: 'customer-service',
      targetMinutes: 60,
      timing: {
        en: 'Within 60 min to customers with open orders, then at least daily',
        'zh-TW': '60 分鐘內通知有未出貨訂單的顧客，之後至少每天一次',
        'zh-CN': '60 分钟内通知有未交付订单的客户，之后至少每天一次',
      },
      templateStage: 'holding',
      note: {
        en: 'Send only to affected customers, with their order numbers where possible.',
        'zh-TW': '只寄給受影響的顧客，盡可能附上其訂單編號。',
        'zh-CN': '只发送给受影响的客户，尽可能附上其订单号。',
      },
    },
    {
      stakeholderId: 'partners',
      channelId: 'phone',
      ownerRoleId: 'external-liaison',
      targetMinutes: 120,
      timing: {
        en: 'Within 2 h for key distributors and resellers, then as agreed',
        'zh-TW': '2 小時內聯繫主要經銷商與代理商，之後依約定頻率',
        'zh-CN': '2 小时内联系主要经销商和代理商，之后按约定频率',
      },
      templateStage: 'update',
      note: {
        en: 'Agree a shared message, so partners give their own customers the same dates as we do.',
        'zh-TW': '與夥伴約定一致的說法，讓他們告訴自己顧客的交期與我們相同。',
        'zh-CN': '与合作伙伴约定统一口径，使他们告诉自己客户的交期与我们一致。',
      },
    },
    {
      stakeholderId: 'customers',
      channelId: 'website',
      ownerRoleId: 'customer-service',
      targetMinutes: 240,
      timing: {
        en: 'With the first statement; keep the status notice current',
        'zh-TW': '隨正式聲明發布，並隨時更新狀態公告',
        'zh-CN': '随正式声明发布，并及时更新状态公告',
      },
      templateStage: 'first-statement',
      note: {
        en: 'One page with the latest dates and options, linked from every message.',
        'zh-TW': '以單一頁面公布最新交期與選項，每則通知都附上連結。',
        'zh-CN': '用一个页面公布最新交期和可选方案，每条通知都附上链接。',
      },
    },
    {
      stakeholderId: 'investors',
      channelId: 'email',
      ownerRoleId: 'commander',
      targetMinutes: 1440,
      timing: {
        en: 'Within 24 h if revenue or forecasts may be affected',
        'zh-TW': '若營收或財測可能受影響，24 小時內',
        'zh-CN': '如营收或业绩预期可能受到影响，24 小时内',
      },
      templateStage: 'update',
      note: {
        en: 'If the company is listed, check disclosure duties with legal counsel.',
        'zh-TW': '若為上市櫃公司，請與法律顧問確認資訊揭露義務。',
        'zh-CN': '如为上市公司，请与法律顾问确认信息披露义务。',
      },
    },
    {
      stakeholderId: 'media',
      channelId: 'press-release',
      ownerRoleId: 'spokesperson',
      targetMinutes: null,
      timing: {
        en: 'Only if the disruption is public or widely felt',
        'zh-TW': '僅在中斷已公開或影響廣泛時',
        'zh-CN': '仅在中断已公开或影响广泛时',
      },
      templateStage: 'first-statement',
      note: {
        en: 'Answer questions honestly, and do not blame the supplier in public.',
        'zh-TW': '誠實回答問題，不公開指責供應商。',
        'zh-CN': '如实回答问题，不公开指责供应商。',
      },
    },
  ],
  templates: [
    {
      id: 'starter-tpl-supply-chain-holding-customers',
      stage: 'holding',
      audience: 'customers',
      title: {
        en: 'Holding notice to customers: delivery delay',
        'zh-TW': '致顧客初步通知：交貨延遲',
        'zh-CN': '致客户初步通知：交货延误',
      },
      body: {
        en: 'Delay affecting your {{product}} order\n\nWe are writing to let you know about a problem in our supply chain that is likely to delay orders of {{product}}. We learned of it at {{detectedAt}} and wanted you to hear it from us first.\n\nWhat we know so far: {{whatWeKnow}}\n\nWe do not yet have a reliable new delivery date, and we would rather not give you one we cannot keep. We are working on it now and will update you by {{nextUpdateAt}} with a realistic date and your options. If your order is urgent, please tell our customer service team and we will look at what can be done.\n\nWe are sorry for the inconvenience, and thank you for your patience.\n\n{{company}}',
        'zh-TW':
          '您的{{product}}訂單可能延遲交貨\n\n我們的供應鏈出現狀況，{{product}}的訂單可能因此延遲。我們在{{detectedAt}}得知此事，希望您能先從我們這裡得到消息。\n\n目前所知：{{whatWeKnow}}\n\n我們還無法提供可靠的新交期，也不想給您一個做不到的日期。團隊正在處理，並會在{{nextUpdateAt}}前告訴您務實的交期與可選擇的方案。如果您的訂單很急，請告訴客服團隊，我們會研究可行的辦法。\n\n造成您的不便，我們深感抱歉，也謝謝您的耐心。\n\n{{company}}',
        'zh-CN':
          '您的{{product}}订单可能延迟交付\n\n我们的供应链出现问题，{{product}}的订单可能因此延迟。我们于{{detectedAt}}获悉此事，希望您能第一时间从我们这里了解情况。\n\n目前掌握的情况：{{whatWeKnow}}\n\n我们暂时还无法给出可靠的新交期，也不想给您一个做不到的日期。团队正在处理，并将在{{nextUpdateAt}}前告知您切实可行的交期和可选方案。如果您的订单比较紧急，请告诉客服团队，我们会看看能想什么办法。\n\n给您带来不便，我们深表歉意，也感谢您的耐心。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-supply-chain-first-statement-customers',
      stage: 'first-statement',
      audience: 'customers',
      title: {
        en: 'First statement to customers: delays and your options',
        'zh-TW': '致顧客正式聲明：延遲情況與您的選擇',
        'zh-CN': '致客户正式声明：延误情况与您的选择',
      },
      body: {
        en: '{{incidentTitle}}: what it means for your order\n\nSince {{detectedAt}}, a disruption in our supply chain has affected deliveries of {{product}}. Keeping our promises to you is our responsibility, and we are sorry that we cannot deliver on time.\n\nWhat we know: {{whatWeKnow}}\n\nWhat we are doing: {{whatWeAreDoing}}\n\nYour options: you can keep your order and we will ship it as soon as we can, or you can contact our customer service team to discuss an alternative or to cancel. If your order is urgent or needed for safety reasons, please tell us so we can take that into account when we set priorities. Any date we give you is our honest best estimate; if it changes, we will tell you.\n\nOur next update will be at {{nextUpdateAt}}.\n\n{{company}}',
        'zh-TW':
          '{{incidentTitle}}：對您訂單的影響\n\n自{{detectedAt}}起，我們的供應鏈發生中斷，影響{{product}}的出貨。對您的承諾由我們負責，無法準時交貨，我們非常抱歉。\n\n目前所知：{{whatWeKnow}}\n\n我們正在做的事：{{whatWeAreDoing}}\n\n您可以選擇：保留訂單，我們會盡快出貨；或與客服團隊聯絡，討論替代方案或取消訂單。如果您的訂單用於緊急或攸關安全的用途，請告訴我們，我們會在安排優先順序時納入考量。我們提供的日期都是依現況所做的誠實估計，若有變動，一定會通知您。\n\n下一次更新時間為{{nextUpdateAt}}。\n\n{{company}}',
        'zh-CN':
          '{{incidentTitle}}：对您订单的影响\n\n自{{detectedAt}}起，我们的供应链出现中断，影响了{{product}}的发货。对您的承诺由我们负责，未能按时交付，我们非常抱歉。\n\n目前掌握的情况：{{whatWeKnow}}\n\n我们正在采取的措施：{{whatWeAreDoing}}\n\n您可以选择：保留订单，我们会尽快发货；或联系客服团队，商量替代方案或取消订单。如果您的订单用于紧急或涉及安全的用途，请告诉我们，我们会在安排优先顺序时予以考虑。我们给出的日期都是基于现有情况的如实估计，如有变化，一定会通知您。\n\n下一次更新时间为{{nextUpdateAt}}。\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-supply-chain-update-partners',
      stage: 'update',
      audience: 'partners',
      title: {
        en: 'Update to partners: supply status',
        'zh-TW': '致合作夥伴進度更新：供貨狀況',
        'zh-CN': '致合作伙伴进展通报：供货情况',
      },
      body: {
        en: 'Supply update: {{incidentTitle}}\n\nThank you for working with us through the disruption affecting {{product}}. Here is where things stand.\n\nWhat has changed: {{whatWeKnow}}\n\nWhat we are doing, including how the remaining stock is being shared out: {{whatWeAreDoing}}\n\nSo that customers do not get mixed messages, please use the dates and wording in this update when you speak to them, and let us know if you hear anything different on your side. Questions about this update can go to {{spokesperson}} or to your usual contact.\n\nWe will send the next update by {{nextUpdateAt}}, and sooner if dates move.\n\n{{company}}',
        'zh-TW':
          '供貨進度更新：{{incidentTitle}}\n\n感謝您在{{product}}供應中斷期間與我們一起因應。以下是目前的情況。\n\n最新變化：{{whatWeKnow}}\n\n我們正在做的事（包括剩餘庫存如何分配）：{{whatWeAreDoing}}\n\n為了避免顧客聽到不一致的說法，與顧客溝通時請使用本次更新中的交期與說法；若您那邊得到不同的消息，也請告訴我們。對本次更新有任何疑問，請洽{{spokesperson}}或您平常的聯絡窗口。\n\n下一次更新將在{{nextUpdateAt}}前寄出；若交期有變，會提早通知。\n\n{{company}}',
        'zh-CN':
          '供货进展通报：{{incidentTitle}}\n\n感谢您在{{product}}供应中断期间与我们共同应对。以下是目前的情况。\n\n最新变化：{{whatWeKnow}}\n\n我们正在采取的措施（包括剩余库存如何分配）：{{whatWeAreDoing}}\n\n为避免客户听到不一致的说法，与客户沟通时请使用本次通报中的交期和口径；如果您那边了解到不同的情况，也请告诉我们。对本次通报如有疑问，请联系{{spokesperson}}或您平时的对接人。\n\n下一次通报将在{{nextUpdateAt}}前发出；如交期有变，会提前通知。\n\n{{company}}',
      },
      needsLegalApproval: true,
      needsSpokespersonApproval: true,
    },
    {
      id: 'starter-tpl-supply-chain-resolution-customers',
      stage: 'resolution',
      audience: 'customers',
      title: {
        en: 'Resolution notice to customers: supply restored',
        'zh-TW': '致顧客結案通知：供貨已恢復',
        'zh-CN': '致客户结案通知：供货已恢复',
      },
      body: {
        en: '{{incidentTitle}}: supply of {{product}} is back to normal\n\nWe are glad to tell you that deliveries of {{product}} are back on track.\n\nWhat happened, and where things stand now: {{whatWeKnow}}\n\nWhat we have changed to make our supply more dependable: {{whatWeAreDoing}}\n\nWe have also written down what we learned, to help us act sooner next time.\n\nWe know the delay caused real problems for some of you, and we are sorry. Thank you for your patience, and for the feedback many of you gave us along the way. If an order of yours is still outstanding, or you were affected in a way we have not yet put right, please contact our customer service team and we will look into it.\n\n{{company}}',
        'zh-TW':
          '{{incidentTitle}}：{{product}}已恢復正常供貨\n\n很高興通知您，{{product}}的出貨已經恢復正常。\n\n事件經過與目前狀況：{{whatWeKnow}}\n\n為了讓供貨更穩定，我們做了這些調整：{{whatWeAreDoing}}\n\n我們也把這次學到的經驗記錄下來，希望下次能更早因應。\n\n我們知道這次延遲給部分顧客帶來不少困擾，在此致歉。謝謝您的耐心，也謝謝許多顧客在過程中給我們的意見。如果您仍有訂單尚未收到，或仍有我們還沒處理好的影響，請與客服團隊聯絡，我們會協助了解。\n\n{{company}}',
        'zh-CN':
          '{{incidentTitle}}：{{product}}已恢复正常供货\n\n很高兴通知您，{{product}}的发货已恢复正常。\n\n事件经过与目前情况：{{whatWeKnow}}\n\n为了让供货更稳定，我们做了以下调整：{{whatWeAreDoing}}\n\n我们也把这次的经验教训记录了下来，希望下次能更早应对。\n\n我们知道这次延误给部分客户带来了不少麻烦，在此表示歉意。感谢您的耐心，也感谢许多客户在此期间给我们的反馈。如果您仍有订单尚未收到，或受到的影响还没有得到妥善处理，请联系我们的客服团队，我们会跟进处理。\n\n{{company}}',
      },
      needsLegalApproval: false,
      needsSpokespersonApproval: true,
    },
  ],
};
