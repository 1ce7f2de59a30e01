import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { maxTargetMinutes } from '../../../../../shared/domain/sops/sop';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { WholeNumberField } from '../../../components/fields/WholeNumberField';
import { useTargetText } from '../sopFormat';
import { ChecklistEditor } from './ChecklistEditor';
import { MarkdownField } from './MarkdownField';
import { RoleSelectField } from '../RoleSelectField';
import { parseWholeNumberText } from './sopEditorDraft';
import type { StepDraft } from './sopEditorDraft';

/** Props of {@link SopStepEditor}. */
export type SopStepEditorProps = {
  step: StepDraft;
  /** 0-based position in the list. */
  index: number;
  /** How many steps the SOP has. */
  count: number;
  roles: readonly CrisisRole[];
  /** The translated issue at a path under the step (`title`, `checklist.<item id>`), or undefined. */
  errorFor: (field: string) => string | undefined;
  /** The translated issue of the checklist as a whole (too many items), or undefined. */
  checklistError: string | undefined;
  onChange: (step: StepDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** Makes the id of a new checklist item. */
  newId: () => string;
};

/**
 * One step of the SOP being edited: its title, owner role, target time after activation (shown
 * in words as it is typed: "within 1 h 30 min"), checklist, resources (one per line) and Markdown
 * notes, with buttons to move it up or down or remove it. Every control names its step ("Step 2
 * title", "Move step 2 up"), since each step has the same ones.
 */
export function SopStepEditor({
  step,
  index,
  count,
  roles,
  errorFor,
  checklistError,
  onChange,
  onMove,
  onRemove,
  newId,
}: SopStepEditorProps) {
  const { t } = useTranslation();
  const targetText = useTargetText();
  const headingId = useId();
  const order = index + 1;
  const target = parseWholeNumberText(step.targetText);
  const readableTarget =
    target !== null && Number.isInteger(target) && target >= 0 && target <= maxTargetMinutes
      ? target
      : null;

  function change(update: Partial<StepDraft>) {
    onChange({ ...step, ...update });
  }

  return (
    <li className="sop-editor__step" data-step-id={step.id} aria-labelledby={headingId}>
      <div className="sop-editor__step-header">
        <h4 id={headingId} className="sop-editor__step-heading">
          {step.title.trim() === ''
            ? t('sops.editor.stepHeadingUntitled', { order })
            : t('sops.editor.stepHeading', { order, title: step.title.trim() })}
        </h4>
        <div className="button-row button-row--compact">
          <button
            type="button"
            data-move="up"
            aria-label={t('sops.editor.moveStepUp', { order })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('sops.editor.up')}
          </button>
          <button
            type="button"
            data-move="down"
            aria-label={t('sops.editor.moveStepDown', { order })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('sops.editor.down')}
          </button>
          <button
            type="button"
            aria-label={t('sops.editor.removeStep', { order })}
            onClick={onRemove}
          >
            {t('sops.editor.remove')}
          </button>
        </div>
      </div>
      <TextField
        label={t('sops.editor.stepTitle', { order })}
        error={errorFor('title')}
        isWide
        value={step.title}
        onChange={(title) => change({ title })}
      />
      <div className="form-grid">
        <RoleSelectField
          label={t('sops.editor.stepOwnerRole', { order })}
          error={errorFor('ownerRoleId')}
          value={step.ownerRoleId}
          roles={roles}
          noneLabel={t('sops.editor.noOwnerRole')}
          unknownLabel={(id) => t('sops.editor.unknownRole', { id })}
          onChange={(ownerRoleId) => change({ ownerRoleId })}
        />
        <WholeNumberField
          label={t('sops.editor.stepTarget', { order })}
          hint={
            readableTarget === null
              ? t('sops.editor.targetHint')
              : t('sops.editor.targetMeans', { target: targetText(readableTarget) })
          }
          error={errorFor('targetMinutes')}
          min={0}
          max={maxTargetMinutes}
          value={step.targetText}
          onChange={(value) => change({ targetText: value })}
        />
      </div>
      <ChecklistEditor
        order={order}
        items={step.checklist}
        onChange={(checklist) => change({ checklist })}
        newId={newId}
        itemError={(itemId) => errorFor(`checklist.${itemId}`)}
        listError={checklistError}
      />
      <TextAreaField
        label={t('sops.editor.resources', { order })}
        hint={t('sops.editor.resourcesHint')}
        error={errorFor('resources')}
        rows={3}
        value={step.resourcesText}
        onChange={(resourcesText) => change({ resourcesText })}
      />
      <MarkdownField
        label={t('sops.editor.notes', { order })}
        previewLabel={t('sops.editor.previewNotes', { order })}
        error={errorFor('notes')}
        rows={4}
        value={step.notes}
        onChange={(notes) => change({ notes })}
      />
    </li>
  );
}
