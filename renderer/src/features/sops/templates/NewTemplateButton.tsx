import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { TemplateInput } from '../sopCommands';
import { createTemplate } from '../sopCommands';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCommStakeholders } from '../useSopData';
import { TemplateFormDialog } from './TemplateFormDialog';
import { emptyTemplateInput } from './templateFormDraft';

/** The audience a new template starts with when the matrix has no groups (it always has some). */
const fallbackAudience = 'public';

/**
 * "New template": opens the template form on an empty holding statement in the app's language
 * and, once saved, opens the new template's page. An unsaved new template is kept as a draft and
 * comes back the next time the form opens.
 */
export function NewTemplateButton() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const language = useLanguage();
  const groups = useCommStakeholders();
  const [initial, setInitial] = useState<TemplateInput | null>(null);
  return (
    <>
      <button
        type="button"
        className="button--primary"
        disabled={groups === undefined}
        onClick={() =>
          setInitial(emptyTemplateInput(language, groups?.[0]?.id ?? fallbackAudience))
        }
      >
        {t('sops.templates.list.newTemplate')}
      </button>
      {initial !== null && (
        <TemplateFormDialog
          mode="create"
          initial={initial}
          save={createTemplate}
          draftKey="statement-template-form:new"
          basedOn={null}
          onSaved={(template) => {
            setInitial(null);
            // Absolute: the button may sit in the SOP area's nested router or anywhere else.
            navigate(`~/sops/templates/${template.id}`);
          }}
          onClose={() => setInitial(null)}
        />
      )}
    </>
  );
}
