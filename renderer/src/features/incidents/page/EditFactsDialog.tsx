import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import {
  detectionSources,
  incidentPriorities,
  incidentVisibilities,
} from '../../../../../shared/domain/incidents/incident';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { localize } from '../../../../../shared/domain/localizedText';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { FormField } from '../../../components/FormField';
import { IssueSummary } from '../../../components/IssueSummary';
import { ModalDialog } from '../../../components/ModalDialog';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useSeverityLevels } from '../../roster';
import { useRiskViews } from '../../risks';
import { useCommStakeholders, useCrisisTypeName, useStakeholderName } from '../../sops';
import { incidentIssueMessageKey, updateIncidentFacts } from '../incidentCommands';
import { CheckboxList } from './CheckboxList';
import { factChangeSummary } from './factChangeSummary';
import {
  incidentInputOf,
  storedFactsDraftSchema,
  toFactsDraft,
  toIncidentInput,
} from './incidentFactsDraft';
import type { FactsDraft } from './incidentFactsDraft';
import { SeverityChoice } from '../SeverityChoice';

/** Fields the form shows issues beside; anything else goes to the summary. */
const placedPaths = [
  'title',
  'crisisTypeId',
  'severityId',
  'priority',
  'detectionSource',
  'detectionNote',
  'summary',
  'startedAt',
  'detectedAt',
  'affectedAudiences',
  'tags',
  'visibility',
  'riskIds',
] as const;

/** Props of {@link EditFactsDialog}. */
export type EditFactsDialogProps = {
  incident: Incident;
  /** The operator's name, recorded as the author of the update entry. */
  operator: string;
  onClose: () => void;
};

/**
 * "Edit facts" of an incident in a modal form: title, crisis type, severity (each level with its
 * definition), priority, detection source and note, summary, start and detection times, affected
 * audiences, tags, visibility, linked risks from the register and the exercise flag. Saving writes
 * an `update` entry summarising what changed ("Severity SEV 2 · Major → SEV 1 · Critical"; none
 * when nothing did). A refused save shows each problem under its field and keeps what was typed;
 * unsaved changes are kept in local storage and closing with them asks first.
 */
export function EditFactsDialog({ incident, operator, onClose }: EditFactsDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const levels = useSeverityLevels();
  const stakeholders = useCommStakeholders();
  const stakeholderName = useStakeholderName();
  const crisisTypeName = useCrisisTypeName();
  const risks = useRiskViews();
  const exerciseId = useId();
  const draftKey = `incident-facts:${incident.id}`;
  const basedOn = incident.updatedAt;
  const [original] = useState(() => incidentInputOf(incident));
  const [initialDraft] = useState(() => toFactsDraft(original));
  const [restored] = useState(() => readDialogDraft(draftKey, storedFactsDraftSchema, basedOn));
  const [draft, setDraft] = useState<FactsDraft>(restored ?? initialDraft);
  const form = useIssueSubmit();
  const { issues } = form;
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initialDraft);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });

  const severityName = useCallback(
    (severityId: string) => {
      const level = levels?.find((candidate) => candidate.id === severityId);
      return level === undefined ? severityId : localize(level.name, language);
    },
    [levels, language],
  );
  const crisisTypeOptions = useMemo(() => {
    const known: string[] = ['', ...crisisTypes];
    return known.includes(draft.crisisTypeId) ? known : [...known, draft.crisisTypeId];
  }, [draft.crisisTypeId]);

  const errorFor = (path: string) => issueTextAt(issues, path, t, incidentIssueMessageKey);
  const otherErrors = unplacedIssueMessages(issues, placedPaths, t, incidentIssueMessageKey);

  function change(update: Partial<FactsDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function handleSubmit() {
    const read = toIncidentInput(draft, original);
    if (!read.ok) {
      form.showIssues(read.issues);
      return;
    }
    const entryText = factChangeSummary(original, read.value, t, {
      severity: severityName,
      crisisType: (id) =>
        id === null ? t('incidents.page.facts.noCrisisType') : crisisTypeName(id),
    });
    await form.submit(
      () => updateIncidentFacts(incident.id, read.value, entryText, operator),
      () => {
        forgetDraft();
        onClose();
      },
    );
  }

  const title = t('incidents.page.edit.title');
  if (levels === undefined) {
    return (
      <ModalDialog title={title} onRequestClose={onClose} className="modal--wide">
        <p role="status">{t('incidents.page.edit.loading')}</p>
        <div className="button-row modal__actions">
          <button type="button" onClick={onClose}>
            {t('incidents.page.edit.cancel')}
          </button>
        </div>
      </ModalDialog>
    );
  }
  return (
    <DialogForm
      title={title}
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
      summary={
        <IssueSummary
          heading={
            issues.length > 0
              ? t('incidents.page.edit.issueSummary', { count: issues.length })
              : null
          }
          otherErrors={otherErrors}
        />
      }
      labels={{
        cancel: t('incidents.page.edit.cancel'),
        save: t('incidents.page.edit.save'),
        saving: t('incidents.page.edit.saving'),
      }}
      formClassName="incident-facts-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.page.edit.discardTitle')}
            message={t('incidents.page.edit.discardMessage')}
            confirmLabel={t('incidents.page.edit.discard')}
            cancelLabel={t('incidents.page.edit.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && <p role="status">{t('incidents.page.edit.restoredDraft')}</p>}
      <TextField
        label={t('incidents.page.edit.fields.title')}
        error={errorFor('title')}
        isWide
        value={draft.title}
        onChange={(value) => change({ title: value })}
      />
      <SeverityChoice
        legend={t('incidents.page.edit.fields.severityId')}
        levels={levels}
        value={draft.severityId}
        onChange={(severityId) => change({ severityId })}
        error={errorFor('severityId')}
      />
      <div className="form-grid">
        <SelectField
          label={t('incidents.page.edit.fields.priority')}
          error={errorFor('priority')}
          value={draft.priority}
          options={incidentPriorities}
          optionLabel={(priority) => t(`incidents.priorities.${priority}`)}
          onChange={(priority) => change({ priority })}
        />
        <SelectField
          label={t('incidents.page.edit.fields.crisisTypeId')}
          error={errorFor('crisisTypeId')}
          value={draft.crisisTypeId}
          options={crisisTypeOptions}
          optionLabel={(id) =>
            id === '' ? t('incidents.page.edit.noCrisisType') : crisisTypeName(id)
          }
          onChange={(crisisTypeId) => change({ crisisTypeId })}
        />
        <SelectField
          label={t('incidents.page.edit.fields.detectionSource')}
          error={errorFor('detectionSource')}
          value={draft.detectionSource}
          options={detectionSources}
          optionLabel={(source) => t(`incidents.detectionSources.${source}`)}
          onChange={(detectionSource) => change({ detectionSource })}
        />
        <SelectField
          label={t('incidents.page.edit.fields.visibility')}
          error={errorFor('visibility')}
          value={draft.visibility}
          options={incidentVisibilities}
          optionLabel={(visibility) => t(`incidents.visibilities.${visibility}`)}
          onChange={(visibility) => change({ visibility })}
        />
        <FormField
          label={t('incidents.page.edit.fields.startedAt')}
          hint={t('incidents.page.edit.startedAtHint')}
          error={errorFor('startedAt')}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={draft.startedAtText}
              onChange={(event) => change({ startedAtText: event.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('incidents.page.edit.fields.detectedAt')}
          error={errorFor('detectedAt')}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={draft.detectedAtText}
              onChange={(event) => change({ detectedAtText: event.currentTarget.value })}
            />
          )}
        </FormField>
      </div>
      <TextAreaField
        label={t('incidents.page.edit.fields.detectionNote')}
        error={errorFor('detectionNote')}
        rows={2}
        value={draft.detectionNote}
        onChange={(detectionNote) => change({ detectionNote })}
      />
      <TextAreaField
        label={t('incidents.page.edit.fields.summary')}
        error={errorFor('summary')}
        rows={3}
        value={draft.summary}
        onChange={(summary) => change({ summary })}
      />
      <CheckboxList
        legend={t('incidents.page.edit.fields.affectedAudiences')}
        emptyText={t('incidents.page.edit.noAudiences')}
        options={(stakeholders ?? []).map((group) => ({
          id: group.id,
          label: stakeholderName(group.id, stakeholders),
        }))}
        selected={draft.affectedAudiences}
        onChange={(affectedAudiences) => change({ affectedAudiences })}
        error={errorFor('affectedAudiences')}
      />
      <TextField
        label={t('incidents.page.edit.fields.tags')}
        hint={t('incidents.page.edit.tagsHint')}
        error={errorFor('tags')}
        isWide
        value={draft.tagsText}
        onChange={(tagsText) => change({ tagsText })}
      />
      <CheckboxList
        legend={t('incidents.page.edit.fields.riskIds')}
        emptyText={t('incidents.page.edit.noRisks')}
        options={(risks ?? []).map(({ risk }) => ({
          id: risk.id,
          label: `${risk.reference} ${risk.title}`,
        }))}
        selected={draft.riskIds}
        onChange={(riskIds) => change({ riskIds })}
        error={errorFor('riskIds')}
      />
      <div className="choice">
        <input
          id={exerciseId}
          type="checkbox"
          checked={draft.isExercise}
          onChange={(event) => change({ isExercise: event.currentTarget.checked })}
        />
        <label htmlFor={exerciseId}>{t('incidents.page.edit.exercise')}</label>
      </div>
    </DialogForm>
  );
}
