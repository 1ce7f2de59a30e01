import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/localizedText';
import { languages } from '../../../../shared/domain/settings';
import { FormField } from '../../components/FormField';
import { matrixErrorText } from './matrixErrorText';
import { RiskMatrixNumberField } from './RiskMatrixNumberField';
import type { BandDraft, MatrixErrors } from './riskMatrixDraft';

/** Fewest and most bands a matrix has (as the schema allows). */
const minBands = 2;
const maxBands = 6;

/** Props of {@link RiskMatrixBandFields}. */
export type RiskMatrixBandFieldsProps = {
  bands: readonly BandDraft[];
  /** Highest score of the matrix being edited (size²). */
  maxScore: number;
  errors: MatrixErrors;
  onChange: (bands: BandDraft[]) => void;
  /** The name of a new band in every language, for its number (from 1). */
  newBandLabel: (number: number) => LocalizedText;
};

/** An id no band has yet. */
function freeBandId(bands: readonly BandDraft[]): string {
  let number = bands.length + 1;
  while (bands.some(({ id }) => id === `band-${number}`)) number += 1;
  return `band-${number}`;
}

/**
 * The level bands, lowest first: each with its name in every language, colour, minimum score
 * and review interval; bands can be added (up to 6) and removed (down to 2).
 */
export function RiskMatrixBandFields({
  bands,
  maxScore,
  errors,
  onChange,
  newBandLabel,
}: RiskMatrixBandFieldsProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<BandDraft>) =>
    onChange(bands.map((band, at) => (at === index ? { ...band, ...change } : band)));
  const last = bands.at(-1);

  function addBand() {
    const nextMin = Math.min(maxScore, (Number(last?.minScore) || 0) + 1);
    onChange([
      ...bands,
      {
        id: freeBandId(bands),
        label: newBandLabel(bands.length + 1),
        colour: '#6a1b9a',
        minScore: String(nextMin),
        reviewIntervalDays: '30',
      },
    ]);
  }

  return (
    <fieldset className="risk-matrix__bands">
      <legend>{t('risks.matrix.bands')}</legend>
      <p className="field__description">{t('risks.matrix.bandsHint', { max: maxScore })}</p>
      {bands.map((band, index) => (
        <fieldset key={band.id} className="risk-matrix__band">
          <legend>
            <span className="risk-matrix__swatch" style={{ backgroundColor: band.colour }} />
            {t('risks.matrix.bandHeading', { number: index + 1 })}
          </legend>
          {errors.has(`bands.${index}.id`) && (
            <p className="field__error">{matrixErrorText(errors.get(`bands.${index}.id`), t)}</p>
          )}
          {languages.map((language) => (
            <FormField
              key={language}
              label={t(`risks.matrix.languages.${language}`)}
              error={matrixErrorText(errors.get(`bands.${index}.label.${language}`), t)}
            >
              {(control) => (
                <input
                  {...control}
                  lang={language}
                  value={band.label[language]}
                  maxLength={80}
                  onChange={(event) =>
                    update(index, { label: { ...band.label, [language]: event.target.value } })
                  }
                />
              )}
            </FormField>
          ))}
          <FormField
            label={t('risks.matrix.bandColour')}
            error={matrixErrorText(errors.get(`bands.${index}.colour`), t)}
          >
            {(control) => (
              <input
                {...control}
                type="color"
                value={band.colour}
                onChange={(event) => update(index, { colour: event.target.value })}
              />
            )}
          </FormField>
          <RiskMatrixNumberField
            label={t('risks.matrix.bandMinScore')}
            error={matrixErrorText(errors.get(`bands.${index}.minScore`), t)}
            inputMode="numeric"
            min={1}
            max={maxScore}
            value={band.minScore}
            onChange={(minScore) => update(index, { minScore })}
          />
          <RiskMatrixNumberField
            label={t('risks.matrix.bandReviewInterval')}
            error={matrixErrorText(errors.get(`bands.${index}.reviewIntervalDays`), t)}
            inputMode="numeric"
            min={1}
            max={3650}
            value={band.reviewIntervalDays}
            onChange={(reviewIntervalDays) => update(index, { reviewIntervalDays })}
          />
          <button
            type="button"
            disabled={bands.length <= minBands}
            onClick={() => onChange(bands.filter((_, at) => at !== index))}
          >
            {t('risks.matrix.removeBand', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" disabled={bands.length >= maxBands} onClick={addBand}>
        {t('risks.matrix.addBand')}
      </button>
    </fieldset>
  );
}
