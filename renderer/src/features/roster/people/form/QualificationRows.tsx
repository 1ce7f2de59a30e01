import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../components/fields/DateField';
import { TextField } from '../../../../components/fields/TextField';
import { maxRows, newQualificationDraft } from './personFormDraft';
import type { QualificationDraft } from './personFormDraft';
import { QualificationTypeField } from './QualificationTypeField';
import { RowList } from './RowList';
import { withRowChanged } from './listRows';
import type { ListProps } from './listRows';

/**
 * The qualifications the person holds: the type (built-in, the company's own, or one added here),
 * when it was awarded, when it expires (empty = does not expire) and a note.
 */
export function QualificationRows({
  rows,
  onChange,
  onRemove,
  errorFor,
}: ListProps<QualificationDraft>) {
  const { t } = useTranslation();
  return (
    <RowList
      legend={t('roster.personForm.qualifications.legend')}
      hint={t('roster.personForm.qualifications.hint')}
      emptyText={t('roster.personForm.qualifications.none')}
      addLabel={t('roster.personForm.qualifications.add')}
      removeLabel={(index) => t('roster.personForm.qualifications.remove', { number: index + 1 })}
      rows={rows}
      rowKey={(row) => row.id}
      maxRows={maxRows.qualifications}
      onAdd={() => onChange([...rows, newQualificationDraft()])}
      onRemove={onRemove}
      renderRow={(row, index) => {
        const path = `qualifications.${index}`;
        return (
          <>
            <QualificationTypeField
              label={t('roster.personForm.qualifications.type', { number: index + 1 })}
              error={errorFor(`${path}.typeId`)}
              typeId={row.typeId}
              onChange={(typeId) => onChange(withRowChanged(rows, index, { typeId }))}
            />
            <DateField
              label={t('roster.personForm.qualifications.awardedOn', { number: index + 1 })}
              error={errorFor(`${path}.awardedOn`)}
              value={row.awardedOn}
              onChange={(awardedOn) => onChange(withRowChanged(rows, index, { awardedOn }))}
            />
            <DateField
              label={t('roster.personForm.qualifications.expiresOn', { number: index + 1 })}
              error={errorFor(`${path}.expiresOn`)}
              value={row.expiresOn}
              onChange={(expiresOn) => onChange(withRowChanged(rows, index, { expiresOn }))}
            />
            <TextField
              label={t('roster.personForm.qualifications.note', { number: index + 1 })}
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
