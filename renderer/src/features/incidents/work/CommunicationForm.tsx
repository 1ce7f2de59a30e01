import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import { canRelease } from '../../../../../shared/domain/sops/statementTemplates';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { languageNames } from '../../../i18n/languageNames';
import type { FieldIssue } from '../../../lib/commandResult';
import { formatDateTime } from '../../../lib/dates';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useOperatorName } from '../../../lib/useOperatorName';
import { personDisplayName, usePeople } from '../../roster';
import { useChannelName, useStakeholderName } from '../../sops';
import { recordCommunication } from '../incidentCommands';
import { leftoverPlaceholders, prefillTemplate } from './communicationText';
import { newCommunicationDraft, storedCommunicationDraftSchema } from './communicationFormDraft';
import type { CommunicationDraft } from './communicationFormDraft';
import { LocalDateTimeField } from './LocalDateTimeField';
import { parseLocalDateTime, toLocalDateTime } from './localDateTime';
import { workIssueMessageKey } from './workIssues';

/** Fields the form shows issues beside; anything else goes to the top of the form. */
const placedPaths = [
  'audienceId',
  'channelId',
  'templateId',
  'text',
  'isExternal',
  'legalApprovedBy',
  'spokespersonApprovedBy',
  'releasedAt',
] as const;

/** A release time this far past the clock still counts as now (the field has whole minutes). */
const clockToleranceMs = 60_000;

/** `{{name}}` as the person sees it in the text. */
function braced(name: string): string {
  return `{{${name}}}`;
}

/** Props of {@link CommunicationForm}. */
export type CommunicationFormProps = {
  incident: Incident;
  stakeholders: readonly CommGroup[];
  channels: readonly CommGroup[];
  templates: readonly StoredStatementTemplate[];
  onClose: () => void;
};

/**
 * Records a communication released for an incident: audience and channel from the communication
 * matrix, the statement template used (those for the incident's crisis type and the chosen
 * audience; choosing one fills the text with what the incident knows — its title and detection
 * time — and leaves the rest, such as the company or the spokesperson, as placeholders to
 * replace), the text exactly as released, internal or external, the approvals and the release
 * time. It refuses a text that still holds a placeholder or stray double braces, and, when the
 * template needs legal or spokesperson approval, a record without the approver's name. What is
 * typed survives a reload (kept in local storage) and closing with unsaved text asks first.
 */
export function CommunicationForm({
  incident,
  stakeholders,
  channels,
  templates,
  onClose,
}: CommunicationFormProps) {
  const { t } = useTranslation();
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  const people = usePeople();
  const [operatorName] = useOperatorName();
  const externalId = useId();
  const form = useIssueSubmit();
  const { issues } = form;
  const draftKey = `incident-comm:${incident.id}`;
  const [initial] = useState(() =>
    newCommunicationDraft(incident, stakeholders, channels, toLocalDateTime(Date.now())),
  );
  const [restored] = useState(() =>
    readDialogDraft(draftKey, storedCommunicationDraftSchema, null),
  );
  const [draft, setDraft] = useState<CommunicationDraft>(restored ?? initial);
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn: null, draft, isDirty, onClose });
  /** The text as the template filled it, to tell whether the person has written over it. */
  const [prefilled, setPrefilled] = useState<string | null>(null);
  const [isTextKept, setIsTextKept] = useState(false);
  const approverSuggestions = useMemo(
    () => (people ?? []).map((person) => personDisplayName(person)),
    [people],
  );
  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(issues, path, t, workIssueMessageKey);

  const offeredTemplates = templates.filter(
    (template) =>
      (template.crisisTypeId === null || template.crisisTypeId === incident.crisisTypeId) &&
      template.audience === draft.audienceId,
  );
  const template = templates.find((candidate) => candidate.id === draft.templateId) ?? null;
  const leftover = leftoverPlaceholders(draft.text);

  function change(update: Partial<CommunicationDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function templateText(chosen: StoredStatementTemplate): string {
    return prefillTemplate(chosen, {
      incidentTitle: incident.title,
      detectedAt: formatDateTime(incident.detectedAt, chosen.language),
    }).text;
  }

  function chooseTemplate(templateId: string) {
    const chosen = templates.find((candidate) => candidate.id === templateId);
    if (chosen === undefined) {
      change({ templateId: '' });
      setIsTextKept(false);
      return;
    }
    // What the person wrote themselves is never replaced without asking.
    if (draft.text.trim() === '' || draft.text === prefilled) {
      const text = templateText(chosen);
      change({ templateId, text });
      setPrefilled(text);
      setIsTextKept(false);
    } else {
      change({ templateId });
      setIsTextKept(true);
    }
  }

  function replaceText() {
    if (template === null) {
      return;
    }
    const text = templateText(template);
    change({ text });
    setPrefilled(text);
    setIsTextKept(false);
  }

  function chooseAudience(audienceId: string) {
    // A template is written for one audience: it goes when the audience changes; the text stays.
    const keepsTemplate = template !== null && template.audience === audienceId;
    change(keepsTemplate ? { audienceId } : { audienceId, templateId: '' });
    if (!keepsTemplate) {
      setIsTextKept(false);
    }
  }

  /** Problems found before the command runs: what it cannot know about templates and text. */
  function checkDraft(releasedAt: number | null): FieldIssue[] {
    const found: FieldIssue[] = [];
    if (leftover.names.length > 0 || leftover.hasMalformed) {
      found.push({ path: 'text', code: 'unfilled-placeholder' });
    }
    if (template !== null) {
      const release = canRelease({
        template,
        legalApprovedBy: draft.legalApprovedBy,
        spokespersonApprovedBy: draft.spokespersonApprovedBy,
      });
      if (!release.ok) {
        found.push(
          ...release.missing.map((kind) => ({
            path: `${kind}ApprovedBy`,
            code: 'approval-required',
          })),
        );
      }
    }
    if (releasedAt === null) {
      found.push({ path: 'releasedAt', code: 'invalid-date' });
    } else if (releasedAt > Date.now() + clockToleranceMs) {
      found.push({ path: 'releasedAt', code: 'in-future' });
    }
    return found;
  }

  async function submit() {
    const releasedAt = parseLocalDateTime(draft.releasedAt);
    const found = checkDraft(releasedAt);
    if (found.length > 0 || releasedAt === null) {
      form.showIssues(found);
      return;
    }
    const audience = stakeholderName(draft.audienceId, stakeholders);
    const channel = channelName(draft.channelId, channels);
    const entryText =
      template !== null
        ? t('incidents.work.comms.entryWithTemplate', {
            template: template.title,
            audience,
            channel,
          })
        : draft.isExternal
          ? t('incidents.work.comms.entryExternal', { audience, channel })
          : t('incidents.work.comms.entryInternal', { audience, channel });
    await form.submit(
      () =>
        recordCommunication(
          incident.id,
          {
            audienceId: draft.audienceId,
            channelId: draft.channelId,
            templateId: template?.id ?? null,
            statementId: null,
            text: draft.text,
            isExternal: draft.isExternal,
            legalApprovedBy: draft.legalApprovedBy,
            spokespersonApprovedBy: draft.spokespersonApprovedBy,
            releasedAt,
          },
          operatorName,
          entryText,
        ),
      () => {
        forgetDraft();
        onClose();
      },
    );
  }

  const requiredHint = t('incidents.work.comms.form.approvalRequiredHint');
  return (
    <DialogForm
      title={t('incidents.work.comms.form.title')}
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={submit}
      otherErrors={unplacedIssueMessages(issues, placedPaths, t, workIssueMessageKey)}
      labels={{
        cancel: t('incidents.work.comms.form.cancel'),
        save: t('incidents.work.comms.form.save'),
        saving: t('incidents.work.comms.form.saving'),
      }}
      formClassName="incident-work-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.work.comms.form.discardTitle')}
            message={t('incidents.work.comms.form.discardMessage')}
            confirmLabel={t('incidents.work.comms.form.discard')}
            cancelLabel={t('incidents.work.comms.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && <p role="status">{t('incidents.work.comms.form.restoredDraft')}</p>}
      <div className="form-grid">
        <SelectField
          label={t('incidents.work.comms.form.audience')}
          error={errorFor('audienceId')}
          value={draft.audienceId}
          options={stakeholders.map((group) => group.id)}
          optionLabel={(id) => stakeholderName(id, stakeholders)}
          onChange={chooseAudience}
        />
        <SelectField
          label={t('incidents.work.comms.form.channel')}
          error={errorFor('channelId')}
          value={draft.channelId}
          options={channels.map((group) => group.id)}
          optionLabel={(id) => channelName(id, channels)}
          onChange={(channelId) => change({ channelId })}
        />
      </div>
      <SelectField
        label={t('incidents.work.comms.form.template')}
        hint={
          offeredTemplates.length === 0
            ? t('incidents.work.comms.form.noTemplates')
            : t('incidents.work.comms.form.templateHint')
        }
        error={errorFor('templateId')}
        value={draft.templateId}
        options={['', ...offeredTemplates.map((candidate) => candidate.id)]}
        optionLabel={(id) => {
          const candidate = offeredTemplates.find((option) => option.id === id);
          return candidate === undefined
            ? t('incidents.work.comms.form.noTemplate')
            : t('incidents.work.comms.form.templateOption', {
                title: candidate.title,
                language: languageNames[candidate.language],
              });
        }}
        onChange={chooseTemplate}
      />
      {isTextKept && (
        <p role="status" className="incident-comm-form__kept">
          {t('incidents.work.comms.form.textKept')}{' '}
          <button type="button" onClick={replaceText}>
            {t('incidents.work.comms.form.replaceText')}
          </button>
        </p>
      )}
      <TextAreaField
        label={t('incidents.work.comms.form.text')}
        hint={t('incidents.work.comms.form.textHint')}
        error={errorFor('text')}
        rows={8}
        value={draft.text}
        onChange={(text) => change({ text })}
      />
      <div role="status" className="incident-comm-form__leftover">
        {leftover.names.length > 0 && (
          <p>
            {t('incidents.work.comms.form.leftover', {
              names: leftover.names.map(braced).join(', '),
            })}
          </p>
        )}
        {leftover.hasMalformed && <p>{t('incidents.work.comms.form.strayBraces')}</p>}
      </div>
      <div className="field field--switch">
        <input
          id={externalId}
          type="checkbox"
          checked={draft.isExternal}
          onChange={(event) => change({ isExternal: event.currentTarget.checked })}
        />
        <label htmlFor={externalId}>{t('incidents.work.comms.form.isExternal')}</label>
      </div>
      <fieldset className="form-group">
        <legend>{t('incidents.work.comms.form.approvalsLegend')}</legend>
        <div className="form-grid">
          <TextField
            label={t('incidents.work.comms.form.legalApprovedBy')}
            hint={template?.needsLegalApproval === true ? requiredHint : undefined}
            error={errorFor('legalApprovedBy')}
            value={draft.legalApprovedBy}
            onChange={(legalApprovedBy) => change({ legalApprovedBy })}
            suggestions={approverSuggestions}
          />
          <TextField
            label={t('incidents.work.comms.form.spokespersonApprovedBy')}
            hint={template?.needsSpokespersonApproval === true ? requiredHint : undefined}
            error={errorFor('spokespersonApprovedBy')}
            value={draft.spokespersonApprovedBy}
            onChange={(spokespersonApprovedBy) => change({ spokespersonApprovedBy })}
            suggestions={approverSuggestions}
          />
        </div>
      </fieldset>
      <LocalDateTimeField
        label={t('incidents.work.comms.form.releasedAt')}
        error={errorFor('releasedAt')}
        value={draft.releasedAt}
        onChange={(releasedAt) => change({ releasedAt })}
      />
    </DialogForm>
  );
}
