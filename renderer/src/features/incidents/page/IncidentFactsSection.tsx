import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { FactList } from '../../../components/FactList';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useRiskViews } from '../../risks';
import { useCommStakeholders, useCrisisTypeName, useStakeholderName } from '../../sops';

/** Props of {@link IncidentFactsSection}. */
export type IncidentFactsSectionProps = {
  incident: Incident;
};

/**
 * What is known about an incident: crisis type, how and when it was detected, when it started,
 * affected audiences, tags, linked risks (each a link to the register) and its summary.
 */
export function IncidentFactsSection({ incident }: IncidentFactsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const crisisTypeName = useCrisisTypeName();
  const stakeholders = useCommStakeholders();
  const stakeholderName = useStakeholderName();
  const risks = useRiskViews();
  const none = t('incidents.page.facts.none');

  const riskLinks =
    incident.riskIds.length === 0 ? (
      none
    ) : (
      <ul className="plain-list">
        {incident.riskIds.map((riskId) => {
          const risk = risks?.find((view) => view.risk.id === riskId)?.risk;
          return (
            <li key={riskId}>
              {risk === undefined ? (
                t('incidents.page.facts.removedRisk')
              ) : (
                <Link href={`~/risks/${encodeURIComponent(risk.id)}`}>
                  {risk.reference} {risk.title}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    );

  return (
    <section aria-labelledby={headingId} className="incident-section incident-facts">
      <h3 id={headingId}>{t('incidents.page.facts.heading')}</h3>
      <FactList
        facts={[
          {
            id: 'crisisType',
            label: t('incidents.page.facts.crisisType'),
            value:
              incident.crisisTypeId === null
                ? t('incidents.page.facts.noCrisisType')
                : crisisTypeName(incident.crisisTypeId),
          },
          {
            id: 'detectionSource',
            label: t('incidents.page.facts.detectionSource'),
            value: t(`incidents.detectionSources.${incident.detectionSource}`),
          },
          {
            id: 'detectedAt',
            label: t('incidents.page.facts.detectedAt'),
            value: formatDateTime(incident.detectedAt, language),
          },
          {
            id: 'startedAt',
            label: t('incidents.page.facts.startedAt'),
            value:
              incident.startedAt === null
                ? t('incidents.page.facts.unknown')
                : formatDateTime(incident.startedAt, language),
          },
          {
            id: 'audiences',
            label: t('incidents.page.facts.audiences'),
            value:
              incident.affectedAudiences.length === 0
                ? none
                : incident.affectedAudiences
                    .map((id) => stakeholderName(id, stakeholders))
                    .join(t('incidents.page.edit.changes.listSeparator')),
          },
          {
            id: 'tags',
            label: t('incidents.page.facts.tags'),
            value:
              incident.tags.length === 0
                ? none
                : incident.tags.join(t('incidents.page.edit.changes.listSeparator')),
          },
          { id: 'risks', label: t('incidents.page.facts.risks'), value: riskLinks },
          ...(incident.detectionNote === ''
            ? []
            : [
                {
                  id: 'detectionNote',
                  label: t('incidents.page.facts.detectionNote'),
                  value: incident.detectionNote,
                },
              ]),
          ...(incident.summary === ''
            ? []
            : [
                {
                  id: 'summary',
                  label: t('incidents.page.facts.summary'),
                  value: incident.summary,
                },
              ]),
        ]}
      />
    </section>
  );
}
