import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { PersonInput } from '../../../../shared/domain/roster/person';
import {
  assembleName,
  looksLikeVcard,
  maxVcardCards,
  nameParts,
  parseVcards,
  peopleToVcard,
  vcardFileName,
} from '../../../../shared/domain/roster/rosterVcard';
import type { VcardParse } from '../../../../shared/domain/roster/rosterVcard';

const context = { defaultTimeZone: 'Europe/London' };

/** A fixture file's text. */
function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/roster/${name}`, import.meta.url), 'utf8');
}

/** The lines of a card joined with CRLF, as vCard files are written. */
function card(...lines: string[]): string {
  return ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
}

/** The candidates of a file that must parse. */
function candidates(parse: VcardParse) {
  if (!parse.ok)
    throw new Error(`expected the file to parse, got ${JSON.stringify(parse.refusal)}`);
  return parse.candidates;
}

/** A person with `overrides` over an empty one in Asia/Taipei. */
function person(overrides: Partial<PersonInput>): PersonInput {
  return { ...emptyPersonInput('Asia/Taipei'), ...overrides };
}

describe('parseVcards: vCard 3.0', () => {
  const [ming, david] = candidates(parseVcards(fixture('team-v3.vcf'), context));

  it('reads a Chinese name, folded lines, escaped commas and semicolons and both TYPE syntaxes', () => {
    expect(ming).toEqual({
      cardNumber: 1,
      issues: [],
      input: person({
        name: '王小明',
        otherName: 'Xiaoming Wang',
        title: '發言人, 對外溝通',
        department: '公共事務部; 媒體組',
        phones: [
          { kind: 'mobile', number: '+886 912 345 678' },
          { kind: 'work', number: '+886 2 2345 6789 轉 123' },
        ],
        emails: [{ kind: 'work', address: 'ming.wang@example.com.tw' }],
        messaging: [
          { service: 'line', handle: 'mingwang', label: '' },
          { service: 'wechat', handle: 'wxid_mingwang', label: '' },
        ],
        timeZone: 'Asia/Taipei',
        notes:
          '媒體窗口，負責對外聲明。Reachable after 22:00 only for severity-1 incidents; call the deputy first.',
      }),
    });
  });

  it('reads bare TYPE parameters and home emails, and leaves out a UTC offset with a warning', () => {
    expect(david?.input).toEqual(
      person({
        name: 'David Lin',
        title: 'Legal counsel',
        phones: [{ kind: 'mobile', number: '0933-111-222' }],
        emails: [{ kind: 'personal', address: 'david.lin@example.net' }],
        timeZone: 'Europe/London',
      }),
    );
    expect(david?.issues).toEqual([
      { cardNumber: 2, field: 'timeZone', code: 'time-zone-offset', isWarning: true },
    ]);
  });
});

describe('parseVcards: vCard 4.0', () => {
  it('unwraps tel: URIs with extensions and reads quoted TYPE lists and IMPP schemes', () => {
    const parsed = candidates(parseVcards(fixture('team-v4.vcf'), context));
    expect(parsed.map(({ input }) => input.name)).toEqual(['陳美玲', 'David Lin', 'Sarah Wu']);
    expect(parsed.flatMap(({ issues }) => issues)).toEqual([]);
    const [meiling, david, sarah] = parsed.map(({ input }) => input);
    expect(meiling).toEqual(
      person({
        name: '陳美玲',
        otherName: 'Mei-ling Chen',
        title: '危機指揮官',
        department: '營運中心',
        phones: [
          { kind: 'mobile', number: '+886-922-000-111' },
          { kind: 'work', number: '+886-2-5555-1234 ext. 12' },
        ],
        emails: [{ kind: 'work', address: 'meiling.chen@example.com.tw' }],
        messaging: [
          { service: 'wechat', handle: 'chen_meiling', label: '' },
          { service: 'line', handle: 'meiling.chen', label: '' },
        ],
      }),
    );
    expect(david?.messaging).toEqual([
      { service: 'other', handle: '+886933111222', label: 'Signal' },
    ]);
    expect(sarah?.messaging).toEqual([
      { service: 'teams', handle: 'sarah.wu@example.com', label: '' },
    ]);
    expect(sarah?.timeZone).toBe('Asia/Hong_Kong');
  });

  it('assembles the name from N when there is no FN, family name first for Chinese', () => {
    const parsed = candidates(
      parseVcards(
        card('VERSION:4.0', 'N:王;小明;;;') +
          card('VERSION:4.0', 'N:Wang;Ming;;;') +
          card('VERSION:3.0', 'N:Lee;Anna;Marie;;'),
        context,
      ),
    );
    expect(parsed.map(({ input }) => input.name)).toEqual([
      '王小明',
      'Ming Wang',
      'Anna Marie Lee',
    ]);
  });

  it('takes a second FN (another language) as the other name, and maps messaging properties', () => {
    const [only] = candidates(
      parseVcards(
        card(
          'VERSION:4.0',
          'FN;ALTID=1;LANGUAGE=zh-Hant:林志明',
          'FN;ALTID=1;LANGUAGE=en:Jimmy Lin',
          'X-LINE:jimmy.lin',
          'X-DINGTALK:jimmylin',
          'X-QQ:12345678',
          'IMPP:skype:jimmy.lin',
          'IMPP;X-SERVICE-TYPE=飛書:x-apple:jimmy',
          'IMPP:xmpp:jimmy%40example.com',
          'EMAIL:jimmy@example.com',
          'TEL:+886 2 1234 5678',
          'TZ:America/New_York',
          'X-UNKNOWN;FOO=bar:ignored',
        ),
        context,
      ),
    );
    expect(only?.input).toEqual(
      person({
        name: '林志明',
        otherName: 'Jimmy Lin',
        emails: [{ kind: 'other', address: 'jimmy@example.com' }],
        phones: [{ kind: 'other', number: '+886 2 1234 5678' }],
        messaging: [
          { service: 'line', handle: 'jimmy.lin', label: '' },
          { service: 'dingtalk', handle: 'jimmylin', label: '' },
          { service: 'other', handle: '12345678', label: 'QQ' },
          { service: 'other', handle: 'jimmy.lin', label: 'Skype' },
          { service: 'feishu', handle: 'jimmy', label: '' },
          { service: 'other', handle: 'jimmy@example.com', label: 'XMPP' },
        ],
        timeZone: 'America/New_York',
      }),
    );
  });

  it('maps a zero offset to UTC and warns about a zone name it does not know', () => {
    const parsed = candidates(
      parseVcards(
        card('VERSION:4.0', 'FN:A', 'TZ;VALUE=utc-offset:+0000') +
          card('VERSION:4.0', 'FN:B', 'TZ:Taipei Standard Time') +
          card('VERSION:3.0', 'FN:C', 'TZ;VALUE=text:+08:00; CST; Asia/Shanghai'),
        context,
      ),
    );
    expect(parsed.map(({ input }) => input.timeZone)).toEqual([
      'UTC',
      'Europe/London',
      'Asia/Shanghai',
    ]);
    expect(parsed.flatMap(({ issues }) => issues)).toEqual([
      { cardNumber: 2, field: 'timeZone', code: 'time-zone-unknown', isWarning: true },
    ]);
  });

  it('reports what would refuse a card, by card number and field', () => {
    const parsed = candidates(
      parseVcards(
        card('VERSION:4.0', 'FN:Good', 'EMAIL:good@example.com') +
          card('VERSION:4.0', 'FN:Bad', 'EMAIL:not an address', 'TEL:call me') +
          card('VERSION:4.0', 'ORG:Acme'),
        context,
      ),
    );
    expect(parsed.map(({ issues }) => issues)).toEqual([
      [],
      [
        { cardNumber: 2, field: 'phones', code: 'phone-format', isWarning: false },
        { cardNumber: 2, field: 'emails', code: 'email-format', isWarning: false },
      ],
      [{ cardNumber: 3, field: 'name', code: 'required', isWarning: false }],
    ]);
  });
});

describe('parseVcards: refusals', () => {
  /** The refusal of a file that must be refused. */
  function refusalOf(text: string) {
    const parse = parseVcards(text, context);
    if (parse.ok) throw new Error('expected the file to be refused');
    return parse.refusal;
  }

  it('refuses vCard 2.1 with the card number and version', () => {
    expect(
      refusalOf(card('VERSION:3.0', 'FN:A') + card('VERSION:2.1', 'N:Doe;John', 'TEL;CELL:123')),
    ).toEqual({ code: 'vcard-version-unsupported', cardNumber: 2, line: 5, version: '2.1' });
  });

  it('refuses a line that is not a property, naming the card and the line', () => {
    expect(refusalOf(card('VERSION:3.0', 'FN:A') + card('VERSION:4.0', 'FN B'))).toEqual({
      code: 'vcard-syntax',
      cardNumber: 2,
      line: 7,
      version: null,
    });
  });

  it('refuses a property ical.js cannot read, naming its line', () => {
    expect(refusalOf(card('VERSION:4.0', 'FN:A', 'TEL;=x:123'))).toEqual({
      code: 'vcard-syntax',
      cardNumber: 1,
      line: 4,
      version: null,
    });
  });

  it('refuses unclosed cards, missing versions, quoted-printable and stray text', () => {
    expect(refusalOf('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\n')).toMatchObject({
      code: 'vcard-unclosed',
      cardNumber: 1,
    });
    expect(refusalOf(card('VERSION:4.0', 'FN:A') + card('FN:B'))).toMatchObject({
      code: 'vcard-version-missing',
      cardNumber: 2,
    });
    expect(
      refusalOf(card('VERSION:3.0', 'FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E7=8E=8B')),
    ).toMatchObject({ code: 'vcard-quoted-printable', cardNumber: 1, line: 3 });
    expect(refusalOf(`${card('VERSION:4.0', 'FN:A')}stray text\r\n`)).toMatchObject({
      code: 'vcard-outside-card',
      line: 5,
    });
    expect(refusalOf('name,phone\r\nA,1\r\n')).toMatchObject({ code: 'vcard-empty' });
    expect(refusalOf('')).toMatchObject({ code: 'vcard-empty' });
  });

  it(`refuses more than ${maxVcardCards} cards`, () => {
    const many = card('VERSION:4.0', 'FN:A').repeat(maxVcardCards + 1);
    expect(refusalOf(many)).toMatchObject({ code: 'vcard-too-many' });
    expect(parseVcards(card('VERSION:4.0', 'FN:A').repeat(3), context).ok).toBe(true);
  });
});

describe('names', () => {
  it('assembles and splits names the way each script writes them', () => {
    expect(assembleName('王', '小明')).toBe('王小明');
    expect(assembleName('Wang', 'Ming')).toBe('Ming Wang');
    expect(nameParts('王小明')).toEqual({ family: '王', given: '小明' });
    expect(nameParts('歐陽娜娜')).toEqual({ family: '歐陽', given: '娜娜' });
    expect(nameParts('Ming Wang')).toEqual({ family: 'Wang', given: 'Ming' });
    expect(nameParts('Maria de la Cruz')).toBeNull();
  });

  it('recognises a vCard by its first line', () => {
    expect(looksLikeVcard('\uFEFF\r\n  \r\nbegin:vcard\r\n')).toBe(true);
    expect(looksLikeVcard('name,BEGIN:VCARD\r\n')).toBe(false);
  });
});

describe('peopleToVcard', () => {
  const people: (PersonInput & { id: string })[] = [
    {
      ...person({
        name: '王小明',
        otherName: 'Ming Wang',
        title: '發言人, 對外溝通; 媒體',
        department: '公共事務部; 媒體組',
        phones: [
          { kind: 'mobile', number: '+886 912 345 678' },
          { kind: 'work', number: '+886 2 2345 6789 ext. 12' },
          { kind: 'home', number: '(02) 2700-1234' },
          { kind: 'other', number: '02 2700 5678 轉 9' },
        ],
        emails: [
          { kind: 'work', address: 'ming@example.com.tw' },
          { kind: 'personal', address: 'ming@example.net' },
          { kind: 'other', address: 'ming@example.org' },
        ],
        messaging: [
          { service: 'line', handle: 'mingwang', label: '' },
          { service: 'wechat', handle: 'wxid 王; 小明', label: 'work account' },
          { service: 'wecom', handle: 'ming', label: '' },
          { service: 'dingtalk', handle: 'ming', label: '' },
          { service: 'feishu', handle: 'ming', label: '' },
          { service: 'teams', handle: 'ming@example.com', label: '' },
          { service: 'slack', handle: '@ming', label: '' },
          { service: 'other', handle: '+886912345678', label: 'Signal' },
          { service: 'other', handle: 'ming%20100', label: '' },
        ],
        notes: 'Line one, with a comma; and a semicolon.\nLine two: 中文備註 \\ backslash.',
      }),
      id: '7a0c6d3e-5d54-4b0f-9f3c-2f1f4b5d9c11',
    },
    {
      ...person({ name: 'Sarah Wu', timeZone: 'Asia/Hong_Kong' }),
      id: '0b3f1a8e-1e2d-4c8a-a0b9-7c6d5e4f3a21',
    },
  ];

  it('writes vCard 4.0 with CRLF, one card per person, tel: URIs and a UID', () => {
    const text = peopleToVcard(people);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.match(/^BEGIN:VCARD$/gmu)).toHaveLength(2);
    const unfolded = text.replace(/\r\n[ \t]/gu, '');
    expect(unfolded).toContain('\r\nVERSION:4.0\r\nFN:王小明\r\nN:王;小明;;;\r\n');
    expect(unfolded).toContain(
      'TEL;TYPE=cell;VALUE=uri;X-CRISISROOM-DISPLAY=+886 912 345 678:tel:+886912345678\r\n',
    );
    expect(unfolded).toContain(':tel:+886223456789;ext=12\r\n');
    expect(unfolded).toContain('IMPP:line:mingwang\r\n');
    expect(unfolded).toContain('TZ:Asia/Taipei\r\n');
    expect(unfolded).toContain('UID:urn:uuid:7a0c6d3e-5d54-4b0f-9f3c-2f1f4b5d9c11\r\n');
    expect(unfolded).toContain('FN:Sarah Wu\r\nN:Wu;Sarah;;;\r\n');
  });

  it('imports back to the same people', () => {
    const parsed = candidates(parseVcards(peopleToVcard(people), context));
    expect(parsed.flatMap(({ issues }) => issues)).toEqual([]);
    expect(parsed.map(({ input }) => input)).toEqual(people.map(({ id: _id, ...input }) => input));
  });

  it('names the file by the day', () => {
    expect(vcardFileName('2025-06-01')).toBe('crisis-team-2025-06-01.vcf');
  });
});

describe('parseVcards: untrusted values', () => {
  it('reads cards with 160,000-character hostile values in well under 200 ms', () => {
    const run = ' '.repeat(160_000);
    const text = [
      card('VERSION:4.0', 'FN:A', `TEL:1${run}!`),
      card('VERSION:4.0', 'FN:B', `TEL;VALUE=uri:tel:1${run}x`),
      card('VERSION:4.0', 'FN:C', `EMAIL:a@${'a.'.repeat(80_000)}!`),
      card('VERSION:4.0', 'FN:D', `IMPP;X-SERVICE-TYPE=a${run}a:x:y`),
      card('VERSION:4.0', `FN:a${run}a`, `TZ:UTC${run}x`),
    ].join('');
    const start = performance.now();
    const parsed = candidates(parseVcards(text, context));
    expect(performance.now() - start).toBeLessThan(200);
    expect(parsed).toHaveLength(5);
    expect(parsed.every((candidate) => candidate.issues.length > 0)).toBe(true);
  });
});
