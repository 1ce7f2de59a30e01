import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../components/DialogForm';
import type { DialogFormProps } from '../../../components/DialogForm';

/** Props of {@link RiskDialogForm}. */
export type RiskDialogFormProps = Omit<DialogFormProps, 'labels' | 'formClassName'> & {
  /** The save button's text when not "Save". */
  saveLabel?: string;
};

/**
 * The frame of every risk editing dialog: {@link DialogForm} with the risk form's layout and
 * buttons.
 */
export function RiskDialogForm({ saveLabel, ...props }: RiskDialogFormProps) {
  const { t } = useTranslation();
  return (
    <DialogForm
      {...props}
      formClassName="risk-form"
      labels={{
        cancel: t('risks.detail.form.cancel'),
        save: saveLabel ?? t('risks.detail.form.save'),
        saving: t('risks.detail.form.saving'),
      }}
    />
  );
}
