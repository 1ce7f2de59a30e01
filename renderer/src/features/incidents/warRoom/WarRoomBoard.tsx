import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { firstExternalStatementAt } from '../../../../../shared/domain/incidents/communications';
import {
  incidentClocks,
  lastSitrepAt,
  lastUpdateAt,
} from '../../../../../shared/domain/incidents/clocks';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { effectiveTimeline } from '../../../../../shared/domain/incidents/timeline';
import { localize } from '../../../../../shared/domain/localizedText';
import { PageHeading } from '../../../components/PageHeading';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useNow } from '../../../lib/useNow';
import { usePeopleById, useRoles, useSeverityLevels } from '../../roster';
import { changeSetting, useSettings } from '../../settings';
import {
  useIncidentCadence,
  useIncidentCommunications,
  useIncidentDeadlines,
  useIncidentSopRuns,
  useIncidentTasks,
  useIncidentTenures,
  useSituationReports,
  useTimeline,
} from '../useIncidentData';
import { WarRoomClocks } from './WarRoomClocks';
import { WarRoomNextSteps } from './WarRoomNextSteps';
import { WarRoomRoles } from './WarRoomRoles';
import { WarRoomTasks } from './WarRoomTasks';
import { WarRoomTimeline } from './WarRoomTimeline';

/** Props of {@link WarRoomBoard}. */
export type WarRoomBoardProps = {
  incident: Incident;
};

/**
 * The war-room board of one incident, for a projector: reference and title, severity (name and
 * written definition), status, the clocks as big tiles, roles on duty, open tasks, the latest
 * timeline entries and the next SOP steps, on one CSS grid sized to fit 1920×1080 and 1280×720.
 * Read-only and without dialogs; everything is read live and the clocks tick every second. The
 * only controls switch the app to the war-room display (high contrast, large type) and lead back
 * to the incident's command page.
 */
export function WarRoomBoard({ incident }: WarRoomBoardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow(1000);
  const settings = useSettings();
  const levels = useSeverityLevels();
  const cadence = useIncidentCadence();
  const communications = useIncidentCommunications(incident.id);
  const entries = useTimeline(incident.id);
  const reports = useSituationReports(incident.id);
  const deadlines = useIncidentDeadlines(incident.id);
  const tenures = useIncidentTenures(incident.id);
  const tasks = useIncidentTasks(incident.id);
  const runs = useIncidentSopRuns(incident.id);
  const roles = useRoles();
  const peopleById = usePeopleById();
  const ids = {
    clocks: useId(),
    roles: useId(),
    tasks: useId(),
    timeline: useId(),
    steps: useId(),
  };
  const timeline = useMemo(
    () => (entries === undefined ? undefined : effectiveTimeline(entries)),
    [entries],
  );

  const level = levels?.find((candidate) => candidate.id === incident.severityId);
  const isWarRoomDisplay = settings?.displayMode === 'war-room';
  const clocks =
    cadence === undefined ||
    communications === undefined ||
    timeline === undefined ||
    reports === undefined ||
    deadlines === undefined
      ? undefined
      : incidentClocks({
          incident,
          cadence,
          firstExternalStatementAt: firstExternalStatementAt(communications),
          lastUpdateAt: lastUpdateAt(communications, timeline),
          lastSitrepAt: lastSitrepAt(reports),
          deadlines,
          now,
        });

  return (
    <div className="warroom">
      <header className="warroom__header">
        <div className="warroom__identity">
          <PageHeading>
            <span className="warroom__reference">{incident.reference}</span> {incident.title}
          </PageHeading>
          <p className="warroom__now">
            {t('incidents.warRoom.now', { time: formatDateTime(now, language) })}
          </p>
        </div>
        <div className="warroom__facts">
          <div
            className={`warroom-fact warroom-fact--severity warroom-fact--${incident.severityId}`}
          >
            <p className="warroom-fact__label">{t('incidents.warRoom.severity')}</p>
            <p className="warroom-fact__value">
              {level === undefined
                ? t('incidents.warRoom.unknownSeverity', { id: incident.severityId })
                : localize(level.name, language)}
            </p>
            {level !== undefined && (
              <p className="warroom-fact__detail">{level.definition[language]}</p>
            )}
          </div>
          <div className={`warroom-fact warroom-fact--status-${incident.status}`}>
            <p className="warroom-fact__label">{t('incidents.warRoom.status')}</p>
            <p className="warroom-fact__value">{t(`incidents.statuses.${incident.status}`)}</p>
            {incident.isExercise && (
              <p className="warroom-badge warroom-badge--exercise">{t('incidents.exercise')}</p>
            )}
          </div>
        </div>
        <nav className="warroom__actions" aria-label={t('incidents.warRoom.heading')}>
          <button
            type="button"
            aria-pressed={isWarRoomDisplay}
            title={t('incidents.warRoom.useDisplayHint')}
            disabled={settings === undefined}
            onClick={() =>
              void changeSetting('displayMode', isWarRoomDisplay ? 'standard' : 'war-room')
            }
          >
            {t('incidents.warRoom.useDisplay')}
          </button>
          <Link href={`~/incidents/${encodeURIComponent(incident.id)}`}>
            {t('incidents.warRoom.leave')}
          </Link>
        </nav>
      </header>
      <section className="warroom__panel warroom__panel--clocks" aria-labelledby={ids.clocks}>
        <h2 id={ids.clocks}>{t('incidents.warRoom.clocks')}</h2>
        {clocks !== undefined && deadlines !== undefined && (
          <WarRoomClocks clocks={clocks} deadlines={deadlines} now={now} headingId={ids.clocks} />
        )}
      </section>
      <section className="warroom__panel warroom__panel--roles" aria-labelledby={ids.roles}>
        <h2 id={ids.roles}>{t('incidents.warRoom.roles')}</h2>
        {tenures !== undefined && roles !== undefined && peopleById !== undefined && (
          <WarRoomRoles tenures={tenures} roles={roles} peopleById={peopleById} />
        )}
      </section>
      <section className="warroom__panel warroom__panel--steps" aria-labelledby={ids.steps}>
        <h2 id={ids.steps}>{t('incidents.warRoom.nextSteps')}</h2>
        {runs !== undefined && roles !== undefined && (
          <WarRoomNextSteps runs={runs} roles={roles} now={now} headingId={ids.steps} />
        )}
      </section>
      <section className="warroom__panel warroom__panel--tasks" aria-labelledby={ids.tasks}>
        <h2 id={ids.tasks}>{t('incidents.warRoom.tasks')}</h2>
        {tasks !== undefined && roles !== undefined && peopleById !== undefined && (
          <WarRoomTasks
            tasks={tasks}
            roles={roles}
            peopleById={peopleById}
            now={now}
            headingId={ids.tasks}
          />
        )}
      </section>
      <section className="warroom__panel warroom__panel--timeline" aria-labelledby={ids.timeline}>
        <h2 id={ids.timeline}>{t('incidents.warRoom.timeline')}</h2>
        {timeline !== undefined && (
          <WarRoomTimeline
            timeline={timeline}
            pinnedEntryIds={incident.pinnedEntryIds}
            headingId={ids.timeline}
          />
        )}
      </section>
    </div>
  );
}
