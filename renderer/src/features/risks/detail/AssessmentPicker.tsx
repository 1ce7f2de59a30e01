import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { impactDimensions } from '../../../../../shared/domain/risks/riskMatrix';
import type { ImpactDimension, RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import type { Assessment } from '../../../../../shared/domain/risks/risk';
import {
  bandForScore,
  effectiveImpact,
  normalizeAssessment,
} from '../../../../../shared/domain/risks/scoring';
import { FormField } from '../../../components/FormField';
import { useLocalizedText } from '../riskLabels';
import { ScoreBadge } from './ScoreBadge';

/** Props of {@link AssessmentPicker}. */
export type AssessmentPickerProps = {
  /** Names the group ("Inherent score"). */
  legend: string;
  assessment: Assessment;
  matrix: RiskMatrix;
  onChange: (assessment: Assessment) => void;
  /** The translated error of a part of this assessment (`likelihood`, `impact`, `dimensions.legal`). */
  errorFor: (part: string) => string | undefined;
};

/** Every level of a matrix axis, lowest first. */
function levelsOf(matrix: RiskMatrix): number[] {
  return Array.from({ length: matrix.size }, (_, index) => index + 1);
}

/**
 * One rating on the company's matrix: likelihood and impact chosen by the names of the matrix's
 * levels, or impact rated per dimension (financial, reputation, legal, operations, people) and
 * rolled up the way the matrix says. The rolled-up impact and the resulting score and band are
 * shown as the user chooses, computed by the same scoring rules the register uses.
 */
export function AssessmentPicker({
  legend,
  assessment,
  matrix,
  onChange,
  errorFor,
}: AssessmentPickerProps) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const switchId = useId();
  const [isByDimension, setIsByDimension] = useState(
    () => Object.keys(assessment.dimensions).length > 0,
  );
  const levels = levelsOf(matrix);
  const impact = effectiveImpact(assessment, matrix);
  const score = assessment.likelihood * impact;
  const band = bandForScore(score, matrix);

  function levelName(labels: RiskMatrix['likelihoodLabels'], level: number): string {
    const label = labels[level - 1];
    return t('risks.detail.scoring.level', {
      level,
      label: label === undefined ? String(level) : localize(label),
    });
  }

  /** One option per level of an axis, named by the matrix. */
  function levelOptions(labels: RiskMatrix['likelihoodLabels']) {
    return levels.map((level) => (
      <option key={level} value={String(level)}>
        {levelName(labels, level)}
      </option>
    ));
  }

  function toggleDimensions(isOn: boolean) {
    setIsByDimension(isOn);
    if (isOn) {
      // Every dimension starts at the overall impact, so turning the switch on changes no score.
      const dimensions = Object.fromEntries(
        impactDimensions.map((dimension) => [dimension, assessment.impact]),
      );
      onChange({ ...assessment, dimensions });
    } else {
      onChange({ ...assessment, impact, dimensions: {} });
    }
  }

  function changeDimension(dimension: ImpactDimension, value: string) {
    const dimensions = { ...assessment.dimensions };
    if (value === '') {
      delete dimensions[dimension];
    } else {
      dimensions[dimension] = Number(value);
    }
    onChange(normalizeAssessment({ ...assessment, dimensions }, matrix));
  }

  const impactLabel = matrix.impactLabels[impact - 1];
  return (
    <fieldset className="form-group risk-assessment">
      <legend>{legend}</legend>
      <div className="risk-assessment__levels">
        <FormField label={t('risks.detail.scoring.likelihood')} error={errorFor('likelihood')}>
          {(control) => (
            <select
              {...control}
              value={String(assessment.likelihood)}
              onChange={(event) =>
                onChange({ ...assessment, likelihood: Number(event.currentTarget.value) })
              }
            >
              {levelOptions(matrix.likelihoodLabels)}
            </select>
          )}
        </FormField>
        {!isByDimension && (
          <FormField label={t('risks.detail.scoring.impact')} error={errorFor('impact')}>
            {(control) => (
              <select
                {...control}
                value={String(assessment.impact)}
                onChange={(event) =>
                  onChange({ ...assessment, impact: Number(event.currentTarget.value) })
                }
              >
                {levelOptions(matrix.impactLabels)}
              </select>
            )}
          </FormField>
        )}
      </div>
      <div className="field field--switch">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={isByDimension}
          onChange={(event) => toggleDimensions(event.currentTarget.checked)}
        />
        <label htmlFor={switchId}>{t('risks.detail.scoring.byDimension')}</label>
      </div>
      {isByDimension && (
        <div className="risk-assessment__dimensions">
          {impactDimensions.map((dimension) => (
            <FormField
              key={dimension}
              label={t(`risks.dimensions.${dimension}`)}
              error={errorFor(`dimensions.${dimension}`)}
            >
              {(control) => (
                <select
                  {...control}
                  value={String(assessment.dimensions[dimension] ?? '')}
                  onChange={(event) => changeDimension(dimension, event.currentTarget.value)}
                >
                  <option value="">{t('risks.detail.scoring.notRated')}</option>
                  {levelOptions(matrix.impactLabels)}
                </select>
              )}
            </FormField>
          ))}
          <p className="risk-assessment__rollup">
            {t(
              matrix.impactRollup === 'max'
                ? 'risks.detail.scoring.rolledUpMax'
                : 'risks.detail.scoring.rolledUpWeighted',
              {
                impact: levelName(matrix.impactLabels, impact),
              },
            )}
          </p>
        </div>
      )}
      <p className="risk-assessment__result">
        {t('risks.detail.scoring.result', {
          likelihood: assessment.likelihood,
          impact,
        })}{' '}
        <ScoreBadge score={score} band={band} />
      </p>
      {impactLabel === undefined && (
        <p className="field__error">{t('risks.validation.level-beyond-matrix')}</p>
      )}
    </fieldset>
  );
}
