import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { PersonInput } from '../../../../shared/domain/roster/person';
import { builtInQualificationTypes } from '../../../../shared/domain/roster/qualifications';
import {
  autoMapRosterCsv,
  importRosterCsv,
  maxRosterCsvColumns,
  maxRosterCsvRows,
  parseRosterCsv,
  peopleToCsv,
  rosterCsvColumns,
  rosterCsvFieldOfIssuePath,
  rosterCsvFileName,
  rosterCsvMappingProblems,
} from '../../../../shared/domain/roster/rosterCsv';
import type {
  RosterCsvImportContext,
  RosterCsvMapping,
  RosterCsvTable,
} from '../../../../shared/domain/roster/rosterCsv';

/** A custom qualification type the roster already has. */
const customType = { id: 'custom-drone', name: 'Drone pilot licence' };

/** Export context: built-in types by id, the custom type by name. */
const exportContext = {
  qualificationName: (typeId: string) => (typeId === customType.id ? customType.name : typeId),
};

/**
 * An import context like the app's: built-in ids and names in every language and the custom
 * type's name are found; new types and held qualifications get numbered ids.
 */
function importContext(): RosterCsvImportContext {
  let typeCount = 0;
  let idCount = 0;
  const key = (text: string) => text.normalize('NFKC').trim().toLowerCase();
  return {
    defaultTimeZone: 'Asia/Taipei',
    findQualificationType: (name) => {
      const builtIn = builtInQualificationTypes.find(
        (type) =>
          type.id === name || Object.values(type.name).some((text) => key(text) === key(name)),
      );
      if (builtIn !== undefined) return builtIn.id;
      return key(name) === key(customType.name) ? customType.id : null;
    },
    newQualificationTypeId: () => `custom-new-${(typeCount += 1)}`,
    newId: () => `q${(idCount += 1)}`,
  };
}

/** The table of text that must parse. */
function tableOf(text: string): RosterCsvTable {
  const parsed = parseRosterCsv(text);
  if (!parsed.ok) throw new Error(`expected a table, got ${JSON.stringify(parsed.refusal)}`);
  return parsed.table;
}

/** Parses, maps by header and imports text in one go. */
function importText(text: string, mapping?: RosterCsvMapping) {
  const table = tableOf(text);
  return importRosterCsv(table, mapping ?? autoMapRosterCsv(table.headers), importContext());
}

/** A person with `overrides` over an empty one in Asia/Taipei. */
function person(overrides: Partial<PersonInput>): PersonInput {
  return { ...emptyPersonInput('Asia/Taipei'), ...overrides };
}

/** People with every field filled, the awkward characters included. */
const people: PersonInput[] = [
  person({
    name: '王小明',
    otherName: 'Ming Wang',
    title: '發言人, 對外溝通',
    department: '公共事務部; 媒體組',
    phones: [
      { kind: 'mobile', number: '+886 912 345 678' },
      { kind: 'work', number: '+886 2 2345 6789 轉 123' },
      { kind: 'home', number: '(02) 2700-1234' },
      { kind: 'other', number: '02 2700 5678 ext. 9' },
    ],
    emails: [
      { kind: 'work', address: 'ming@example.com.tw' },
      { kind: 'personal', address: 'ming@example.net' },
      { kind: 'other', address: 'ming@example.org' },
    ],
    messaging: [
      { service: 'line', handle: 'mingwang', label: '' },
      { service: 'wechat', handle: 'wxid: 王; 小明 \\ x', label: 'work (main): 1; 2' },
      { service: 'other', handle: '+886912345678', label: 'Signal' },
      { service: 'other', handle: 'plain', label: '' },
    ],
    timeZone: 'Asia/Taipei',
    availability: {
      workingHours: {
        days: [1, 2, 3, 4, 5],
        start: '09:00',
        end: '18:00',
        callableOutsideHours: true,
      },
      absences: [],
    },
    qualifications: [
      {
        id: 'q1',
        typeId: 'media-training',
        awardedOn: '2024-03-01',
        expiresOn: '2026-03-01',
        note: '',
      },
      {
        id: 'q2',
        typeId: customType.id,
        awardedOn: null,
        expiresOn: '2027-01-31',
        note: 'Refresher, booked; see HR: form 7',
      },
      { id: 'q3', typeId: 'first-aid', awardedOn: null, expiresOn: null, note: '' },
    ],
    notes: 'Line one, with a comma; and a semicolon.\nLine two: "quoted" 中文備註',
  }),
  person({
    name: '=HYPERLINK("http://evil.example")',
    otherName: "'apostrophe",
    title: '+1 title',
    department: '-dept',
    notes: '@SUM(A1)',
    timeZone: 'Europe/London',
    availability: {
      workingHours: {
        days: [1, 3, 6, 7],
        start: '22:00',
        end: '06:00',
        callableOutsideHours: false,
      },
      absences: [],
    },
  }),
];

describe('peopleToCsv', () => {
  it('writes UTF-8 with a BOM, English column ids, CRLF and readable list cells', () => {
    const csv = peopleToCsv(people, exportContext);
    expect(csv.startsWith(`\uFEFF${rosterCsvColumns.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      ',mobile: +886 912 345 678; work: +886 2 2345 6789 轉 123; home: (02) 2700-1234; other: 02 2700 5678 ext. 9,',
    );
    expect(csv).toContain(
      ',work: ming@example.com.tw; personal: ming@example.net; other: ming@example.org,',
    );
    expect(csv).toContain(
      ',line: mingwang; wechat (work (main)\\: 1\\; 2): wxid: 王\\; 小明 \\\\ x; other (Signal): +886912345678; other: plain,',
    );
    expect(csv).toContain(',mon-fri 09:00-18:00,');
    expect(csv).toContain('"mon,wed,sat,sun 22:00-06:00; not callable outside hours"');
    expect(csv).toContain(
      'media-training: awarded 2024-03-01, expires 2026-03-01; Drone pilot licence: expires 2027-01-31, note Refresher\\, booked\\; see HR: form 7; first-aid',
    );
    expect(rosterCsvFileName('2025-06-01')).toBe('crisis-team-2025-06-01.csv');
  });

  it('neutralises cells a spreadsheet would run as a formula, and import restores them', () => {
    const csv = peopleToCsv(people, exportContext);
    const [, , row] = csv.split('\r\n');
    expect(row).toBe(
      `"'=HYPERLINK(""http://evil.example"")",''apostrophe,'+1 title,'-dept,,,,Europe/London,"mon,wed,sat,sun 22:00-06:00; not callable outside hours",,'@SUM(A1)`,
    );
    const imported = importText(csv);
    expect(imported.rows[1]?.input).toEqual(people[1]);
  });

  it('imports back to the same people', () => {
    const imported = importText(peopleToCsv(people, exportContext));
    expect(imported.problems).toEqual([]);
    expect(imported.rows.flatMap((row) => row.issues)).toEqual([]);
    expect(imported.newQualificationTypes).toEqual([]);
    expect(imported.rows.map((row) => row.input)).toEqual(people);
  });
});

describe('importRosterCsv', () => {
  it('maps Traditional Chinese headers of a Taiwanese HR export without help', () => {
    const text = readFileSync(
      new URL('../../../fixtures/roster/hr-export-zh-tw.csv', import.meta.url),
      'utf8',
    );
    const table = tableOf(text);
    expect(autoMapRosterCsv(table.headers)).toEqual([
      'name',
      'other_name',
      'title',
      'department',
      'mobile_phone',
      'work_phone',
      'work_email',
      'line',
      'wechat',
      'time_zone',
      'qualifications',
      'notes',
    ]);
    const imported = importRosterCsv(table, autoMapRosterCsv(table.headers), importContext());
    expect(imported.rows.flatMap((row) => row.issues)).toEqual([]);
    expect(imported.rows[0]?.input).toEqual(
      person({
        name: '陳美玲',
        otherName: 'Mei-ling Chen',
        title: '危機指揮官',
        department: '營運中心',
        phones: [
          { kind: 'mobile', number: '0922-000-111' },
          { kind: 'mobile', number: '0922-000-222' },
          { kind: 'work', number: '02-2345-6789 轉 12' },
        ],
        emails: [{ kind: 'work', address: 'meiling.chen@example.com.tw' }],
        messaging: [
          { service: 'line', handle: 'meiling.chen', label: '' },
          { service: 'wechat', handle: 'chen_meiling', label: '' },
        ],
        qualifications: [
          {
            id: 'q1',
            typeId: 'media-training',
            awardedOn: '2024-03-01',
            expiresOn: null,
            note: '',
          },
        ],
        notes: '夜間請先撥手機',
      }),
    );
    expect(imported.rows[1]?.input.qualifications).toEqual([
      { id: 'q2', typeId: 'custom-new-1', awardedOn: null, expiresOn: '2026-12-31', note: '' },
    ]);
    expect(imported.newQualificationTypes).toEqual([{ id: 'custom-new-1', name: '無人機操作證' }]);
  });

  it('maps Simplified Chinese headers of a mainland HR export, and family and given names', () => {
    const imported = importText(
      '姓,名,职称,部门,手机,电话,电子邮件,企业微信,钉钉,飞书,时区,备注\r\n' +
        '张,伟,法务顾问,法务部,13800138000,010-8888-6666,zhang.wei@example.cn,zhangwei,zw-ding,zw-fs,Asia/Shanghai,周末可联系\r\n',
    );
    expect(imported.rows.flatMap((row) => row.issues)).toEqual([]);
    expect(imported.rows[0]?.input).toEqual(
      person({
        name: '张伟',
        title: '法务顾问',
        department: '法务部',
        phones: [
          { kind: 'mobile', number: '13800138000' },
          { kind: 'work', number: '010-8888-6666' },
        ],
        emails: [{ kind: 'work', address: 'zhang.wei@example.cn' }],
        messaging: [
          { service: 'wecom', handle: 'zhangwei', label: '' },
          { service: 'dingtalk', handle: 'zw-ding', label: '' },
          { service: 'feishu', handle: 'zw-fs', label: '' },
        ],
        timeZone: 'Asia/Shanghai',
        notes: '周末可联系',
      }),
    );
  });

  it.each([
    [
      'Big5',
      'big5',
      '姓名,職稱,手機\r\n王小明,發言人,0912-345-678\r\n許功蓋,技術專家,0933-111-222\r\n',
    ],
    [
      'GBK',
      'gbk',
      '姓名,职称,手机\r\n王小明,发言人,0912-345-678\r\n许功盖,技术专家,0933-111-222\r\n',
    ],
  ])('reads a %s file with its Chinese names intact once decoded', (_name, charset, text) => {
    const bytes = iconv.encode(text, charset);
    expect(Buffer.from(bytes).toString('utf8')).not.toBe(text);
    const decoded = new TextDecoder(charset, { fatal: true }).decode(bytes);
    const imported = importText(decoded);
    expect(imported.rows.map((row) => [row.input.name, row.input.title])).toEqual([
      [text.split('\r\n')[1]?.split(',')[0], text.split('\r\n')[1]?.split(',')[1]],
      [text.split('\r\n')[2]?.split(',')[0], text.split('\r\n')[2]?.split(',')[1]],
    ]);
  });

  it('reports problems with the row number the spreadsheet shows and the column’s field', () => {
    const imported = importText(
      'Name,Mobile,Email,Time zone,Working hours,Qualifications,Phones\r\n' +
        'Good,0912-345-678,good@example.com,Asia/Taipei,mon-fri 9:00-18:00,,\r\n' +
        '\r\n' +
        ',call me,not-an-email,Mars/Olympus,weekdays,media-training: soon,fax: 123\r\n',
    );
    expect(imported.rows.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect(imported.rows[0]?.issues).toEqual([]);
    expect(imported.rows[0]?.input.availability.workingHours).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
      // No flag: callable, as the person form assumes.
      callableOutsideHours: true,
    });
    expect(imported.rows[1]?.issues).toEqual([
      { rowNumber: 4, field: 'phones', code: 'phone-kind' },
      { rowNumber: 4, field: 'working_hours', code: 'working-hours-format' },
      { rowNumber: 4, field: 'qualifications', code: 'qualification-format' },
      { rowNumber: 4, field: 'name', code: 'required' },
      { rowNumber: 4, field: 'mobile_phone', code: 'phone-format' },
      { rowNumber: 4, field: 'work_email', code: 'email-format' },
      { rowNumber: 4, field: 'time_zone', code: 'time-zone' },
    ]);
    const [, bad] = imported.rows;
    expect(bad === undefined ? null : rosterCsvFieldOfIssuePath(bad, '1.phones.0.number')).toBe(
      'mobile_phone',
    );
  });

  it('flags an unclosed quote on its row', () => {
    const imported = importText('name,notes\r\nA,"never closed\r\n');
    expect(imported.problems).toEqual([{ rowNumber: 2, field: null, code: 'csv-quotes' }]);
  });

  it('reuses one new qualification type for the same name in any case or width', () => {
    const imported = importText(
      'name,qualifications\r\nA,Scuba diving\r\nB,ＳＣＵＢＡ DIVING: expires 2030/1/2\r\nC,急救訓練\r\n',
    );
    expect(imported.newQualificationTypes).toEqual([{ id: 'custom-new-1', name: 'Scuba diving' }]);
    expect(imported.rows.map((row) => row.input.qualifications.map((q) => q.typeId))).toEqual([
      ['custom-new-1'],
      ['custom-new-1'],
      ['first-aid'],
    ]);
    expect(imported.rows[1]?.input.qualifications[0]?.expiresOn).toBe('2030-01-02');
  });
});

describe('mapping', () => {
  it('needs a name column and refuses two columns for one single-valued field', () => {
    expect(rosterCsvMappingProblems(['title', 'mobile_phone'])).toEqual([
      { code: 'name-not-mapped' },
    ]);
    expect(
      rosterCsvMappingProblems(['name', 'title', 'title', 'mobile_phone', 'mobile_phone']),
    ).toEqual([{ code: 'mapped-twice', field: 'title' }]);
    expect(rosterCsvMappingProblems(['given_name', null])).toEqual([]);
  });

  it('maps the first of two same-named columns and leaves unknown headers unmapped', () => {
    expect(autoMapRosterCsv(['姓名', 'Name', '手機', 'Mobile', '生日'])).toEqual([
      'name',
      null,
      'mobile_phone',
      'mobile_phone',
      null,
    ]);
  });
});

describe('parseRosterCsv refusals', () => {
  it('refuses a file without a header, with too many columns or too many rows', () => {
    expect(parseRosterCsv('\r\n\r\n')).toEqual({ ok: false, refusal: { reason: 'no-header' } });
    expect(parseRosterCsv(`name\r\nA\r\n${','.repeat(maxRosterCsvColumns)}\r\n`)).toEqual({
      ok: false,
      refusal: { reason: 'too-many-columns', rowNumber: 3 },
    });
    const rows = Array.from({ length: maxRosterCsvRows + 1 }, (_, index) => `P${index}`);
    expect(parseRosterCsv(`name\r\n${rows.join('\r\n')}\r\n`)).toEqual({
      ok: false,
      refusal: { reason: 'too-many-rows' },
    });
    expect(parseRosterCsv(`name\r\n${rows.slice(1).join('\r\n')}\r\n`).ok).toBe(true);
  });
});

describe('delimiter', () => {
  it('re-imports a small export whose list cells hold more semicolons than commas', () => {
    // Three people with two phones and two emails each: every data row has more `;` than `,`,
    // which papaparse's own guess took for the delimiter.
    const team = ['陳怡君', 'Lee Hua', '林志明'].map((name, index) =>
      person({
        name,
        phones: [
          { kind: 'mobile', number: `+886 912 345 67${index}` },
          { kind: 'work', number: `02 2345 678${index}` },
        ],
        emails: [
          { kind: 'work', address: `p${index}@example.com` },
          { kind: 'personal', address: `p${index}@example.net` },
        ],
      }),
    );
    const table = tableOf(peopleToCsv(team, exportContext));
    expect(table.headers).toEqual([...rosterCsvColumns]);
    expect(rosterCsvMappingProblems(autoMapRosterCsv(table.headers))).toEqual([]);
    const imported = importRosterCsv(table, autoMapRosterCsv(table.headers), importContext());
    expect(imported.rows.flatMap((row) => row.issues)).toEqual([]);
    expect(imported.rows.map((row) => row.input)).toEqual(team);
  });

  it('reads a tab-separated file and a semicolon-separated one', () => {
    const tabbed = importText('姓名\t手機\t電子郵件\r\n王小明\t0912-345-678\tming@example.com\r\n');
    expect(tabbed.rows.map((row) => row.issues)).toEqual([[]]);
    expect(tabbed.rows[0]?.input).toMatchObject({
      name: '王小明',
      phones: [{ kind: 'mobile', number: '0912-345-678' }],
      emails: [{ kind: 'work', address: 'ming@example.com' }],
    });
    const semicolons = importText('name;title\r\n"Wang, Ming";Spokesperson\r\n');
    expect(semicolons.rows[0]?.input).toMatchObject({ name: 'Wang, Ming', title: 'Spokesperson' });
  });
});

describe('untrusted cells', () => {
  /** Milliseconds `work` takes. */
  function timed(work: () => void): number {
    const start = performance.now();
    work();
    return performance.now() - start;
  }

  // A run of spaces between two letters: a pattern with a lazy part followed by `\s*` or `\s+`
  // tries every split of the run, so the time grows with the square of the length.
  const hostile = `a${' '.repeat(160_000)}a`;

  it('refuses a huge working-hours cell quickly, without parsing it', () => {
    let imported: ReturnType<typeof importText> | undefined;
    const elapsed = timed(() => {
      imported = importText(`name,working_hours\r\nA,${hostile}\r\n`);
    });
    expect(elapsed).toBeLessThan(200);
    expect(imported?.rows[0]?.issues).toEqual([
      { rowNumber: 2, field: 'working_hours', code: 'too-long' },
    ]);
  });

  it('refuses a huge messaging cell quickly, and reads a long label without a pattern', () => {
    let imported: ReturnType<typeof importText> | undefined;
    const elapsed = timed(() => {
      imported = importText(`name,messaging\r\nA,${hostile} (x): handle\r\n`);
    });
    expect(elapsed).toBeLessThan(200);
    expect(imported?.rows[0]?.issues).toEqual([
      { rowNumber: 2, field: 'messaging', code: 'too-long' },
    ]);
    const label = importText('name,messaging\r\nA,signal （ Work phone ）: +886912\r\n');
    expect(label.rows[0]?.input.messaging).toEqual([
      { service: 'other', handle: '+886912', label: 'Work phone' },
    ]);
    const unclosed = importText('name,messaging\r\nA,Signal (work: +886912\r\n');
    expect(unclosed.rows[0]?.input.messaging).toEqual([
      { service: 'other', handle: '+886912', label: 'Signal (work' },
    ]);
  });

  it('refuses every field’s oversized cell as too long, quickly', () => {
    const headers = ['name', 'phones', 'line', 'qualifications', 'notes', 'time_zone'];
    const cells = ['A', ...headers.slice(1).map(() => `${'x'.repeat(80_000)}${hostile}`)];
    let imported: ReturnType<typeof importText> | undefined;
    const elapsed = timed(() => {
      imported = importText(`${headers.join(',')}\r\n${cells.join(',')}\r\n`);
    });
    expect(elapsed).toBeLessThan(200);
    expect(imported?.rows[0]?.issues.map((issue) => `${issue.field} ${issue.code}`).sort()).toEqual(
      headers
        .slice(1)
        .map((field) => `${field} too-long`)
        .sort(),
    );
  });
});

describe('working hours and calls outside them', () => {
  it('takes hours without a flag as callable outside them, as the person form does', () => {
    const hours = (cell: string) =>
      importText(`name,working_hours\r\nA,"${cell}"\r\n`).rows[0]?.input.availability.workingHours
        ?.callableOutsideHours;
    expect(hours('mon-fri 09:00-18:00')).toBe(true);
    expect(hours('mon-fri 09:00-18:00; callable outside hours')).toBe(true);
    expect(hours('週一至週五 9:00-18:00；可聯絡')).toBe(true);
    expect(hours('mon-fri 09:00-18:00; not callable outside hours')).toBe(false);
    expect(hours('mon-fri 09:00-18:00; Not Callable')).toBe(false);
    expect(hours('週一至週五 09:00-18:00；非上班時間不可聯絡')).toBe(false);
    expect(hours('周一至周五 09:00-18:00；不可联系')).toBe(false);
    const unknown = importText('name,working_hours\r\nA,"mon-fri 09:00-18:00; maybe"\r\n');
    expect(unknown.rows[0]?.issues).toEqual([
      { rowNumber: 2, field: 'working_hours', code: 'working-hours-format' },
    ]);
  });

  it('round-trips both answers', () => {
    const both = [true, false].map((isCallable) =>
      person({
        name: isCallable ? 'Callable' : 'Not callable',
        availability: {
          workingHours: {
            days: [1, 2, 3, 4, 5],
            start: '09:00',
            end: '18:00',
            callableOutsideHours: isCallable,
          },
          absences: [],
        },
      }),
    );
    const csv = peopleToCsv(both, exportContext);
    expect(csv).toContain('\r\nCallable,,,,,,,Asia/Taipei,mon-fri 09:00-18:00,,\r\n');
    expect(csv).toContain('mon-fri 09:00-18:00; not callable outside hours');
    expect(importText(csv).rows.map((row) => row.input)).toEqual(both);
  });
});

describe('messaging service columns', () => {
  it('keeps links and handles with `/` and `,` whole, splitting only at `;`, `、` and lines', () => {
    const imported = importText(
      'name,LINE,Slack\r\nA,https://line.me/ti/p/~ming,"U123,team/ops"\r\n' +
        'B,"ming、https://line.me/ti/p/~hua\nwang；lee; chen",\r\n',
    );
    expect(imported.rows.map((row) => row.input.messaging)).toEqual([
      [
        { service: 'line', handle: 'https://line.me/ti/p/~ming', label: '' },
        { service: 'slack', handle: 'U123,team/ops', label: '' },
      ],
      ['ming', 'https://line.me/ti/p/~hua', 'wang', 'lee', 'chen'].map((handle) => ({
        service: 'line',
        handle,
        label: '',
      })),
    ]);
  });
});
