import { describe, expect, it } from 'vitest';
import {
  buildIncidentReport,
  contactRedactionMask,
  redactContactData,
} from '../../../../shared/domain/reports/incidentReport';
import {
  chainOf,
  closedIncident,
  detectedAt,
  entryInput,
  mei,
  minute,
  postmortem,
  reportInput,
  wei,
} from './reportFixtures';

/** The digits (ASCII or full width) left in `text`. */
function digitsIn(text: string): string {
  return text.replace(/[^0-9\uFF10-\uFF19]/gu, '');
}

describe('redactContactData', () => {
  it.each([
    ['+886 912 345 678'],
    ['+886-2-2345-6789'],
    ['+8613800138000'],
    ['+86 138 0013 8000'],
    ['+44 (0)20 7946 0000'],
    ['+1 (555) 123-4567'],
    ['0912-345-678'],
    ['0912 345 678'],
    ['0912345678'],
    ['(02) 2345-6789'],
    ['02-2345-6789'],
    ['021-12345678'],
    ['0755-1234-5678'],
    ['138 0013 8000'],
    ['13800138000'],
    ['555-123-4567'],
    ['2345-6789'],
    ['9123 4567'],
    ['886-912-345-678'],
    ['00886 912 345 678'],
    ['0912.345.678'],
    ['０９１２－３４５－６７８'],
    ['０２）２３４５　６７８９'],
    ['mei.lin@example.com.tw'],
    ['first+tag@mail.example.org'],
    ['chen＠example.com'],
    ['ｃｈｅｎ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
  ])('masks %s as a whole wherever it stands', (contact) => {
    for (const text of [
      contact,
      `Call ${contact} now.`,
      `電話：${contact}，謝謝`,
      `請聯絡${contact}。`,
      `請撥 ${contact}`,
      `HK ${contact}`,
      `Tel${contact}`,
      `(${contact})`,
    ]) {
      const redacted = redactContactData(text);
      expect(redacted).toContain(contactRedactionMask);
      expect(redacted).not.toContain(contact);
      // Masked as a whole: not one digit of the number is left.
      expect(digitsIn(redacted)).toBe('');
    }
  });

  it.each([
    ['請撥 2345-6789', `請撥 ${contactRedactionMask}`],
    ['HK 9123 4567', `HK ${contactRedactionMask}`],
    ['886-912-345-678', contactRedactionMask],
    ['Tel0912-345-678', `Tel${contactRedactionMask}`],
    ['chen＠example.com 回覆', `${contactRedactionMask} 回覆`],
    ['00886 912 345 678', contactRedactionMask],
    ['(0912-345-678)', `(${contactRedactionMask})`],
    ['（０９１２－３４５－６７８）', `（${contactRedactionMask}）`],
    ['+44 (0)20 7946 0000.', `${contactRedactionMask}.`],
    ['(02) 2345-6789，謝謝', `${contactRedactionMask}，謝謝`],
  ])('writes %j as %j', (text, expected) => {
    expect(redactContactData(text)).toBe(expected);
  });

  it.each([
    ['2026-11-22'],
    ['2026/11/22'],
    ['2026.11.22'],
    ['22.11.2026'],
    ['14:05'],
    ['14:05:30'],
    ['2026-11-22 14:05'],
    ['2026/11/22 14:05'],
    ['2026-11-22T14:05:00+08:00'],
    ['2026-11-22T06:05:00.000Z'],
    ['2026-11-22 2026-11-23'],
    ['NT$1,200,000'],
    ['NT$12,000,000.50'],
    ['¥1,200,000'],
    ['￥1,200,000'],
    ['US$ 25,000.50'],
    ['1,200,000'],
    ['12,000,000 customers'],
    ['¥13800138000'],
    ['35%'],
    ['12.5%'],
    ['in 2026'],
    ['INC-0007'],
    ['PM-0001'],
    ['R-0042'],
    ['INC-10000'],
    ['INC-0007 INC-0008 PM-0001'],
    ['42 customers, 3 hours'],
    ['v1.2.3'],
    ['12000 records'],
    ['1234567'],
    ['123 4567'],
  ])('leaves %s alone', (text) => {
    expect(redactContactData(text)).toBe(text);
  });

  it('masks the whole run, a year joined to it too, and keeps the date and time after it', () => {
    expect(redactContactData('Call 0912-345-678 2026 plan at 14:05 on 2026-11-22')).toBe(
      `Call ${contactRedactionMask} plan at 14:05 on 2026-11-22`,
    );
    expect(redactContactData('0912 345 678 2026-11-22 14:05')).toBe(
      `${contactRedactionMask} 2026-11-22 14:05`,
    );
    expect(redactContactData('2026-11-22 14:05 0912 345 678')).toBe(
      `2026-11-22 14:05 ${contactRedactionMask}`,
    );
  });

  it('stays fast on long and hostile text', () => {
    const cases = [
      `${'a'.repeat(100_000)} ${'x.'.repeat(20_000)}`,
      '1 '.repeat(50_000),
      '(1)'.repeat(30_000),
      '1-('.repeat(30_000),
      'A-1 '.repeat(30_000),
      '2026-1-1 '.repeat(20_000),
      '$1,'.repeat(30_000),
      'a@'.repeat(30_000),
      `${'a'.repeat(63)}.`.repeat(2_000),
      `x@${'a-'.repeat(40_000)}`,
      '+ '.repeat(50_000),
    ];
    const started = performance.now();
    for (const text of cases) {
      redactContactData(text);
    }
    expect(redactContactData(cases[0] ?? '')).toBe(cases[0]);
    expect(redactContactData(`x ${'1'.repeat(50_000)} y`)).toBe(`x ${contactRedactionMask} y`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('buildIncidentReport', () => {
  it('sorts the timeline by time, then sequence, whatever order it was recorded in', () => {
    const report = buildIncidentReport(
      reportInput({
        timeline: chainOf([
          entryInput(30, 'third'),
          entryInput(10, 'first'),
          entryInput(20, 'second'),
          entryInput(20, 'second, recorded later'),
        ]),
      }),
    );
    expect(report.timeline.map((row) => row.text)).toEqual([
      'first',
      'second',
      'second, recorded later',
      'third',
    ]);
    expect(report.timeline.map((row) => row.time.text)).toEqual([
      '2026-11-22 14:15',
      '2026-11-22 14:25',
      '2026-11-22 14:25',
      '2026-11-22 14:35',
    ]);
  });

  it('replaces a corrected entry by its latest correction, marked', () => {
    const report = buildIncidentReport(
      reportInput({
        timeline: chainOf([
          entryInput(5, 'Decided to go offline at 14:00'),
          entryInput(7, 'Unrelated note'),
          entryInput(5, 'Decided to go offline at 14:10', { supersedesId: 'e0' }),
          entryInput(5, 'Decided to go offline at 14:10 (board informed)', { supersedesId: 'e2' }),
        ]),
      }),
    );
    expect(report.timeline.map((row) => [row.text, row.isCorrection, row.sequence])).toEqual([
      ['Decided to go offline at 14:10 (board informed)', true, 3],
      ['Unrelated note', false, 1],
    ]);
  });

  it.each([
    ['Asia/Taipei', '2026-11-22 14:05', 'Asia/Taipei (UTC+08:00)'],
    ['Europe/London', '2026-11-22 06:05', 'Europe/London (UTC+00:00)'],
    ['America/New_York', '2026-11-22 01:05', 'America/New_York (UTC-05:00)'],
    ['Asia/Kolkata', '2026-11-22 11:35', 'Asia/Kolkata (UTC+05:30)'],
  ])('writes the same instant in %s', (timeZone, detected, label) => {
    const report = buildIncidentReport(reportInput({ timeZone }));
    expect(report.timeZone).toBe(timeZone);
    expect(report.timeZoneLabel).toBe(label);
    expect(report.detectedAt).toEqual({ at: detectedAt, text: detected });
    expect(report.timeline[0]?.time.text).toBe(detected);
  });

  it('states the offset in force at detection first, then the others its times have', () => {
    const summer = Date.UTC(2026, 6, 1, 12, 0);
    const report = buildIncidentReport(
      reportInput({
        timeZone: 'Europe/London',
        incident: closedIncident({ detectedAt: summer, startedAt: null }),
      }),
    );
    // Detected in summer time; the fixture's other times are in November, in winter time.
    expect(report.timeZoneLabel).toBe('Europe/London (UTC+01:00 / UTC+00:00)');
    expect(report.timeZoneOffsets).toEqual(['UTC+01:00', 'UTC+00:00']);
    expect(report.detectedAt.text).toBe('2026-07-01 13:00');
    expect(report.generatedAt.text).toBe('2026-11-23 06:05 (UTC+00:00)');
  });

  it.each([
    // London: clocks go from 01:00 to 02:00 at 01:00 UTC on 2026-03-29.
    [
      'Europe/London',
      Date.UTC(2026, 2, 29, 0, 30),
      ['2026-03-29 00:30', '2026-03-29 00:50', '2026-03-29 02:30 (UTC+01:00)'],
      'Europe/London (UTC+00:00 / UTC+01:00)',
    ],
    // New York: clocks go from 02:00 to 03:00 at 07:00 UTC on 2026-03-08.
    [
      'America/New_York',
      Date.UTC(2026, 2, 8, 6, 30),
      ['2026-03-08 01:30', '2026-03-08 01:50', '2026-03-08 03:30 (UTC-04:00)'],
      'America/New_York (UTC-05:00 / UTC-04:00)',
    ],
  ])(
    'marks the times after the March change in %s with their offset',
    (timeZone, detected, texts, label) => {
      const incident = closedIncident({ detectedAt: detected, startedAt: null });
      const report = buildIncidentReport(
        reportInput({
          timeZone,
          incident,
          timeline: chainOf([
            entryInput(0, 'Detected', { at: detected }),
            entryInput(0, 'Before the change', { at: detected + 20 * minute }),
            entryInput(0, 'After the change', { at: detected + 60 * minute }),
          ]),
        }),
      );
      expect(report.timeline.map((row) => row.time.text)).toEqual(texts);
      expect(report.timeZoneLabel).toBe(label);
      expect(report.detectedAt.text).toBe(texts[0]);
      expect(report.timeZoneOffsets).toHaveLength(2);
    },
  );

  it('states one offset when every time has it', () => {
    const report = buildIncidentReport(reportInput({ timeZone: 'Europe/London' }));
    expect(report.timeZoneOffsets).toEqual(['UTC+00:00']);
    // No time carries an offset of its own.
    expect(JSON.stringify(report)).not.toMatch(/\d{2}:\d{2} \(UTC/u);
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    const report = buildIncidentReport(reportInput({ timeZone: 'Mars/Olympus' }));
    expect(report.timeZoneLabel).toBe('UTC (UTC+00:00)');
    expect(report.detectedAt.text).toBe('2026-11-22 06:05');
  });

  it('fills the facts, metrics and names of the internal variant', () => {
    const report = buildIncidentReport(reportInput());
    expect(report).toMatchObject({
      variant: 'internal',
      reference: 'INC-0007',
      executiveSummary: 'Executive summary of the leak.',
      severityName: 'SEV-1',
      crisisTypeName: 'Data breach',
      status: 'closed',
      startedAt: { text: '2026-11-22 13:35' },
      closedAt: { text: '2026-11-22 18:05' },
      generatedAt: { text: '2026-11-23 14:05' },
      timeToFirstStatementMs: 45 * minute,
      timeToStableMs: 90 * minute,
      omittedTimelineEntries: 0,
      postmortemReference: 'PM-0001',
      postmortemStatus: 'published',
    });
    expect(report.roles).toEqual([
      {
        roleName: 'Incident commander',
        personName: mei.name,
        from: { at: detectedAt, text: '2026-11-22 14:05' },
        to: { at: detectedAt + 240 * minute, text: '2026-11-22 18:05' },
        contacts: ['+886 912 345 678', 'mei.lin@example.com.tw'],
      },
      {
        roleName: 'Spokesperson',
        personName: wei.name,
        from: { at: detectedAt + 10 * minute, text: '2026-11-22 14:15' },
        to: null,
        contacts: ['021-12345678'],
      },
    ]);
    expect(report.tasks).toEqual([
      {
        title: 'Call the regulator',
        status: 'open',
        ownerName: mei.name,
        due: { at: detectedAt + 60 * minute, text: '2026-11-22 15:05' },
      },
    ]);
    expect(report.communications.map((row) => row.text)).toEqual([
      'Internal memo: reach Mei at mei.lin@example.com.tw',
      'We are investigating. Press: (02) 2345-6789.',
    ]);
    expect(report.actionItems).toEqual([
      {
        title: 'Update the breach SOP',
        type: 'sop',
        status: 'open',
        ownerName: wei.name,
        dueOn: '2026-12-15',
        link: { kind: 'sop', title: 'Data breach response' },
      },
      {
        title: 'Review supplier contracts',
        type: 'prevent',
        status: 'open',
        ownerName: wei.name,
        dueOn: '2026-12-31',
        link: { kind: 'risk', name: 'R-0042 Supplier breach' },
      },
    ]);
    expect(report.timeline[0]?.text).toContain('0912-345-678');
    expect(report.impact?.note).toContain('cso@example.com');
    expect(report.lessons).toEqual(['Rotate vendor keys; ask ops@example.com.']);
  });

  it("uses the incident's summary when the postmortem's is blank or missing", () => {
    expect(buildIncidentReport(reportInput({ postmortem: null })).executiveSummary).toBe(
      'Incident summary: call 0912-345-678.',
    );
    const blank = buildIncidentReport(reportInput());
    expect(blank.executiveSummary).toBe('Executive summary of the leak.');
    const input = reportInput();
    if (input.postmortem === null) throw new Error('fixture has a postmortem');
    input.postmortem.content.summary = '  \n ';
    expect(buildIncidentReport(input).executiveSummary).toBe(
      'Incident summary: call 0912-345-678.',
    );
  });

  it('keeps no contact data and no internal entries in the external variant', () => {
    const input = reportInput({
      variant: 'external',
      timeline: chainOf([
        entryInput(0, 'Internal: call Mei on 0912-345-678'),
        entryInput(1, 'Status to active', { kind: 'status-change', source: 'system' }),
        entryInput(20, 'Statement: write to press@example.com or +886 2 2345 6789', {
          kind: 'communication',
          isExternal: true,
        }),
        entryInput(25, 'Internal decision'),
      ]),
    });
    const report = buildIncidentReport(input);
    expect(report.timeline.map((row) => row.kind)).toEqual(['status-change', 'communication']);
    expect(report.omittedTimelineEntries).toBe(2);
    expect(report.communications).toHaveLength(1);
    expect(report.roles.map((role) => role.contacts)).toEqual([[], []]);
    expect(report.roles.map((role) => role.personName)).toEqual([mei.name, wei.name]);

    const everything = JSON.stringify(report);
    for (const secret of [
      '0912-345-678',
      'press@example.com',
      '2345 6789',
      '2345-6789',
      'mei.lin@example.com.tw',
      '+886 912 345 678',
      '021-12345678',
      'cso@example.com',
      '0800-000-123',
      '138 0013 8000',
      'ops@example.com',
      'Internal memo',
      'Internal decision',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(report.timeline[1]?.text).toBe(
      `Statement: write to ${contactRedactionMask} or ${contactRedactionMask}`,
    );
    expect(report.executiveSummary).toBe('Executive summary of the leak.');
  });

  it('names no authors, owners or risks in the external variant, only roles and who held them', () => {
    const report = buildIncidentReport(
      reportInput({
        variant: 'external',
        timeline: chainOf([
          entryInput(0, 'Statement out', { isExternal: true, author: 'Ana Lee' }),
          entryInput(1, 'Status to active', { kind: 'status-change', author: 'Ana Lee' }),
        ]),
      }),
    );
    expect(report.timeline.map((row) => row.author)).toEqual([null, null]);
    expect(report.tasks.map((task) => [task.title, task.status, task.ownerName])).toEqual([
      ['Call the regulator', 'open', null],
    ]);
    expect(report.actionItems).toEqual([
      {
        title: 'Update the breach SOP',
        type: 'sop',
        status: 'open',
        ownerName: null,
        dueOn: '2026-12-15',
        link: { kind: 'sop', title: 'Data breach response' },
      },
      {
        title: 'Review supplier contracts',
        type: 'prevent',
        status: 'open',
        ownerName: null,
        dueOn: '2026-12-31',
        link: { kind: 'risk', name: null },
      },
    ]);
    expect(report.roles.map((role) => [role.roleName, role.personName, role.contacts])).toEqual([
      ['Incident commander', mei.name, []],
      ['Spokesperson', wei.name, []],
    ]);
    const everything = JSON.stringify(report);
    for (const secret of ['Ana Lee', 'Supplier breach', 'R-0042']) {
      expect(everything).not.toContain(secret);
    }
    // The internal variant keeps them.
    const internal = buildIncidentReport(reportInput());
    expect(internal.timeline.map((row) => row.author)).toEqual(['Mei', 'Mei']);
    expect(internal.tasks[0]?.ownerName).toBe(mei.name);
  });

  it.each(['draft', 'in-review'] as const)(
    'leaves causes and lessons of a %s postmortem out of the external variant',
    (status) => {
      const draft = { ...postmortem('Executive summary of the leak.'), status };
      const external = buildIncidentReport(reportInput({ variant: 'external', postmortem: draft }));
      expect(external.causes).toEqual([]);
      expect(external.lessons).toEqual([]);
      expect(external.hasWithheldFindings).toBe(true);
      expect(JSON.stringify(external)).not.toContain('Vendor key leaked');

      const internal = buildIncidentReport(reportInput({ postmortem: draft }));
      expect(internal.causes.map((cause) => cause.text)).toEqual([
        'Vendor key leaked (vendor +86 138 0013 8000).',
      ]);
      expect(internal.hasWithheldFindings).toBe(false);
    },
  );

  it('keeps causes and lessons of a published postmortem in the external variant, redacted', () => {
    const report = buildIncidentReport(reportInput({ variant: 'external' }));
    expect(report.hasWithheldFindings).toBe(false);
    expect(report.causes.map((cause) => cause.text)).toEqual([
      `Vendor key leaked (vendor ${contactRedactionMask}).`,
    ]);
    expect(report.lessons).toEqual([`Rotate vendor keys; ask ${contactRedactionMask}.`]);
    expect(
      buildIncidentReport(reportInput({ variant: 'external', postmortem: null }))
        .hasWithheldFindings,
    ).toBe(true);
  });

  it('counts an internal correction of an external entry as left out', () => {
    const report = buildIncidentReport(
      reportInput({
        variant: 'external',
        timeline: chainOf([
          entryInput(0, 'Public note', { isExternal: true }),
          entryInput(0, 'Turned internal', { supersedesId: 'e0' }),
        ]),
      }),
    );
    expect(report.timeline).toEqual([]);
    expect(report.omittedTimelineEntries).toBe(1);
  });
});
