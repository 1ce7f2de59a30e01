import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/fields/SelectField';
import { TextField } from '../../../../components/fields/TextField';
import { absenceReasons } from '../../../../../../shared/domain/roster/person';
import { DateTimeField } from './DateTimeField';
import { maxRows, newAbsenceDraft } from './personFormDraft';
import type { AbsenceDraft } from './personFormDraft';
import { RowList } from './RowList';
import { withRowChanged } from './listRows';
import type { ListProps } from './listRows';

/** Props of {@link AbsenceRows}. */
export type AbsenceRowsProps = ListProps<AbsenceDraft> & {
  /** The device's time zone, which the date-time fields are in. */
  deviceTimeZone: string;
  /** The current time (epoch ms), where a new time away starts. */
  now: () => number;
};

/**
 * The person's times away (leave, travel …): from and until, in the device's time zone (an
 * empty end is "until marked available"), a reason and a note.
 */
export function AbsenceRows({
  rows,
  onChange,
  onRemove,
  errorFor,
  deviceTimeZone,
  now,
}: AbsenceRowsProps) {
  const { t } = useTranslation();
  return (
    <RowList
      legend={t('roster.personForm.absences.legend')}
      hint={t('roster.personForm.absences.hint', { zone: deviceTimeZone })}
      emptyText={t('roster.personForm.absences.none')}
      addLabel={t('roster.personForm.absences.add')}
      removeLabel={(index) => t('roster.personForm.absences.remove', { number: index + 1 })}
      rows={rows}
      rowKey={(row) => row.id}
      maxRows={maxRows['availability.absences']}
      onAdd={() => onChange([...rows, newAbsenceDraft(now())])}
      onRemove={onRemove}
      renderRow={(row, index) => {
        const path = `availability.absences.${index}`;
        return (
          <>
            <DateTimeField
              label={t('roster.personForm.absences.start', { number: index + 1 })}
              error={errorFor(`${path}.start`)}
              value={row.start}
              onChange={(start) => onChange(withRowChanged(rows, index, { start }))}
            />
            <DateTimeField
              label={t('roster.personForm.absences.end', { number: index + 1 })}
              error={errorFor(`${path}.end`)}
              value={row.end}
              onChange={(end) => onChange(withRowChanged(rows, index, { end }))}
            />
            <SelectField
              label={t('roster.personForm.absences.reason', { number: index + 1 })}
              error={errorFor(`${path}.reason`)}
              value={row.reason}
              options={absenceReasons}
              optionLabel={(reason) => t(`roster.absenceReasons.${reason}`)}
              onChange={(reason) => onChange(withRowChanged(rows, index, { reason }))}
            />
            <TextField
              label={t('roster.personForm.absences.note', { number: index + 1 })}
              error={errorFor(`${path}.note`)}
              isWide
              value={row.note}
              onChange={(note) => onChange(withRowChanged(rows, index, { note }))}
            />
          </>
        );
      }}
    />
  );
}
