import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSameHeader } from '../../../../../shared/domain/csvTable';
import { autoMapRiskCsv } from '../../../../../shared/domain/risks/riskCsv';
import type { RiskCsvMapping } from '../../../../../shared/domain/risks/riskCsv';
import { ImportDialogFrame } from '../../../components/ImportDialogFrame';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportReviewStep } from './ImportReviewStep';
import { pickedTable, readPicked } from './pickedFile';
import type { PickedFile } from './pickedFile';

/** Props of {@link ImportRisksDialog}. */
export type ImportRisksDialogProps = {
  /** Called when the dialog should go away: cancelled, or the import is done. */
  onClose: () => void;
};

/** The steps of an import, in order. */
const importSteps = ['file', 'mapping', 'review'] as const;

/** One of {@link importSteps}. */
type ImportStep = (typeof importSteps)[number];

/**
 * Imports risks from a CSV file in three steps: pick the file (its charset detected and
 * changeable), map its columns to the register's fields, then check every row and import all or
 * nothing. Everything the user chose stays while they go back and forth, and when a step fails
 * (unreadable bytes, a refused row, a failed write) nothing is written and nothing is lost.
 */
export function ImportRisksDialog({ onClose }: ImportRisksDialogProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ImportStep>('file');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [mapping, setMapping] = useState<RiskCsvMapping | null>(null);
  const [isCommitting, setIsCommitting] = useState(false);

  /** Keeps the mapping while the header stays the same (a charset change of the same file). */
  function accept(next: PickedFile) {
    const previousHeaders = pickedTable(picked)?.headers ?? null;
    const nextTable = pickedTable(next);
    setPicked(next);
    if (nextTable === null) return;
    if (
      mapping === null ||
      previousHeaders === null ||
      !isSameHeader(previousHeaders, nextTable.headers)
    ) {
      setMapping(autoMapRiskCsv(nextTable.headers));
    }
  }

  const stepNumber = importSteps.indexOf(step) + 1;
  const table = pickedTable(picked);

  return (
    <ImportDialogFrame
      title={t('risks.transfer.import.title')}
      stepsLabel={t('risks.transfer.import.steps.label')}
      steps={importSteps.map((name) => ({
        key: name,
        label: t(`risks.transfer.import.steps.${name}`),
      }))}
      currentStep={step}
      stepCountText={t('risks.transfer.import.stepOf', { step: stepNumber })}
      isBusy={isCommitting}
      onClose={onClose}
    >
      {step === 'file' && (
        <ImportFileStep
          picked={picked}
          onPick={(name, bytes) => accept(readPicked(name, bytes))}
          onChooseCharset={(charset) => {
            if (picked !== null) accept(readPicked(picked.name, picked.bytes, charset));
          }}
          onCancel={onClose}
          onNext={() => setStep('mapping')}
        />
      )}
      {step === 'mapping' && table !== null && mapping !== null && (
        <ImportMappingStep
          headers={table.headers}
          mapping={mapping}
          onChange={setMapping}
          onBack={() => setStep('file')}
          onCancel={onClose}
          onNext={() => setStep('review')}
        />
      )}
      {step === 'review' && table !== null && mapping !== null && (
        <ImportReviewStep
          table={table}
          mapping={mapping}
          isCommitting={isCommitting}
          onCommittingChange={setIsCommitting}
          onBack={() => setStep('mapping')}
          onCancel={onClose}
          onDone={onClose}
        />
      )}
    </ImportDialogFrame>
  );
}
