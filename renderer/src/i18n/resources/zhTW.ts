import type { MessagesWithoutPluralForms } from './en';

/**
 * Traditional Chinese as written in Taiwan (設定、資料、網路、檔案), translated by hand from
 * English. Typed against {@link MessagesWithoutPluralForms} (the English keys without the plural
 * forms Chinese does not have), so a missing or extra key fails the type check.
 */
export const zhTW: MessagesWithoutPluralForms = {
  app: {
    name: 'Crisis Room',
    documentTitle: '{{area}} · Crisis Room',
  },
  shell: {
    skipToContent: '跳到主要內容',
    navigationLabel: '主選單',
    openPalette: '命令面板',
  },
  areas: {
    dashboard: { title: '儀表板' },
    risks: { title: '風險' },
    roster: { title: '危機處理小組' },
    sops: { title: '標準作業程序（SOP）' },
    incidents: { title: '事件' },
    monitoring: { title: '監測' },
    drills: { title: '演練' },
    reports: { title: '報告' },
    settings: { title: '設定' },
  },
  emptyStates: {
    dashboard: {
      heading: '儀表板將呈現的內容',
      summary:
        '以單一畫面掌握整個危機循環：進行中的事件及其嚴重程度與下次更新時間、監測警示、待覆核的風險、未完成的改善事項，以及即將進行的演練。',
      nothingYet: '目前尚無任何紀錄，因此沒有可呈現的內容。',
    },
    risks: {
      heading: '風險登錄冊將收錄的內容',
      summary:
        '每項風險以「若發生某原因，則導致某後果」描述，依可能性 × 影響程度評分，並載明負責人、控制措施與覆核日期；風險熱圖的每一格都能開啟其中的風險。',
      nothingYet: '目前尚未登錄任何風險。',
    },
    roster: {
      heading: '危機處理小組名冊將收錄的內容',
      summary:
        '危機處理小組的成員與角色（總指揮、發言人、法律顧問等），每個角色都有主要與備援人選、聯絡方式，以及可列印的緊急聯絡樹。',
      nothingYet: '目前尚未登錄任何成員或角色。',
    },
    sops: {
      heading: '標準作業程序庫將收錄的內容',
      summary:
        '針對各類危機（例如個資外洩、產品召回、謠言）的標準作業程序，包含執行步驟、聲明範本，以及最近一次驗證它的演練。',
      nothingYet: '目前尚未建立任何標準作業程序。',
    },
    incidents: {
      heading: '事件紀錄將收錄的內容',
      summary:
        '每起危機從發現到結案的完整經過：嚴重程度、決策與對外溝通的時間軸、任務、執行中的 SOP 檢核表，以及事後的檢討報告與經驗教訓。',
      nothingYet: '目前尚未記錄任何事件。',
    },
    monitoring: {
      heading: '監測將收錄的內容',
      summary:
        '針對新聞、社群與評論來源的關鍵字規則，聲量、負面情緒占比與傳播速度等預警指標，由此觸發的警示，以及每個來源的運作狀況。',
      nothingYet: '目前尚未設定任何來源或關鍵字規則。',
    },
    drills: {
      heading: '演練將收錄的內容',
      summary:
        '桌上推演、功能演練與全面演練：包含目標與預先編排狀況推播的情境、依目標記錄的觀察，以及演練後檢討報告，其改善事項會回頭更新標準作業程序與風險。',
      nothingYet: '目前尚未記錄任何演練。',
    },
    reports: {
      heading: '報告將收錄的內容',
      summary:
        '事件報告、情勢報告、事後檢討、演練後檢討報告與風險登錄冊，可匯出為 PDF、Markdown 或 CSV，語言可選英文、繁體中文或簡體中文。',
      nothingYet: '目前尚無任何紀錄，因此還無法產生報告。',
    },
  },
  palette: {
    title: '命令面板',
    inputLabel: '搜尋命令',
    placeholder: '輸入命令…',
    listLabel: '命令',
    noResults: '沒有符合「{{query}}」的命令。',
    resultCount_other: '共有 {{count}} 個命令可用。',
    hint: '用方向鍵選擇，按 Enter 執行，按 Esc 關閉。',
  },
  commands: {
    goTo: '前往{{area}}',
    switchLanguage: '將語言切換為{{language}}',
    themeSystem: '主題：跟隨系統',
    themeLight: '主題：淺色',
    themeDark: '主題：深色',
    toggleWarRoom: '開啟或關閉作戰室顯示模式',
  },
  settings: {
    language: {
      heading: '語言',
      label: '顯示語言',
      description: '選單、訊息與日期都會使用這個語言。',
    },
    appearance: {
      heading: '外觀',
      themeLegend: '主題',
      themeSystem: '跟隨系統',
      themeLight: '淺色',
      themeDark: '深色',
      warRoomLabel: '作戰室顯示模式',
      warRoomDescription: '高對比與大字體，適合投影機或牆面大螢幕。',
    },
    diagnostics: {
      heading: '診斷資訊',
      description: '這套安裝的相關資訊，尋求協助時很有用。',
      loading: '正在讀取應用程式資訊…',
      appName: '應用程式',
      version: '版本',
      transport: '執行方式',
      transportElectron: 'Electron 桌面應用程式',
      transportWeb: '瀏覽器（透過本機網頁伺服器）',
      os: '作業系統',
      nodeVersion: 'Node.js 版本',
      electronVersion: 'Electron 版本',
      chromeVersion: 'Chromium 版本',
      notApplicable: '不適用',
      dataFolder: '資料夾',
      schemaVersion: '資料庫結構版本',
      persistence: '持久性儲存',
      persistenceGranted: '已授權：瀏覽器不會自行清除這些資料',
      persistenceDenied: '未授權：空間不足時，瀏覽器可能清除這些資料',
      persistenceUnsupported: '此環境不支援',
      persistenceAskedAt: '詢問時間：{{when}}',
      persistenceNotAsked: '尚未詢問',
      storageUsed: '已使用空間',
      storageAvailable: '可用空間',
      storageAvailableValue: '{{available}}（配額 {{quota}}）',
      storageUnknown: '此環境未提供',
      infoFailed: '無法讀取應用程式資訊。{{reason}}',
      saveReport: '儲存診斷報告',
      savedTo: '診斷報告已儲存至 {{path}}。',
      downloaded: '診斷報告已下載為 {{fileName}}。',
    },
    updates: {
      heading: '更新',
      check: '檢查更新',
      install: '重新啟動並安裝',
      currentVersion: '目前安裝的版本：{{version}}',
      lastChecked: '上次檢查：{{when}}',
      unknownVersion: '新版本',
      loading: '正在讀取更新狀態…',
      technicalDetails: '技術細節',
      states: {
        unsupported: '瀏覽器版本的更新不在應用程式內進行：請更新執行本機網頁伺服器的那一份程式。',
        idle: '尚未檢查過更新。',
        checking: '正在檢查更新…',
        upToDate: 'Crisis Room 已是最新版本。',
        available: '有新版本 {{version}}，正在下載。',
        downloading: '正在下載版本 {{version}}…',
        downloadingPercent: '正在下載版本 {{version}}：已完成 {{percent}}。',
        downloaded: '版本 {{version}} 已準備就緒，按下「重新啟動並安裝」後才會安裝。',
        offline: '目前沒有網路連線，恢復連線後會再次檢查。',
        error: '檢查更新失敗，請稍後再試。',
      },
    },
  },
  notices: {
    regionLabel: '通知',
    alertRegionLabel: '錯誤',
    dismiss: '關閉',
  },
  startup: {
    failedHeading: 'Crisis Room 無法啟動',
    failedBody:
      '無法開啟資料庫，因此沒有讀取或變更任何資料。請關閉其他 Crisis Room 視窗、確認磁碟空間未滿，然後重新啟動應用程式。若問題持續發生，請保留下方的詳細資訊，提供給協助你的人。',
    detailLabel: '詳細資訊：',
  },
  errors: {
    'invalid-payload': '請求格式錯誤，已被拒絕。',
    'unknown-channel': '應用程式要求了這個版本不提供的功能。',
    forbidden: '基於安全考量，這項請求已被拒絕。',
    internal: '應用程式內部發生錯誤，請再試一次。',
    unsupported: '這個版本的應用程式不提供此功能。',
    'blocked-url': '這個連結已被封鎖，因為它不是安全的網址、電子郵件或電話號碼。',
    'io-error': '無法讀取或寫入檔案。',
    offline: '目前沒有網路連線，請在恢復連線後再試一次。',
    'transport-unavailable': '與應用程式背景服務的連線已中斷，請重新載入頁面或重新啟動應用程式。',
    'storage-full': '變更未儲存：磁碟或瀏覽器的儲存配額已滿。請釋出一些空間後再試一次。',
    'invalid-value': '變更未儲存，因為這個值無效。',
    'write-failed': '無法儲存變更，所有資料均未更動。',
  },
};
