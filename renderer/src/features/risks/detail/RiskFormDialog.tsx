import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import {
  confidenceLevels,
  riskStatuses,
  riskTreatments,
} from '../../../../../shared/domain/risks/risk';
import type { Risk, RiskInput } from '../../../../../shared/domain/risks/risk';
import { resolveScores } from '../../../../../shared/domain/risks/scoring';
import { IssueSummary } from '../../../components/IssueSummary';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ModalDialog } from '../../../components/ModalDialog';
import type { CommandResult } from '../riskCommands';
import { usePeople } from '../../roster';
import { useRiskMatrix } from '../useRiskData';
import { AssessmentPicker } from './AssessmentPicker';
import { CategoryField } from './CategoryField';
import { fieldIssueText, numberIssues, unplacedIssueTexts } from './fieldIssueText';
import { RadioChoice } from '../../../components/fields/RadioChoice';
import { parseNumberText } from './riskDetailFormat';
import { RiskDialogForm } from './RiskDialogForm';
import { storedRiskDraftSchema, toRiskDraft, toRiskInput } from './riskFormDraft';
import type { RiskDraft } from './riskFormDraft';
import { ScoreSourcePicker } from './ScoreSourcePicker';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { WholeNumberField } from '../../../components/fields/WholeNumberField';

/** Fields the form shows issues beside; anything else goes to the summary. */
const placedPaths = [
  'title',
  'description',
  'categoryId',
  'owner',
  'stakeholders',
  'crisisType',
  'status',
  'confidence',
  'treatment',
  'inherent',
  'current',
  'target',
  'reviewIntervalDays',
] as const;

/** Props of {@link RiskFormDialog}. */
export type RiskFormDialogProps = {
  mode: 'create' | 'edit';
  /** The risk's input as it is now (`emptyRiskInput()` when creating). */
  initial: RiskInput;
  /** Saves the input (createRisk or updateRisk); issues come back beside their fields. */
  save: (input: RiskInput) => Promise<CommandResult<Risk>>;
  onSaved: (risk: Risk) => void;
  onClose: () => void;
  /**
   * Where the unsaved draft is kept (`risk-form:new`, `risk-form:<id>`), so a reload or a crash
   * does not lose it; reopening the form restores it.
   */
  draftKey: string;
  /** `updatedAt` of the risk being edited (null when creating): a draft of an older version is not restored. */
  basedOn: number | null;
};

/**
 * Creates or edits a risk in a modal dialog: the statement, category, owner, stakeholders,
 * crisis type, status, confidence and treatment; the inherent score on the company's matrix;
 * the current and target scores derived from controls or rated by hand; and the review interval.
 * A refused save shows each problem under its field in the user's language, focuses the first,
 * and keeps everything typed; closing with unsaved changes asks first. Unsaved changes are also
 * kept in local storage until saved or discarded, and come back when the form is reopened.
 */
export function RiskFormDialog({
  mode,
  initial,
  save,
  onSaved,
  onClose,
  draftKey,
  basedOn,
}: RiskFormDialogProps) {
  const { t } = useTranslation();
  const matrix = useRiskMatrix();
  const people = usePeople();
  const ownerSuggestions = useMemo(() => (people ?? []).map((person) => person.name), [people]);
  const [initialDraft] = useState(() => toRiskDraft(initial));
  const [restored] = useState(() => readDialogDraft(draftKey, storedRiskDraftSchema, basedOn));
  const [draft, setDraft] = useState<RiskDraft>(restored ?? initialDraft);
  const form = useIssueSubmit();
  const { issues } = form;
  const intervalName = useId();

  const input = useMemo(() => toRiskInput(draft, initial), [draft, initial]);
  const isDirty = JSON.stringify(input) !== JSON.stringify(toRiskInput(initialDraft, initial));

  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });
  const errorFor = (path: string) => fieldIssueText(issues, path, t);
  const otherErrors = unplacedIssueTexts(issues, placedPaths, t);

  function change(update: Partial<RiskDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function handleSubmit() {
    const unreadable = numberIssues({
      reviewIntervalDays: draft.isFollowingLevel ? null : parseNumberText(draft.intervalDaysText),
    });
    if (unreadable.length > 0) {
      form.showIssues(unreadable);
      return;
    }
    await form.submit(
      () => save(input),
      (risk) => {
        forgetDraft();
        onSaved(risk);
      },
    );
  }

  const title =
    mode === 'create' ? t('risks.detail.form.createTitle') : t('risks.detail.form.editTitle');
  if (matrix === undefined) {
    return (
      <ModalDialog title={title} onRequestClose={onClose} className="modal--wide">
        <p role="status">{t('risks.detail.loading')}</p>
        <div className="button-row modal__actions">
          <button type="button" onClick={onClose}>
            {t('risks.detail.form.cancel')}
          </button>
        </div>
      </ModalDialog>
    );
  }
  const derived = resolveScores(input, matrix);
  const bandInterval = derived.current.band.reviewIntervalDays;
  return (
    <RiskDialogForm
      title={title}
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
      summary={
        <IssueSummary
          heading={
            issues.length > 0 ? t('risks.detail.form.issueSummary', { count: issues.length }) : null
          }
          otherErrors={otherErrors}
        />
      }
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('risks.detail.form.discardTitle')}
            message={t('risks.detail.form.discardMessage')}
            confirmLabel={t('risks.detail.form.discard')}
            cancelLabel={t('risks.detail.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && (
        <p role="status" className="risk-form__restored">
          {t('risks.detail.form.restoredDraft')}
        </p>
      )}
      <TextField
        label={t('risks.fields.title')}
        hint={t('risks.detail.form.titleHint')}
        error={errorFor('title')}
        isWide
        value={draft.title}
        onChange={(title) => change({ title })}
      />
      <TextAreaField
        label={t('risks.fields.description')}
        error={errorFor('description')}
        rows={4}
        value={draft.description}
        onChange={(description) => change({ description })}
      />
      <CategoryField
        categoryId={draft.categoryId}
        error={errorFor('categoryId')}
        onChange={(categoryId) => change({ categoryId })}
      />
      <TextField
        label={t('risks.fields.owner')}
        hint={t('risks.detail.form.ownerHint')}
        error={errorFor('owner')}
        value={draft.owner}
        onChange={(owner) => change({ owner })}
        suggestions={ownerSuggestions}
      />
      <TextAreaField
        label={t('risks.fields.stakeholders')}
        hint={t('risks.detail.form.stakeholdersHint')}
        error={errorFor('stakeholders')}
        rows={3}
        value={draft.stakeholdersText}
        onChange={(stakeholdersText) => change({ stakeholdersText })}
      />
      <div className="form-grid">
        <SelectField
          label={t('risks.fields.crisisType')}
          error={errorFor('crisisType')}
          value={draft.crisisType}
          options={['', ...crisisTypes]}
          optionLabel={(type) =>
            type === '' ? t('risks.detail.form.noCrisisType') : t(`crisisTypes.${type}`)
          }
          onChange={(crisisType) => change({ crisisType })}
        />
        <SelectField
          label={t('risks.fields.status')}
          error={errorFor('status')}
          value={draft.status}
          options={riskStatuses}
          optionLabel={(status) => t(`risks.statuses.${status}`)}
          onChange={(status) => change({ status })}
        />
        <SelectField
          label={t('risks.fields.confidence')}
          error={errorFor('confidence')}
          value={draft.confidence}
          options={confidenceLevels}
          optionLabel={(level) => t(`risks.confidence.${level}`)}
          onChange={(confidence) => change({ confidence })}
        />
        <SelectField
          label={t('risks.fields.treatment')}
          error={errorFor('treatment')}
          value={draft.treatment}
          options={riskTreatments}
          optionLabel={(treatment) => t(`risks.treatments.${treatment}`)}
          onChange={(treatment) => change({ treatment })}
        />
      </div>
      <AssessmentPicker
        legend={t('risks.detail.form.inherentScore')}
        assessment={draft.inherent}
        matrix={matrix}
        onChange={(inherent) => change({ inherent })}
        errorFor={(part) => errorFor(`inherent.${part}`) ?? errorFor('inherent')}
      />
      <ScoreSourcePicker
        kind="current"
        source={draft.current}
        derived={derived.current}
        matrix={matrix}
        onChange={(current) => change({ current })}
        errorFor={(part) => errorFor(`current.assessment.${part}`) ?? errorFor('current')}
      />
      <ScoreSourcePicker
        kind="target"
        source={draft.target}
        derived={derived.target}
        matrix={matrix}
        onChange={(target) => change({ target })}
        errorFor={(part) => errorFor(`target.assessment.${part}`) ?? errorFor('target')}
      />
      <fieldset className="form-group">
        <legend>{t('risks.fields.reviewIntervalDays')}</legend>
        <RadioChoice
          id={`${intervalName}-level`}
          name={intervalName}
          label={t('risks.detail.form.followLevel', { count: bandInterval })}
          isChecked={draft.isFollowingLevel}
          onSelect={() => change({ isFollowingLevel: true })}
        />
        <RadioChoice
          id={`${intervalName}-days`}
          name={intervalName}
          label={t('risks.detail.form.ownInterval')}
          isChecked={!draft.isFollowingLevel}
          onSelect={() =>
            change({
              isFollowingLevel: false,
              intervalDaysText:
                draft.intervalDaysText === '' ? String(bandInterval) : draft.intervalDaysText,
            })
          }
        />
        {!draft.isFollowingLevel && (
          <WholeNumberField
            label={t('risks.detail.form.intervalDays')}
            error={errorFor('reviewIntervalDays')}
            min={1}
            max={3650}
            value={draft.intervalDaysText}
            onChange={(intervalDaysText) => change({ intervalDaysText })}
          />
        )}
      </fieldset>
    </RiskDialogForm>
  );
}
