import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RiskInput } from '../../../../../shared/domain/risks/risk';
import { useAppStore } from '../../../stores/appStore';
import { restoreRisk, updateRisk } from '../riskCommands';
import { useRiskEvents, useRiskMatrix, useRiskView, useToday } from '../useRiskData';
import { AcceptanceEditor } from './AcceptanceEditor';
import { ControlsEditor } from './ControlsEditor';
import { DeleteRiskButton } from './DeleteRiskButton';
import { IndicatorsEditor } from './IndicatorsEditor';
import { riskInputOf } from './riskDetailFormat';
import { RiskFactsSection } from './RiskFactsSection';
import { RiskFormDialog } from './RiskFormDialog';
import { RiskReviewSection } from './RiskReviewSection';
import { RiskReviewRequestsPanel } from '../../postmortems';
import { RiskScoresSection } from './RiskScoresSection';
import { RiskTimeline } from './RiskTimeline';

/** Props of {@link RiskDetailPage}. */
export type RiskDetailPageProps = {
  riskId: string;
};

/**
 * One risk in full (`#/risks/<id>`): its statement and facts, the three scores, review schedule
 * and log, formal acceptance, controls, early-warning indicators and timeline, with edit, review
 * and delete at hand. A risk in the recycle bin is shown read-only with a way to restore it.
 */
export function RiskDetailPage({ riskId }: RiskDetailPageProps) {
  const { t } = useTranslation();
  const view = useRiskView(riskId);
  const matrix = useRiskMatrix();
  const events = useRiskEvents(riskId);
  const today = useToday();
  const headingId = useId();
  const [editing, setEditing] = useState<RiskInput | null>(null);
  const [isRestoring, setIsRestoring] = useState(false);

  const backLink = (
    <p>
      {/* Absolute: a nested link to '/' would address `#/risks/` with a trailing slash. */}
      <Link href="~/risks">{t('risks.detail.back')}</Link>
    </p>
  );
  if (view === undefined || matrix === undefined) {
    return <p role="status">{t('risks.detail.loading')}</p>;
  }
  if (view === null) {
    return (
      <section className="risk-detail">
        {backLink}
        <p>{t('risks.detail.notFound')}</p>
      </section>
    );
  }
  const { risk, scores, flags } = view;
  const isDeleted = risk.deletedAt !== null;

  async function restore() {
    setIsRestoring(true);
    try {
      const result = await restoreRisk(risk.id);
      if (!result.ok) {
        useAppStore.getState().pushNotice({
          kind: 'error',
          messageKey: 'risks.detail.restoreFailed',
          params: { reference: risk.reference },
        });
      }
    } finally {
      setIsRestoring(false);
    }
  }

  return (
    <article aria-labelledby={headingId} className="risk-detail">
      {backLink}
      <h2 id={headingId} className="risk-detail__heading">
        <span className="risk-detail__reference">{risk.reference}</span> {risk.title}
      </h2>
      {isDeleted && (
        <div className="risk-detail__deleted" role="status">
          <p>
            <strong>{t('risks.detail.inBin')}</strong> {t('risks.detail.inBinNote')}
          </p>
          <button type="button" disabled={isRestoring} onClick={() => void restore()}>
            {t('risks.detail.restore')}
          </button>
        </div>
      )}
      {!isDeleted && (
        <div className="button-row toolbar">
          <button type="button" onClick={() => setEditing(riskInputOf(risk))}>
            {t('risks.detail.editRisk')}
          </button>
          <DeleteRiskButton risk={risk} />
        </div>
      )}
      <RiskFactsSection risk={risk} />
      <RiskScoresSection scores={scores} matrix={matrix} />
      <RiskReviewRequestsPanel riskId={risk.id} />
      <RiskReviewSection
        risk={risk}
        scores={scores}
        flags={flags}
        matrix={matrix}
        events={events}
        today={today}
        isReadOnly={isDeleted}
      />
      <AcceptanceEditor risk={risk} state={flags.acceptance} today={today} isReadOnly={isDeleted} />
      <ControlsEditor risk={risk} matrix={matrix} isReadOnly={isDeleted} />
      <IndicatorsEditor
        risk={risk}
        breachedIds={flags.breachedIndicatorIds}
        isReadOnly={isDeleted}
      />
      <RiskTimeline events={events} matrix={matrix} />
      {editing !== null && (
        <RiskFormDialog
          mode="edit"
          initial={editing}
          save={(input) => updateRisk(risk.id, input)}
          draftKey={`risk-form:${risk.id}`}
          basedOn={risk.updatedAt}
          onSaved={() => setEditing(null)}
          onClose={() => setEditing(null)}
        />
      )}
    </article>
  );
}
