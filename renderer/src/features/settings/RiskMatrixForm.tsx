import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/localizedText';
import {
  defaultRiskMatrix,
  impactDimensions,
  impactRollups,
  maxMatrixSize,
  minMatrixSize,
  resizeMatrix,
} from '../../../../shared/domain/risks/riskMatrix';
import type { RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormField } from '../../components/FormField';
import { fieldIssueMessageKey, saveRiskMatrix } from '../risks';
import { useAppStore } from '../../stores/appStore';
import { matrixErrorText } from './matrixErrorText';
import { RiskMatrixBandFields } from './RiskMatrixBandFields';
import { RiskMatrixLevelFields } from './RiskMatrixLevelFields';
import { RiskMatrixNumberField } from './RiskMatrixNumberField';
import { errorsOfIssues, fromMatrixDraft, toMatrixDraft } from './riskMatrixDraft';
import type { MatrixDraft, MatrixErrors } from './riskMatrixDraft';

/** The allowed matrix sizes, smallest first. */
const matrixSizes = Array.from(
  { length: maxMatrixSize - minMatrixSize + 1 },
  (_, index) => minMatrixSize + index,
);

/** Codes of failed writes, shown as a notice rather than at a field. */
const storageCodes = new Set(['storage-full', 'write-failed', 'invalid-value']);

/** Props of {@link RiskMatrixForm}. */
export type RiskMatrixFormProps = {
  saved: RiskMatrix;
  /** Risks whose levels a size change rescales (also those in the recycle bin). */
  riskCount: number;
};

/**
 * The matrix form. Edits stay a draft until saved: a size change (which resets the level names
 * to that size's defaults and moves the band thresholds) warns how many risks will be rescaled
 * and asks before saving. Refusals (the shared schema's and the save command's) show at the
 * field they concern, and the draft is kept.
 */
export function RiskMatrixForm({ saved, riskCount }: RiskMatrixFormProps) {
  const { t, i18n } = useTranslation();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const headingId = useId();
  const [draft, setDraft] = useState<MatrixDraft>(() => toMatrixDraft(saved));
  const [errors, setErrors] = useState<MatrixErrors>(new Map());
  const [isSaving, setIsSaving] = useState(false);
  const [pendingMatrix, setPendingMatrix] = useState<RiskMatrix | null>(null);
  const [isReset, setIsReset] = useState(false);

  function change(next: MatrixDraft) {
    setDraft(next);
    setIsReset(false);
    // Errors shown after a save attempt follow the draft, so a fix clears its message at once.
    if (errors.size > 0) {
      const checked = fromMatrixDraft(next);
      setErrors(checked.ok ? new Map() : checked.errors);
    }
  }

  function resize(size: number) {
    if (size === saved.size) {
      // Back to the saved size: the company's own names and bands, not the defaults.
      change(toMatrixDraft(saved));
      return;
    }
    const checked = fromMatrixDraft(draft);
    change(toMatrixDraft(resizeMatrix(checked.ok ? checked.matrix : saved, size)));
  }

  function newBandLabel(number: number): LocalizedText {
    const name = (language: 'en' | 'zh-TW' | 'zh-CN') =>
      i18n.getFixedT(language)('risks.matrix.newBandName', { number });
    return { en: name('en'), 'zh-TW': name('zh-TW'), 'zh-CN': name('zh-CN') };
  }

  async function save(matrix: RiskMatrix) {
    setIsSaving(true);
    const result = await saveRiskMatrix(matrix);
    setIsSaving(false);
    setPendingMatrix(null);
    if (result.ok) {
      setDraft(toMatrixDraft(result.value));
      return;
    }
    const storage = result.issues.find((issue) => storageCodes.has(issue.code));
    if (storage !== undefined) {
      pushNotice({ kind: 'error', messageKey: fieldIssueMessageKey(storage.code) });
      return;
    }
    setErrors(errorsOfIssues(result.issues));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = fromMatrixDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors(new Map());
    if (checked.matrix.size !== saved.size && riskCount > 0) {
      setPendingMatrix(checked.matrix);
      return;
    }
    void save(checked.matrix);
  }

  const sizeChange = { from: saved.size, to: draft.size, count: riskCount };
  const isWeighted = draft.impactRollup === 'weighted';

  return (
    <section className="settings-section risk-matrix" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('risks.matrix.heading')}</h2>
      <p>{t('risks.matrix.intro')}</p>
      <form noValidate onSubmit={submit}>
        <FormField label={t('risks.matrix.sizeLabel')} hint={t('risks.matrix.sizeHint')}>
          {(control) => (
            <select
              {...control}
              value={draft.size}
              onChange={(event) => resize(Number(event.target.value))}
            >
              {matrixSizes.map((size) => (
                <option key={size} value={size}>
                  {t('risks.matrix.sizeOption', { size })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.size !== saved.size && riskCount > 0 && (
          <p className="risk-matrix__warning" role="status">
            {t('risks.matrix.rescaleWarning', sizeChange)}
          </p>
        )}
        <RiskMatrixLevelFields
          axis="likelihood"
          labels={draft.likelihoodLabels}
          errors={errors}
          onChange={(likelihoodLabels) => change({ ...draft, likelihoodLabels })}
        />
        <RiskMatrixLevelFields
          axis="impact"
          labels={draft.impactLabels}
          errors={errors}
          onChange={(impactLabels) => change({ ...draft, impactLabels })}
        />
        <RiskMatrixBandFields
          bands={draft.bands}
          maxScore={draft.size * draft.size}
          errors={errors}
          onChange={(bands) => change({ ...draft, bands })}
          newBandLabel={newBandLabel}
        />
        <fieldset className="risk-matrix__rollup">
          <legend>{t('risks.matrix.rollup')}</legend>
          <p className="field__description">{t('risks.matrix.rollupHint')}</p>
          {impactRollups.map((rollup) => (
            <label key={rollup} className="risk-matrix__choice">
              <input
                type="radio"
                name={`${headingId}-rollup`}
                value={rollup}
                checked={draft.impactRollup === rollup}
                onChange={() => change({ ...draft, impactRollup: rollup })}
              />{' '}
              {t(`risks.matrix.rollups.${rollup}`)}
            </label>
          ))}
          {isWeighted && (
            <fieldset className="risk-matrix__weights">
              <legend>{t('risks.matrix.weights')}</legend>
              <p className="field__description">{t('risks.matrix.weightsHint')}</p>
              {errors.has('dimensionWeights') && (
                <p className="field__error">{matrixErrorText(errors.get('dimensionWeights'), t)}</p>
              )}
              {impactDimensions.map((dimension) => (
                <RiskMatrixNumberField
                  key={dimension}
                  label={t(`risks.dimensions.${dimension}`)}
                  error={matrixErrorText(errors.get(`dimensionWeights.${dimension}`), t)}
                  inputMode="decimal"
                  min={0}
                  max={100}
                  value={draft.weights[dimension]}
                  onChange={(weight) =>
                    change({ ...draft, weights: { ...draft.weights, [dimension]: weight } })
                  }
                />
              ))}
            </fieldset>
          )}
        </fieldset>
        {errors.size > 0 && (
          <p className="field__error" role="alert">
            {t('risks.matrix.hasErrors')}
          </p>
        )}
        {isReset && <p role="status">{t('risks.matrix.resetDone')}</p>}
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={isSaving}>
            {t('risks.matrix.save')}
          </button>
          <button
            type="button"
            disabled={isSaving}
            onClick={() => {
              change(toMatrixDraft(defaultRiskMatrix()));
              setIsReset(true);
            }}
          >
            {t('risks.matrix.reset')}
          </button>
        </div>
      </form>
      {pendingMatrix !== null && (
        <ConfirmDialog
          title={t('risks.matrix.confirmTitle')}
          message={t('risks.matrix.confirmMessage', sizeChange)}
          confirmLabel={t('risks.matrix.confirm')}
          cancelLabel={t('risks.matrix.cancel')}
          isBusy={isSaving}
          onConfirm={() => void save(pendingMatrix)}
          onCancel={() => setPendingMatrix(null)}
        />
      )}
    </section>
  );
}
