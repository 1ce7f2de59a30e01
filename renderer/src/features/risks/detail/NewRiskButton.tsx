import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { emptyRiskInput } from '../../../../../shared/domain/risks/risk';
import type { RiskInput } from '../../../../../shared/domain/risks/risk';
import { createRisk } from '../riskCommands';
import { RiskFormDialog } from './RiskFormDialog';

/**
 * "New risk": opens the risk form on an empty draft and, once the risk is saved, opens its page
 * (`#/risks/<id>`). Rendered inside the Risks area's nested router, so paths are relative to it.
 */
export function NewRiskButton() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [initial, setInitial] = useState<RiskInput | null>(null);
  return (
    <>
      <button
        type="button"
        className="button--primary"
        onClick={() => setInitial(emptyRiskInput())}
      >
        {t('risks.detail.newRisk')}
      </button>
      {initial !== null && (
        <RiskFormDialog
          mode="create"
          initial={initial}
          save={createRisk}
          draftKey="risk-form:new"
          basedOn={null}
          onSaved={(risk) => {
            setInitial(null);
            navigate(`/${risk.id}`);
          }}
          onClose={() => setInitial(null)}
        />
      )}
    </>
  );
}
