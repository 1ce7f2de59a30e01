import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/localizedText';
import { languages } from '../../../../shared/domain/settings';
import { FormField } from '../../components/FormField';
import { matrixErrorText } from './matrixErrorText';
import type { MatrixErrors } from './riskMatrixDraft';

/** Props of {@link RiskMatrixLevelFields}. */
export type RiskMatrixLevelFieldsProps = {
  axis: 'likelihood' | 'impact';
  labels: readonly LocalizedText[];
  errors: MatrixErrors;
  onChange: (labels: LocalizedText[]) => void;
};

/** The names of one axis's levels, lowest first, each in every app language. */
export function RiskMatrixLevelFields({
  axis,
  labels,
  errors,
  onChange,
}: RiskMatrixLevelFieldsProps) {
  const { t } = useTranslation();
  const path = axis === 'likelihood' ? 'likelihoodLabels' : 'impactLabels';
  const axisError = matrixErrorText(errors.get(path), t);
  return (
    <fieldset className="risk-matrix__levels">
      <legend>
        {t(axis === 'likelihood' ? 'risks.matrix.likelihoodLevels' : 'risks.matrix.impactLevels')}
      </legend>
      {axisError !== undefined && <p className="field__error">{axisError}</p>}
      {labels.map((label, index) => (
        // Levels are positions on the axis: the index is their identity.
        <fieldset key={index} className="risk-matrix__level">
          <legend>{t('risks.matrix.levelNumber', { level: index + 1 })}</legend>
          {languages.map((language) => (
            <FormField
              key={language}
              label={t(`risks.matrix.languages.${language}`)}
              error={matrixErrorText(errors.get(`${path}.${index}.${language}`), t)}
            >
              {(control) => (
                <input
                  {...control}
                  lang={language}
                  value={label[language]}
                  maxLength={80}
                  onChange={(event) =>
                    onChange(
                      labels.map((current, at) =>
                        at === index ? { ...current, [language]: event.target.value } : current,
                      ),
                    )
                  }
                />
              )}
            </FormField>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
