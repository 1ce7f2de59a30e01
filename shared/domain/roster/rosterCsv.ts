import Papa from 'papaparse';
import { neutralizeFormula, utf8Bom } from '../csvCells';
import { comparableText, normalizeCalendarDate, parseCsvTable } from '../csvTable';
import type { CsvRow, CsvTableRefusal } from '../csvTable';
import { emptyPersonInput, personInputSchema } from './person';
import type {
  Email,
  EmailKind,
  HeldQualification,
  MessagingHandle,
  MessagingService,
  PersonInput,
  Phone,
  PhoneKind,
  WorkingHours,
} from './person';
import { assembleName, messagingServiceOfName, nameKey } from './rosterVcard';

/**
 * The roster as CSV, both ways. Export writes one row per person under a header of stable
 * English column ids; import reads any CSV, maps each file column to a field (by column id or by
 * the English and Chinese headers HR systems in Taiwan and mainland China write: 姓名, 職稱/职称,
 * 手機/手机, 電子郵件/电子邮件 …) and turns every row into a person to add with the reasons it
 * would be refused, so the UI shows them per row before anything is written.
 *
 * Cells holding several values (a format a user may rely on; the import dialog repeats it):
 * - `phones`: `mobile: +886 912 345 678; work: +886 2 2345 6789 ext. 12` (kinds mobile, work,
 *   home, other; a number without a kind is `other`).
 * - `emails`: `work: ming@example.com; personal: ming@example.net` (work, personal, other).
 * - `messaging`: `line: mingwang; wechat: wxid_ming; other (Signal): +886…` (a service name not
 *   in the list becomes `other` with that name as its label).
 * - `qualifications`: `media-training: awarded 2024-03-01, expires 2026-03-01, note refresher`;
 *   the type is a built-in id, a type's name in any app language or a new name (a new custom
 *   type when the import is committed); every part after the colon is optional.
 * - `working_hours`: `mon-fri 09:00-18:00` or `mon,wed,fri 22:00-06:00; not callable outside
 *   hours`. Without a flag the person may be called outside the hours, as the person form
 *   assumes; `callable outside hours` (可聯絡) says so explicitly, `not callable outside hours`
 *   (不可聯絡/不可联系) says not.
 * Items are separated by `;`; a backslash keeps the next character (`\;`, `\:`, `\,`, `\\`) as
 * it is. Import also reads one column per phone kind, email kind or messaging service (手機,
 * 電話, Email, LINE, 微信 …): in a phone or email column `;`, `,`, `、` and `/` separate several
 * values; in a messaging column only `;`, `、` and line breaks do, as handles and profile links
 * hold `/` and `,`.
 * A cell longer than its field could ever hold is refused as `too-long` before it is parsed:
 * cells are untrusted text, and no pattern runs over more than a field's worth of it.
 * Cells that a spreadsheet would run as a formula get a leading apostrophe, removed on import.
 * Absences are not exported: they describe the moment of export, not the team.
 *
 * Pure: no DOM, no storage. Decoding the file's bytes is the renderer's job.
 */

/** Every column of an exported roster, in file order. */
export const rosterCsvColumns = [
  'name',
  'other_name',
  'title',
  'department',
  'phones',
  'emails',
  'messaging',
  'time_zone',
  'working_hours',
  'qualifications',
  'notes',
] as const;

/** One of {@link rosterCsvColumns}. */
export type RosterCsvColumn = (typeof rosterCsvColumns)[number];

/** Every field a file column can be mapped to, in the order the mapping step offers them. */
export const rosterCsvFields = [
  'name',
  'family_name',
  'given_name',
  'other_name',
  'title',
  'department',
  'phones',
  'mobile_phone',
  'work_phone',
  'home_phone',
  'other_phone',
  'emails',
  'work_email',
  'personal_email',
  'messaging',
  'line',
  'wechat',
  'wecom',
  'dingtalk',
  'feishu',
  'teams',
  'slack',
  'time_zone',
  'working_hours',
  'qualifications',
  'notes',
] as const satisfies readonly string[];

/** One of {@link rosterCsvFields}. */
export type RosterCsvField = (typeof rosterCsvFields)[number];

/** Columns of one phone kind. */
const phoneColumnKinds: Partial<Record<RosterCsvField, PhoneKind>> = {
  mobile_phone: 'mobile',
  work_phone: 'work',
  home_phone: 'home',
  other_phone: 'other',
};

/** Columns of one email kind. */
const emailColumnKinds: Partial<Record<RosterCsvField, EmailKind>> = {
  work_email: 'work',
  personal_email: 'personal',
};

/** Columns of one messaging service. */
const messagingColumnServices: Partial<Record<RosterCsvField, MessagingService>> = {
  line: 'line',
  wechat: 'wechat',
  wecom: 'wecom',
  dingtalk: 'dingtalk',
  feishu: 'feishu',
  teams: 'teams',
  slack: 'slack',
};

/** Fields several columns may be mapped to (their values are added up); the rest take one. */
const listFields: ReadonlySet<RosterCsvField> = new Set<RosterCsvField>([
  'phones',
  'emails',
  'messaging',
  'qualifications',
  ...(Object.keys(phoneColumnKinds) as RosterCsvField[]),
  ...(Object.keys(emailColumnKinds) as RosterCsvField[]),
  ...(Object.keys(messagingColumnServices) as RosterCsvField[]),
]);

/** True when several file columns may be mapped to `field`. */
export function isListField(field: RosterCsvField): boolean {
  return listFields.has(field);
}

/** What export needs besides the people. */
export type RosterCsvExportContext = {
  /**
   * How a qualification type is written: a built-in type's id, a custom type's name (an id would
   * mean nothing in another roster, a name maps back or becomes a new type).
   */
  qualificationName: (typeId: string) => string;
};

/** Characters that separate items of a list cell (a full-width `；` too, and a line break). */
const itemSeparators = new Set([';', '；', '\n']);

/** Characters that separate a key from its value. */
const keySeparators = new Set([':', '：']);

/** Characters that separate the parts of a qualification. */
const partSeparators = new Set([',', '，']);

/** A value with a backslash in front of a backslash and of every character in `special`. */
function escapeValue(value: string, special: ReadonlySet<string>): string {
  return Array.from(value, (character) =>
    character === '\\' || special.has(character) ? `\\${character}` : character,
  ).join('');
}

/** Both sets together. */
function union(...sets: readonly ReadonlySet<string>[]): Set<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

/** What a key (a kind, service or type name) must escape. */
const keySpecials = union(itemSeparators, keySeparators);

/** What a qualification note must escape. */
const noteSpecials = union(itemSeparators, partSeparators);

/** Phones as a list cell. */
function phonesCell(phones: readonly Phone[]): string {
  return phones
    .map((phone) => `${phone.kind}: ${escapeValue(phone.number, itemSeparators)}`)
    .join('; ');
}

/** Emails as a list cell. */
function emailsCell(emails: readonly Email[]): string {
  return emails
    .map((email) => `${email.kind}: ${escapeValue(email.address, itemSeparators)}`)
    .join('; ');
}

/** Messaging handles as a list cell (`other (Signal): +886…`). */
function messagingCell(handles: readonly MessagingHandle[]): string {
  return handles
    .map((handle) => {
      const key =
        handle.label === ''
          ? handle.service
          : `${handle.service} (${escapeValue(handle.label, keySpecials)})`;
      return `${key}: ${escapeValue(handle.handle, itemSeparators)}`;
    })
    .join('; ');
}

/** Qualifications as a list cell. */
function qualificationsCell(
  qualifications: readonly HeldQualification[],
  context: RosterCsvExportContext,
): string {
  return qualifications
    .map((qualification) => {
      const parts = [
        qualification.awardedOn === null ? null : `awarded ${qualification.awardedOn}`,
        qualification.expiresOn === null ? null : `expires ${qualification.expiresOn}`,
        qualification.note === '' ? null : `note ${escapeValue(qualification.note, noteSpecials)}`,
      ].filter((part) => part !== null);
      const type = escapeValue(context.qualificationName(qualification.typeId), keySpecials);
      return parts.length === 0 ? type : `${type}: ${parts.join(', ')}`;
    })
    .join('; ');
}

/** Weekday names export writes, Monday first (ISO 1–7). */
const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The days of working hours, runs of three or more consecutive days as ranges (`mon-fri`). */
function daysText(days: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  while (start < days.length) {
    let end = start;
    while (end + 1 < days.length && days[end + 1] === (days[end] ?? 0) + 1) end += 1;
    const name = (index: number) => weekdayNames[(days[index] ?? 1) - 1] ?? '';
    if (end - start >= 2) {
      parts.push(`${name(start)}-${name(end)}`);
    } else {
      for (let index = start; index <= end; index += 1) parts.push(name(index));
    }
    start = end + 1;
  }
  return parts.join(',');
}

/**
 * Working hours as a cell: `mon-fri 09:00-18:00`, with `; not callable outside hours` when the
 * person may not be called outside them (import takes a cell without a flag as callable).
 */
function workingHoursCell(hours: WorkingHours | null): string {
  if (hours === null) return '';
  const text = `${daysText(hours.days)} ${hours.start}-${hours.end}`;
  return hours.callableOutsideHours ? text : `${text}; ${notCallableFlag}`;
}

/** The flag export writes after working hours outside which the person may not be called. */
const notCallableFlag = 'not callable outside hours';

/** The cells of one person, by column, before formula neutralisation. */
export function rosterCsvRow(
  person: PersonInput,
  context: RosterCsvExportContext,
): Record<RosterCsvColumn, string> {
  return {
    name: person.name,
    other_name: person.otherName,
    title: person.title,
    department: person.department,
    phones: phonesCell(person.phones),
    emails: emailsCell(person.emails),
    messaging: messagingCell(person.messaging),
    time_zone: person.timeZone,
    working_hours: workingHoursCell(person.availability.workingHours),
    qualifications: qualificationsCell(person.qualifications, context),
    notes: person.notes,
  };
}

/**
 * The people as CSV text: BOM (Excel reads UTF-8 only with it), English column ids, one row per
 * person, CRLF line ends, every cell a spreadsheet could run as a formula neutralised.
 */
export function peopleToCsv(
  people: readonly PersonInput[],
  context: RosterCsvExportContext,
): string {
  const rows = people.map((person) => {
    const row = rosterCsvRow(person, context);
    return rosterCsvColumns.map((column) => neutralizeFormula(row[column]));
  });
  const csv = Papa.unparse({ fields: [...rosterCsvColumns], data: rows }, { newline: '\r\n' });
  return `${utf8Bom}${csv}\r\n`;
}

/** The suggested file name of a CSV export made on `today` (`YYYY-MM-DD`). */
export function rosterCsvFileName(today: string): string {
  return `crisis-team-${today}.csv`;
}

/** One data row of a parsed file: its row number as a spreadsheet shows it (header = 1). */
export type RosterCsvRow = CsvRow;

/** Why a row (or the file, when `rowNumber` is null) cannot be imported as it is. */
export type RosterCsvIssue = {
  /** Row as a spreadsheet numbers it (the header is row 1); null when no row is to blame. */
  rowNumber: number | null;
  /** The field whose column holds the problem; null for the whole row. */
  field: RosterCsvField | null;
  /**
   * A `roster.validation.*` code, or one of this format's: `csv-quotes` (a quote never closed),
   * `phone-kind`, `email-kind`, `qualification-format`, `working-hours-format`.
   */
  code: string;
};

/** A parsed CSV file: its header cells and its non-empty data rows. */
export type RosterCsvTable = {
  headers: string[];
  rows: RosterCsvRow[];
  problems: RosterCsvIssue[];
};

/** Most columns a row may have (the mapping step offers a select per column). */
export const maxRosterCsvColumns = 200;

/** Most data rows one file may hold: every row is checked and written in one transaction. */
export const maxRosterCsvRows = 5000;

/** Why a whole file is refused before its columns are mapped (the limits are {@link maxRosterCsvColumns} and {@link maxRosterCsvRows}). */
export type RosterCsvRefusal = CsvTableRefusal;

/** What {@link parseRosterCsv} made of a file: its table, or why there is none. */
export type RosterCsvParse =
  { ok: true; table: RosterCsvTable } | { ok: false; refusal: RosterCsvRefusal };

/**
 * Parses CSV text (any delimiter papaparse can guess) into a header and data rows. Blank lines
 * are dropped but still counted, so row numbers match the file; a leading BOM is ignored; every
 * cell has its neutralising apostrophe removed. Refuses a file without a header, with a row of
 * more than {@link maxRosterCsvColumns} cells or with more than {@link maxRosterCsvRows} data
 * rows, stopping at the first row over a limit.
 */
export function parseRosterCsv(text: string): RosterCsvParse {
  const parse = parseCsvTable(text, { maxColumns: maxRosterCsvColumns, maxRows: maxRosterCsvRows });
  if (!parse.ok) return parse;
  const problems = parse.unclosedQuoteRows.map((rowNumber): RosterCsvIssue => ({
    rowNumber,
    field: null,
    code: 'csv-quotes',
  }));
  return { ok: true, table: { headers: parse.headers, rows: parse.rows, problems } };
}

/** For each file column (by index), the field it is read into, or null when it is not read. */
export type RosterCsvMapping = (RosterCsvField | null)[];

/**
 * Headers other tools and people commonly use for each field, besides its column id: what HR
 * systems and hand-made team lists in Taiwan and mainland China write. The comparison ignores
 * case, width, spaces, `_` and `-`.
 */
const headerSynonyms: Readonly<Record<RosterCsvField, readonly string[]>> = {
  name: [
    'name',
    'full name',
    'display name',
    'person',
    '姓名',
    '名字',
    '中文姓名',
    '員工姓名',
    '员工姓名',
    '成員',
    '成员',
    '聯絡人',
    '联系人',
  ],
  family_name: ['family name', 'last name', 'surname', '姓', '姓氏'],
  given_name: ['given name', 'first name', '名'],
  other_name: [
    'other name',
    'english name',
    'nickname',
    'alias',
    '英文名',
    '英文名字',
    '英文姓名',
    '別名',
    '别名',
    '暱稱',
    '昵称',
  ],
  title: ['title', 'job title', 'position', '職稱', '职称', '職位', '职位', '職務', '职务'],
  department: [
    'department',
    'dept',
    'team',
    'unit',
    '部門',
    '部门',
    '單位',
    '单位',
    '所屬部門',
    '所属部门',
  ],
  phones: ['phones', 'phone numbers', '聯絡電話', '联系电话'],
  mobile_phone: [
    'mobile',
    'mobile phone',
    'cell',
    'cell phone',
    'mobile number',
    '手機',
    '手机',
    '手機號碼',
    '手机号码',
    '手機號',
    '手机号',
    '行動電話',
    '移动电话',
  ],
  work_phone: [
    'phone',
    'telephone',
    'tel',
    'work phone',
    'office phone',
    'business phone',
    '電話',
    '电话',
    '公司電話',
    '公司电话',
    '辦公電話',
    '办公电话',
    '辦公室電話',
    '办公室电话',
    '座機',
    '座机',
  ],
  home_phone: ['home phone', '住家電話', '住宅電話', '家用電話', '住宅电话', '家庭电话'],
  other_phone: ['other phone', '其他電話', '其他电话'],
  emails: ['emails', 'email addresses'],
  work_email: [
    'email',
    'e-mail',
    'email address',
    'work email',
    'mail',
    '電子郵件',
    '电子邮件',
    '電子信箱',
    '电子邮箱',
    '郵件',
    '邮件',
    '郵箱',
    '邮箱',
    '公司信箱',
    '公司郵箱',
    '工作邮箱',
  ],
  personal_email: [
    'personal email',
    'private email',
    '個人信箱',
    '個人郵件',
    '个人邮箱',
    '私人信箱',
  ],
  messaging: [
    'messaging',
    'instant messaging',
    'im',
    '通訊軟體',
    '通讯软件',
    '即時通訊',
    '即时通讯',
  ],
  line: ['line', 'line id', 'line帳號', 'line账号', 'line 帳號'],
  wechat: ['wechat', 'wechat id', 'weixin', '微信', '微信號', '微信号', '微信帳號', '微信账号'],
  wecom: ['wecom', 'wechat work', '企業微信', '企业微信'],
  dingtalk: ['dingtalk', 'dingding', '釘釘', '钉钉', '釘釘號', '钉钉号'],
  feishu: ['feishu', 'lark', '飛書', '飞书'],
  teams: ['teams', 'microsoft teams', 'ms teams'],
  slack: ['slack'],
  time_zone: ['time zone', 'timezone', 'tz', '時區', '时区'],
  working_hours: [
    'working hours',
    'work hours',
    'office hours',
    '工作時間',
    '工作时间',
    '上班時間',
    '上班时间',
  ],
  qualifications: [
    'qualifications',
    'certifications',
    'training',
    '資格',
    '资格',
    '證照',
    '证照',
    '證書',
    '证书',
    '訓練',
    '培训',
  ],
  notes: ['notes', 'note', 'remarks', 'comments', 'comment', '備註', '备注', '說明', '说明'],
};

/**
 * The field each column is read into, guessed from the file's headers: the column id itself,
 * then a common synonym. A field that takes one column goes to the first column that names it.
 */
export function autoMapRosterCsv(headers: readonly string[]): RosterCsvMapping {
  const claimed = new Set<RosterCsvField>();
  const byKey = new Map<string, RosterCsvField>();
  for (const field of rosterCsvFields) byKey.set(nameKey(field), field);
  for (const field of rosterCsvFields) {
    for (const synonym of headerSynonyms[field]) {
      if (!byKey.has(nameKey(synonym))) byKey.set(nameKey(synonym), field);
    }
  }
  return headers.map((header) => {
    const field = byKey.get(nameKey(header));
    if (field === undefined || (claimed.has(field) && !isListField(field))) return null;
    claimed.add(field);
    return field;
  });
}

/** Why a mapping cannot be used yet. */
export type RosterCsvMappingProblem =
  /** Neither the name nor the family or given name is read. */
  | { code: 'name-not-mapped' }
  /** Several columns are mapped to a field that takes one. */
  | { code: 'mapped-twice'; field: RosterCsvField };

/** The problems of a mapping (none when the rows can be read with it). */
export function rosterCsvMappingProblems(mapping: RosterCsvMapping): RosterCsvMappingProblem[] {
  const problems: RosterCsvMappingProblem[] = [];
  const mapped = mapping.filter((field) => field !== null);
  if (
    !mapped.some((field) => field === 'name' || field === 'family_name' || field === 'given_name')
  ) {
    problems.push({ code: 'name-not-mapped' });
  }
  for (const field of rosterCsvFields) {
    if (!isListField(field) && mapped.filter((candidate) => candidate === field).length > 1) {
      problems.push({ code: 'mapped-twice', field });
    }
  }
  return problems;
}

/** What import needs besides the file. */
export type RosterCsvImportContext = {
  /** The time zone of a person whose row names none (the device's). */
  defaultTimeZone: string;
  /**
   * The id of the qualification type a cell names (a built-in id or name in any app language, or
   * an existing custom type's name); null when none has that name, so a new one will be added.
   */
  findQualificationType: (name: string) => string | null;
  /** A fresh id (`custom-…`) for a qualification type the import adds. */
  newQualificationTypeId: () => string;
  /** A fresh id for a held qualification; injected so tests are repeatable. */
  newId: () => string;
};

/** Where a row's values came from, so an issue found later can name the column. */
export type RosterCsvSources = {
  name: RosterCsvField;
  phones: RosterCsvField[];
  emails: RosterCsvField[];
  messaging: RosterCsvField[];
};

/** One row turned into a person to add, with the reasons it would be refused. */
export type RosterCsvImportRow = {
  rowNumber: number;
  input: PersonInput;
  issues: RosterCsvIssue[];
  sources: RosterCsvSources;
};

/** A whole file turned into people. */
export type RosterCsvImport = {
  rows: RosterCsvImportRow[];
  /** Qualification types no type has yet, in order of first use, with the ids the rows carry. */
  newQualificationTypes: { id: string; name: string }[];
  /** Problems of the file itself (an unclosed quote), by row. */
  problems: RosterCsvIssue[];
};

/** Longest custom qualification type name (as `customQualificationTypeSchema` allows). */
const maxQualificationTypeNameLength = 80;

/** Splits at unescaped characters of `separators`, keeping escapes for the next step. */
function splitUnescaped(text: string, separators: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let current = '';
  const characters = Array.from(text);
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? '';
    if (character === '\\' && index + 1 < characters.length) {
      current += character + (characters[index + 1] ?? '');
      index += 1;
    } else if (separators.has(character)) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
}

/** Splits at the first unescaped separator: `[key, value]`, or null without one. */
function splitKey(text: string): [string, string] | null {
  const [key, ...rest] = splitUnescaped(text, keySeparators);
  if (rest.length === 0 || key === undefined) return null;
  // Only the first separator splits: the value keeps the others, escaped as they were written.
  return [key, text.slice(key.length + 1)];
}

/** Removes the escaping backslashes. */
function unescapeValue(text: string): string {
  return text.replace(/\\(.)/gsu, '$1');
}

/** Items of a list cell, unescaping left to the caller; empty items dropped. */
function listItems(cell: string, separators: ReadonlySet<string> = itemSeparators): string[] {
  return splitUnescaped(cell, separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Separators of several values in a column of one kind (`0912-345-678 / 02-2345-6789`). */
const valueSeparators = new Set([...itemSeparators, ',', '，', '、', '/']);

/**
 * Separators of several handles in a column of one messaging service: not `/` or `,`, which
 * profile links and handles hold (`https://line.me/ti/p/~ming`).
 */
const handleSeparators = new Set([...itemSeparators, '、']);

/** Phone kinds by the names people give them. */
const phoneKindNames: Readonly<Record<string, PhoneKind>> = Object.fromEntries(
  (
    [
      [
        'mobile',
        [
          'mobile',
          'cell',
          'cellphone',
          'mobilephone',
          '手機',
          '手机',
          '行動',
          '行动',
          '行動電話',
          '移动电话',
        ],
      ],
      ['work', ['work', 'office', 'business', '公司', '辦公', '办公', '辦公室', '办公室', '工作']],
      ['home', ['home', '住家', '家', '住宅', '家庭']],
      ['other', ['other', '其他']],
    ] as const
  ).flatMap(([kind, names]) => names.map((name) => [nameKey(name), kind])),
);

/** Email kinds by the names people give them. */
const emailKindNames: Readonly<Record<string, EmailKind>> = Object.fromEntries(
  (
    [
      ['work', ['work', 'office', 'business', '公司', '工作', '辦公', '办公']],
      ['personal', ['personal', 'home', 'private', '個人', '个人', '私人', '住家', '家']],
      ['other', ['other', '其他']],
    ] as const
  ).flatMap(([kind, names]) => names.map((name) => [nameKey(name), kind])),
);

/** A kind by name from `names`, or undefined. */
function kindOf<T>(names: Readonly<Record<string, T>>, name: string): T | undefined {
  const key = nameKey(unescapeValue(name));
  return Object.hasOwn(names, key) ? names[key] : undefined;
}

/** Weekdays by name: English (short and long), ISO numbers, Chinese (週一/周一/星期一). */
const weekdayNumbers: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['mon', 'monday', '1', '一'],
    ['tue', 'tuesday', '2', '二'],
    ['wed', 'wednesday', '3', '三'],
    ['thu', 'thursday', '4', '四'],
    ['fri', 'friday', '5', '五'],
    ['sat', 'saturday', '6', '六'],
    ['sun', 'sunday', '7', '日', '天'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

/** The ISO weekday a name stands for, or null. */
function weekdayOf(name: string): number | null {
  const key = nameKey(name).replace(/^(?:週|周|星期|禮拜|礼拜)/u, '');
  return Object.hasOwn(weekdayNumbers, key) ? (weekdayNumbers[key] ?? null) : null;
}

/** Days from `mon-fri`, `mon,wed,fri`, `1-5`, `週一至週五`; null when a part is not a day. */
function daysOf(text: string): number[] | null {
  const days: number[] = [];
  for (const part of text.split(/[,，、]/u)) {
    const [from = '', to, ...extra] = part.split(/[-–~～至到]/u).map((name) => name.trim());
    const start = weekdayOf(from);
    if (start === null || extra.length > 0) return null;
    if (to === undefined) {
      days.push(start);
      continue;
    }
    const end = weekdayOf(to);
    if (end === null || end < start) return null;
    for (let day = start; day <= end; day += 1) days.push(day);
  }
  return days;
}

/** A time of day as `HH:mm` (`9:00` → `09:00`); the text as it is when it is not one. */
function timeOf(text: string): string {
  const match = /^(\d{1,2})[:：](\d{2})$/u.exec(text.normalize('NFKC').trim());
  return match === null ? text : `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

/**
 * Days, then a time range (`mon-fri 09:00-18:00`). Every part is bounded, so even without the
 * cell length limit the pattern cannot backtrack over more than a few dozen characters.
 */
const scheduleOfHoursPattern =
  /^(\S.{0,59}?)\s{1,10}(\d{1,2}[:：]\d{2})\s{0,10}(?:-|–|~|～|to|至|到)\s{0,10}(\d{1,2}[:：]\d{2})$/iu;

/**
 * Words of a flag (compared by {@link nameKey}) saying the person may not be called outside the
 * hours; looked for before {@link callableWords}, which they contain.
 */
const notCallableWords = [
  'notcallable',
  'uncallable',
  '不可聯絡',
  '不可联络',
  '不可联系',
  '不可聯繫',
];

/** Words of a flag (compared by {@link nameKey}) saying the person may be called outside them. */
const callableWords = ['callable', '可聯絡', '可联络', '可联系', '可聯繫'];

/**
 * Working hours from a cell; undefined when the cell is not in the format. Without a flag the
 * person may be called outside the hours, as a new person in the form may: an import must not
 * quietly make someone unreachable in a crisis.
 */
function workingHoursOf(cell: string): WorkingHours | null | undefined {
  if (cell === '') return null;
  const [schedule = '', ...flags] = cell.split(/[;；]/u).map((part) => part.trim());
  const match = scheduleOfHoursPattern.exec(schedule.normalize('NFKC'));
  if (match === null) return undefined;
  const days = daysOf(match[1] ?? '');
  if (days === null) return undefined;
  let isCallable = true;
  for (const flag of flags.map(nameKey)) {
    if (flag === '') continue;
    if (notCallableWords.some((word) => flag.includes(word))) isCallable = false;
    else if (!callableWords.some((word) => flag.includes(word))) return undefined;
  }
  return {
    days,
    start: timeOf(match[2] ?? ''),
    end: timeOf(match[3] ?? ''),
    callableOutsideHours: isCallable,
  };
}

/** Keywords of the parts of a qualification, in English and Chinese. */
const qualificationParts = [
  { part: 'awardedOn', pattern: /^(?:awarded|取得|獲得|获得|發證|发证)[:：]?\s*(.*)$/isu },
  { part: 'expiresOn', pattern: /^(?:expires|到期|有效期至|有效至)[:：]?\s*(.*)$/isu },
  { part: 'note', pattern: /^(?:note|備註|备注)[:：]?\s*(.*)$/isu },
] as const;

/** Longest list cell of phones: ten numbers of at most 60 characters, with kinds. */
const maxPhonesCellLength = 1_000;

/** Longest list cell of emails: ten addresses of at most 254 characters, with kinds. */
const maxEmailsCellLength = 3_000;

/** Longest list cell of messaging handles: twenty handles (120) with services and labels (40). */
const maxMessagingCellLength = 4_000;

/**
 * Longest cell each field reads, in characters: what the most the person schema accepts can
 * take to write, with room for kinds and separators. Longer cells are refused unread.
 */
const maxCellLengths: Readonly<Record<RosterCsvField, number>> = {
  name: 200,
  family_name: 200,
  given_name: 200,
  other_name: 200,
  title: 200,
  department: 200,
  phones: maxPhonesCellLength,
  mobile_phone: maxPhonesCellLength,
  work_phone: maxPhonesCellLength,
  home_phone: maxPhonesCellLength,
  other_phone: maxPhonesCellLength,
  emails: maxEmailsCellLength,
  work_email: maxEmailsCellLength,
  personal_email: maxEmailsCellLength,
  messaging: maxMessagingCellLength,
  line: maxMessagingCellLength,
  wechat: maxMessagingCellLength,
  wecom: maxMessagingCellLength,
  dingtalk: maxMessagingCellLength,
  feishu: maxMessagingCellLength,
  teams: maxMessagingCellLength,
  slack: maxMessagingCellLength,
  time_zone: 100,
  // Days, a time range and a flag: `mon,tue,wed,thu,fri,sat,sun 09:00-18:00; not callable …`.
  working_hours: 200,
  // Fifty qualifications of a type name (80), two dates and a note (500).
  qualifications: 40_000,
  notes: 5_000,
};

/** Builds one person from a row, collecting issues instead of throwing. */
class RowReader {
  readonly issues: RosterCsvIssue[] = [];

  constructor(
    private readonly row: RosterCsvRow,
    private readonly mapping: RosterCsvMapping,
  ) {}

  /**
   * The trimmed, non-empty cells of the columns mapped to `field`, in file order. A cell longer
   * than the field could hold is reported `too-long` and left out, so it is never parsed.
   */
  cells(field: RosterCsvField): string[] {
    return this.mapping.flatMap((mapped, index) => {
      if (mapped !== field) return [];
      const cell = (this.row.cells[index] ?? '').trim();
      if (cell.length > maxCellLengths[field]) {
        this.report(field, 'too-long');
        return [];
      }
      return cell === '' ? [] : [cell];
    });
  }

  /** The cell of a field that takes one column; empty when it is not mapped. */
  cell(field: RosterCsvField): string {
    return this.cells(field)[0] ?? '';
  }

  /** True when a column is mapped to `field`. */
  isMapped(field: RosterCsvField): boolean {
    return this.mapping.includes(field);
  }

  report(field: RosterCsvField | null, code: string): void {
    this.issues.push({ rowNumber: this.row.rowNumber, field, code });
  }
}

/** The phones of a row, each with the field it was read from. */
function readPhones(reader: RowReader): { phones: Phone[]; sources: RosterCsvField[] } {
  const phones: Phone[] = [];
  const sources: RosterCsvField[] = [];
  for (const field of rosterCsvFields) {
    const columnKind = phoneColumnKinds[field];
    if (field !== 'phones' && columnKind === undefined) continue;
    for (const cell of reader.cells(field)) {
      for (const item of listItems(cell, field === 'phones' ? itemSeparators : valueSeparators)) {
        const keyed = columnKind === undefined ? splitKey(item) : null;
        const kind = keyed === null ? (columnKind ?? 'other') : kindOf(phoneKindNames, keyed[0]);
        if (kind === undefined) {
          reader.report(field, 'phone-kind');
          continue;
        }
        phones.push({ kind, number: unescapeValue(keyed === null ? item : keyed[1]).trim() });
        sources.push(field);
      }
    }
  }
  return { phones, sources };
}

/** The emails of a row, each with the field it was read from. */
function readEmails(reader: RowReader): { emails: Email[]; sources: RosterCsvField[] } {
  const emails: Email[] = [];
  const sources: RosterCsvField[] = [];
  for (const field of rosterCsvFields) {
    const columnKind = emailColumnKinds[field];
    if (field !== 'emails' && columnKind === undefined) continue;
    for (const cell of reader.cells(field)) {
      for (const item of listItems(cell, field === 'emails' ? itemSeparators : valueSeparators)) {
        const keyed = columnKind === undefined ? splitKey(item) : null;
        const kind = keyed === null ? (columnKind ?? 'other') : kindOf(emailKindNames, keyed[0]);
        if (kind === undefined) {
          reader.report(field, 'email-kind');
          continue;
        }
        emails.push({ kind, address: unescapeValue(keyed === null ? item : keyed[1]).trim() });
        sources.push(field);
      }
    }
  }
  return { emails, sources };
}

/** The position of the first of `characters` in `text`, or -1. */
function firstIndexOf(text: string, characters: readonly string[]): number {
  const found = characters.map((character) => text.indexOf(character)).filter((at) => at >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/**
 * The service name and label of a `service (label)` key (half- or full-width brackets); the
 * whole key is the service name when it does not end in a bracketed label. Found with
 * `indexOf`, not a pattern: a pattern with adjacent open-ended parts backtracks quadratically.
 */
function serviceAndLabelOf(key: string): { serviceName: string; label: string } {
  const trimmed = key.trim();
  const open = firstIndexOf(trimmed, ['(', '（']);
  const isClosed = trimmed.endsWith(')') || trimmed.endsWith('）');
  if (open === -1 || !isClosed || open === trimmed.length - 1) {
    return { serviceName: unescapeValue(trimmed).trim(), label: '' };
  }
  return {
    serviceName: unescapeValue(trimmed.slice(0, open)).trim(),
    label: unescapeValue(trimmed.slice(open + 1, -1)).trim(),
  };
}

/** A messaging handle from a `service (label): handle` item. */
function handleOf(item: string): MessagingHandle {
  const keyed = splitKey(item);
  if (keyed === null) return { service: 'other', handle: unescapeValue(item).trim(), label: '' };
  const [key, value] = keyed;
  const { serviceName, label } = serviceAndLabelOf(key);
  const service = messagingServiceOfName(serviceName);
  const handle = unescapeValue(value).trim();
  if (service === null)
    return { service: 'other', handle, label: label === '' ? serviceName : label };
  return { service, handle, label };
}

/** The messaging handles of a row, each with the field it was read from. */
function readMessaging(reader: RowReader): {
  messaging: MessagingHandle[];
  sources: RosterCsvField[];
} {
  const messaging: MessagingHandle[] = [];
  const sources: RosterCsvField[] = [];
  for (const field of rosterCsvFields) {
    const columnService = messagingColumnServices[field];
    if (field !== 'messaging' && columnService === undefined) continue;
    for (const cell of reader.cells(field)) {
      for (const item of listItems(
        cell,
        field === 'messaging' ? itemSeparators : handleSeparators,
      )) {
        messaging.push(
          columnService === undefined
            ? handleOf(item)
            : { service: columnService, handle: unescapeValue(item).trim(), label: '' },
        );
        sources.push(field);
      }
    }
  }
  return { messaging, sources };
}

/** The qualifications of a row, adding types the roster does not have yet. */
function readQualifications(
  reader: RowReader,
  context: RosterCsvImportContext,
  newTypes: { id: string; name: string }[],
): HeldQualification[] {
  const qualifications: HeldQualification[] = [];
  for (const cell of reader.cells('qualifications')) {
    for (const item of listItems(cell)) {
      const keyed = splitKey(item);
      const typeName = unescapeValue(keyed?.[0] ?? item).trim();
      const qualification: HeldQualification = {
        id: context.newId(),
        typeId: '',
        awardedOn: null,
        expiresOn: null,
        note: '',
      };
      for (const rawPart of keyed === null ? [] : splitUnescaped(keyed[1], partSeparators)) {
        const part = rawPart.trim();
        if (part === '') continue;
        const found = qualificationParts
          .map(({ part: name, pattern }) => ({ name, match: pattern.exec(part) }))
          .find(({ match }) => match !== null);
        if (found === undefined) {
          reader.report('qualifications', 'qualification-format');
          continue;
        }
        const value = unescapeValue(found.match?.[1] ?? '').trim();
        if (found.name === 'note') qualification.note = value;
        else qualification[found.name] = value === '' ? null : normalizeCalendarDate(value.trim());
      }
      if (typeName === '') {
        reader.report('qualifications', 'required');
        continue;
      }
      const existing = context.findQualificationType(typeName);
      if (existing !== null) {
        qualification.typeId = existing;
      } else {
        const key = comparableText(typeName);
        let added = newTypes.find(({ name }) => comparableText(name) === key);
        if (added === undefined) {
          added = { id: context.newQualificationTypeId(), name: typeName };
          newTypes.push(added);
        }
        qualification.typeId = added.id;
        if (typeName.length > maxQualificationTypeNameLength) {
          reader.report('qualifications', 'too-long');
        }
      }
      qualifications.push(qualification);
    }
  }
  return qualifications;
}

/** Issue codes the person schema uses; zod's own messages (sentences) become `invalid`. */
function issueCode(message: string): string {
  return /^[a-z]+(?:-[a-z]+)*$/u.test(message) ? message : 'invalid';
}

/** The field of a person's issue path (`phones.2.number`) in a row read from `sources`. */
function fieldOfPath(
  path: readonly PropertyKey[],
  sources: RosterCsvSources,
): RosterCsvField | null {
  const [head, index] = path.map(String);
  const at = (list: RosterCsvField[], fallback: RosterCsvField) =>
    list[Number(index)] ?? list[0] ?? fallback;
  switch (head) {
    case 'name':
      return sources.name;
    case 'otherName':
      return 'other_name';
    case 'title':
    case 'department':
    case 'notes':
    case 'qualifications':
      return head;
    case 'timeZone':
      return 'time_zone';
    case 'availability':
      return 'working_hours';
    case 'phones':
      return at(sources.phones, 'phones');
    case 'emails':
      return at(sources.emails, 'emails');
    case 'messaging':
      return at(sources.messaging, 'messaging');
    default:
      return null;
  }
}

/**
 * The field of an issue of `checkPeopleImport`/`importPeople` (path `<index>.<field>…`) on
 * `row`; null for an issue of the whole row.
 */
export function rosterCsvFieldOfIssuePath(
  row: RosterCsvImportRow,
  path: string,
): RosterCsvField | null {
  return fieldOfPath(path.split('.').slice(1), row.sources);
}

/** Reads one row into a person. */
function importRow(
  row: RosterCsvRow,
  mapping: RosterCsvMapping,
  context: RosterCsvImportContext,
  newTypes: { id: string; name: string }[],
): RosterCsvImportRow {
  const reader = new RowReader(row, mapping);
  const input = emptyPersonInput(context.defaultTimeZone);
  const nameSource: RosterCsvField = reader.isMapped('name')
    ? 'name'
    : reader.isMapped('family_name')
      ? 'family_name'
      : 'given_name';
  input.name = reader.cell('name');
  if (input.name === '')
    input.name = assembleName(reader.cell('family_name'), reader.cell('given_name'));
  input.otherName = reader.cell('other_name');
  input.title = reader.cell('title');
  input.department = reader.cell('department');
  const phones = readPhones(reader);
  const emails = readEmails(reader);
  const messaging = readMessaging(reader);
  input.phones = phones.phones;
  input.emails = emails.emails;
  input.messaging = messaging.messaging;
  const timeZone = reader.cell('time_zone');
  if (timeZone !== '') input.timeZone = timeZone;
  const hours = workingHoursOf(reader.cell('working_hours'));
  if (hours === undefined) reader.report('working_hours', 'working-hours-format');
  else input.availability.workingHours = hours;
  input.qualifications = readQualifications(reader, context, newTypes);
  input.notes = reader.cell('notes');

  const sources: RosterCsvSources = {
    name: nameSource,
    phones: phones.sources,
    emails: emails.sources,
    messaging: messaging.sources,
  };
  const checked = personInputSchema.safeParse(input);
  const reported = new Set(reader.issues.map((issue) => issue.field));
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = fieldOfPath(issue.path, sources);
      // One message per field: a field already refused while reading says why more precisely.
      if (!reported.has(field)) {
        reader.report(field, issueCode(issue.message));
        reported.add(field);
      }
    }
  }
  return {
    rowNumber: row.rowNumber,
    input: checked.success ? checked.data : input,
    issues: reader.issues,
    sources,
  };
}

/**
 * Turns every row of a parsed file into a person to add with its issues, reading each field from
 * the columns mapped to it. Fields no column is mapped to take the values of a new person (the
 * device's time zone, no working hours).
 */
export function importRosterCsv(
  table: RosterCsvTable,
  mapping: RosterCsvMapping,
  context: RosterCsvImportContext,
): RosterCsvImport {
  const newQualificationTypes: { id: string; name: string }[] = [];
  const rows = table.rows.map((row) => importRow(row, mapping, context, newQualificationTypes));
  return { rows, newQualificationTypes, problems: table.problems };
}
