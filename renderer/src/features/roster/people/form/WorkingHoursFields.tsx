import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Day } from 'date-fns';
import { RadioChoice } from '../../../../components/fields/RadioChoice';
import { isoWeekdays } from '../../../../../../shared/domain/roster/person';
import { useLanguage } from '../../../../i18n/useLanguage';
import { dateLocaleFor } from '../../../../lib/dates';
import { CheckboxChoice } from './CheckboxChoice';
import type { WorkingHoursDraft } from './personFormDraft';
import { TimeField } from './TimeField';
import { TimeZoneField } from './TimeZoneField';

/** The date-fns day of each ISO weekday (date-fns counts from Sunday = 0; ISO from Monday = 1). */
const dateFnsDays = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 0 } as const satisfies Record<
  (typeof isoWeekdays)[number],
  Day
>;

/** Props of {@link WorkingHoursFields}. */
export type WorkingHoursFieldsProps = {
  timeZone: string;
  hasWorkingHours: boolean;
  workingHours: WorkingHoursDraft;
  onChange: (
    update: Partial<{
      timeZone: string;
      hasWorkingHours: boolean;
      workingHours: WorkingHoursDraft;
    }>,
  ) => void;
  /** The translated issue at a field's path (`availability.workingHours.end`), or undefined. */
  errorFor: (path: string) => string | undefined;
};

/**
 * The person's time zone and working hours: none (they may be called at any time) or days of
 * the week with a start and an end in their zone, and whether they may still be called outside
 * them in a crisis. Weekday names follow the UI language.
 */
export function WorkingHoursFields({
  timeZone,
  hasWorkingHours,
  workingHours,
  onChange,
  errorFor,
}: WorkingHoursFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const daysErrorId = `${baseId}-days-error`;
  const daysError = errorFor('availability.workingHours.days');
  const localize = dateLocaleFor(language).localize;

  function changeHours(update: Partial<WorkingHoursDraft>) {
    onChange({ workingHours: { ...workingHours, ...update } });
  }

  function toggleDay(day: number, isChecked: boolean) {
    const others = workingHours.days.filter((candidate) => candidate !== day);
    changeHours({
      days: (isChecked ? [...others, day] : others).sort((left, right) => left - right),
    });
  }

  return (
    <fieldset className="form-group">
      <legend>{t('roster.personForm.hours.legend')}</legend>
      <TimeZoneField
        label={t('roster.personForm.hours.timeZone')}
        hint={t('roster.personForm.hours.timeZoneHint')}
        error={errorFor('timeZone')}
        value={timeZone}
        onChange={(zone) => onChange({ timeZone: zone })}
      />
      <fieldset className="field--choices person-form__hours-mode">
        <legend>{t('roster.personForm.hours.mode')}</legend>
        <RadioChoice
          id={`${baseId}-any`}
          name={`${baseId}-mode`}
          label={t('roster.personForm.hours.anyTime')}
          isChecked={!hasWorkingHours}
          onSelect={() => onChange({ hasWorkingHours: false })}
        />
        <RadioChoice
          id={`${baseId}-set`}
          name={`${baseId}-mode`}
          label={t('roster.personForm.hours.setHours')}
          isChecked={hasWorkingHours}
          onSelect={() => onChange({ hasWorkingHours: true })}
        />
      </fieldset>
      {hasWorkingHours && (
        <div className="person-form__hours">
          <fieldset className="field--choices person-form__days">
            <legend>{t('roster.personForm.hours.days')}</legend>
            {isoWeekdays.map((day) => (
              <CheckboxChoice
                key={day}
                id={`${baseId}-day-${day}`}
                label={localize.day(dateFnsDays[day], { width: 'wide' })}
                isChecked={workingHours.days.includes(day)}
                isInvalid={daysError !== undefined}
                describedBy={daysError === undefined ? undefined : daysErrorId}
                onChange={(isChecked) => toggleDay(day, isChecked)}
              />
            ))}
            {daysError !== undefined && (
              <p id={daysErrorId} className="field__error">
                {daysError}
              </p>
            )}
          </fieldset>
          <div className="form-grid">
            <TimeField
              label={t('roster.personForm.hours.start')}
              error={errorFor('availability.workingHours.start')}
              value={workingHours.start}
              onChange={(start) => changeHours({ start })}
            />
            <TimeField
              label={t('roster.personForm.hours.end')}
              hint={t('roster.personForm.hours.endHint')}
              error={errorFor('availability.workingHours.end')}
              value={workingHours.end}
              onChange={(end) => changeHours({ end })}
            />
          </div>
          <CheckboxChoice
            id={`${baseId}-outside`}
            label={t('roster.personForm.hours.callableOutsideHours')}
            isChecked={workingHours.callableOutsideHours}
            onChange={(callableOutsideHours) => changeHours({ callableOutsideHours })}
          />
        </div>
      )}
    </fieldset>
  );
}
