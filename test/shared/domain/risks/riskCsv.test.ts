import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyRiskInput } from '../../../../shared/domain/risks/risk';
import type { Risk, RiskInput } from '../../../../shared/domain/risks/risk';
import {
  autoMapRiskCsv,
  importRiskCsv,
  maxRiskCsvColumns,
  maxRiskCsvRows,
  parseRiskCsv,
  restoreFormula,
  riskCsvColumns,
  riskCsvFileName,
  risksToCsv,
} from '../../../../shared/domain/risks/riskCsv';
import type {
  RiskCsvExportContext,
  RiskCsvImportContext,
  RiskCsvTable,
} from '../../../../shared/domain/risks/riskCsv';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';

const matrix = defaultRiskMatrix();

/** A stored risk with every part filled in. */
function fullRisk(overrides: Partial<Risk> = {}): Risk {
  const input: RiskInput = {
    ...emptyRiskInput('supply-chain'),
    title: '若供應商延遲出貨，則生產線停擺 🚚',
    description: 'Line one\r\nline two, with "quotes" and a comma',
    owner: '王小明',
    stakeholders: ['採購部', 'Ops team'],
    crisisType: 'supply-chain',
    status: 'open',
    confidence: 'high',
    treatment: 'accept',
    inherent: { likelihood: 4, impact: 5, dimensions: { financial: 5, people: 2 } },
    current: {
      mode: 'manual',
      assessment: { likelihood: 3, impact: 4, dimensions: { legal: 4 } },
    },
    target: { mode: 'derived' },
    controls: [
      {
        id: 'c1',
        title: '第二供應商',
        owner: '李',
        dueDate: '2026-12-01',
        cost: 1200.5,
        effort: 'medium',
        effectiveness: 40,
        status: 'implemented',
      },
    ],
    acceptance: {
      approver: 'CEO',
      justification: '成本過高',
      acceptedOn: '2026-01-10',
      expiresOn: '2027-01-10',
    },
    reviewIntervalDays: 45,
    lastReviewedOn: '2026-02-03',
    indicators: [
      {
        id: 'i1',
        name: '交期延誤',
        metric: 'days late',
        threshold: 3,
        direction: 'above',
        currentValue: null,
        monitoringRuleIds: ['rule-1'],
      },
    ],
  };
  return {
    ...input,
    id: 'risk-1',
    reference: 'R-0001',
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
    updatedAt: Date.UTC(2026, 1, 3, 4, 5, 6, 789),
    deletedAt: null,
    ...overrides,
  };
}

const exportContext: RiskCsvExportContext = {
  matrix,
  language: 'en',
  customCategoryName: (id) => (id === 'custom-abc' ? 'Weather' : null),
};

/** An import context with deterministic new category ids. */
function importContext(overrides: Partial<RiskCsvImportContext> = {}): RiskCsvImportContext {
  let next = 0;
  return {
    matrix,
    findCategory: (value) =>
      value === 'supply-chain' ? 'supply-chain' : value === 'Weather' ? 'custom-abc' : null,
    newCategoryId: () => `custom-new-${(next += 1)}`,
    ...overrides,
  };
}

/** Parses CSV text, failing the test when the file is refused. */
function parse(text: string): RiskCsvTable {
  const parsed = parseRiskCsv(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.refusal.reason}`);
  return parsed.table;
}

/** Imports CSV text mapped automatically. */
function importText(text: string, context = importContext()) {
  const table = parse(text);
  return importRiskCsv(table, autoMapRiskCsv(table.headers), context);
}

/** The cells of the first data row of exported text, by column id (raw, as a spreadsheet sees them). */
function rawFirstRow(csv: string): Record<string, string> {
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
  const row = parsed.data[0];
  if (row === undefined) throw new Error('no row');
  return row;
}

describe('risksToCsv', () => {
  it('starts with a UTF-8 BOM, uses English column ids and CRLF line ends', () => {
    const csv = risksToCsv([fullRisk()], exportContext);
    expect(csv.startsWith('\uFEFFreference,title,description,category,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${riskCsvColumns.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(riskCsvFileName('2026-03-04')).toBe('risk-register-2026-03-04.csv');
  });

  it('writes computed scores, levels and the next review day', () => {
    const row = rawFirstRow(risksToCsv([fullRisk()], exportContext));
    expect(row.inherent_score).toBe('20');
    expect(row.inherent_level).toBe('Critical');
    expect(row.current_mode).toBe('manual');
    expect(row.current_score).toBe('12');
    expect(row.next_review_on).toBe('2026-03-20');
    expect(row.stakeholders).toBe('採購部; Ops team');
    expect(row.inherent_people).toBe('2');
    expect(row.inherent_legal).toBe('');
    expect(row.created_at).toBe('2026-01-02T03:04:05.678Z');
  });

  it('exports built-in category ids and custom category names', () => {
    const csv = risksToCsv(
      [fullRisk(), fullRisk({ id: 'risk-2', reference: 'R-0002', categoryId: 'custom-abc' })],
      exportContext,
    );
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.category)).toEqual(['supply-chain', 'Weather']);
  });

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\0cmd', "'\0cmd"],
    ["'quoted", "''quoted"],
  ])('neutralises a cell starting with %j', (title, written) => {
    const csv = risksToCsv([fullRisk({ title, owner: title })], exportContext);
    const row = rawFirstRow(csv);
    expect(row.title).toBe(written);
    expect(row.owner).toBe(written);
    // … and the import gives back exactly what was stored.
    const imported = importText(csv);
    expect(imported.rows[0]?.entry.input.owner).toBe(title.trim());
  });

  it('leaves other cells alone, including an apostrophe inside a value', () => {
    const row = rawFirstRow(risksToCsv([fullRisk({ owner: "O'Brien" })], exportContext));
    expect(row.owner).toBe("O'Brien");
    expect(restoreFormula("'hello")).toBe("'hello");
    expect(restoreFormula("''hello")).toBe("'hello");
    expect(restoreFormula("'=1")).toBe('=1');
  });

  it('survives export → import → export unchanged, Chinese text and emoji included', () => {
    const risks = [
      fullRisk(),
      fullRisk({
        id: 'risk-2',
        reference: 'R-0002',
        categoryId: 'custom-abc',
        title: '=1+1 looks like a formula 😀',
        current: { mode: 'derived' },
        target: { mode: 'manual', assessment: { likelihood: 1, impact: 2, dimensions: {} } },
        acceptance: null,
        reviewIntervalDays: null,
        lastReviewedOn: null,
        crisisType: null,
        stakeholders: [],
      }),
    ];
    const first = risksToCsv(risks, exportContext);
    const imported = importText(first);
    expect(imported.rows.flatMap((row) => row.issues)).toEqual([]);
    expect(imported.newCategories).toEqual([]);
    const again = imported.rows.map(({ entry }, index) => ({
      ...entry.input,
      id: `copy-${index}`,
      reference: entry.reference ?? '',
      createdAt: entry.createdAt ?? 0,
      updatedAt: entry.updatedAt ?? 0,
      deletedAt: null,
    }));
    expect(risksToCsv(again, exportContext)).toBe(first);
    expect(again[0]?.title).toBe('若供應商延遲出貨，則生產線停擺 🚚');
    expect(again[0]?.controls).toEqual(risks[0]?.controls);
    expect(again[0]?.current).toEqual(risks[0]?.current);
  });
});

describe('parseRiskCsv', () => {
  it('ignores a BOM and blank lines but keeps file row numbers', () => {
    const table = parse('\uFEFFtitle,likelihood,impact\r\nA,1,1\r\n\r\nB,2,2\r\n');
    expect(table.headers).toEqual(['title', 'likelihood', 'impact']);
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 4]);
  });

  it('refuses a file without a header', () => {
    expect(parseRiskCsv('')).toEqual({ ok: false, refusal: { reason: 'no-header' } });
    expect(parseRiskCsv('\r\nA,1,1\r\n')).toEqual({ ok: false, refusal: { reason: 'no-header' } });
  });

  it('reports a quote that is never closed on the row it opens', () => {
    const table = parse('title,likelihood,impact\nA,1,1\n\n"B,2,2\nC,3,3\n');
    expect(table.problems).toEqual([{ rowNumber: 4, field: null, code: 'csv-quotes' }]);
  });

  it(`accepts ${maxRiskCsvRows} data rows, blank lines not counted, and refuses one more`, () => {
    const rows = Array.from({ length: maxRiskCsvRows }, (_, index) => `Risk ${index},1,1`);
    // Blank lines between the rows: they count towards row numbers but not towards the limit.
    const atLimit = `title,likelihood,impact\n\n\n${rows.join('\n')}\n\n`;
    expect(parse(atLimit).rows).toHaveLength(maxRiskCsvRows);
    expect(parseRiskCsv(`${atLimit}One more,1,1\n`)).toEqual({
      ok: false,
      refusal: { reason: 'too-many-rows' },
    });
  });

  it('refuses a 5 MiB file of short rows', () => {
    const text = `t\n${'a\n'.repeat(2.5 * 1024 * 1024)}`;
    expect(parseRiskCsv(text)).toEqual({ ok: false, refusal: { reason: 'too-many-rows' } });
  });

  it(`accepts ${maxRiskCsvColumns} columns and refuses a row with more`, () => {
    const header = Array.from({ length: maxRiskCsvColumns }, (_, index) => `c${index}`).join(',');
    expect(parse(`${header}\n${'x,'.repeat(maxRiskCsvColumns - 1)}x\n`).headers).toHaveLength(
      maxRiskCsvColumns,
    );
    expect(parseRiskCsv(`${header},extra\nA\n`)).toEqual({
      ok: false,
      refusal: { reason: 'too-many-columns', rowNumber: 1 },
    });
    expect(parseRiskCsv(`${header}\nA\n\n${'x,'.repeat(maxRiskCsvColumns)}x\n`)).toEqual({
      ok: false,
      refusal: { reason: 'too-many-columns', rowNumber: 4 },
    });
  });

  it('refuses a 5 MiB line of commas', () => {
    expect(parseRiskCsv(','.repeat(5 * 1024 * 1024))).toEqual({
      ok: false,
      refusal: { reason: 'too-many-columns', rowNumber: 1 },
    });
  });
});

describe('autoMapRiskCsv', () => {
  it('maps Traditional and Simplified Chinese and English headers', () => {
    expect(autoMapRiskCsv(['標題', '類別', '負責人', '可能性', '影響'])).toMatchObject({
      title: 0,
      category: 1,
      owner: 2,
      inherent_likelihood: 3,
      inherent_impact: 4,
    });
    expect(autoMapRiskCsv(['标题', '类别', '负责人', '可能性', '影响'])).toMatchObject({
      title: 0,
      category: 1,
      owner: 2,
      inherent_likelihood: 3,
      inherent_impact: 4,
    });
    expect(autoMapRiskCsv(['Risk Title', 'Likelihood', 'Impact', 'Notes'])).toMatchObject({
      title: 0,
      inherent_likelihood: 1,
      inherent_impact: 2,
      description: null,
    });
  });

  it('prefers an exact column id over a synonym', () => {
    const mapping = autoMapRiskCsv(['impact', 'inherent_impact']);
    expect(mapping.inherent_impact).toBe(1);
  });
});

describe('importRiskCsv', () => {
  it('reads a hand-made Chinese file with names instead of ids', () => {
    const imported = importText(
      '標題,類別,負責人,可能性,影響,狀態\n供應商倒閉,supply-chain,陳,4,3,處理中\n',
      importContext({
        choiceLabels: { status: { open: ['Open', '處理中'], draft: [], closed: [] } },
      }),
    );
    const row = imported.rows[0];
    expect(row?.issues).toEqual([]);
    expect(row?.entry.input).toMatchObject({
      title: '供應商倒閉',
      categoryId: 'supply-chain',
      owner: '陳',
      status: 'open',
      inherent: { likelihood: 4, impact: 3, dimensions: {} },
    });
    expect(row?.entry.reference).toBeNull();
  });

  it('reports row issues with the row number of the file and the field', () => {
    const imported = importText(
      'title,likelihood,impact,status,last_reviewed_on\n' +
        'Fine,1,1,open,2026/3/5\n' +
        '\n' +
        ',2,2,open,\n' +
        'Bad level,7,x,unknown,2026-13-45\n',
    );
    expect(imported.rows.map((row) => row.rowNumber)).toEqual([2, 4, 5]);
    expect(imported.rows[0]?.issues).toEqual([]);
    expect(imported.rows[0]?.entry.input.lastReviewedOn).toBe('2026-03-05');
    expect(imported.rows[1]?.issues).toEqual([{ rowNumber: 4, field: 'title', code: 'required' }]);
    expect(imported.rows[2]?.issues).toEqual(
      expect.arrayContaining([
        { rowNumber: 5, field: 'inherent_likelihood', code: 'level-range' },
        { rowNumber: 5, field: 'inherent_impact', code: 'level-range' },
        { rowNumber: 5, field: 'status', code: 'unknown-value' },
        { rowNumber: 5, field: 'last_reviewed_on', code: 'date-format' },
      ]),
    );
  });

  it('refuses levels beyond the current matrix', () => {
    const small = defaultRiskMatrix(3);
    const imported = importText('title,likelihood,impact\nA,4,2\nB,2,5\nC,3,3\n', {
      ...importContext(),
      matrix: small,
    });
    expect(imported.rows.map((row) => row.issues)).toEqual([
      [{ rowNumber: 2, field: 'inherent_likelihood', code: 'level-beyond-matrix' }],
      [{ rowNumber: 3, field: 'inherent_impact', code: 'level-beyond-matrix' }],
      [],
    ]);
  });

  it('accepts level names of the matrix', () => {
    const imported = importText('title,likelihood,impact\nA,Likely,嚴重\n');
    expect(imported.rows[0]?.entry.input.inherent).toMatchObject({ likelihood: 4, impact: 5 });
  });

  it('adds each unknown category once, whatever its case or width', () => {
    const imported = importText(
      'title,category,likelihood,impact\nA,Weather,1,1\nB,Ｆloods,1,1\nC,floods,1,1\n',
    );
    expect(imported.newCategories).toEqual([{ id: 'custom-new-1', name: 'Ｆloods' }]);
    expect(imported.rows.map((row) => row.entry.input.categoryId)).toEqual([
      'custom-abc',
      'custom-new-1',
      'custom-new-1',
    ]);
  });

  it('reports controls that are not valid JSON', () => {
    const imported = importText('title,likelihood,impact,controls_json\nA,1,1,[{oops\n');
    expect(imported.rows[0]?.issues).toEqual([
      { rowNumber: 2, field: 'controls_json', code: 'invalid' },
    ]);
  });
});
