import { useTranslation } from 'react-i18next';
import { AddableChoiceField } from '../../../../components/fields/AddableChoiceField';
import { addQualificationType, rosterIssueMessageKey } from '../../rosterCommands';
import { useQualificationName } from '../../rosterLabels';
import { useQualificationTypes } from '../../useRosterData';

/** Props of {@link QualificationTypeField}: already-translated text. */
export type QualificationTypeFieldProps = {
  label: string;
  error: string | undefined;
  /** The chosen type id, or '' while none is chosen. */
  typeId: string;
  onChange: (typeId: string) => void;
};

/**
 * The type of a held qualification: the built-in types, then the company's own, and "Add a
 * qualification type…", which opens a name field in place; the added type is chosen at once (a
 * name that already exists, in any language, case or width, gives that type back).
 */
export function QualificationTypeField({
  label,
  error,
  typeId,
  onChange,
}: QualificationTypeFieldProps) {
  const { t } = useTranslation();
  const types = useQualificationTypes();
  const qualificationName = useQualificationName();
  return (
    <AddableChoiceField
      className="person-form__qualification-type"
      text={{
        label,
        placeholder: t('roster.personForm.qualifications.chooseType'),
        addOption: t('roster.personForm.qualifications.addType'),
        addHint: t('roster.personForm.qualifications.addTypeHint'),
        newNameLabel: t('roster.personForm.qualifications.newTypeName'),
        confirm: t('roster.personForm.qualifications.addTypeConfirm'),
        cancel: t('roster.personForm.qualifications.addTypeCancel'),
      }}
      error={error}
      value={typeId}
      onChange={onChange}
      optionIds={types?.map((type) => type.id)}
      optionLabel={qualificationName}
      add={addQualificationType}
      issueMessageKey={rosterIssueMessageKey}
    />
  );
}
