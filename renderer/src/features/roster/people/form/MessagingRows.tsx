import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/fields/SelectField';
import { TextField } from '../../../../components/fields/TextField';
import { messagingServices } from '../../../../../../shared/domain/roster/person';
import { maxRows, newMessagingDraft } from './personFormDraft';
import type { MessagingDraft } from './personFormDraft';
import { RowList } from './RowList';
import { withRowChanged } from './listRows';
import type { ListProps } from './listRows';

/**
 * The person's messaging handles: the app (LINE, WeChat, WeCom …) and their ID in it; for an app
 * not in the list ("other"), its name too.
 */
export function MessagingRows({ rows, onChange, onRemove, errorFor }: ListProps<MessagingDraft>) {
  const { t } = useTranslation();
  return (
    <RowList
      legend={t('roster.personForm.messaging.legend')}
      emptyText={t('roster.personForm.messaging.none')}
      addLabel={t('roster.personForm.messaging.add')}
      removeLabel={(index) => t('roster.personForm.messaging.remove', { number: index + 1 })}
      rows={rows}
      rowKey={(row) => row.rowId}
      maxRows={maxRows.messaging}
      onAdd={() => onChange([...rows, newMessagingDraft()])}
      onRemove={onRemove}
      renderRow={(row, index) => (
        <>
          <SelectField
            label={t('roster.personForm.messaging.service', { number: index + 1 })}
            error={errorFor(`messaging.${index}.service`)}
            value={row.service}
            options={messagingServices}
            optionLabel={(service) => t(`roster.messagingServices.${service}`)}
            onChange={(service) => onChange(withRowChanged(rows, index, { service }))}
          />
          {row.service === 'other' && (
            <TextField
              label={t('roster.personForm.messaging.label', { number: index + 1 })}
              hint={t('roster.personForm.messaging.labelHint')}
              error={errorFor(`messaging.${index}.label`)}
              value={row.label}
              onChange={(label) => onChange(withRowChanged(rows, index, { label }))}
            />
          )}
          <TextField
            label={t('roster.personForm.messaging.handle', { number: index + 1 })}
            error={errorFor(`messaging.${index}.handle`)}
            value={row.handle}
            onChange={(handle) => onChange(withRowChanged(rows, index, { handle }))}
          />
        </>
      )}
    />
  );
}
