import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, IncidentStatus } from '../../../../../shared/domain/incidents/incident';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { changeStatus, incidentIssueMessageKey } from '../incidentCommands';
import { offeredTransitions } from './incidentPageFormat';

/** Props of {@link LifecycleActions}. */
export type LifecycleActionsProps = {
  incident: Incident;
  /** The operator's name, recorded as who changed the status. */
  operator: string;
};

/**
 * The lifecycle buttons of an incident: one per move the lifecycle allows from its current status
 * (declare, mark stable, close, reopen…), so an impossible move is never offered. Closing asks
 * first. Each change writes a status-change entry in the UI language ("Status: Active → Stable");
 * a refusal (the incident changed meanwhile, storage full) is shown beside the buttons.
 */
export function LifecycleActions({ incident, operator }: LifecycleActionsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirmingClose, setIsConfirmingClose] = useState(false);

  async function move(to: IncidentStatus) {
    setIsBusy(true);
    try {
      const entryText = t('incidents.page.lifecycle.entry', {
        from: t(`incidents.statuses.${incident.status}`),
        to: t(`incidents.statuses.${to}`),
      });
      const result = await changeStatus(incident.id, to, operator, entryText);
      setRefusal(
        result.ok
          ? null
          : t('incidents.page.lifecycle.refused', {
              reason: result.issues
                .map((issue) => t(incidentIssueMessageKey(issue.code)))
                .join(' '),
            }),
      );
    } finally {
      setIsBusy(false);
      setIsConfirmingClose(false);
    }
  }

  return (
    <div role="group" aria-labelledby={labelId} className="incident-lifecycle">
      <span id={labelId} className="incident-lifecycle__label">
        {t('incidents.page.lifecycle.label')}
      </span>
      {offeredTransitions(incident.status).map(({ to, labelKey }) => (
        <button
          key={to}
          type="button"
          className={to === 'closed' ? undefined : 'button--primary'}
          disabled={isBusy}
          onClick={() => {
            if (to === 'closed') {
              setIsConfirmingClose(true);
            } else {
              void move(to);
            }
          }}
        >
          {t(`incidents.transitions.${labelKey}`)}
        </button>
      ))}
      <p role="alert" className="incident-lifecycle__refusal">
        {refusal}
      </p>
      {isConfirmingClose && (
        <ConfirmDialog
          title={t('incidents.page.lifecycle.confirmTitle', { reference: incident.reference })}
          message={t('incidents.page.lifecycle.confirmMessage')}
          confirmLabel={t('incidents.page.lifecycle.confirm')}
          cancelLabel={t('incidents.page.lifecycle.cancel')}
          isBusy={isBusy}
          onConfirm={() => void move('closed')}
          onCancel={() => setIsConfirmingClose(false)}
        />
      )}
    </div>
  );
}
