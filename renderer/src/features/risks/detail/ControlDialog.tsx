import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { controlStatuses, effortLevels } from '../../../../../shared/domain/risks/risk';
import type {
  ControlStatus,
  EffortLevel,
  Risk,
  RiskControl,
} from '../../../../../shared/domain/risks/risk';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { resolveScores } from '../../../../../shared/domain/risks/scoring';
import { updateRisk } from '../riskCommands';
import { DateField } from '../../../components/fields/DateField';
import { numberIssues } from './fieldIssueText';
import { parseNumberText, riskInputOf } from './riskDetailFormat';
import { RiskDialogForm } from './RiskDialogForm';
import { ScoreBadge } from './ScoreBadge';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { useRiskListItem } from './useRiskListItem';
import { WholeNumberField } from '../../../components/fields/WholeNumberField';

/** A control as typed: numbers as text, so nothing is lost when a save is refused. */
type ControlDraft = {
  title: string;
  owner: string;
  dueDate: string;
  costText: string;
  effort: EffortLevel | '';
  effectivenessText: string;
  status: ControlStatus;
};

function toDraft(control: RiskControl | null): ControlDraft {
  return {
    title: control?.title ?? '',
    owner: control?.owner ?? '',
    dueDate: control?.dueDate ?? '',
    costText: control?.cost === null || control === null ? '' : String(control.cost),
    effort: control?.effort ?? '',
    effectivenessText: control === null ? '0' : String(control.effectiveness),
    status: control?.status ?? 'planned',
  };
}

function toControl(id: string, draft: ControlDraft): RiskControl {
  return {
    id,
    title: draft.title,
    owner: draft.owner,
    dueDate: draft.dueDate === '' ? null : draft.dueDate,
    cost: parseNumberText(draft.costText),
    effort: draft.effort === '' ? null : draft.effort,
    effectiveness: parseNumberText(draft.effectivenessText) ?? Number.NaN,
    status: draft.status,
  };
}

/** Props of {@link ControlDialog}. */
export type ControlDialogProps = {
  risk: Risk;
  /** The control being edited, or null to add one. */
  control: RiskControl | null;
  matrix: RiskMatrix;
  onClose: () => void;
};

/**
 * Adds or edits one control of a risk: title, owner, due date, cost, effort, effectiveness and
 * status. It shows what the current and target scores become with the change before saving, and
 * saves the whole risk through `updateRisk`, so the change is validated and kept in the timeline.
 */
export function ControlDialog({ risk, control, matrix, onClose }: ControlDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(control));
  const { id, path, form, errorFor, otherErrors, withItem } = useRiskListItem(
    'controls',
    risk.controls,
    control,
  );
  const edited = toControl(id, draft);
  const controls = withItem(edited);
  const before = resolveScores(risk, matrix);
  const isReadable = Number.isFinite(edited.effectiveness);
  const after = isReadable ? resolveScores({ ...risk, controls }, matrix) : before;

  function change(update: Partial<ControlDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function handleSubmit() {
    const unreadable = numberIssues({
      [`${path}.cost`]: edited.cost,
      [`${path}.effectiveness`]: parseNumberText(draft.effectivenessText),
    });
    if (unreadable.length > 0) {
      form.showIssues(unreadable);
      return;
    }
    await form.submit(() => updateRisk(risk.id, { ...riskInputOf(risk), controls }), onClose);
  }

  return (
    <RiskDialogForm
      title={
        control === null
          ? t('risks.detail.controls.addTitle')
          : t('risks.detail.controls.editTitle')
      }
      onRequestClose={onClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
    >
      <TextField
        label={t('risks.detail.controls.title')}
        error={errorFor('title')}
        isWide
        value={draft.title}
        onChange={(title) => change({ title })}
      />
      <div className="form-grid">
        <TextField
          label={t('risks.detail.controls.owner')}
          error={errorFor('owner')}
          value={draft.owner}
          onChange={(owner) => change({ owner })}
        />
        <DateField
          label={t('risks.detail.controls.due')}
          error={errorFor('dueDate')}
          value={draft.dueDate}
          onChange={(dueDate) => change({ dueDate })}
        />
        <TextField
          label={t('risks.detail.controls.cost')}
          hint={t('risks.detail.controls.costHint')}
          error={errorFor('cost')}
          inputMode="decimal"
          value={draft.costText}
          onChange={(costText) => change({ costText })}
        />
        <SelectField
          label={t('risks.detail.controls.effort')}
          error={errorFor('effort')}
          value={draft.effort}
          options={['', ...effortLevels]}
          optionLabel={(level) =>
            level === '' ? t('risks.detail.controls.effortUnknown') : t(`risks.effort.${level}`)
          }
          onChange={(effort) => change({ effort })}
        />
        <WholeNumberField
          label={t('risks.detail.controls.effectiveness')}
          hint={t('risks.detail.controls.effectivenessHint')}
          error={errorFor('effectiveness')}
          min={0}
          max={100}
          value={draft.effectivenessText}
          onChange={(effectivenessText) => change({ effectivenessText })}
        />
        <SelectField
          label={t('risks.detail.controls.status')}
          error={errorFor('status')}
          value={draft.status}
          options={controlStatuses}
          optionLabel={(status) => t(`risks.controlStatuses.${status}`)}
          onChange={(status) => change({ status })}
        />
      </div>
      <dl className="risk-control-preview" aria-label={t('risks.detail.controls.previewLabel')}>
        {(['current', 'target'] as const).map((kind) => (
          <div key={kind} className="risk-control-preview__row">
            <dt>{t(`risks.scoreKinds.${kind}`)}</dt>
            <dd>
              {before[kind].isDerived ? (
                <>
                  <ScoreBadge score={before[kind].score} band={before[kind].band} /> →{' '}
                  <ScoreBadge score={after[kind].score} band={after[kind].band} />
                </>
              ) : (
                t('risks.detail.controls.ratedByHand')
              )}
            </dd>
          </div>
        ))}
      </dl>
    </RiskDialogForm>
  );
}
