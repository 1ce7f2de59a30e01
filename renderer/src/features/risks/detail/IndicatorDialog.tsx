import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorDirections } from '../../../../../shared/domain/risks/risk';
import type {
  IndicatorDirection,
  Risk,
  RiskIndicator,
} from '../../../../../shared/domain/risks/risk';
import { updateRisk } from '../riskCommands';
import { numberIssues } from './fieldIssueText';
import { parseNumberText, riskInputOf } from './riskDetailFormat';
import { RiskDialogForm } from './RiskDialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { useRiskListItem } from './useRiskListItem';

/** An indicator as typed: numbers as text, so nothing is lost when a save is refused. */
type IndicatorDraft = {
  name: string;
  metric: string;
  thresholdText: string;
  direction: IndicatorDirection;
  currentValueText: string;
};

function toDraft(indicator: RiskIndicator | null): IndicatorDraft {
  return {
    name: indicator?.name ?? '',
    metric: indicator?.metric ?? '',
    thresholdText: indicator === null ? '' : String(indicator.threshold),
    direction: indicator?.direction ?? 'above',
    currentValueText:
      indicator?.currentValue === null || indicator === null ? '' : String(indicator.currentValue),
  };
}

/** Props of {@link IndicatorDialog}. */
export type IndicatorDialogProps = {
  risk: Risk;
  /** The indicator being edited, or null to add one. */
  indicator: RiskIndicator | null;
  onClose: () => void;
};

/**
 * Adds or edits an early-warning indicator of a risk: name, metric, threshold, the direction in
 * which it is breached and the latest value. Its links to monitoring rules are kept as they are.
 */
export function IndicatorDialog({ risk, indicator, onClose }: IndicatorDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(indicator));
  const { id, path, form, errorFor, otherErrors, withItem } = useRiskListItem(
    'indicators',
    risk.indicators,
    indicator,
  );

  function change(update: Partial<IndicatorDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function handleSubmit() {
    const threshold = parseNumberText(draft.thresholdText);
    const currentValue = parseNumberText(draft.currentValueText);
    const unreadable = [
      ...numberIssues({ [`${path}.threshold`]: threshold ?? Number.NaN }),
      ...numberIssues({ [`${path}.currentValue`]: currentValue }),
    ];
    if (unreadable.length > 0) {
      form.showIssues(unreadable);
      return;
    }
    const edited: RiskIndicator = {
      id,
      name: draft.name,
      metric: draft.metric,
      threshold: threshold ?? Number.NaN,
      direction: draft.direction,
      currentValue,
      monitoringRuleIds: indicator?.monitoringRuleIds ?? [],
    };
    const indicators = withItem(edited);
    await form.submit(() => updateRisk(risk.id, { ...riskInputOf(risk), indicators }), onClose);
  }

  return (
    <RiskDialogForm
      title={
        indicator === null
          ? t('risks.detail.indicators.addTitle')
          : t('risks.detail.indicators.editTitle')
      }
      onRequestClose={onClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
    >
      <TextField
        label={t('risks.detail.indicators.name')}
        error={errorFor('name')}
        value={draft.name}
        onChange={(name) => change({ name })}
      />
      <TextField
        label={t('risks.detail.indicators.metric')}
        hint={t('risks.detail.indicators.metricHint')}
        error={errorFor('metric')}
        isWide
        value={draft.metric}
        onChange={(metric) => change({ metric })}
      />
      <div className="form-grid">
        <TextField
          label={t('risks.detail.indicators.threshold')}
          error={errorFor('threshold')}
          inputMode="decimal"
          value={draft.thresholdText}
          onChange={(thresholdText) => change({ thresholdText })}
        />
        <SelectField
          label={t('risks.detail.indicators.direction')}
          error={errorFor('direction')}
          value={draft.direction}
          options={indicatorDirections}
          optionLabel={(direction) => t(`risks.directions.${direction}`)}
          onChange={(direction) => change({ direction })}
        />
        <TextField
          label={t('risks.detail.indicators.currentValue')}
          hint={t('risks.detail.indicators.currentValueHint')}
          error={errorFor('currentValue')}
          inputMode="decimal"
          value={draft.currentValueText}
          onChange={(currentValueText) => change({ currentValueText })}
        />
      </div>
    </RiskDialogForm>
  );
}
