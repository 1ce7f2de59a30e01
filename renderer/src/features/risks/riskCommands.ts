import {
  builtInRiskCategories,
  customCategoryIdPrefix,
  customRiskCategorySchema,
} from '../../../../shared/domain/risks/riskCategories';
import {
  referenceSequence,
  riskInputSchema,
  riskReviewSchema,
} from '../../../../shared/domain/risks/risk';
import type {
  Risk,
  RiskImportEntry,
  RiskInput,
  RiskReview,
  ScoreSource,
} from '../../../../shared/domain/risks/risk';
import { riskMatrixSchema } from '../../../../shared/domain/risks/riskMatrix';
import type { RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { matrixFitIssues, normalizeAssessment } from '../../../../shared/domain/risks/scoring';
import {
  appendReview,
  insertCustomCategory,
  insertImportedRisks,
  insertRisk,
  moveRiskToBin,
  purgeRiskRow,
  putSavedView,
  readCustomCategories,
  readRisk,
  readTakenReferences,
  removeCustomCategory,
  removeSavedView,
  replaceRisk,
  restoreRiskFromBin,
  saveMatrixAndRescale,
} from '../../db/repositories/riskRepository';
import { readSetting } from '../../db/repositories/settingsRepository';
import { announce, attemptWrite, fieldIssueConverter, formFailure } from '../../lib/commandResult';
import type { CommandResult, FieldIssue } from '../../lib/commandResult';
import type { MessageKey } from '../../i18n/messageKeys';
import {
  riskDomainEn,
  riskDomainZhCN,
  riskDomainZhTW,
} from '../../i18n/resources/risks/riskDomainMessages';
import type { RiskCategoryOption, SavedView } from './useRiskData';

/**
 * The risk register's commands: each validates with the shared schemas and scoring rules, then
 * writes through the repository. Invalid input writes nothing and comes back as field issues the
 * forms show in the user's language; a failed write comes back the same way, on the whole form.
 */

export type { CommandResult, FieldIssue } from '../../lib/commandResult';

/** True when `code` has its own message under `risks.validation`. */
function isValidationCode(code: string): code is keyof typeof riskDomainEn.validation {
  return Object.hasOwn(riskDomainEn.validation, code);
}

/**
 * The message of an issue code: `risks.validation.<code>`, `errors.<code>` for a failed write, or
 * the generic "not valid" message for a code without its own text.
 */
export function fieldIssueMessageKey(code: string): MessageKey {
  if (isValidationCode(code)) {
    return `risks.validation.${code}`;
  }
  if (code === 'storage-full' || code === 'write-failed' || code === 'invalid-value') {
    return `errors.${code}`;
  }
  return 'risks.validation.invalid';
}

/** Field issues of a zod error, under `prefix` (an import entry's index). */
export const toFieldIssues = fieldIssueConverter(isValidationCode);

/** Runs a write, turning a thrown storage error into a failed result. */
const attempt = attemptWrite;

/** The result of a write that touched a risk that does not exist. */
function notFound(): { ok: false; issues: FieldIssue[] } {
  return formFailure('not-found');
}

/** Ratings with each impact recomputed from its dimensions, as they are stored. */
function normalizeRatings(input: RiskInput, matrix: RiskMatrix): RiskInput {
  const normalizeSource = (source: ScoreSource): ScoreSource =>
    source.mode === 'manual'
      ? { mode: 'manual', assessment: normalizeAssessment(source.assessment, matrix) }
      : source;
  return {
    ...input,
    inherent: normalizeAssessment(input.inherent, matrix),
    current: normalizeSource(input.current),
    target: normalizeSource(input.target),
  };
}

/**
 * Validates a risk input against the schema and the current matrix; the normalised input, or the
 * issues (paths under `prefix`).
 */
function validateInput(
  input: unknown,
  matrix: RiskMatrix,
  prefix = '',
): { ok: true; value: RiskInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = riskInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: toFieldIssues(parsed.error.issues, prefix) };
  }
  const fitIssues = matrixFitIssues(parsed.data, matrix).map(({ path, code }) => ({
    path: [prefix, ...path.map(String)].filter((part) => part !== '').join('.'),
    code,
  }));
  if (fitIssues.length > 0) {
    return { ok: false, issues: fitIssues };
  }
  return { ok: true, value: normalizeRatings(parsed.data, matrix) };
}

/** Stores a new risk with the next reference. */
export function createRisk(input: RiskInput): Promise<CommandResult<Risk>> {
  return attempt(async () => {
    const matrix = await readSetting('riskMatrix');
    const validated = validateInput(input, matrix);
    if (!validated.ok) {
      return validated;
    }
    return { ok: true, value: await insertRisk(validated.value, matrix, Date.now()) };
  });
}

/** Saves a risk's edited input; score moves and edited fields go to its timeline. */
export function updateRisk(id: string, input: RiskInput): Promise<CommandResult<Risk>> {
  return attempt(async () => {
    const matrix = await readSetting('riskMatrix');
    const validated = validateInput(input, matrix);
    if (!validated.ok) {
      return validated;
    }
    const saved = await replaceRisk(id, validated.value, matrix, Date.now());
    return saved === undefined ? notFound() : { ok: true, value: saved };
  });
}

/** Moves a risk to the recycle bin and offers to undo that from the notice it shows. */
export function deleteRisk(id: string): Promise<CommandResult<null>> {
  return attempt(async () => {
    const risk = await readRisk(id);
    if (risk === undefined || !(await moveRiskToBin(id, Date.now()))) {
      return notFound();
    }
    announce(
      'info',
      'risks.notices.deleted',
      { reference: risk.reference },
      { labelKey: 'notices.undo', run: () => void restoreRisk(id) },
    );
    return { ok: true, value: null };
  });
}

/** Takes a risk out of the recycle bin. */
export function restoreRisk(id: string): Promise<CommandResult<null>> {
  return attempt(async () => {
    const risk = await readRisk(id);
    if (risk === undefined || !(await restoreRiskFromBin(id, Date.now()))) {
      return notFound();
    }
    announce('success', 'risks.notices.restored', { reference: risk.reference });
    return { ok: true, value: null };
  });
}

/** Deletes a risk from the recycle bin for good, with its timeline. */
export function purgeRisk(id: string): Promise<CommandResult<null>> {
  return attempt(async () => {
    const risk = await readRisk(id);
    if (risk === undefined) {
      return notFound();
    }
    await purgeRiskRow(id);
    announce('info', 'risks.notices.purged', { reference: risk.reference });
    return { ok: true, value: null };
  });
}

/**
 * Records a review: the review log entry, the last review day (never moved back by an older
 * review) and, for the `closed` decision, the risk's status.
 */
export function addRiskReview(id: string, review: RiskReview): Promise<CommandResult<Risk>> {
  return attempt(async () => {
    const parsed = riskReviewSchema.safeParse(review);
    if (!parsed.success) {
      return { ok: false, issues: toFieldIssues(parsed.error.issues) };
    }
    const saved = await appendReview(id, parsed.data, Date.now());
    return saved === undefined ? notFound() : { ok: true, value: saved };
  });
}

/** A category name compared the way people read it: full-width = half-width, case ignored. */
function comparableName(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase();
}

/**
 * Adds a custom category, or returns the category that already has that name (ignoring case and
 * full-width forms): a custom one, or a built-in one named in any app language. So the same name
 * never appears twice.
 */
export function addRiskCategory(name: string): Promise<CommandResult<RiskCategoryOption>> {
  return attempt(async (): Promise<CommandResult<RiskCategoryOption>> => {
    const parsed = customRiskCategorySchema.safeParse({
      id: `${customCategoryIdPrefix}${crypto.randomUUID()}`,
      name,
    });
    if (!parsed.success) {
      return { ok: false, issues: toFieldIssues(parsed.error.issues) };
    }
    const wanted = comparableName(parsed.data.name);
    // A built-in category by its id or its name in any language is that category, not a new one:
    // a custom "Financial" would come back as the built-in one from a CSV file anyway.
    const builtIn = builtInRiskCategories.find((id) =>
      [
        id,
        riskDomainEn.categories[id],
        riskDomainZhTW.categories[id],
        riskDomainZhCN.categories[id],
      ]
        .map(comparableName)
        .includes(wanted),
    );
    if (builtIn !== undefined) {
      return { ok: true, value: { id: builtIn, isBuiltIn: true, customName: null } };
    }
    const existing = (await readCustomCategories()).find(
      (category) => comparableName(category.name) === wanted,
    );
    const row = existing ?? (await insertCustomCategory(parsed.data, Date.now()));
    return { ok: true, value: { id: row.id, isBuiltIn: false, customName: row.name } };
  });
}

/** Deletes a custom category; refused with `category-in-use` while any risk uses it. */
export function deleteRiskCategory(id: string): Promise<CommandResult<null>> {
  return attempt(async () =>
    (await removeCustomCategory(id))
      ? { ok: true, value: null }
      : { ok: false, issues: [{ path: '', code: 'category-in-use' }] },
  );
}

/**
 * Saves the risk matrix. Issues carry the matrix's own codes (`risks.matrix.errors.<code>`) or
 * the generic ones. A size change rescales every risk in the same transaction.
 */
export function saveRiskMatrix(matrix: RiskMatrix): Promise<CommandResult<RiskMatrix>> {
  return attempt(async () => {
    const parsed = riskMatrixSchema.safeParse(matrix);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          code:
            issue.code === 'custom'
              ? issue.message
              : (toFieldIssues([issue])[0]?.code ?? 'invalid'),
        })),
      };
    }
    const rescaled = await saveMatrixAndRescale(parsed.data, Date.now());
    if (rescaled > 0) {
      announce('success', 'risks.notices.matrixRescaled', { count: rescaled });
    } else {
      announce('success', 'risks.notices.matrixSaved', {});
    }
    return { ok: true, value: parsed.data };
  });
}

/** Longest saved-view name. */
const maxViewNameLength = 60;

/** Saves a named view of a table; the same name in the same area is replaced. */
export function saveView(
  area: string,
  name: string,
  state: unknown,
): Promise<CommandResult<SavedView>> {
  return attempt(async () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      return { ok: false, issues: [{ path: 'name', code: 'required' }] };
    }
    if (trimmed.length > maxViewNameLength) {
      return { ok: false, issues: [{ path: 'name', code: 'too-long' }] };
    }
    const row = await putSavedView(area, trimmed, state, Date.now());
    return {
      ok: true,
      value: { id: row.id, area, name: row.name, state: row.state, updatedAt: row.updatedAt },
    };
  });
}

/** Deletes a saved view. */
export function deleteView(id: string): Promise<CommandResult<null>> {
  return attempt(async () => {
    await removeSavedView(id);
    return { ok: true, value: null };
  });
}

/** A custom category an import introduces (id `custom-…`, made by the caller). */
export type NewRiskCategory = { id: string; name: string };

/**
 * The issues `importRisks` would refuse the entries for, without writing: each entry's fields
 * (paths `<index>.<field>`), levels beyond the matrix, and references already used (stored, in
 * the recycle bin, or twice in the file).
 */
export async function checkRiskImport(
  entries: readonly RiskImportEntry[],
  newCategories: readonly NewRiskCategory[] = [],
): Promise<FieldIssue[]> {
  const [matrix, taken] = await Promise.all([readSetting('riskMatrix'), readTakenReferences()]);
  const known = new Set(newCategories.map(({ id }) => id));
  for (const category of await readCustomCategories()) {
    known.add(category.id);
  }
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    const issues: FieldIssue[] = [];
    const validated = validateInput(entry.input, matrix, String(index));
    if (!validated.ok) {
      issues.push(...validated.issues);
    }
    const category = entry.input.categoryId;
    if (category.startsWith(customCategoryIdPrefix) && !known.has(category)) {
      issues.push({ path: `${index}.categoryId`, code: 'unknown-category' });
    }
    const reference = entry.reference;
    if (reference !== null && referenceSequence(reference) !== null) {
      if (taken.has(reference) || seen.has(reference)) {
        issues.push({ path: `${index}.reference`, code: 'reference-taken' });
      }
      seen.add(reference);
    }
    return issues;
  });
}

/**
 * Imports risks all or nothing: any issue in any entry refuses the whole import (see
 * {@link checkRiskImport}); otherwise every risk and every new category is stored in one
 * transaction, each risk with an `imported` event.
 */
export function importRisks(
  entries: readonly RiskImportEntry[],
  newCategories: readonly NewRiskCategory[] = [],
): Promise<CommandResult<number>> {
  return attempt(async () => {
    const issues = await checkRiskImport(entries, newCategories);
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const matrix = await readSetting('riskMatrix');
    const rows = entries.map((entry) => {
      const keepsReference =
        entry.reference !== null && referenceSequence(entry.reference) !== null;
      return {
        reference: keepsReference ? entry.reference : null,
        input: normalizeRatings(entry.input, matrix),
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
      };
    });
    const count = await insertImportedRisks(rows, newCategories, matrix, Date.now());
    announce('success', 'risks.notices.imported', { count });
    return { ok: true, value: count };
  });
}
