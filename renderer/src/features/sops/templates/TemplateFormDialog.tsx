import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import { languages } from '../../../../../shared/domain/settings';
import {
  placeholderNames,
  statementStages,
} from '../../../../../shared/domain/sops/statementTemplates';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { IssueSummary } from '../../../components/IssueSummary';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { languageNames } from '../../../i18n/languageNames';
import type { CommandResult } from '../../../lib/commandResult';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { sopIssueMessageKey } from '../sopCommands';
import type { TemplateInput } from '../sopCommands';
import { useCrisisTypeName, useStakeholderName } from '../sopLabels';
import { useCommStakeholders } from '../useSopData';
import { PlaceholderBodyField } from './PlaceholderBodyField';
import { storedTemplateDraftSchema, templateFieldPaths } from './templateFormDraft';

/** Props of {@link TemplateFormDialog}. */
export type TemplateFormDialogProps = {
  mode: 'create' | 'edit';
  /** The template's input as it is now ({@link emptyTemplateInput} when creating). */
  initial: TemplateInput;
  /** Saves the input (createTemplate or updateTemplate); issues come back beside their fields. */
  save: (input: TemplateInput) => Promise<CommandResult<StoredStatementTemplate>>;
  onSaved: (template: StoredStatementTemplate) => void;
  onClose: () => void;
  /** Where the unsaved draft is kept (`statement-template-form:new` or `…:<id>`). */
  draftKey: string;
  /** `updatedAt` of the template being edited (null when creating): an older draft is not restored. */
  basedOn: number | null;
};

/** The select value of "written for every crisis type" (a null crisis type). */
const everyCrisisType = '';

/**
 * Adds or edits a statement template in a modal dialog: title, crisis type (or every crisis
 * type), stage, audience (the matrix's stakeholder groups), language, the plain-text body with
 * placeholder buttons and a live check of its placeholders, the values needed before release and
 * the approvals needed. A refused save shows each problem beside its field, focuses the first and
 * writes nothing; closing with unsaved changes asks first, and unsaved changes survive a reload.
 */
export function TemplateFormDialog({
  mode,
  initial,
  save,
  onSaved,
  onClose,
  draftKey,
  basedOn,
}: TemplateFormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const crisisTypeName = useCrisisTypeName();
  const stakeholderName = useStakeholderName();
  const groups = useCommStakeholders();
  const [restored] = useState(() => readDialogDraft(draftKey, storedTemplateDraftSchema, basedOn));
  const [draft, setDraft] = useState<TemplateInput>(restored ?? initial);
  const form = useIssueSubmit();
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });

  function change(update: Partial<TemplateInput>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function handleSubmit() {
    await form.submit(
      () => save(draft),
      (template) => {
        forgetDraft();
        onSaved(template);
      },
    );
  }

  const errorFor = (path: string) => issueTextAt(form.issues, path, t, sopIssueMessageKey);
  const otherErrors = unplacedIssueMessages(form.issues, templateFieldPaths, t, sopIssueMessageKey);
  // A crisis type or audience no longer offered (a removed group) stays shown, so the select
  // never lies about what is stored.
  const crisisTypeOptions = [
    everyCrisisType,
    ...new Set([...crisisTypes, ...(draft.crisisTypeId === null ? [] : [draft.crisisTypeId])]),
  ];
  const audienceOptions = [
    ...new Set([...(groups ?? []).map((group) => group.id), draft.audience]),
  ].filter((audience) => audience !== '');
  const requiredError = errorFor('requiredPlaceholders');
  return (
    <DialogForm
      title={
        mode === 'create'
          ? t('sops.templates.form.createTitle')
          : t('sops.templates.form.editTitle')
      }
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
      summary={
        <IssueSummary
          heading={
            form.issues.length > 0
              ? t('sops.templates.form.issueSummary', { count: form.issues.length })
              : null
          }
          otherErrors={otherErrors}
        />
      }
      labels={{
        cancel: t('sops.templates.form.cancel'),
        save: t('sops.templates.form.save'),
        saving: t('sops.templates.form.saving'),
      }}
      formClassName="template-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('sops.templates.form.discardTitle')}
            message={t('sops.templates.form.discardMessage')}
            confirmLabel={t('sops.templates.form.discard')}
            cancelLabel={t('sops.templates.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && (
        <p role="status" className="template-form__restored">
          {t('sops.templates.form.restoredDraft')}
        </p>
      )}
      <TextField
        label={t('sops.templates.form.title')}
        error={errorFor('title')}
        value={draft.title}
        isWide
        onChange={(title) => change({ title })}
      />
      <div className="form-grid">
        <SelectField
          label={t('sops.templates.form.crisisType')}
          error={errorFor('crisisTypeId')}
          value={draft.crisisTypeId ?? everyCrisisType}
          options={crisisTypeOptions}
          optionLabel={(option) => crisisTypeName(option === everyCrisisType ? null : option)}
          onChange={(option) =>
            change({ crisisTypeId: option === everyCrisisType ? null : option })
          }
        />
        <SelectField
          label={t('sops.templates.form.stage')}
          error={errorFor('stage')}
          value={draft.stage}
          options={statementStages}
          optionLabel={(stage) => t(`sops.stages.${stage}`)}
          onChange={(stage) => change({ stage })}
        />
        <SelectField
          label={t('sops.templates.form.audience')}
          error={errorFor('audience')}
          value={draft.audience}
          options={audienceOptions}
          optionLabel={(audience) => stakeholderName(audience, groups)}
          onChange={(audience) => change({ audience })}
        />
        <SelectField
          label={t('sops.templates.form.language')}
          error={errorFor('language')}
          value={draft.language}
          options={languages}
          optionLabel={(language) => languageNames[language]}
          onChange={(language) => change({ language })}
        />
      </div>
      <PlaceholderBodyField
        value={draft.body}
        onChange={(body) => change({ body })}
        error={errorFor('body')}
        language={draft.language}
      />
      <fieldset className="form-group" aria-describedby={`${id}-required-hint`}>
        <legend>{t('sops.templates.form.requiredLegend')}</legend>
        <p id={`${id}-required-hint`} className="field__description">
          {t('sops.templates.form.requiredHint')}
        </p>
        <div className="template-form__choices">
          {placeholderNames.map((name) => (
            <div key={name} className="choice">
              <input
                id={`${id}-required-${name}`}
                type="checkbox"
                checked={draft.requiredPlaceholders.includes(name)}
                aria-invalid={requiredError === undefined ? undefined : true}
                onChange={(event) => {
                  const isChecked = event.currentTarget.checked;
                  change({
                    requiredPlaceholders: isChecked
                      ? placeholderNames.filter(
                          (candidate) =>
                            candidate === name || draft.requiredPlaceholders.includes(candidate),
                        )
                      : draft.requiredPlaceholders.filter((candidate) => candidate !== name),
                  });
                }}
              />
              <label htmlFor={`${id}-required-${name}`}>{t(`sops.placeholders.${name}`)}</label>
            </div>
          ))}
        </div>
        {requiredError !== undefined && <p className="field__error">{requiredError}</p>}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('sops.templates.form.approvalsLegend')}</legend>
        <div className="choice">
          <input
            id={`${id}-legal`}
            type="checkbox"
            checked={draft.needsLegalApproval}
            onChange={(event) => change({ needsLegalApproval: event.currentTarget.checked })}
          />
          <label htmlFor={`${id}-legal`}>{t('sops.templates.form.needsLegalApproval')}</label>
        </div>
        <div className="choice">
          <input
            id={`${id}-spokesperson`}
            type="checkbox"
            checked={draft.needsSpokespersonApproval}
            onChange={(event) => change({ needsSpokespersonApproval: event.currentTarget.checked })}
          />
          <label htmlFor={`${id}-spokesperson`}>
            {t('sops.templates.form.needsSpokespersonApproval')}
          </label>
        </div>
      </fieldset>
    </DialogForm>
  );
}
