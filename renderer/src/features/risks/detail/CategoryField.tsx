import { useTranslation } from 'react-i18next';
import { AddableChoiceField } from '../../../components/fields/AddableChoiceField';
import { addRiskCategory, fieldIssueMessageKey } from '../riskCommands';
import { useCategoryLabel } from '../riskLabels';
import { useRiskCategories } from '../useRiskData';

/** Props of {@link CategoryField}. */
export type CategoryFieldProps = {
  categoryId: string;
  /** The translated error of the category, or undefined. */
  error: string | undefined;
  onChange: (categoryId: string) => void;
};

/**
 * The risk's category: the built-in ones, then the company's own, and "Add a category…", which
 * opens a name field in place; the added category is chosen at once (the same name twice gives
 * the existing one back).
 */
export function CategoryField({ categoryId, error, onChange }: CategoryFieldProps) {
  const { t } = useTranslation();
  const categories = useRiskCategories();
  const categoryLabel = useCategoryLabel();
  return (
    <AddableChoiceField
      className="risk-category"
      text={{
        label: t('risks.fields.categoryId'),
        addOption: t('risks.detail.form.addCategory'),
        addHint: t('risks.detail.form.addCategoryHint'),
        newNameLabel: t('risks.detail.form.newCategoryName'),
        confirm: t('risks.detail.form.addCategoryConfirm'),
        cancel: t('risks.detail.form.addCategoryCancel'),
      }}
      error={error}
      value={categoryId}
      onChange={onChange}
      optionIds={categories?.map((category) => category.id)}
      optionLabel={categoryLabel}
      add={addRiskCategory}
      issueMessageKey={fieldIssueMessageKey}
    />
  );
}
