import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customQualificationIdPrefix } from '../../../../../shared/domain/roster/qualifications';
import { importRosterCsv } from '../../../../../shared/domain/roster/rosterCsv';
import type {
  RosterCsvMapping,
  RosterCsvTable,
} from '../../../../../shared/domain/roster/rosterCsv';
import type { VcardCandidate } from '../../../../../shared/domain/roster/rosterVcard';
import type { Person } from '../../../../../shared/domain/roster/person';
import { useLanguage } from '../../../i18n/useLanguage';
import { deviceTimeZone } from '../../../lib/dates';
import type { FieldIssue } from '../../../lib/commandResult';
import { useAppStore } from '../../../stores/appStore';
import { checkPeopleImport, importPeople } from '../rosterCommands';
import { usePeople, useQualificationTypes } from '../useRosterData';
import type { QualificationTypeOption } from '../useRosterData';
import {
  csvImport,
  possibleDuplicates,
  qualificationTypeFinder,
  storedIssues,
  vcardImport,
} from './peopleImport';
import type { ImportIssue, PeopleImportRow } from './peopleImport';
import { PeopleImportPreview } from './PeopleImportPreview';
import { PeopleImportSummary } from './PeopleImportSummary';

/** What the review step reads people from: the cards of a vCard file, or a mapped CSV table. */
export type PeopleImportSource =
  | { format: 'vcard'; cards: readonly VcardCandidate[] }
  | { format: 'csv'; table: RosterCsvTable; mapping: RosterCsvMapping };

/** Props of {@link PeopleImportReviewStep}. */
export type PeopleImportReviewStepProps = {
  /** Null only while the dialog has nothing readable (the step is not reachable then). */
  source: PeopleImportSource | null;
  isCommitting: boolean;
  onCommittingChange: (isCommitting: boolean) => void;
  onBack: () => void;
  onCancel: () => void;
  /** Called after a successful import. */
  onDone: () => void;
};

/** Reads the source into people, with the qualification types that existed when the step opened. */
function readSource(source: PeopleImportSource, types: readonly QualificationTypeOption[]) {
  if (source.format === 'vcard') return vcardImport(source.cards);
  const imported = importRosterCsv(source.table, source.mapping, {
    defaultTimeZone: deviceTimeZone(),
    findQualificationType: qualificationTypeFinder(types),
    newQualificationTypeId: () => `${customQualificationIdPrefix}${crypto.randomUUID()}`,
    newId: () => crypto.randomUUID(),
  });
  return csvImport(imported, source.table.headers, source.mapping);
}

/** The issues of the stored-roster check placed on their rows and file columns. */
function placeStoredIssues(
  source: PeopleImportSource | null,
  included: readonly PeopleImportRow[],
  issues: readonly FieldIssue[],
): ImportIssue[] {
  return source?.format === 'csv'
    ? storedIssues(included, issues, source.table.headers, source.mapping)
    : storedIssues(included, issues, [], null);
}

/** The key that makes two issues "the same place": the first (most precise) one is kept. */
function placeKey(issue: ImportIssue): string {
  return `${issue.number ?? ''}\u0000${issue.field === null ? '' : `${issue.field.kind}:${issue.field.field}`}`;
}

/** Issues without repeats of the same field on the same row. */
function uniqueIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = placeKey(issue);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Step 3 (2 for vCard) of an import: every person read and checked (their own fields, then the
 * qualification types against the stored roster), possible duplicates of people already in the
 * roster flagged with a choice to skip them, the problems by row or card and field in the user's
 * language, a preview of who will be added, and the all-or-nothing commit, which stays disabled
 * while any problem remains.
 */
export function PeopleImportReviewStep({
  source,
  isCommitting,
  onCommittingChange,
  onBack,
  onCancel,
  onDone,
}: PeopleImportReviewStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const people = usePeople();
  const types = useQualificationTypes();
  const pushNotice = useAppStore((state) => state.pushNotice);
  // Read once: the people and types the import itself adds must not re-read the rows.
  const [atStart, setAtStart] = useState<{
    people: Person[];
    types: QualificationTypeOption[];
  } | null>(null);
  if (atStart === null && people !== undefined && types !== undefined) {
    setAtStart({ people, types });
  }
  const [isSkippingDuplicates, setIsSkippingDuplicates] = useState(true);

  const imported = useMemo(
    () => (source === null || atStart === null ? null : readSource(source, atStart.types)),
    [source, atStart],
  );
  const duplicates = useMemo(
    () =>
      imported === null || atStart === null
        ? new Map<number, never>()
        : possibleDuplicates(imported.rows, atStart.people),
    [imported, atStart],
  );
  const included = useMemo(
    () =>
      (imported?.rows ?? []).filter((row) => !(isSkippingDuplicates && duplicates.has(row.number))),
    [imported, duplicates, isSkippingDuplicates],
  );
  const includedTypes = useMemo(
    () =>
      (imported?.newTypes ?? []).filter((type) =>
        included.some((row) => row.input.qualifications.some(({ typeId }) => typeId === type.id)),
      ),
    [imported, included],
  );
  const [stored, setStored] = useState<{
    for: readonly PeopleImportRow[];
    issues: ImportIssue[];
  } | null>(null);

  useEffect(() => {
    if (imported === null) return;
    let isCurrent = true;
    void checkPeopleImport(
      included.map((row) => row.input),
      includedTypes,
    ).then((issues) => {
      if (isCurrent) {
        setStored({ for: included, issues: placeStoredIssues(source, included, issues) });
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [source, imported, included, includedTypes]);

  const checkedIssues = stored !== null && stored.for === included ? stored.issues : null;
  const isChecked = imported !== null && checkedIssues !== null;
  const problems = useMemo(() => {
    if (imported === null) return [];
    const own = [
      ...imported.problems,
      ...included.flatMap((row) => row.issues.filter((issue) => !issue.isWarning)),
    ];
    return uniqueIssues([...own, ...(checkedIssues ?? [])]).sort(
      (left, right) => (left.number ?? 0) - (right.number ?? 0),
    );
  }, [imported, included, checkedIssues]);
  const issuesByRow = useMemo(() => {
    const byRow = new Map<number, ImportIssue[]>();
    const warnings = (imported?.rows ?? []).flatMap((row) =>
      row.issues.filter((issue) => issue.isWarning),
    );
    for (const issue of [...problems, ...warnings]) {
      if (issue.number === null) continue;
      byRow.set(issue.number, [...(byRow.get(issue.number) ?? []), issue]);
    }
    return byRow;
  }, [imported, problems]);

  const count = included.length;
  const canCommit = isChecked && problems.length === 0 && count > 0 && !isCommitting;

  async function commit() {
    if (imported === null) return;
    onCommittingChange(true);
    const result = await importPeople(
      included.map((row) => row.input),
      includedTypes,
    );
    onCommittingChange(false);
    if (result.ok) {
      pushNotice({
        kind: 'success',
        messageKey: 'roster.transfer.import.imported',
        params: { count: result.value },
      });
      onDone();
      return;
    }
    setStored({ for: included, issues: placeStoredIssues(source, included, result.issues) });
    pushNotice({ kind: 'error', messageKey: 'roster.transfer.import.failed' });
  }

  // Once checked, the summary and preview stay while a change (skipping duplicates) is checked
  // again, so the control just used is not pulled from under the user.
  const isShown = imported !== null && stored !== null;

  return (
    <>
      {!isChecked && <p role="status">{t('roster.transfer.import.checking')}</p>}
      {isShown && (
        <PeopleImportSummary
          imported={imported}
          problems={problems}
          isChecked={isChecked}
          duplicateCount={duplicates.size}
          isSkippingDuplicates={isSkippingDuplicates}
          onSkippingDuplicatesChange={setIsSkippingDuplicates}
          newTypeNames={new Intl.ListFormat(language, { type: 'conjunction' }).format(
            includedTypes.map(({ name }) => name),
          )}
        />
      )}
      {isShown && (
        <PeopleImportPreview
          imported={imported}
          issuesByRow={issuesByRow}
          duplicates={duplicates}
          isSkippingDuplicates={isSkippingDuplicates}
        />
      )}
      {isCommitting && (
        <p role="status" className="import-dialog__progress">
          <progress aria-label={t('roster.transfer.import.committing')} />{' '}
          {t('roster.transfer.import.committing')}
        </p>
      )}
      <div className="button-row modal__actions">
        <button type="button" disabled={isCommitting} onClick={onBack}>
          {t('roster.transfer.import.back')}
        </button>
        <button type="button" disabled={isCommitting} onClick={onCancel}>
          {t('roster.transfer.import.cancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={!canCommit}
          onClick={() => void commit()}
        >
          {t('roster.transfer.import.commit', { count })}
        </button>
      </div>
    </>
  );
}
