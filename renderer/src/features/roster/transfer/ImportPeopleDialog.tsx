import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSameHeader } from '../../../../../shared/domain/csvTable';
import { autoMapRosterCsv } from '../../../../../shared/domain/roster/rosterCsv';
import type { RosterCsvMapping } from '../../../../../shared/domain/roster/rosterCsv';
import { ImportDialogFrame } from '../../../components/ImportDialogFrame';
import { deviceTimeZone } from '../../../lib/dates';
import { PeopleImportFileStep } from './PeopleImportFileStep';
import { PeopleImportMappingStep } from './PeopleImportMappingStep';
import { PeopleImportReviewStep } from './PeopleImportReviewStep';
import type { PeopleImportSource } from './PeopleImportReviewStep';
import { pickedCsvTable, pickedVcards, readPickedPeopleFile } from './pickedPeopleFile';
import type { PickedPeopleFile } from './pickedPeopleFile';

/** Props of {@link ImportPeopleDialog}. */
export type ImportPeopleDialogProps = {
  /** Called when the dialog should go away: cancelled, or the import is done. */
  onClose: () => void;
};

/** The steps of an import; a vCard file skips the column mapping. */
type ImportStep = 'file' | 'mapping' | 'review';

/**
 * Imports people from a vCard or CSV file: pick the file (its charset detected and changeable),
 * map a CSV file's columns, then check every person and import all or nothing. Nothing is
 * written before the user confirms, and a refusal (unreadable bytes, a broken card, a row with
 * a problem, a failed write) writes nothing and loses nothing the user chose.
 */
export function ImportPeopleDialog({ onClose }: ImportPeopleDialogProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ImportStep>('file');
  const [picked, setPicked] = useState<PickedPeopleFile | null>(null);
  const [mapping, setMapping] = useState<RosterCsvMapping | null>(null);
  const [isCommitting, setIsCommitting] = useState(false);

  /** Keeps the mapping while the header stays the same (a charset change of the same file). */
  function accept(next: PickedPeopleFile) {
    const previousHeaders = pickedCsvTable(picked)?.headers ?? null;
    const nextTable = pickedCsvTable(next);
    setPicked(next);
    if (nextTable === null) return;
    if (
      mapping === null ||
      previousHeaders === null ||
      !isSameHeader(previousHeaders, nextTable.headers)
    ) {
      setMapping(autoMapRosterCsv(nextTable.headers));
    }
  }

  const table = pickedCsvTable(picked);
  const cards = pickedVcards(picked);
  // Stable while the file and mapping are: the review step re-reads and re-checks on a change.
  const source = useMemo((): PeopleImportSource | null => {
    if (cards !== null) return { format: 'vcard', cards };
    return table !== null && mapping !== null ? { format: 'csv', table, mapping } : null;
  }, [cards, table, mapping]);
  const steps: readonly ImportStep[] =
    picked?.content?.format === 'vcard' ? ['file', 'review'] : ['file', 'mapping', 'review'];

  return (
    <ImportDialogFrame
      title={t('roster.transfer.import.title')}
      stepsLabel={t('roster.transfer.import.steps.label')}
      steps={steps.map((name) => ({ key: name, label: t(`roster.transfer.import.steps.${name}`) }))}
      currentStep={step}
      stepCountText={t('roster.transfer.import.stepOf', {
        step: steps.indexOf(step) + 1,
        total: steps.length,
      })}
      isBusy={isCommitting}
      onClose={onClose}
    >
      {step === 'file' && (
        <PeopleImportFileStep
          picked={picked}
          onPick={(name, bytes) => accept(readPickedPeopleFile(name, bytes, deviceTimeZone()))}
          onChooseCharset={(charset) => {
            if (picked !== null) {
              accept(readPickedPeopleFile(picked.name, picked.bytes, deviceTimeZone(), charset));
            }
          }}
          onCancel={onClose}
          onNext={() => setStep(cards !== null ? 'review' : 'mapping')}
        />
      )}
      {step === 'mapping' && table !== null && mapping !== null && (
        <PeopleImportMappingStep
          table={table}
          mapping={mapping}
          onChange={setMapping}
          onBack={() => setStep('file')}
          onCancel={onClose}
          onNext={() => setStep('review')}
        />
      )}
      {step === 'review' && (
        <PeopleImportReviewStep
          source={source}
          isCommitting={isCommitting}
          onCommittingChange={setIsCommitting}
          onBack={() => setStep(cards !== null ? 'file' : 'mapping')}
          onCancel={onClose}
          onDone={onClose}
        />
      )}
    </ImportDialogFrame>
  );
}
