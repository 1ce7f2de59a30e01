import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import { statementStages } from '../../../../../shared/domain/sops/communication';
import type { StatementStage } from '../../../../../shared/domain/sops/communication';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { WholeNumberField } from '../../../components/fields/WholeNumberField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useRoles } from '../../roster';
import { RoleSelectField } from '../RoleSelectField';
import { clearCommMatrixCell, saveCommMatrixCell, sopIssueMessageKey } from '../sopCommands';
import { draftToCell, toCellDraft } from './matrixCellDraft';
import type { CellDraft, CellPosition } from './matrixCellDraft';

/** Paths of the fields the dialog shows issues beside. */
const placedPaths = ['ownerRoleId', 'targetMinutes', 'timing', 'templateStage', 'note'];

/** Longest target the schema accepts (30 days in minutes). */
const maxTargetMinutes = 43_200;

/** Props of {@link MatrixCellDialog}. */
export type MatrixCellDialogProps = {
  position: CellPosition;
  /** The cell shown there now: its own, one inherited from every crisis type, or none. */
  cell: CommMatrixCell | undefined;
  /** Translated names for the title. */
  names: { stakeholder: string; channel: string; crisisType: string };
  onClose: () => void;
};

/**
 * Edits one cell of the matrix: owner role (or none), target minutes after activation (optional),
 * timing in words, template stage (or none) and a note; Save writes it for the position's crisis
 * type through `saveCommMatrixCell`. A cell inherited from every crisis type starts from its
 * values and is saved as the type's own; "Clear cell" (own cells only) removes it with Undo on the
 * notice. Refusals show beside their fields and keep what was typed.
 */
export function MatrixCellDialog({ position, cell, names, onClose }: MatrixCellDialogProps) {
  const { t } = useTranslation();
  const clearHeadingId = useId();
  const roles = useRoles();
  const [draft, setDraft] = useState<CellDraft>(() => toCellDraft(cell));
  const [isClearing, setIsClearing] = useState(false);
  const form = useIssueSubmit();
  const isInherited = cell !== undefined && cell.crisisTypeId !== position.crisisTypeId;
  const isOwn = cell !== undefined && !isInherited;

  const stageOptions: readonly (StatementStage | '')[] = ['', ...statementStages];

  function change(update: Partial<CellDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function errorFor(path: string): string | undefined {
    return issueTextAt(form.issues, path, t, sopIssueMessageKey);
  }

  async function handleSubmit() {
    const built = draftToCell(draft, position);
    if (!built.ok) {
      form.showIssues(built.issues);
      return;
    }
    await form.submit(() => saveCommMatrixCell(built.cell), onClose);
  }

  async function handleClear() {
    if (cell === undefined) {
      return;
    }
    setIsClearing(true);
    try {
      const result = await clearCommMatrixCell(cell.id);
      if (result.ok) {
        onClose();
        return;
      }
      form.showIssues(result.issues);
    } finally {
      setIsClearing(false);
    }
  }

  return (
    <DialogForm
      title={t('sops.matrix.cellDialog.title', {
        stakeholder: names.stakeholder,
        channel: names.channel,
        type: names.crisisType,
      })}
      onRequestClose={onClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={unplacedIssueMessages(form.issues, placedPaths, t, sopIssueMessageKey)}
      labels={{
        cancel: t('sops.matrix.cellDialog.cancel'),
        save: t('sops.matrix.cellDialog.save'),
        saving: t('sops.matrix.cellDialog.saving'),
      }}
      formClassName="matrix-cell-form"
    >
      {isInherited && (
        <p className="matrix-cell-form__inherited">
          {t('sops.matrix.cellDialog.inheritedNote', { type: names.crisisType })}
        </p>
      )}
      <RoleSelectField
        label={t('sops.matrix.cellDialog.owner')}
        error={errorFor('ownerRoleId')}
        value={draft.ownerRoleId}
        roles={roles ?? []}
        noneLabel={t('sops.matrix.cellDialog.noOwner')}
        unknownLabel={(id) => t('sops.matrix.cellDialog.unknownRole', { id })}
        onChange={(ownerRoleId) => change({ ownerRoleId })}
      />
      <WholeNumberField
        label={t('sops.matrix.cellDialog.target')}
        hint={t('sops.matrix.cellDialog.targetHint')}
        error={errorFor('targetMinutes')}
        value={draft.targetMinutes}
        min={0}
        max={maxTargetMinutes}
        onChange={(targetMinutes) => change({ targetMinutes })}
      />
      <TextField
        label={t('sops.matrix.cellDialog.timing')}
        hint={t('sops.matrix.cellDialog.timingHint')}
        error={errorFor('timing')}
        value={draft.timing}
        isWide
        onChange={(timing) => change({ timing })}
      />
      <SelectField
        label={t('sops.matrix.cellDialog.stage')}
        error={errorFor('templateStage')}
        value={draft.templateStage}
        options={stageOptions}
        optionLabel={(stage) =>
          stage === '' ? t('sops.matrix.cellDialog.noStage') : t(`sops.stages.${stage}`)
        }
        onChange={(templateStage) => change({ templateStage })}
      />
      <TextAreaField
        label={t('sops.matrix.cellDialog.note')}
        error={errorFor('note')}
        rows={3}
        value={draft.note}
        onChange={(note) => change({ note })}
      />
      {isOwn && (
        <section className="matrix-cell-form__clear" aria-labelledby={clearHeadingId}>
          <h3 id={clearHeadingId}>{t('sops.matrix.cellDialog.clearHeading')}</h3>
          <p className="field__description">{t('sops.matrix.cellDialog.clearHint')}</p>
          <button
            type="button"
            className="button--danger"
            disabled={isClearing || form.isSaving}
            onClick={() => void handleClear()}
          >
            {isClearing ? t('sops.matrix.cellDialog.clearing') : t('sops.matrix.cellDialog.clear')}
          </button>
        </section>
      )}
    </DialogForm>
  );
}
