import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstExternalStatementAt } from '../../../../../shared/domain/incidents/communications';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { useCommChannels, useCommStakeholders, useStatementTemplates } from '../../sops';
import { useIncidentCommunications } from '../useIncidentData';
import { CommunicationItem } from './CommunicationItem';
import { CommunicationForm } from './CommunicationForm';

/**
 * An incident's communications log in release order, the first external release marked as the
 * first statement (until there is one, a line says plainly that nothing has gone out), and
 * "Record a communication…". Recording the first external release stops the first-statement
 * clock, which reads this log.
 */
export function CommunicationsSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const headingId = useId();
  const records = useIncidentCommunications(incident.id);
  const stakeholders = useCommStakeholders();
  const channels = useCommChannels();
  const templates = useStatementTemplates();
  const [isRecording, setIsRecording] = useState(false);

  const sorted = [...(records ?? [])].sort(
    (left, right) => left.releasedAt - right.releasedAt || left.createdAt - right.createdAt,
  );
  const firstAt = firstExternalStatementAt(sorted);
  const firstId =
    sorted.find((record) => record.isExternal && record.releasedAt === firstAt)?.id ?? null;
  const templatesById = new Map((templates ?? []).map((template) => [template.id, template]));

  return (
    <section aria-labelledby={headingId} className="incident-work incident-comms">
      <div className="incident-work__header">
        <h2 id={headingId}>{t('incidents.work.comms.heading')}</h2>
        <button
          type="button"
          className="button--primary"
          // The form starts on an audience and a channel of the matrix: it waits for them.
          disabled={stakeholders === undefined || channels === undefined || templates === undefined}
          onClick={() => setIsRecording(true)}
        >
          {t('incidents.work.comms.record')}
        </button>
      </div>
      {records === undefined ? (
        <p role="status">{t('incidents.work.comms.loading')}</p>
      ) : (
        <>
          {firstId === null && (
            <p className="incident-comms__none">
              <span aria-hidden="true" className="incident-task__mark">
                ⚠
              </span>
              {t('incidents.work.comms.noExternalYet')}
            </p>
          )}
          {sorted.length === 0 ? (
            <p>{t('incidents.work.comms.empty')}</p>
          ) : (
            <ol className="incident-comms__list" aria-label={t('incidents.work.comms.listLabel')}>
              {sorted.map((record) => (
                <CommunicationItem
                  key={record.id}
                  record={record}
                  isFirstStatement={record.id === firstId}
                  stakeholders={stakeholders}
                  channels={channels}
                  templatesById={templatesById}
                />
              ))}
            </ol>
          )}
        </>
      )}
      {isRecording &&
        stakeholders !== undefined &&
        channels !== undefined &&
        templates !== undefined && (
          <CommunicationForm
            incident={incident}
            stakeholders={stakeholders}
            channels={channels}
            templates={templates}
            onClose={() => setIsRecording(false)}
          />
        )}
    </section>
  );
}
