import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { localize } from '../../../../../shared/domain/localizedText';
import { StatusBadge } from '../../../components/StatusBadge';
import { TextField } from '../../../components/fields/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import { WritePostmortemButton } from '../../postmortems';
import { useSeverityLevels } from '../../roster';
import { statusTones } from './incidentPageFormat';
import { LifecycleActions } from './LifecycleActions';

/** Props of {@link IncidentHeader}. */
export type IncidentHeaderProps = {
  incident: Incident;
  /** The operator's name as typed, recorded on what they do here. */
  operator: string;
  onOperatorChange: (name: string) => void;
  /** Opens "Edit facts". */
  onEditFacts: () => void;
  /** The id of the page's heading, which names the page's article. */
  headingId: string;
};

/**
 * The top of an incident's command page: reference and title; severity (its level's name, described
 * by its written definition), status, priority, and the exercise and restricted badges; the
 * operator's name; the lifecycle buttons, "Open war room" and "Edit facts…".
 */
export function IncidentHeader({
  incident,
  operator,
  onOperatorChange,
  onEditFacts,
  headingId,
}: IncidentHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const levels = useSeverityLevels();
  const definitionId = useId();
  const level = levels?.find((candidate) => candidate.id === incident.severityId);

  return (
    <header className="incident-header">
      <p className="incident-header__back">
        {/* Absolute: a nested link to '/' would address `#/incidents/` with a trailing slash. */}
        <Link href="~/incidents">{t('incidents.page.back')}</Link>
      </p>
      <h2 id={headingId} className="incident-header__heading">
        <span className="incident-header__reference">{incident.reference}</span> {incident.title}
      </h2>
      <div className="incident-header__facts">
        <dl className="incident-header__badges">
          <div>
            <dt>{t('incidents.page.header.severity')}</dt>
            <dd>
              <span
                className="incident-severity"
                aria-describedby={level === undefined ? undefined : definitionId}
              >
                {level === undefined ? incident.severityId : localize(level.name, language)}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('incidents.page.header.status')}</dt>
            <dd>
              <StatusBadge tone={statusTones[incident.status]}>
                {t(`incidents.statuses.${incident.status}`)}
              </StatusBadge>
            </dd>
          </div>
          <div>
            <dt>{t('incidents.page.header.priority')}</dt>
            <dd>{t(`incidents.priorities.${incident.priority}`)}</dd>
          </div>
        </dl>
        {incident.isExercise && (
          <span className="incident-badge incident-badge--exercise">{t('incidents.exercise')}</span>
        )}
        {incident.visibility === 'restricted' && (
          <span className="incident-badge incident-badge--restricted">
            {t('incidents.page.header.restricted')}
          </span>
        )}
      </div>
      {level !== undefined && (
        <p id={definitionId} className="incident-header__definition">
          {localize(level.definition, language)}
        </p>
      )}
      <div className="incident-header__operator">
        <TextField
          label={t('incidents.page.header.operator')}
          hint={t('incidents.page.header.operatorHint')}
          error={undefined}
          value={operator}
          onChange={onOperatorChange}
        />
      </div>
      <div className="incident-header__actions">
        <LifecycleActions incident={incident} operator={operator} />
        <div className="button-row">
          <Link
            href={`~/incidents/${encodeURIComponent(incident.id)}/war-room`}
            className="incident-header__war-room"
          >
            {t('incidents.page.header.warRoom')}
          </Link>
          <button type="button" onClick={onEditFacts}>
            {t('incidents.page.header.editFacts')}
          </button>
          <WritePostmortemButton incidentId={incident.id} />
        </div>
      </div>
    </header>
  );
}
