import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../../shared/domain/risks/risk';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import type { ScoredAssessment } from '../../../../../shared/domain/risks/scoring';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatPercent } from '../../../lib/numbers';
import { AssessmentPicker } from './AssessmentPicker';
import { RadioChoice } from '../../../components/fields/RadioChoice';
import { ScoreBadge } from './ScoreBadge';

/**
 * A current or target score as the form holds it: the choice, and the hand rating kept even
 * while "derive" is chosen, so switching back and forth loses nothing.
 */
export type ScoreSourceDraft = { mode: 'derived' | 'manual'; assessment: Assessment };

/** Props of {@link ScoreSourcePicker}. */
export type ScoreSourcePickerProps = {
  kind: 'current' | 'target';
  source: ScoreSourceDraft;
  /** What deriving gives with the form's inherent score and the risk's controls. */
  derived: ScoredAssessment;
  matrix: RiskMatrix;
  onChange: (source: ScoreSourceDraft) => void;
  /** The translated error of a part of the hand rating (`likelihood`, `impact` …). */
  errorFor: (part: string) => string | undefined;
};

/**
 * Where the current or target score comes from: derived from the inherent score and the
 * controls' effectiveness (the default, shown with its result), or rated by hand.
 */
export function ScoreSourcePicker({
  kind,
  source,
  derived,
  matrix,
  onChange,
  errorFor,
}: ScoreSourcePickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = useId();
  return (
    <fieldset className="form-group risk-score-source">
      <legend>{t(`risks.detail.form.${kind}Score`)}</legend>
      <RadioChoice
        id={`${name}-derived`}
        name={name}
        label={t('risks.detail.form.deriveFromControls')}
        isChecked={source.mode === 'derived'}
        onSelect={() => onChange({ ...source, mode: 'derived' })}
      />
      {source.mode === 'derived' && (
        <p className="field__description risk-score-source__derived">
          {t('risks.detail.scores.derivedFrom', {
            effectiveness: formatPercent(derived.effectiveness, language),
          })}{' '}
          <ScoreBadge score={derived.score} band={derived.band} />
        </p>
      )}
      <RadioChoice
        id={`${name}-manual`}
        name={name}
        label={t('risks.detail.form.rateByHand')}
        isChecked={source.mode === 'manual'}
        onSelect={() => onChange({ ...source, mode: 'manual' })}
      />
      {source.mode === 'manual' && (
        <AssessmentPicker
          legend={t(`risks.detail.form.${kind}Manual`)}
          assessment={source.assessment}
          matrix={matrix}
          onChange={(assessment) => onChange({ ...source, assessment })}
          errorFor={errorFor}
        />
      )}
    </fieldset>
  );
}
