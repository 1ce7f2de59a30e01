import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customCategoryIdPrefix } from '../../../../../shared/domain/risks/riskCategories';
import { importRiskCsv, riskCsvFieldOfIssuePath } from '../../../../../shared/domain/risks/riskCsv';
import type {
  RiskCsvImport,
  RiskCsvIssue,
  RiskCsvMapping,
  RiskCsvTable,
} from '../../../../../shared/domain/risks/riskCsv';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAppStore } from '../../../stores/appStore';
import { checkRiskImport, importRisks } from '../riskCommands';
import type { FieldIssue } from '../riskCommands';
import { useRiskCategories, useRiskMatrix } from '../useRiskData';
import type { RiskCategoryOption } from '../useRiskData';
import { ImportIssueList } from './ImportIssueList';
import { ImportPreviewTable } from './ImportPreviewTable';
import { categoryFinder, riskCsvChoiceLabels } from './riskCsvContext';

/** Props of {@link ImportReviewStep}. */
export type ImportReviewStepProps = {
  table: RiskCsvTable;
  mapping: RiskCsvMapping;
  isCommitting: boolean;
  onCommittingChange: (isCommitting: boolean) => void;
  onBack: () => void;
  onCancel: () => void;
  /** Called after a successful import. */
  onDone: () => void;
};

/** An issue path that starts with an entry index (`3`, `3.title`), the index captured. */
const entryPathPattern = /^(\d+)(?:\.|$)/u;

/**
 * Turns the issues of `checkRiskImport`/`importRisks` (paths `<index>.<field>`) into row issues.
 * Any other path (a failed write has `''`) concerns the whole file, not a row.
 */
function toRowIssues(issues: readonly FieldIssue[], imported: RiskCsvImport): RiskCsvIssue[] {
  return issues.map((issue) => {
    const index = entryPathPattern.exec(issue.path)?.[1];
    const row = index === undefined ? undefined : imported.rows[Number(index)];
    return {
      rowNumber: row?.rowNumber ?? null,
      field: row === undefined ? null : riskCsvFieldOfIssuePath(issue.path),
      code: issue.code,
    };
  });
}

/** Row issues without repeats of the same field on the same row (the first, most precise, wins). */
function uniqueIssues(issues: readonly RiskCsvIssue[]): RiskCsvIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.rowNumber}\u0000${issue.field ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads the rows with the current matrix and categories (new categories get fresh ids). */
function readRows(
  table: RiskCsvTable,
  mapping: RiskCsvMapping,
  matrix: RiskMatrix,
  categories: readonly RiskCategoryOption[],
): RiskCsvImport {
  return importRiskCsv(table, mapping, {
    matrix,
    findCategory: categoryFinder(categories),
    choiceLabels: riskCsvChoiceLabels,
    newCategoryId: () => `${customCategoryIdPrefix}${crypto.randomUUID()}`,
  });
}

/**
 * Step 3 of an import: every row read and checked (its own fields here, then references and
 * categories against the stored register), a preview of the first rows as they will be stored,
 * the problems by row and field in the user's language, and the all-or-nothing commit, which
 * stays disabled while any problem remains.
 */
export function ImportReviewStep({
  table,
  mapping,
  isCommitting,
  onCommittingChange,
  onBack,
  onCancel,
  onDone,
}: ImportReviewStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
  const matrix = useRiskMatrix();
  const categories = useRiskCategories();
  const pushNotice = useAppStore((state) => state.pushNotice);
  // The categories are read once: a category the import itself adds must not re-read the rows.
  const [categoriesAtStart, setCategoriesAtStart] = useState<RiskCategoryOption[] | null>(null);
  if (categoriesAtStart === null && categories !== undefined) {
    setCategoriesAtStart(categories);
  }
  const imported = useMemo(
    () =>
      matrix === undefined || categoriesAtStart === null
        ? null
        : readRows(table, mapping, matrix, categoriesAtStart),
    [table, mapping, matrix, categoriesAtStart],
  );
  const [storedIssues, setStoredIssues] = useState<{
    for: RiskCsvImport;
    issues: RiskCsvIssue[];
  } | null>(null);

  useEffect(() => {
    if (imported === null) return;
    let isCurrent = true;
    void checkRiskImport(
      imported.rows.map(({ entry }) => entry),
      imported.newCategories,
    ).then((issues) => {
      if (isCurrent) setStoredIssues({ for: imported, issues: toRowIssues(issues, imported) });
    });
    return () => {
      isCurrent = false;
    };
  }, [imported]);

  const checkedIssues =
    imported !== null && storedIssues !== null && storedIssues.for === imported
      ? storedIssues.issues
      : null;
  const isChecked = checkedIssues !== null;
  const issues = useMemo(() => {
    if (imported === null) return [];
    const own = [...imported.problems, ...imported.rows.flatMap((row) => row.issues)];
    // Problems of the whole file first, then by row.
    return uniqueIssues([...own, ...(checkedIssues ?? [])]).sort(
      (left, right) => (left.rowNumber ?? 0) - (right.rowNumber ?? 0),
    );
  }, [imported, checkedIssues]);
  const count = imported?.rows.length ?? 0;
  const canCommit = isChecked && issues.length === 0 && count > 0 && !isCommitting;

  async function commit() {
    if (imported === null) return;
    onCommittingChange(true);
    const result = await importRisks(
      imported.rows.map(({ entry }) => entry),
      imported.newCategories,
    );
    onCommittingChange(false);
    if (result.ok) {
      // importRisks has already said how many risks were imported.
      onDone();
      return;
    }
    setStoredIssues({ for: imported, issues: toRowIssues(result.issues, imported) });
    pushNotice({ kind: 'error', messageKey: 'risks.transfer.import.failed' });
  }

  return (
    <>
      {imported === null || !isChecked ? (
        <p role="status">{t('risks.transfer.import.checking')}</p>
      ) : (
        <>
          <ImportIssueList issues={issues} headers={table.headers} mapping={mapping} />
          {imported.newCategories.length > 0 && (
            <p>
              {t('risks.transfer.import.newCategories', {
                names: listFormat.format(imported.newCategories.map(({ name }) => name)),
              })}
            </p>
          )}
          {matrix !== undefined && (
            <ImportPreviewTable
              imported={imported}
              matrix={matrix}
              categories={categoriesAtStart ?? []}
            />
          )}
        </>
      )}
      {isCommitting && (
        <p role="status" className="import-dialog__progress">
          <progress aria-label={t('risks.transfer.import.committing')} />{' '}
          {t('risks.transfer.import.committing')}
        </p>
      )}
      <div className="button-row modal__actions">
        <button type="button" disabled={isCommitting} onClick={onBack}>
          {t('risks.transfer.import.back')}
        </button>
        <button type="button" disabled={isCommitting} onClick={onCancel}>
          {t('risks.transfer.import.cancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={!canCommit}
          onClick={() => void commit()}
        >
          {t('risks.transfer.import.commit', { count })}
        </button>
      </div>
    </>
  );
}
