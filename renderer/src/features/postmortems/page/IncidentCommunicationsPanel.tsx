import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useIncidentCommunications } from '../../incidents';
import { useChannelName, useStakeholderName } from '../../sops';

/** Props of {@link IncidentCommunicationsPanel}. */
export type IncidentCommunicationsPanelProps = {
  incidentId: string;
};

/** Longest excerpt of a released text shown here; the incident page has the full text. */
const excerptLength = 280;

/**
 * The incident's communications log: when, to whom, through which channel, internal or external,
 * and the opening of the text as released (plain text, never markup).
 */
export function IncidentCommunicationsPanel({ incidentId }: IncidentCommunicationsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const records = useIncidentCommunications(incidentId);
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  return (
    <section aria-labelledby={headingId} className="postmortem-incident__panel">
      <h4 id={headingId}>{t('postmortems.page.communications')}</h4>
      {records === undefined && <p role="status">{t('postmortems.page.loading')}</p>}
      {records?.length === 0 && <p>{t('postmortems.page.noCommunications')}</p>}
      {records !== undefined && records.length > 0 && (
        <ul className="postmortem-compact-list">
          {records.map((record) => (
            <li key={record.id}>
              <span className="postmortem-compact-list__meta">
                {t('postmortems.page.communicationLine', {
                  time: formatDateTime(record.releasedAt, language),
                  audience: stakeholderName(record.audienceId),
                  channel: channelName(record.channelId),
                  scope: record.isExternal
                    ? t('postmortems.page.external')
                    : t('postmortems.page.internal'),
                })}
              </span>
              <span className="postmortem-compact-list__text">
                {record.text.length > excerptLength
                  ? `${record.text.slice(0, excerptLength)}…`
                  : record.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
