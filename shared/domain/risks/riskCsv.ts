import Papa from 'papaparse';
import { neutralizeFormula, utf8Bom } from '../csvCells';
import { comparableText, normalizeCalendarDate, parseCsvTable } from '../csvTable';
import type { CsvRow, CsvTableRefusal } from '../csvTable';
import type { Language } from '../settings';
import { crisisTypes } from '../crisisTypes';
import {
  confidenceLevels,
  referenceSequence,
  riskControlSchema,
  riskIndicatorSchema,
  riskInputSchema,
  riskStatuses,
  riskTreatments,
  emptyRiskInput,
} from './risk';
import type {
  Assessment,
  DimensionRatings,
  Risk,
  RiskImportEntry,
  RiskInput,
  ScoreSource,
} from './risk';
import { impactDimensions } from './riskMatrix';
import type { ImpactDimension, RiskMatrix } from './riskMatrix';
import { nextReviewOn } from './reviews';
import { matrixFitIssues, normalizeAssessment, resolveScores } from './scoring';

/** The shared cell rules, still offered here for the register's existing callers. */
export { restoreFormula, utf8Bom } from '../csvCells';

/** Longest custom category name (as `customRiskCategorySchema` allows). */
const maxCategoryNameLength = 60;

/**
 * The risk register as CSV, both ways. Export writes one row per risk under a header of stable
 * English column ids (a translated header would not map back on import); import reads any CSV,
 * maps its columns to those fields (by id or by common English and Chinese header names) and
 * turns every row into an import entry with the reasons it would be refused, so the UI can show
 * them per row before anything is written.
 *
 * Conventions a user may rely on (the import dialog's help text repeats them):
 * - `category` holds the built-in category id (`supply-chain`) or a custom category's name.
 *   Import accepts either, or a built-in's translated name; an unknown name becomes a new custom
 *   category when the import is committed.
 * - `controls_json`, `indicators_json` and the `*_dimensions_json` columns hold JSON so a round
 *   trip keeps every control, indicator and per-dimension rating.
 * - Scores, levels and the next review day are computed on export and ignored on import.
 * - Cells that a spreadsheet would run as a formula (leading `= + - @`, tab, CR or NUL) get a
 *   leading apostrophe, and so do cells that already start with one; import removes exactly one
 *   apostrophe before any of those characters, so every value survives the round trip.
 *
 * Pure: no DOM, no storage. Decoding the file's bytes is the renderer's job.
 */

/** Every column of an exported register, in file order. */
export const riskCsvColumns = [
  'reference',
  'title',
  'description',
  'category',
  'owner',
  'stakeholders',
  'crisis_type',
  'status',
  'confidence',
  'treatment',
  'inherent_likelihood',
  'inherent_impact',
  'inherent_financial',
  'inherent_reputation',
  'inherent_legal',
  'inherent_operations',
  'inherent_people',
  'current_mode',
  'current_likelihood',
  'current_impact',
  'current_dimensions_json',
  'target_mode',
  'target_likelihood',
  'target_impact',
  'target_dimensions_json',
  'inherent_score',
  'inherent_level',
  'current_score',
  'current_level',
  'target_score',
  'target_level',
  'review_interval_days',
  'last_reviewed_on',
  'next_review_on',
  'acceptance_approver',
  'acceptance_justification',
  'accepted_on',
  'acceptance_expires_on',
  'controls_json',
  'indicators_json',
  'created_at',
  'updated_at',
] as const;

/** One of {@link riskCsvColumns}. */
export type RiskCsvColumn = (typeof riskCsvColumns)[number];

/** Columns computed on export from the matrix and the review rules; import ignores them. */
export const exportOnlyRiskCsvColumns = [
  'inherent_score',
  'inherent_level',
  'current_score',
  'current_level',
  'target_score',
  'target_level',
  'next_review_on',
] as const satisfies readonly RiskCsvColumn[];

/** A column import reads: every column except the computed ones. */
export type RiskCsvField = Exclude<RiskCsvColumn, (typeof exportOnlyRiskCsvColumns)[number]>;

/** The fields import reads, in file order. */
export const riskCsvFields: readonly RiskCsvField[] = riskCsvColumns.filter(
  (column): column is RiskCsvField =>
    !(exportOnlyRiskCsvColumns as readonly string[]).includes(column),
);

/** Fields a row cannot be imported without. */
export const requiredRiskCsvFields = [
  'title',
  'inherent_likelihood',
  'inherent_impact',
] as const satisfies readonly RiskCsvField[];

/** Separator of stakeholders within one cell. */
export const stakeholderSeparator = '; ';

/** What export needs besides the risks. */
export type RiskCsvExportContext = {
  matrix: RiskMatrix;
  /** Language of the level names in the computed `*_level` columns. */
  language: Language;
  /** The name of a custom category id, or null when the id is not a custom category. */
  customCategoryName: (categoryId: string) => string | null;
};

/** An integer cell: empty for none. */
function integerCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Only the rated dimensions, in the fixed dimension order, as JSON; empty when none is rated. */
function dimensionsCell(dimensions: DimensionRatings): string {
  const rated = impactDimensions.flatMap((dimension) => {
    const level = dimensions[dimension];
    return level === undefined ? [] : [[dimension, level] as const];
  });
  return rated.length === 0 ? '' : JSON.stringify(Object.fromEntries(rated));
}

/** The cells of one risk, by column, before formula neutralisation. */
export function riskCsvRow(
  risk: Risk,
  context: RiskCsvExportContext,
): Record<RiskCsvColumn, string> {
  const { matrix, language } = context;
  const scores = resolveScores(risk, matrix);
  const manual = (source: ScoreSource) => (source.mode === 'manual' ? source.assessment : null);
  const current = manual(risk.current);
  const target = manual(risk.target);
  return {
    reference: risk.reference,
    title: risk.title,
    description: risk.description,
    category: context.customCategoryName(risk.categoryId) ?? risk.categoryId,
    owner: risk.owner,
    stakeholders: risk.stakeholders.join(stakeholderSeparator),
    crisis_type: risk.crisisType ?? '',
    status: risk.status,
    confidence: risk.confidence,
    treatment: risk.treatment,
    inherent_likelihood: String(risk.inherent.likelihood),
    inherent_impact: String(risk.inherent.impact),
    inherent_financial: integerCell(risk.inherent.dimensions.financial),
    inherent_reputation: integerCell(risk.inherent.dimensions.reputation),
    inherent_legal: integerCell(risk.inherent.dimensions.legal),
    inherent_operations: integerCell(risk.inherent.dimensions.operations),
    inherent_people: integerCell(risk.inherent.dimensions.people),
    current_mode: risk.current.mode,
    current_likelihood: integerCell(current?.likelihood),
    current_impact: integerCell(current?.impact),
    current_dimensions_json: current === null ? '' : dimensionsCell(current.dimensions),
    target_mode: risk.target.mode,
    target_likelihood: integerCell(target?.likelihood),
    target_impact: integerCell(target?.impact),
    target_dimensions_json: target === null ? '' : dimensionsCell(target.dimensions),
    inherent_score: String(scores.inherent.score),
    inherent_level: scores.inherent.band.label[language],
    current_score: String(scores.current.score),
    current_level: scores.current.band.label[language],
    target_score: String(scores.target.score),
    target_level: scores.target.band.label[language],
    review_interval_days: integerCell(risk.reviewIntervalDays),
    last_reviewed_on: risk.lastReviewedOn ?? '',
    next_review_on: nextReviewOn(risk, matrix),
    acceptance_approver: risk.acceptance?.approver ?? '',
    acceptance_justification: risk.acceptance?.justification ?? '',
    accepted_on: risk.acceptance?.acceptedOn ?? '',
    acceptance_expires_on: risk.acceptance?.expiresOn ?? '',
    controls_json: JSON.stringify(risk.controls),
    indicators_json: JSON.stringify(risk.indicators),
    created_at: new Date(risk.createdAt).toISOString(),
    updated_at: new Date(risk.updatedAt).toISOString(),
  };
}

/**
 * The register as CSV text: BOM, English column ids, one row per risk, CRLF line ends (what
 * spreadsheets write and expect), every cell a spreadsheet could run as a formula neutralised.
 */
export function risksToCsv(risks: readonly Risk[], context: RiskCsvExportContext): string {
  const rows = risks.map((risk) => {
    const row = riskCsvRow(risk, context);
    return riskCsvColumns.map((column) => neutralizeFormula(row[column]));
  });
  const csv = Papa.unparse({ fields: [...riskCsvColumns], data: rows }, { newline: '\r\n' });
  return `${utf8Bom}${csv}\r\n`;
}

/** The suggested file name of an export made on `today` (`YYYY-MM-DD`). */
export function riskCsvFileName(today: string): string {
  return `risk-register-${today}.csv`;
}

/** One data row of a parsed file: its row number as a spreadsheet shows it (header = 1). */
export type RiskCsvRow = CsvRow;

/** A parsed CSV file: its header cells and its non-empty data rows. */
export type RiskCsvTable = { headers: string[]; rows: RiskCsvRow[]; problems: RiskCsvIssue[] };

/** Why a row (or the file, when `field` is null) cannot be imported as it is. */
export type RiskCsvIssue = {
  /** Row as a spreadsheet numbers it (the header is row 1); null when no row is to blame. */
  rowNumber: number | null;
  field: RiskCsvField | null;
  /** A `risks.validation.*` code, or `csv-quotes` for a quote that is never closed. */
  code: string;
};

/**
 * Most columns a row may have. The mapping step offers every column for every field, so a line
 * of a few million commas would render millions of options; a register has about 40 columns.
 */
export const maxRiskCsvColumns = 200;

/**
 * Most data rows one file may hold. Every row is read, checked against the register and written
 * in one transaction; a register far larger than this is better imported in parts.
 */
export const maxRiskCsvRows = 20_000;

/** Why a whole file is refused before its columns are mapped (the limits are {@link maxRiskCsvColumns} and {@link maxRiskCsvRows}). */
export type RiskCsvRefusal = CsvTableRefusal;

/** What {@link parseRiskCsv} made of a file: its table, or why there is none. */
export type RiskCsvParse =
  { ok: true; table: RiskCsvTable } | { ok: false; refusal: RiskCsvRefusal };

/**
 * Parses CSV text (comma, tab, semicolon or bar, as the header line shows) into a header and data rows. Blank lines
 * are dropped but still counted, so row numbers match the file; a leading BOM is ignored; every
 * cell has its neutralising apostrophe removed. Refuses a file without a header, with a row of
 * more than {@link maxRiskCsvColumns} cells or with more than {@link maxRiskCsvRows} data rows:
 * parsing stops at the first row over a limit, so a huge file costs no more than that row.
 */
export function parseRiskCsv(text: string): RiskCsvParse {
  const parse = parseCsvTable(text, { maxColumns: maxRiskCsvColumns, maxRows: maxRiskCsvRows });
  if (!parse.ok) return parse;
  const problems = parse.unclosedQuoteRows.map((rowNumber): RiskCsvIssue => ({
    rowNumber,
    field: null,
    code: 'csv-quotes',
  }));
  return { ok: true, table: { headers: parse.headers, rows: parse.rows, problems } };
}

/** For each field, the index of the file column it is read from, or null when it is not read. */
export type RiskCsvMapping = Record<RiskCsvField, number | null>;

/**
 * Header names other tools and people commonly use for each field, besides its column id. The
 * comparison ignores case, width, spaces, `_` and `-`.
 */
const headerSynonyms: Partial<Record<RiskCsvField, readonly string[]>> = {
  reference: ['ref', 'id', 'risk id', 'risk reference', '編號', '编号', '風險編號', '风险编号'],
  title: ['title', 'risk', 'risk title', 'name', '標題', '标题', '風險', '风险', '名稱', '名称'],
  description: ['description', 'details', '說明', '描述', '详情', '詳情'],
  category: ['category', 'risk category', '類別', '类别', '分類', '分类', '風險類別', '风险类别'],
  owner: ['owner', 'risk owner', '負責人', '负责人', '風險負責人', '风险负责人'],
  stakeholders: ['stakeholders', '利害關係人', '利益相关方', '利害关系人', '相關人員', '相关人员'],
  crisis_type: ['crisis type', '危機類型', '危机类型'],
  status: ['status', '狀態', '状态'],
  confidence: ['confidence', '信心', '置信度', '評估信心', '评估置信度'],
  treatment: ['treatment', 'response', '處理方式', '应对方式', '處置', '处置', '应对'],
  inherent_likelihood: [
    'likelihood',
    'probability',
    'inherent likelihood',
    '可能性',
    '發生可能性',
    '发生可能性',
    '機率',
    '概率',
    '可能性等級',
    '可能性等级',
  ],
  inherent_impact: [
    'impact',
    'severity',
    'consequence',
    'inherent impact',
    '影響',
    '影响',
    '影響程度',
    '影响程度',
    '衝擊',
    '冲击',
    '嚴重性',
    '严重性',
    '严重程度',
    '嚴重程度',
  ],
  review_interval_days: ['review interval', 'review interval (days)', '審查週期', '评审周期'],
  last_reviewed_on: ['last reviewed', 'last review', '上次審查', '上次评审'],
  acceptance_approver: ['approver', '核准人', '批准人'],
  acceptance_justification: ['justification', '接受理由', '理由'],
  accepted_on: ['accepted on', '接受日期'],
  acceptance_expires_on: ['expires on', 'acceptance expiry', '到期日', '到期日期'],
  created_at: ['created', 'created at', '建立時間', '创建时间'],
  updated_at: ['updated', 'updated at', '更新時間', '更新时间'],
};

/** A header or choice reduced to what people mean: width, case, spaces, `_` and `-` ignored. */
function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
}

/**
 * The columns each field is read from, guessed from the file's headers: the column id itself
 * first, then a common synonym. A column is used for one field at most.
 */
export function autoMapRiskCsv(headers: readonly string[]): RiskCsvMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(riskCsvFields.map((field) => [field, null])) as Record<
    RiskCsvField,
    number | null
  >;
  const claim = (field: RiskCsvField, candidates: readonly string[]) => {
    if (mapping[field] !== null) return;
    for (const candidate of candidates) {
      const index = keys.findIndex((key, at) => key === headerKey(candidate) && !taken.has(at));
      if (index !== -1) {
        mapping[field] = index;
        taken.add(index);
        return;
      }
    }
  };
  for (const field of riskCsvFields) claim(field, [field]);
  for (const field of riskCsvFields) claim(field, headerSynonyms[field] ?? []);
  return mapping;
}

/** Fields whose value is one of a fixed set of ids. */
export type RiskCsvChoiceField = 'crisis_type' | 'status' | 'confidence' | 'treatment';

/**
 * Names users may write instead of ids, per choice field and id (the translated names in every
 * app language), so a register typed by hand in Chinese imports too.
 */
export type RiskCsvChoiceLabels = Partial<
  Record<RiskCsvChoiceField, Readonly<Record<string, readonly string[]>>>
>;

/** What import needs besides the file. */
export type RiskCsvImportContext = {
  /** The current matrix: levels are checked against its size, level names looked up in it. */
  matrix: RiskMatrix;
  /**
   * The id of the category a cell names (a built-in id or translated name, or an existing custom
   * category's name); null when no category has that name, so a new one will be added.
   */
  findCategory: (value: string) => string | null;
  choiceLabels?: RiskCsvChoiceLabels;
  /** A fresh id (`custom-…`) for a category the import adds; injected so tests are repeatable. */
  newCategoryId: () => string;
};

/** One row turned into an entry, with the reasons it would be refused. */
export type RiskCsvImportRow = {
  rowNumber: number;
  entry: RiskImportEntry;
  issues: RiskCsvIssue[];
};

/** A whole file turned into entries. */
export type RiskCsvImport = {
  rows: RiskCsvImportRow[];
  /**
   * Categories no category has yet, in order of first use, with the ids the entries already
   * carry: the commit stores them together with the risks.
   */
  newCategories: { id: string; name: string }[];
  /** Problems of the file itself (an unclosed quote), by row. */
  problems: RiskCsvIssue[];
};

/** The reasons an ISO 8601 instant is parsed; anything else is refused rather than guessed. */
const isoInstantPattern =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Builds one entry from a row, collecting issues instead of throwing. */
class RowReader {
  readonly issues: RiskCsvIssue[] = [];

  constructor(
    private readonly row: RiskCsvRow,
    private readonly mapping: RiskCsvMapping,
    private readonly context: RiskCsvImportContext,
  ) {}

  /** The trimmed cell of a field; empty when the field is not mapped or the row is short. */
  cell(field: RiskCsvField): string {
    const index = this.mapping[field];
    return index === null ? '' : (this.row.cells[index] ?? '').trim();
  }

  report(field: RiskCsvField | null, code: string): void {
    this.issues.push({ rowNumber: this.row.rowNumber, field, code });
  }

  /** A level: a whole number (any width) or a level name of the axis in any language. */
  level(field: RiskCsvField, axis: 'likelihood' | 'impact', isRequired: boolean): number | null {
    const value = this.cell(field);
    if (value === '') {
      if (isRequired) this.report(field, 'required');
      return null;
    }
    const normalized = value.normalize('NFKC').trim();
    if (/^\d+$/u.test(normalized)) {
      const level = Number(normalized);
      if (level < 1) this.report(field, 'level-range');
      return level < 1 ? null : level;
    }
    const labels =
      axis === 'likelihood'
        ? this.context.matrix.likelihoodLabels
        : this.context.matrix.impactLabels;
    const key = comparableText(value);
    const index = labels.findIndex((label) =>
      Object.values(label).some((name) => comparableText(name) === key),
    );
    if (index === -1) {
      this.report(field, 'level-range');
      return null;
    }
    return index + 1;
  }

  /** A choice by id or by one of its names; the fallback (and an issue) when it is none. */
  choice<T extends string>(field: RiskCsvChoiceField, ids: readonly T[], fallback: T): T {
    const value = this.cell(field);
    if (value === '') return fallback;
    const key = comparableText(value);
    const labels = this.context.choiceLabels?.[field] ?? {};
    const found = ids.find(
      (id) => id === key || (labels[id] ?? []).some((label) => comparableText(label) === key),
    );
    if (found === undefined) {
      this.report(field, 'unknown-value');
      return fallback;
    }
    return found;
  }

  /** A whole number of days, or null when empty. */
  integer(field: RiskCsvField): number | null {
    const value = this.cell(field).normalize('NFKC');
    if (value === '') return null;
    if (!/^-?\d+$/u.test(value)) {
      this.report(field, 'number-format');
      return null;
    }
    return Number(value);
  }

  /** A JSON value, or undefined (with an issue) when the cell is not JSON. */
  json(field: RiskCsvField): unknown {
    const value = this.cell(field);
    if (value === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      this.report(field, 'invalid');
      return undefined;
    }
  }

  /** An instant in epoch ms, or null when empty. */
  instant(field: 'created_at' | 'updated_at'): number | null {
    const value = this.cell(field);
    if (value === '') return null;
    const time = isoInstantPattern.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      this.report(field, 'date-format');
      return null;
    }
    return time;
  }

  /** Per-dimension levels from a JSON object cell (`{"financial":3}`). */
  dimensionsFromJson(
    field: 'current_dimensions_json' | 'target_dimensions_json',
  ): DimensionRatings {
    const value = this.json(field);
    if (value === undefined) return {};
    const dimensions: DimensionRatings = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report(field, 'invalid');
      return dimensions;
    }
    for (const [key, level] of Object.entries(value)) {
      const dimension = impactDimensions.find((name) => name === key);
      if (dimension === undefined || typeof level !== 'number' || !Number.isInteger(level)) {
        this.report(field, 'invalid');
        continue;
      }
      dimensions[dimension] = level;
    }
    return dimensions;
  }

  /** A current or target score source: manual when a mode says so or levels are given. */
  source(kind: 'current' | 'target'): ScoreSource {
    const modeField = kind === 'current' ? 'current_mode' : 'target_mode';
    const likelihoodField = kind === 'current' ? 'current_likelihood' : 'target_likelihood';
    const impactField = kind === 'current' ? 'current_impact' : 'target_impact';
    const dimensionsField =
      kind === 'current' ? 'current_dimensions_json' : 'target_dimensions_json';
    const mode = comparableText(this.cell(modeField));
    const hasLevels = this.cell(likelihoodField) !== '' || this.cell(impactField) !== '';
    if (mode !== '' && mode !== 'derived' && mode !== 'manual') {
      this.report(modeField, 'unknown-value');
    }
    if (mode === 'derived' || (mode !== 'manual' && !hasLevels)) {
      return { mode: 'derived' };
    }
    const assessment = this.assessment(
      likelihoodField,
      impactField,
      this.dimensionsFromJson(dimensionsField),
    );
    return { mode: 'manual', assessment };
  }

  /** An assessment with its impact rolled up from the dimensions, as it is stored. */
  assessment(
    likelihoodField: RiskCsvField,
    impactField: RiskCsvField,
    dimensions: DimensionRatings,
  ): Assessment {
    const hasDimensions = Object.keys(dimensions).length > 0;
    const likelihood = this.level(likelihoodField, 'likelihood', true) ?? 1;
    const impact = this.level(impactField, 'impact', !hasDimensions) ?? 1;
    return normalizeAssessment({ likelihood, impact, dimensions }, this.context.matrix);
  }
}

/** Maps a path of a risk input issue to the column it came from. */
function fieldOfPath(path: readonly PropertyKey[]): RiskCsvField | null {
  const [head, second, third] = path.map(String);
  switch (head) {
    case 'title':
    case 'description':
    case 'owner':
    case 'stakeholders':
    case 'status':
    case 'confidence':
    case 'treatment':
      return head;
    case 'categoryId':
      return 'category';
    case 'crisisType':
      return 'crisis_type';
    case 'reviewIntervalDays':
      return 'review_interval_days';
    case 'lastReviewedOn':
      return 'last_reviewed_on';
    case 'controls':
      return 'controls_json';
    case 'indicators':
      return 'indicators_json';
    case 'acceptance':
      return second === 'approver'
        ? 'acceptance_approver'
        : second === 'justification'
          ? 'acceptance_justification'
          : second === 'acceptedOn'
            ? 'accepted_on'
            : 'acceptance_expires_on';
    case 'inherent':
      return second === 'likelihood'
        ? 'inherent_likelihood'
        : second === 'dimensions' && third !== undefined
          ? (`inherent_${third}` as RiskCsvField)
          : 'inherent_impact';
    case 'current':
    case 'target': {
      const level = path[2] === undefined ? 'impact' : String(path[2]);
      if (level === 'dimensions') return `${head}_dimensions_json`;
      return level === 'likelihood' ? `${head}_likelihood` : `${head}_impact`;
    }
    default:
      return null;
  }
}

/** Issue codes the domain schemas use; zod's own messages (sentences) become `invalid`. */
function issueCode(message: string): string {
  return /^[a-z]+(?:-[a-z]+)*$/u.test(message) ? message : 'invalid';
}

/** The column of an issue path as `checkRiskImport`/`importRisks` report it (`<index>.<field>`). */
export function riskCsvFieldOfIssuePath(path: string): RiskCsvField | null {
  const parts = path.split('.').slice(1);
  if (parts[0] === 'reference') return 'reference';
  if (parts[0] === 'createdAt') return 'created_at';
  if (parts[0] === 'updatedAt') return 'updated_at';
  return fieldOfPath(parts[0] === 'input' ? parts.slice(1) : parts);
}

/** Reads one row into an entry. */
function importRow(
  row: RiskCsvRow,
  mapping: RiskCsvMapping,
  context: RiskCsvImportContext,
  newCategories: { id: string; name: string }[],
): RiskCsvImportRow {
  const reader = new RowReader(row, mapping, context);
  const input = emptyRiskInput();
  input.status = 'open';
  input.title = reader.cell('title');
  if (input.title === '') reader.report('title', 'required');
  input.description = reader.cell('description');
  input.owner = reader.cell('owner');
  input.stakeholders = reader
    .cell('stakeholders')
    .split(/[;；]/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');

  const category = reader.cell('category');
  if (category !== '') {
    const found = context.findCategory(category);
    if (found !== null) {
      input.categoryId = found;
    } else {
      const key = comparableText(category);
      let added = newCategories.find(({ name }) => comparableText(name) === key);
      if (added === undefined) {
        added = { id: context.newCategoryId(), name: category };
        newCategories.push(added);
      }
      input.categoryId = added.id;
      if (category.length > maxCategoryNameLength) reader.report('category', 'too-long');
    }
  }

  const crisisType = reader.choice('crisis_type', [...crisisTypes, ''] as const, '');
  input.crisisType = crisisType === '' ? null : crisisType;
  input.status = reader.choice('status', riskStatuses, 'open');
  input.confidence = reader.choice('confidence', confidenceLevels, 'medium');
  input.treatment = reader.choice('treatment', riskTreatments, 'mitigate');

  const dimensions: DimensionRatings = {};
  for (const dimension of impactDimensions) {
    const level = reader.level(`inherent_${dimension}` satisfies RiskCsvField, 'impact', false);
    if (level !== null) dimensions[dimension satisfies ImpactDimension] = level;
  }
  input.inherent = reader.assessment('inherent_likelihood', 'inherent_impact', dimensions);
  input.current = reader.source('current');
  input.target = reader.source('target');

  input.reviewIntervalDays = reader.integer('review_interval_days');
  const lastReviewedOn = reader.cell('last_reviewed_on');
  input.lastReviewedOn = lastReviewedOn === '' ? null : normalizeCalendarDate(lastReviewedOn);

  const acceptance = {
    approver: reader.cell('acceptance_approver'),
    justification: reader.cell('acceptance_justification'),
    acceptedOn: normalizeCalendarDate(reader.cell('accepted_on')),
    expiresOn: normalizeCalendarDate(reader.cell('acceptance_expires_on')),
  };
  input.acceptance = Object.values(acceptance).every((value) => value === '') ? null : acceptance;

  const controls = riskControlSchema.array().safeParse(reader.json('controls_json') ?? []);
  if (controls.success) input.controls = controls.data;
  else reader.report('controls_json', issueCode(controls.error.issues[0]?.message ?? ''));
  const indicators = riskIndicatorSchema.array().safeParse(reader.json('indicators_json') ?? []);
  if (indicators.success) input.indicators = indicators.data;
  else reader.report('indicators_json', issueCode(indicators.error.issues[0]?.message ?? ''));

  const createdAt = reader.instant('created_at');
  const updatedAt = reader.instant('updated_at');
  const reference = reader.cell('reference');

  const checked = riskInputSchema.safeParse(input);
  const reported = new Set(reader.issues.map((issue) => issue.field));
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = fieldOfPath(issue.path);
      // One message per field: a field already refused while reading says why more precisely.
      if (!reported.has(field)) {
        reader.report(field, issueCode(issue.message));
        reported.add(field);
      }
    }
  }
  for (const issue of matrixFitIssues(input, context.matrix)) {
    const [kind] = issue.path;
    const fields =
      kind === 'inherent'
        ? (['inherent_likelihood', 'inherent_impact'] as const)
        : kind === 'current'
          ? (['current_likelihood', 'current_impact'] as const)
          : (['target_likelihood', 'target_impact'] as const);
    const assessment = kind === 'inherent' ? input.inherent : manualAssessment(input, kind);
    const field =
      assessment !== null && assessment.likelihood > context.matrix.size ? fields[0] : fields[1];
    if (!reported.has(field)) {
      reader.report(field, issue.code);
      reported.add(field);
    }
  }

  return {
    rowNumber: row.rowNumber,
    entry: {
      reference: referenceSequence(reference) === null ? null : reference,
      input: checked.success ? checked.data : input,
      createdAt,
      updatedAt,
    },
    issues: reader.issues,
  };
}

/** The manual assessment of a current or target score, or null when it is derived. */
function manualAssessment(input: RiskInput, kind: unknown): Assessment | null {
  const source = kind === 'target' ? input.target : input.current;
  return source.mode === 'manual' ? source.assessment : null;
}

/**
 * Turns every row of a parsed file into an import entry with its issues, reading each field from
 * its mapped column. Missing optional fields take the defaults of a new risk, except the status,
 * which is `open`: an imported register is one being managed.
 */
export function importRiskCsv(
  table: RiskCsvTable,
  mapping: RiskCsvMapping,
  context: RiskCsvImportContext,
): RiskCsvImport {
  const newCategories: { id: string; name: string }[] = [];
  const rows = table.rows.map((row) => importRow(row, mapping, context, newCategories));
  return { rows, newCategories, problems: table.problems };
}
