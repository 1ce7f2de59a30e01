import type { MessagesWithoutPluralForms } from './en';

/**
 * Messages every file import shares (`fileImport.*`): the file size limit, an unreadable file and
 * the character set it was read in. One wording for the risk register's and the roster's imports,
 * so the two dialogs say the same thing the same way.
 */
export const fileImportEn = {
  tooLarge: 'This file is {{size}}; files up to {{limit}} can be imported.',
  readFailed: 'The file could not be read. Choose it again.',
  charsetLabel: 'Character set',
  charsetHint: 'Change it if Chinese text looks garbled.',
  charsetDetected: 'Detected: {{charset}}',
  charsetBom: 'Marked in the file: {{charset}}',
  charsetChosen: 'Chosen by you: {{charset}}',
  charsets: {
    'utf-8': 'UTF-8',
    big5: 'Big5 (Traditional Chinese)',
    gbk: 'GBK (Simplified Chinese)',
    gb18030: 'GB18030 (Simplified Chinese)',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
  },
  invalidBytes:
    'Line {{line}} has bytes that are not valid {{charset}}. Choose another character set.',
};

/** {@link fileImportEn} in Traditional Chinese (Taiwan). */
export const fileImportZhTW: MessagesWithoutPluralForms<typeof fileImportEn> = {
  tooLarge: '這個檔案大小為 {{size}}；可匯入的檔案上限為 {{limit}}。',
  readFailed: '無法讀取檔案，請重新選擇。',
  charsetLabel: '字元編碼',
  charsetHint: '如果中文顯示為亂碼，請更換編碼。',
  charsetDetected: '偵測結果：{{charset}}',
  charsetBom: '檔案標示：{{charset}}',
  charsetChosen: '你選擇的：{{charset}}',
  charsets: {
    'utf-8': 'UTF-8',
    big5: 'Big5（繁體中文）',
    gbk: 'GBK（簡體中文）',
    gb18030: 'GB18030（簡體中文）',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
  },
  invalidBytes: '第 {{line}} 行有不屬於 {{charset}} 的位元組，請選擇其他字元編碼。',
};

/** {@link fileImportEn} in Simplified Chinese (mainland China). */
export const fileImportZhCN: MessagesWithoutPluralForms<typeof fileImportEn> = {
  tooLarge: '该文件大小为 {{size}}；可导入的文件上限为 {{limit}}。',
  readFailed: '无法读取文件，请重新选择。',
  charsetLabel: '字符编码',
  charsetHint: '如果中文显示为乱码，请更换编码。',
  charsetDetected: '检测结果：{{charset}}',
  charsetBom: '文件标记：{{charset}}',
  charsetChosen: '你选择的：{{charset}}',
  charsets: {
    'utf-8': 'UTF-8',
    big5: 'Big5（繁体中文）',
    gbk: 'GBK（简体中文）',
    gb18030: 'GB18030（简体中文）',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
  },
  invalidBytes: '第 {{line}} 行有不属于 {{charset}} 的字节，请选择其他字符编码。',
};
