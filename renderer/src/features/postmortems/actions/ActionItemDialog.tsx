import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionItemStatuses,
  actionItemTypes,
} from '../../../../../shared/domain/postmortems/actionItems';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import type { Lesson } from '../../../../../shared/domain/postmortems/postmortem';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { DateField } from '../../../components/fields/DateField';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { IssueSummary } from '../../../components/IssueSummary';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { personDisplayName } from '../../roster';
import { postmortemIssueMessageKey, saveActionItem } from '../postmortemCommands';
import {
  linkKinds,
  newActionItemDraft,
  storedActionItemDraftSchema,
  toActionItemDraft,
  toActionItemInput,
} from './actionItemDraft';
import type { ActionItemDraft } from './actionItemDraft';
import type { ActionItemNames } from './useActionItemNames';

/** Fields the form shows issues beside; anything else goes to the summary. */
const placedPaths = [
  'title',
  'description',
  'ownerPersonId',
  'dueOn',
  'type',
  'status',
  'link',
  'lessonId',
] as const;

/** Longest part of a lesson shown as a choice; the whole text is on the postmortem. */
const lessonChoiceLength = 80;

/** Props of {@link ActionItemDialog}. */
export type ActionItemDialogProps = {
  postmortemId: string;
  /** The item edited, or null to add one. */
  item: ActionItem | null;
  /** True when the postmortem is published: saving a linked item then opens its loop at once. */
  isPublished: boolean;
  /** The postmortem's lessons, one of which the item may act on. */
  lessons: readonly Lesson[];
  names: ActionItemNames;
  onClose: () => void;
};

/** The draft key of the dialog: one per postmortem for a new item, one per item when editing. */
function draftKeyOf(postmortemId: string, item: ActionItem | null): string {
  return item === null ? `action-item:new:${postmortemId}` : `action-item:${item.id}`;
}

/**
 * Adds or edits an action item: title, description, owner (from the roster, or nobody), due date,
 * type, status, what it changes (a risk of the register or an SOP of the library) and the lesson it
 * acts on. Says what saving does to the loop (a published postmortem opens it at once). A refused
 * save shows each problem under its field and keeps everything; unsaved changes are kept in local
 * storage and come back when the dialog is opened again, even after a reload.
 */
export function ActionItemDialog({
  postmortemId,
  item,
  isPublished,
  lessons,
  names,
  onClose,
}: ActionItemDialogProps) {
  const { t } = useTranslation();
  const draftKey = draftKeyOf(postmortemId, item);
  // The version the form was filled from: a save is refused when the stored item moved on since
  // (an SOP publication may have marked it done), and a kept draft is offered again only on it.
  const [openedUpdatedAt] = useState(() => item?.updatedAt);
  const basedOn = openedUpdatedAt ?? null;
  const [initialDraft] = useState(() =>
    item === null ? newActionItemDraft() : toActionItemDraft(item),
  );
  const [restored] = useState(() =>
    readDialogDraft(draftKey, storedActionItemDraftSchema, basedOn),
  );
  const [draft, setDraft] = useState<ActionItemDraft>(restored ?? initialDraft);
  const form = useIssueSubmit();
  const { issues } = form;
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initialDraft);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });

  const errorFor = (path: string) => issueTextAt(issues, path, t, postmortemIssueMessageKey);
  // The link kind's own issue (an SOP change without an SOP) is exactly at `link`; the chosen
  // record's issues (`link.riskId`, `link.sopId`) show beside that record's select.
  const linkIssue = issues.find((issue) => issue.path === 'link');
  const linkError =
    linkIssue === undefined ? undefined : t(postmortemIssueMessageKey(linkIssue.code));
  const otherErrors = unplacedIssueMessages(issues, placedPaths, t, postmortemIssueMessageKey);

  const ownerOptions = useMemo(() => {
    const ids = names.people.map(({ id }) => id);
    return [
      '',
      ...ids,
      ...(draft.ownerPersonId !== '' && !ids.includes(draft.ownerPersonId)
        ? [draft.ownerPersonId]
        : []),
    ];
  }, [names.people, draft.ownerPersonId]);
  const riskOptions = useMemo(() => {
    const ids = names.risks.map(({ id }) => id);
    return [
      '',
      ...ids,
      ...(draft.riskId !== '' && !ids.includes(draft.riskId) ? [draft.riskId] : []),
    ];
  }, [names.risks, draft.riskId]);
  const sopOptions = useMemo(() => {
    const ids = names.sops.map(({ sop }) => sop.id);
    return ['', ...ids, ...(draft.sopId !== '' && !ids.includes(draft.sopId) ? [draft.sopId] : [])];
  }, [names.sops, draft.sopId]);
  const lessonOptions = useMemo(() => {
    const ids = lessons.map(({ id }) => id);
    return [
      '',
      ...ids,
      ...(draft.lessonId !== '' && !ids.includes(draft.lessonId) ? [draft.lessonId] : []),
    ];
  }, [lessons, draft.lessonId]);

  function change(update: Partial<ActionItemDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function personLabel(personId: string): string {
    if (personId === '') return t('postmortems.actions.noOwner');
    const person = names.people.find(({ id }) => id === personId);
    return person === undefined
      ? t('postmortems.actions.unknownPerson')
      : personDisplayName(person);
  }

  function riskLabel(riskId: string): string {
    if (riskId === '') return t('postmortems.actions.form.chooseRisk');
    const risk = names.riskOf(riskId);
    return risk === null
      ? t('postmortems.actions.missingRisk')
      : t('postmortems.actions.riskLink', { reference: risk.reference, title: risk.title });
  }

  function sopLabel(sopId: string): string {
    if (sopId === '') return t('postmortems.actions.form.chooseSop');
    return names.sopOf(sopId)?.content.title ?? t('postmortems.actions.missingSop');
  }

  function lessonLabel(lessonId: string): string {
    if (lessonId === '') return t('postmortems.actions.form.noLesson');
    const text = lessons.find(({ id }) => id === lessonId)?.text ?? '';
    return text.length > lessonChoiceLength ? `${text.slice(0, lessonChoiceLength)}…` : text;
  }

  const loopNote =
    draft.linkKind === 'sop'
      ? t(
          isPublished
            ? 'postmortems.actions.form.opensSopNow'
            : 'postmortems.actions.form.opensSopOnPublish',
        )
      : draft.linkKind === 'risk'
        ? t(
            isPublished
              ? 'postmortems.actions.form.opensRiskNow'
              : 'postmortems.actions.form.opensRiskOnPublish',
          )
        : null;

  return (
    <DialogForm
      title={
        item === null
          ? t('postmortems.actions.form.createTitle')
          : t('postmortems.actions.form.editTitle')
      }
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      formClassName="action-item-form"
      onSubmit={() =>
        form.submit(
          () =>
            saveActionItem(
              postmortemId,
              item?.id ?? null,
              toActionItemInput(draft),
              openedUpdatedAt,
            ),
          () => {
            forgetDraft();
            onClose();
          },
        )
      }
      otherErrors={otherErrors}
      summary={
        <IssueSummary
          heading={
            issues.length > 0
              ? t('postmortems.actions.form.issueSummary', { count: issues.length })
              : null
          }
          otherErrors={otherErrors}
        />
      }
      labels={{
        cancel: t('postmortems.actions.form.cancel'),
        save: t('postmortems.actions.form.save'),
        saving: t('postmortems.actions.form.saving'),
      }}
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('postmortems.actions.form.discardTitle')}
            message={t('postmortems.actions.form.discardMessage')}
            confirmLabel={t('postmortems.actions.form.discard')}
            cancelLabel={t('postmortems.actions.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && (
        <p role="status" className="action-item-form__restored">
          {t('postmortems.actions.form.restoredDraft')}
        </p>
      )}
      <TextField
        label={t('postmortems.actions.form.title')}
        hint={t('postmortems.actions.form.titleHint')}
        error={errorFor('title')}
        isWide
        value={draft.title}
        onChange={(title) => change({ title })}
      />
      <TextAreaField
        label={t('postmortems.actions.form.description')}
        error={errorFor('description')}
        rows={3}
        value={draft.description}
        onChange={(description) => change({ description })}
      />
      <div className="form-grid">
        <SelectField
          label={t('postmortems.actions.form.owner')}
          error={errorFor('ownerPersonId')}
          value={draft.ownerPersonId}
          options={ownerOptions}
          optionLabel={personLabel}
          onChange={(ownerPersonId) => change({ ownerPersonId })}
        />
        <DateField
          label={t('postmortems.actions.form.dueOn')}
          error={errorFor('dueOn')}
          value={draft.dueOn}
          onChange={(dueOn) => change({ dueOn })}
        />
        <SelectField
          label={t('postmortems.actions.form.type')}
          error={errorFor('type')}
          value={draft.type}
          options={actionItemTypes}
          optionLabel={(type) => t(`postmortems.actionItemTypes.${type}`)}
          onChange={(type) => change({ type })}
        />
        <SelectField
          label={t('postmortems.actions.form.status')}
          error={errorFor('status')}
          value={draft.status}
          options={actionItemStatuses}
          optionLabel={(status) => t(`postmortems.actionItemStatuses.${status}`)}
          onChange={(status) => change({ status })}
        />
      </div>
      <SelectField
        label={t('postmortems.actions.form.linkKind')}
        hint={t('postmortems.actions.form.linkHint')}
        error={linkError}
        value={draft.linkKind}
        options={linkKinds}
        optionLabel={(kind) => t(`postmortems.actions.form.linkKinds.${kind}`)}
        onChange={(linkKind) => change({ linkKind })}
      />
      {draft.linkKind === 'risk' && (
        <SelectField
          label={t('postmortems.actions.form.risk')}
          error={errorFor('link.riskId')}
          value={draft.riskId}
          options={riskOptions}
          optionLabel={riskLabel}
          onChange={(riskId) => change({ riskId })}
        />
      )}
      {draft.linkKind === 'sop' && (
        <SelectField
          label={t('postmortems.actions.form.sop')}
          error={errorFor('link.sopId')}
          value={draft.sopId}
          options={sopOptions}
          optionLabel={sopLabel}
          onChange={(sopId) => change({ sopId })}
        />
      )}
      {loopNote !== null && <p className="action-item-form__loop-note">{loopNote}</p>}
      <SelectField
        label={t('postmortems.actions.form.lesson')}
        error={errorFor('lessonId')}
        value={draft.lessonId}
        options={lessonOptions}
        optionLabel={lessonLabel}
        onChange={(lessonId) => change({ lessonId })}
      />
    </DialogForm>
  );
}
