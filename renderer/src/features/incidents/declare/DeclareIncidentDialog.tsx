import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import {
  detectionSources,
  incidentPriorities,
  incidentVisibilities,
} from '../../../../../shared/domain/incidents/incident';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { localize } from '../../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { FormField } from '../../../components/FormField';
import { IssueSummary } from '../../../components/IssueSummary';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import { announce } from '../../../lib/commandResult';
import type { FieldIssue } from '../../../lib/commandResult';
import { deviceTimeZone } from '../../../lib/dates';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useOperatorName } from '../../../lib/useOperatorName';
import {
  personDisplayName,
  usePeople,
  usePeopleById,
  useRoleName,
  useRoles,
  useSeverityLevels,
} from '../../roster';
import { startSopRun, useCommStakeholders, useCrisisTypeName, usePublishedSops } from '../../sops';
import { declareIncident, incidentIssueMessageKey } from '../incidentCommands';
import { AudienceChoice } from './AudienceChoice';
import {
  emptyDeclareDraft,
  parseLocalDateTime,
  restoreDeclareDraft,
  storedDeclareDraftSchema,
  toIncidentInput,
  toLocalDateTimeText,
} from './declareDraft';
import type { DeclareDraft } from './declareDraft';
import { chosenPersonId, isSopChosen, proposeRoles, proposeSops } from './declareProposals';
import { SimilarIncidents } from '../../postmortems';
import { DeclareProposals } from './DeclareProposals';
import { SeverityChoice } from '../SeverityChoice';

/** Where an unsaved declaration is kept until it is declared or discarded. */
const draftKey = 'incident-declare:new';

/** Longest operator name recorded (the status history's limit). */
const maxNameLength = 120;

/** Fields the form shows issues beside; anything else goes to the summary. */
const placedPaths = [
  'title',
  'crisisTypeId',
  'severityId',
  'priority',
  'detectionSource',
  'detectionNote',
  'detectedAt',
  'startedAt',
  'affectedAudiences',
  'tags',
  'visibility',
  'summary',
] as const;

/** The level a declaration starts at: SEV 2 (or the second level of a renamed list). */
function defaultSeverityId(levels: readonly SeverityLevel[]): string {
  return (levels.find((level) => level.id === 'sev-2') ?? levels[1] ?? levels[0])?.id ?? 'sev-2';
}

/** Props of {@link DeclareIncidentDialog}. */
export type DeclareIncidentDialogProps = {
  /** Called once the incident is stored (and its SOP run started when ticked). */
  onDeclared: (incident: Incident) => void;
  onClose: () => void;
};

/**
 * Declares an incident in as few steps as a crisis allows: the title is focused, everything else
 * has a default (severity SEV 2 with every level's definition shown, priority P2, detected now,
 * declared active), and Enter declares. It also proposes what the company prepared: the published
 * SOP of the chosen crisis type and the roster's people for the key roles, each editable. A
 * refused declaration shows each problem under its field and keeps everything typed; the draft is
 * kept in local storage until declared or discarded.
 */
export function DeclareIncidentDialog({ onDeclared, onClose }: DeclareIncidentDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const levels = useSeverityLevels();
  const roles = useRoles();
  const people = usePeople();
  const peopleById = usePeopleById();
  const publishedSops = usePublishedSops();
  const stakeholders = useCommStakeholders();
  const roleName = useRoleName();
  const crisisTypeName = useCrisisTypeName();
  const [operatorName, setOperatorName] = useOperatorName();
  const [openedAt] = useState(() => Date.now());
  const [initialDraft] = useState(() => emptyDeclareDraft(openedAt, operatorName));
  const [restored] = useState(() => {
    const stored = readDialogDraft(draftKey, storedDeclareDraftSchema, null);
    return stored === null ? null : restoreDeclareDraft(stored, openedAt);
  });
  const [draft, setDraft] = useState<DeclareDraft>(restored ?? initialDraft);
  // A typed detection time kept from the saved draft may be stale: say so until it is changed.
  const isDetectedAtFromDraft =
    restored !== null &&
    restored.isDetectedAtEdited &&
    draft.detectedAtText === restored.detectedAtText;
  const form = useIssueSubmit();
  const { issues } = form;
  const switchId = useId();
  const isSubmitPending = useRef(false);
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initialDraft);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn: null, draft, isDirty, onClose });

  const roleProposals = useMemo(
    () => (roles === undefined || peopleById === undefined ? [] : proposeRoles(roles, peopleById)),
    [roles, peopleById],
  );
  const crisisTypeId = draft.crisisTypeId === '' ? null : draft.crisisTypeId;
  const sopProposals = useMemo(
    () => proposeSops(publishedSops ?? [], crisisTypeId),
    [publishedSops, crisisTypeId],
  );

  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(issues, path, t, incidentIssueMessageKey);
  const otherErrors = unplacedIssueMessages(issues, placedPaths, t, incidentIssueMessageKey);

  function change(update: Partial<DeclareDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  const title = t('incidents.declare.title');
  // The title can be typed at once; the rest appears as soon as the settings and roster are read.
  const data =
    levels === undefined ||
    roles === undefined ||
    people === undefined ||
    peopleById === undefined ||
    publishedSops === undefined ||
    stakeholders === undefined
      ? null
      : { levels, people, peopleById, stakeholders };

  const isLoaded = data !== null;
  useEffect(() => {
    if (isSubmitPending.current && isLoaded) {
      isSubmitPending.current = false;
      void handleSubmit();
    }
    // Runs when the data arrives after an early Enter; handleSubmit reads the latest draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isLoaded]);

  const severityId =
    draft.severityId !== null && data?.levels.some((level) => level.id === draft.severityId)
      ? draft.severityId
      : defaultSeverityId(data?.levels ?? []);

  async function handleSubmit() {
    if (data === null) {
      // Enter pressed before the settings were read: declare as soon as they are.
      isSubmitPending.current = true;
      return;
    }
    const detectedAt = parseLocalDateTime(draft.detectedAtText);
    const startedAt =
      draft.startedAtText.trim() === '' ? null : parseLocalDateTime(draft.startedAtText);
    const unreadable: FieldIssue[] = [];
    if (detectedAt === null) {
      unreadable.push({
        path: 'detectedAt',
        code: draft.detectedAtText.trim() === '' ? 'required' : 'invalid-date',
      });
    }
    if (draft.startedAtText.trim() !== '' && startedAt === null) {
      unreadable.push({ path: 'startedAt', code: 'invalid-date' });
    }
    if (detectedAt === null || unreadable.length > 0) {
      form.showIssues(unreadable);
      return;
    }
    const input = toIncidentInput(draft, { detectedAt, startedAt }, severityId);
    const level = data.levels.find((candidate) => candidate.id === severityId);
    const severityName = level === undefined ? severityId : localize(level.name, language);
    const by = draft.declaredBy.trim().slice(0, maxNameLength);
    const entryParams = { severity: severityName, title: input.title.trim() };
    const assignments = roleProposals.flatMap((proposal) => {
      const personId = chosenPersonId(proposal, draft.roleChoices);
      const person = personId === null ? undefined : data.peopleById.get(personId);
      if (personId === null || person === undefined) {
        return [];
      }
      return [
        {
          roleId: proposal.role.id,
          personId,
          entryText: t('incidents.declare.roleEntry', {
            role: roleName(proposal.role),
            person: personDisplayName(person),
          }),
        },
      ];
    });
    const chosenSops = sopProposals.filter((proposal) =>
      isSopChosen(sopProposals, draft.sopChoices, proposal.sopId),
    );
    await form.submit(
      async () => {
        const result = await declareIncident(input, {
          declareNow: draft.isDeclaringNow,
          by,
          entryText: draft.isDeclaringNow
            ? t('incidents.declare.declaredEntry', entryParams)
            : t('incidents.declare.loggedEntry', entryParams),
          roles: assignments,
        });
        if (result.ok) {
          for (const proposal of chosenSops) {
            const run = await startSopRun(proposal.sopId, result.value.id);
            if (!run.ok) {
              announce('error', 'incidents.declare.sopRunFailed', {});
            }
          }
        }
        return result;
      },
      (incident) => {
        setOperatorName(by);
        forgetDraft();
        onDeclared(incident);
      },
    );
  }

  const zone = deviceTimeZone();
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
            issues.length > 0 ? t('incidents.declare.issueSummary', { count: issues.length }) : null
          }
          otherErrors={otherErrors}
        />
      }
      labels={{
        cancel: t('incidents.declare.cancel'),
        save: t('incidents.declare.declare'),
        saving: t('incidents.declare.declaring'),
      }}
      formClassName="declare-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.declare.discardTitle')}
            message={t('incidents.declare.discardMessage')}
            confirmLabel={t('incidents.declare.discard')}
            cancelLabel={t('incidents.declare.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      <TextField
        label={t('incidents.declare.fields.title')}
        hint={t('incidents.declare.fields.titleHint')}
        error={errorFor('title')}
        isWide
        value={draft.title}
        onChange={(value) => change({ title: value })}
      />
      {restored !== null && (
        <p role="status" className="declare-form__restored">
          {t('incidents.declare.restoredDraft')}
        </p>
      )}
      <p className="field__description">{t('incidents.declare.intro')}</p>
      {data === null ? (
        <p role="status">{t('incidents.declare.loading')}</p>
      ) : (
        <>
          <div className="field field--switch">
            <input
              id={`${switchId}-now`}
              type="checkbox"
              checked={draft.isDeclaringNow}
              aria-describedby={`${switchId}-now-hint`}
              onChange={(event) => change({ isDeclaringNow: event.currentTarget.checked })}
            />
            <label htmlFor={`${switchId}-now`}>{t('incidents.declare.fields.declareNow')}</label>
            <p id={`${switchId}-now-hint`} className="field__description">
              {t('incidents.declare.fields.declareNowHint')}
            </p>
          </div>
          <SeverityChoice
            legend={t('incidents.declare.fields.severity')}
            levels={data.levels}
            value={severityId}
            error={errorFor('severityId')}
            onChange={(value) => change({ severityId: value })}
          />
          <div className="form-grid">
            <SelectField
              label={t('incidents.declare.fields.crisisType')}
              error={errorFor('crisisTypeId')}
              value={draft.crisisTypeId}
              options={['', ...crisisTypes]}
              optionLabel={(type) =>
                type === '' ? t('incidents.declare.fields.noCrisisType') : crisisTypeName(type)
              }
              onChange={(value) => change({ crisisTypeId: value })}
            />
            <SelectField
              label={t('incidents.declare.fields.priority')}
              error={errorFor('priority')}
              value={draft.priority}
              options={incidentPriorities}
              optionLabel={(priority) => t(`incidents.priorities.${priority}`)}
              onChange={(value) => change({ priority: value })}
            />
            <SelectField
              label={t('incidents.declare.fields.detectionSource')}
              error={errorFor('detectionSource')}
              value={draft.detectionSource}
              options={detectionSources}
              optionLabel={(source) => t(`incidents.detectionSources.${source}`)}
              onChange={(value) => change({ detectionSource: value })}
            />
            <SelectField
              label={t('incidents.declare.fields.visibility')}
              error={errorFor('visibility')}
              value={draft.visibility}
              options={incidentVisibilities}
              optionLabel={(visibility) => t(`incidents.visibilities.${visibility}`)}
              onChange={(value) => change({ visibility: value })}
            />
            <FormField
              label={t('incidents.declare.fields.detectedAt')}
              hint={t('incidents.declare.fields.timeHint', { zone })}
              error={errorFor('detectedAt')}
            >
              {(control) => (
                <>
                  <input
                    {...control}
                    aria-describedby={
                      isDetectedAtFromDraft
                        ? [control['aria-describedby'], `${switchId}-detected-draft`]
                            .filter((id) => id !== undefined)
                            .join(' ')
                        : control['aria-describedby']
                    }
                    type="datetime-local"
                    max={toLocalDateTimeText(openedAt)}
                    value={draft.detectedAtText}
                    onChange={(event) =>
                      change({
                        detectedAtText: event.currentTarget.value,
                        isDetectedAtEdited: true,
                      })
                    }
                  />
                  {isDetectedAtFromDraft && (
                    <p
                      id={`${switchId}-detected-draft`}
                      className="field__description declare-form__draft-time"
                    >
                      <span aria-hidden="true">⚠ </span>
                      <strong>{t('incidents.declare.fields.detectedAtFromDraft')}</strong>
                    </p>
                  )}
                </>
              )}
            </FormField>
            <FormField
              label={t('incidents.declare.fields.startedAt')}
              hint={t('incidents.declare.fields.timeHint', { zone })}
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
          </div>
          <TextAreaField
            label={t('incidents.declare.fields.detectionNote')}
            error={errorFor('detectionNote')}
            rows={2}
            value={draft.detectionNote}
            onChange={(value) => change({ detectionNote: value })}
          />
          <TextAreaField
            label={t('incidents.declare.fields.summary')}
            error={errorFor('summary')}
            rows={3}
            value={draft.summary}
            onChange={(value) => change({ summary: value })}
          />
          <AudienceChoice
            stakeholders={data.stakeholders}
            value={draft.audienceIds}
            error={errorFor('affectedAudiences')}
            onChange={(audienceIds) => change({ audienceIds })}
          />
          <TextField
            label={t('incidents.declare.fields.tags')}
            hint={t('incidents.declare.fields.tagsHint')}
            error={errorFor('tags')}
            value={draft.tagsText}
            onChange={(value) => change({ tagsText: value })}
          />
          <div className="field field--switch declare-form__exercise">
            <input
              id={`${switchId}-exercise`}
              type="checkbox"
              checked={draft.isExercise}
              aria-describedby={`${switchId}-exercise-hint`}
              onChange={(event) => change({ isExercise: event.currentTarget.checked })}
            />
            <label htmlFor={`${switchId}-exercise`}>{t('incidents.declare.fields.exercise')}</label>
            <p id={`${switchId}-exercise-hint`} className="field__description">
              {t('incidents.declare.fields.exerciseHint')}
            </p>
          </div>
          <DeclareProposals
            hasCrisisType={crisisTypeId !== null}
            sops={sopProposals}
            sopChoices={draft.sopChoices}
            onSopChange={(sopId, isChosen) =>
              change({ sopChoices: { ...draft.sopChoices, [sopId]: isChosen } })
            }
            roles={roleProposals}
            roleChoices={draft.roleChoices}
            onRoleChange={(roleId, personId) =>
              change({ roleChoices: { ...draft.roleChoices, [roleId]: personId } })
            }
            people={data.people}
          />
          <SimilarIncidents
            crisisTypeId={crisisTypeId}
            title={draft.title}
            summary={draft.summary}
            isExercise={draft.isExercise}
          />
          <TextField
            label={t('incidents.declare.fields.declaredBy')}
            hint={t('incidents.declare.fields.declaredByHint')}
            error={undefined}
            value={draft.declaredBy}
            onChange={(value) => change({ declaredBy: value })}
          />
        </>
      )}
    </DialogForm>
  );
}
