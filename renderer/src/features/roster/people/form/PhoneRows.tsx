import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/fields/SelectField';
import { TextField } from '../../../../components/fields/TextField';
import { phoneKinds } from '../../../../../../shared/domain/roster/person';
import { maxRows, newPhoneDraft } from './personFormDraft';
import type { PhoneDraft } from './personFormDraft';
import { RowList } from './RowList';
import { withRowChanged } from './listRows';
import type { ListProps } from './listRows';

/** The person's phone numbers: a kind (mobile, work …) and the number as people write it. */
export function PhoneRows({ rows, onChange, onRemove, errorFor }: ListProps<PhoneDraft>) {
  const { t } = useTranslation();
  return (
    <RowList
      legend={t('roster.personForm.phones.legend')}
      emptyText={t('roster.personForm.phones.none')}
      addLabel={t('roster.personForm.phones.add')}
      removeLabel={(index) => t('roster.personForm.phones.remove', { number: index + 1 })}
      rows={rows}
      rowKey={(row) => row.rowId}
      maxRows={maxRows.phones}
      onAdd={() => onChange([...rows, newPhoneDraft()])}
      onRemove={onRemove}
      renderRow={(row, index) => (
        <>
          <SelectField
            label={t('roster.personForm.phones.kind', { number: index + 1 })}
            error={errorFor(`phones.${index}.kind`)}
            value={row.kind}
            options={phoneKinds}
            optionLabel={(kind) => t(`roster.phoneKinds.${kind}`)}
            onChange={(kind) => onChange(withRowChanged(rows, index, { kind }))}
          />
          <TextField
            label={t('roster.personForm.phones.number', { number: index + 1 })}
            error={errorFor(`phones.${index}.number`)}
            value={row.number}
            onChange={(number) => onChange(withRowChanged(rows, index, { number }))}
          />
        </>
      )}
    />
  );
}
