import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { updateTemplate } from '../sopCommands';
import { TemplateFormDialog } from './TemplateFormDialog';
import { templateInputOf } from './templateFormDraft';

/** Props of {@link EditTemplateButton}. */
export type EditTemplateButtonProps = {
  /** The template as stored now; the form edits a copy taken when it opens. */
  template: StoredStatementTemplate;
};

/**
 * "Edit": opens the template form on the template as stored and closes it once saved. Unsaved
 * changes are kept as a draft of this template, restored only while the template has not changed
 * since.
 */
export function EditTemplateButton({ template }: EditTemplateButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<StoredStatementTemplate | null>(null);
  return (
    <>
      <button type="button" onClick={() => setOpened(template)}>
        {t('sops.templates.page.edit')}
      </button>
      {opened !== null && (
        <TemplateFormDialog
          mode="edit"
          initial={templateInputOf(opened)}
          save={(input) => updateTemplate(opened.id, input)}
          draftKey={`statement-template-form:${opened.id}`}
          basedOn={opened.updatedAt}
          onSaved={() => setOpened(null)}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  );
}
