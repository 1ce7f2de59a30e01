import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk, RiskIndicator } from '../../../../../shared/domain/risks/risk';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { updateRisk } from '../riskCommands';
import { IndicatorDialog } from './IndicatorDialog';
import { riskInputOf } from './riskDetailFormat';
import { RowEditActions } from './RowEditActions';
import { useConfirmedChange } from './useConfirmedChange';
import { formatAmount } from '../../../lib/numbers';

/** Props of {@link IndicatorsEditor}. */
export type IndicatorsEditorProps = {
  risk: Risk;
  /** Ids of the indicators past their threshold (from the risk's flags). */
  breachedIds: readonly string[];
  /** True for a risk in the recycle bin: shown, not changed. */
  isReadOnly: boolean;
};

/** Which dialog is open: an indicator being added (null) or edited. */
type Editing = { indicator: RiskIndicator | null };

/**
 * The early-warning indicators (KRIs) of a risk as a table (name, metric, threshold, direction,
 * latest value, breached or not, linked monitoring rules) with add, edit and remove. Monitoring
 * rules are stored ids: keyword rules arrive with early warning, so none can be picked yet, and
 * the section says so rather than offering a picker that does nothing.
 */
export function IndicatorsEditor({ risk, breachedIds, isReadOnly }: IndicatorsEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const removal = useConfirmedChange(
    (indicator: RiskIndicator) =>
      updateRisk(risk.id, {
        ...riskInputOf(risk),
        indicators: risk.indicators.filter((candidate) => candidate.id !== indicator.id),
      }),
    (indicator) => ({
      kind: 'error',
      messageKey: 'risks.detail.indicators.removeFailed',
      params: { name: indicator.name },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.fields.indicators')}</h3>
      <p className="field__description">{t('risks.detail.indicators.rulesNote')}</p>
      {risk.indicators.length === 0 ? (
        <p>{t('risks.detail.indicators.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('risks.detail.indicators.name')}</th>
                <th scope="col">{t('risks.detail.indicators.metric')}</th>
                <th scope="col">{t('risks.detail.indicators.threshold')}</th>
                <th scope="col">{t('risks.detail.indicators.direction')}</th>
                <th scope="col">{t('risks.detail.indicators.currentValue')}</th>
                <th scope="col">{t('risks.detail.indicators.state')}</th>
                <th scope="col">{t('risks.detail.indicators.rules')}</th>
                {!isReadOnly && <th scope="col">{t('risks.detail.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {risk.indicators.map((indicator) => {
                const isBreached = breachedIds.includes(indicator.id);
                return (
                  <tr key={indicator.id}>
                    <th scope="row">{indicator.name}</th>
                    <td>{indicator.metric === '' ? t('risks.detail.notSet') : indicator.metric}</td>
                    <td>{formatAmount(indicator.threshold, language)}</td>
                    <td>{t(`risks.directions.${indicator.direction}`)}</td>
                    <td>
                      {indicator.currentValue === null
                        ? t('risks.detail.indicators.noValue')
                        : formatAmount(indicator.currentValue, language)}
                    </td>
                    <td>
                      {indicator.currentValue === null ? (
                        t('risks.detail.indicators.noValue')
                      ) : (
                        <StatusBadge tone={isBreached ? 'danger' : 'success'}>
                          {isBreached
                            ? t('risks.detail.indicators.breached')
                            : t('risks.detail.indicators.withinThreshold')}
                        </StatusBadge>
                      )}
                    </td>
                    <td>
                      {indicator.monitoringRuleIds.length === 0 ? (
                        t('risks.detail.indicators.noRules')
                      ) : (
                        <ul className="plain-list">
                          {indicator.monitoringRuleIds.map((ruleId) => (
                            <li key={ruleId}>
                              <code className="path">{ruleId}</code>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    {!isReadOnly && (
                      <td>
                        <RowEditActions
                          editLabel={t('risks.detail.indicators.editFor', { name: indicator.name })}
                          removeLabel={t('risks.detail.indicators.removeFor', {
                            name: indicator.name,
                          })}
                          onEdit={() => setEditing({ indicator })}
                          onRemove={() => removal.ask(indicator)}
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!isReadOnly && (
        <button type="button" onClick={() => setEditing({ indicator: null })}>
          {t('risks.detail.indicators.add')}
        </button>
      )}
      {editing !== null && (
        <IndicatorDialog
          risk={risk}
          indicator={editing.indicator}
          onClose={() => setEditing(null)}
        />
      )}
      {removal.pending !== null && (
        <ConfirmDialog
          title={t('risks.detail.indicators.removeTitle')}
          message={t('risks.detail.indicators.removeMessage', { name: removal.pending.name })}
          confirmLabel={t('risks.detail.remove')}
          cancelLabel={t('risks.detail.form.cancel')}
          isDestructive
          isBusy={removal.isBusy}
          onConfirm={() => void removal.confirm()}
          onCancel={removal.cancel}
        />
      )}
    </section>
  );
}
