import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { trendPeriods } from '../../../../../shared/domain/postmortems/trends';
import type { TrendPeriod } from '../../../../../shared/domain/postmortems/trends';
import { DateField } from '../../../components/fields/DateField';
import { SelectField } from '../../../components/fields/SelectField';

/** What the trends screen is asked to show; dates are `YYYY-MM-DD` or '' for no limit. */
export type TrendChoices = {
  period: TrendPeriod;
  from: string;
  to: string;
  includeExercises: boolean;
};

/** Props of {@link TrendControls}. */
export type TrendControlsProps = {
  choices: TrendChoices;
  onChange: (choices: TrendChoices) => void;
};

/**
 * The trends screen's options: group by month or quarter, a date range (a start after the end
 * is flagged on the end date and not applied, so nothing typed is lost) and whether exercises
 * count (off unless asked for: drills are not real incidents).
 */
export function TrendControls({ choices, onChange }: TrendControlsProps) {
  const { t } = useTranslation();
  const exercisesId = useId();
  const isRangeReversed = choices.from !== '' && choices.to !== '' && choices.from > choices.to;
  return (
    <div
      className="filters trends-controls"
      role="group"
      aria-label={t('postmortems.trends.controls.label')}
    >
      <SelectField
        label={t('postmortems.trends.controls.period')}
        error={undefined}
        value={choices.period}
        options={trendPeriods}
        optionLabel={(period) => t(`postmortems.trends.controls.${period}`)}
        onChange={(period) => onChange({ ...choices, period })}
      />
      <DateField
        label={t('postmortems.trends.controls.from')}
        error={undefined}
        value={choices.from}
        onChange={(from) => onChange({ ...choices, from })}
      />
      <DateField
        label={t('postmortems.trends.controls.to')}
        error={isRangeReversed ? t('postmortems.trends.controls.rangeOrder') : undefined}
        value={choices.to}
        onChange={(to) => onChange({ ...choices, to })}
      />
      <div className="choice">
        <input
          id={exercisesId}
          type="checkbox"
          checked={choices.includeExercises}
          onChange={(event) =>
            onChange({ ...choices, includeExercises: event.currentTarget.checked })
          }
        />
        <label htmlFor={exercisesId}>{t('postmortems.trends.controls.includeExercises')}</label>
      </div>
    </div>
  );
}
