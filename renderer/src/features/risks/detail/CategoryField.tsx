import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { addRiskCategory } from '../riskCommands';
import type { FieldIssue } from '../riskCommands';
import { useCategoryLabel } from '../riskLabels';
import { useRiskCategories } from '../useRiskData';
import { fieldIssueText } from './fieldIssueText';

/** The select option that opens the "add a category" field instead of choosing one. */
const addOption = '__add-category__';

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
  const [isAdding, setIsAdding] = useState(false);
  const [name, setName] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const groupId = useId();
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (isAdding) {
      nameRef.current?.focus();
    }
  }, [isAdding]);

  const ids = categories?.map((category) => category.id) ?? [];
  if (!ids.includes(categoryId)) {
    ids.push(categoryId);
  }

  async function add() {
    setIsSaving(true);
    try {
      const result = await addRiskCategory(name);
      if (result.ok) {
        onChange(result.value.id);
        setIsAdding(false);
        setName('');
        setIssues([]);
      } else {
        setIssues(result.issues);
      }
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <div className="risk-category">
      <FormField label={t('risks.fields.categoryId')} error={error}>
        {(control) => (
          <select
            {...control}
            value={categoryId}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === addOption) {
                setIsAdding(true);
              } else {
                onChange(value);
              }
            }}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {categoryLabel(id)}
              </option>
            ))}
            <option value={addOption}>{t('risks.detail.form.addCategory')}</option>
          </select>
        )}
      </FormField>
      {isAdding && (
        <div role="group" aria-labelledby={groupId} className="risk-category__add">
          <p id={groupId} className="field__description">
            {t('risks.detail.form.addCategoryHint')}
          </p>
          <FormField
            label={t('risks.detail.form.newCategoryName')}
            error={fieldIssueText(issues, 'name', t) ?? fieldIssueText(issues, '', t)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                ref={nameRef}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Enter adds the category rather than submitting the whole risk form.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void add();
                  }
                }}
              />
            )}
          </FormField>
          <div className="button-row button-row--compact">
            <button type="button" disabled={isSaving} onClick={() => void add()}>
              {t('risks.detail.form.addCategoryConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setIsAdding(false);
                setIssues([]);
              }}
            >
              {t('risks.detail.form.addCategoryCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
