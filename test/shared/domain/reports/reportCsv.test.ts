import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restoreFormula, utf8Bom } from '../../../../shared/domain/csvCells';
import { buildIncidentReport } from '../../../../shared/domain/reports/incidentReport';
import { actionItemsCsv, timelineCsv } from '../../../../shared/domain/reports/reportCsv';
import { actionItem, chainOf, englishLabels, entryInput, reportInput } from './reportFixtures';

/** The rows of a CSV text as a spreadsheet would read them, after the BOM. */
function parsed(text: string): string[][] {
  expect(text.startsWith(utf8Bom)).toBe(true);
  return Papa.parse<string[]>(text.slice(utf8Bom.length), { skipEmptyLines: true }).data;
}

describe('timelineCsv', () => {
  it('writes one row per shown entry under translated columns naming the zone', () => {
    const report = buildIncidentReport(
      reportInput({
        timeZone: 'America/New_York',
        timeline: chainOf([
          entryInput(0, 'Wrong'),
          entryInput(3, '客戶來電 😱\n第二行, "quoted"', { kind: 'decision', isExternal: true }),
          entryInput(0, 'Right', { supersedesId: 'e0' }),
        ]),
      }),
    );
    const text = timelineCsv(report, englishLabels);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      `${utf8Bom}Time (America/New_York (UTC-05:00)),Kind,Author,Text,External,Correction`,
    );
    expect(parsed(text)).toEqual([
      ['Time (America/New_York (UTC-05:00))', 'Kind', 'Author', 'Text', 'External', 'Correction'],
      ['2026-11-22 01:05', 'Note', 'Mei', 'Right', 'No', 'Yes'],
      ['2026-11-22 01:08', 'Decision', 'Mei', '客戶來電 😱\n第二行, "quoted"', 'Yes', 'No'],
    ]);
  });

  it('neutralises cells a spreadsheet would run as a formula, and they restore exactly', () => {
    const formulas = ['=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)', "'quoted"];
    const report = buildIncidentReport(
      reportInput({
        timeline: chainOf(formulas.map((text, index) => entryInput(index, text, { author: text }))),
      }),
    );
    const rows = parsed(timelineCsv(report, englishLabels)).slice(1);
    expect(rows.map((row) => row[3])).toEqual(formulas.map((text) => `'${text}`));
    expect(rows.map((row) => row[2])).toEqual(formulas.map((text) => `'${text}`));
    expect(rows.map((row) => restoreFormula(row[3] ?? ''))).toEqual(formulas);
  });

  it('keeps only what the external report shows, without an author column', () => {
    const report = buildIncidentReport(reportInput({ variant: 'external' }));
    const text = timelineCsv(report, englishLabels);
    expect(parsed(text)).toEqual([
      ['Time (Asia/Taipei (UTC+08:00))', 'Kind', 'Text', 'External', 'Correction'],
      ['2026-11-22 14:25', 'Communication', 'Holding statement published.', 'Yes', 'No'],
    ]);
    expect(text).not.toContain('0912');
    expect(text).not.toContain('Mei');
  });
});

describe('actionItemsCsv', () => {
  it('writes title, type, status, owner, due day and link, in Chinese and emoji intact', () => {
    const report = buildIncidentReport(
      reportInput({
        actionItems: [
          actionItem('a1', '更新資料外洩 SOP 🚨', '2026-12-15', {
            type: 'sop',
            status: 'in-progress',
            link: { kind: 'sop', sopId: 'sop-1' },
          }),
          actionItem('a2', '=cmd|calc', '2027-01-10', { ownerPersonId: null }),
        ],
      }),
    );
    expect(parsed(actionItemsCsv(report, englishLabels))).toEqual([
      ['Title', 'Type', 'Status', 'Owner', 'Due', 'Changes'],
      [
        '更新資料外洩 SOP 🚨',
        'SOP',
        'In progress',
        'Wei Zhang',
        '2026-12-15',
        'SOP: Data breach response',
      ],
      ["'=cmd|calc", 'Prevent', 'Open', '', '2027-01-10', ''],
    ]);
  });

  it('names no owner and no risk in the external variant', () => {
    const report = buildIncidentReport(reportInput({ variant: 'external' }));
    expect(parsed(actionItemsCsv(report, englishLabels))).toEqual([
      ['Title', 'Type', 'Status', 'Due', 'Changes'],
      ['Update the breach SOP', 'SOP', 'Open', '2026-12-15', 'SOP: Data breach response'],
      ['Review supplier contracts', 'Prevent', 'Open', '2026-12-31', 'Risk register'],
    ]);
  });
});
