import { useTranslation } from 'react-i18next';
import type { CommunicationRecord } from '../../../../../shared/domain/incidents/communications';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useChannelName, useStakeholderName } from '../../sops';

/** Props of {@link CommunicationItem}. */
export type CommunicationItemProps = {
  record: CommunicationRecord;
  /** True for the first external release: the incident's first statement. */
  isFirstStatement: boolean;
  stakeholders: readonly CommGroup[] | undefined;
  channels: readonly CommGroup[] | undefined;
  templatesById: ReadonlyMap<string, StoredStatementTemplate>;
};

/**
 * One released communication: to whom and through which channel, when, internal or external
 * (the first external one marked as the first statement), the template used, the legal and
 * spokesperson approvals with their names and times, and the text released, shown on request
 * as plain text exactly as it went out.
 */
export function CommunicationItem({
  record,
  isFirstStatement,
  stakeholders,
  channels,
  templatesById,
}: CommunicationItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  const template = record.templateId === null ? undefined : templatesById.get(record.templateId);

  function approvalText(name: string | null, at: number | null): string {
    return name === null
      ? t('incidents.work.comms.notApproved')
      : at === null
        ? name
        : t('incidents.work.comms.approvedBy', { name, time: formatDateTime(at, language) });
  }

  return (
    <li className={`incident-comm${isFirstStatement ? ' incident-comm--first' : ''}`}>
      <h3 className="incident-comm__heading">
        {t('incidents.work.comms.itemHeading', {
          audience: stakeholderName(record.audienceId, stakeholders),
          channel: channelName(record.channelId, channels),
        })}
      </h3>
      <p className="incident-comm__tags">
        {isFirstStatement && (
          <StatusBadge tone="success">{t('incidents.work.comms.firstStatement')}</StatusBadge>
        )}
        <StatusBadge tone="neutral">
          {record.isExternal
            ? t('incidents.work.comms.external')
            : t('incidents.work.comms.internal')}
        </StatusBadge>
      </p>
      <dl className="incident-comm__facts">
        <div>
          <dt>{t('incidents.work.comms.releasedAt')}</dt>
          <dd>{formatDateTime(record.releasedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('incidents.work.comms.template')}</dt>
          <dd>
            {record.templateId === null
              ? t('incidents.work.comms.noTemplate')
              : (template?.title ?? t('incidents.work.comms.deletedTemplate'))}
          </dd>
        </div>
        <div>
          <dt>{t('incidents.work.comms.legal')}</dt>
          <dd>{approvalText(record.legalApprovedBy, record.legalApprovedAt)}</dd>
        </div>
        <div>
          <dt>{t('incidents.work.comms.spokesperson')}</dt>
          <dd>{approvalText(record.spokespersonApprovedBy, record.spokespersonApprovedAt)}</dd>
        </div>
      </dl>
      <details className="incident-comm__text">
        <summary>{t('incidents.work.comms.showText')}</summary>
        <p className="incident-comm__body">{record.text}</p>
      </details>
    </li>
  );
}
