import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/fields/SelectField';
import { TextField } from '../../../../components/fields/TextField';
import { emailKinds } from '../../../../../../shared/domain/roster/person';
import { maxRows, newEmailDraft } from './personFormDraft';
import type { EmailDraft } from './personFormDraft';
import { RowList } from './RowList';
import { withRowChanged } from './listRows';
import type { ListProps } from './listRows';

/** The person's email addresses: a kind (work, personal …) and the address. */
export function EmailRows({ rows, onChange, onRemove, errorFor }: ListProps<EmailDraft>) {
  const { t } = useTranslation();
  return (
    <RowList
      legend={t('roster.personForm.emails.legend')}
      emptyText={t('roster.personForm.emails.none')}
      addLabel={t('roster.personForm.emails.add')}
      removeLabel={(index) => t('roster.personForm.emails.remove', { number: index + 1 })}
      rows={rows}
      rowKey={(row) => row.rowId}
      maxRows={maxRows.emails}
      onAdd={() => onChange([...rows, newEmailDraft()])}
      onRemove={onRemove}
      renderRow={(row, index) => (
        <>
          <SelectField
            label={t('roster.personForm.emails.kind', { number: index + 1 })}
            error={errorFor(`emails.${index}.kind`)}
            value={row.kind}
            options={emailKinds}
            optionLabel={(kind) => t(`roster.emailKinds.${kind}`)}
            onChange={(kind) => onChange(withRowChanged(rows, index, { kind }))}
          />
          <TextField
            label={t('roster.personForm.emails.address', { number: index + 1 })}
            error={errorFor(`emails.${index}.address`)}
            isWide
            value={row.address}
            onChange={(address) => onChange(withRowChanged(rows, index, { address }))}
          />
        </>
      )}
    />
  );
}
