import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime, formatRelative } from '../../../lib/dates';
import { useNow } from '../../../lib/useNow';
import { useSeverityLevels } from '../../roster';
import { DeclareIncidentButton } from '../declare/DeclareIncidentButton';
import type { IncidentClock } from '../../../../../shared/domain/incidents/clocks';
import { formatDurationWords } from '../time/clockFormat';
import { useClockName } from '../time/useIncidentClocks';
import { useOpenIncidentClocks } from '../time/useOpenIncidentClocks';
import { IncidentSeverityBadge } from './IncidentSeverityBadge';
import { listedIncidents } from './incidentListOrder';

/** The clocks the card shows per incident: what the Dashboard must not let run out unnoticed. */
const cardClockIds: ReadonlySet<string> = new Set(['first-statement', 'next-update']);

/** A mark beside each state, so states differ in shape as well as colour (hidden from readers). */
const clockMarks = {
  running: '◷',
  'due-soon': '⏳',
  overdue: '⚠',
  met: '✓',
  stopped: '■',
} as const satisfies Record<IncidentClock['state'], string>;

/** The badge tone of each state; the words and the mark carry the meaning, the tone helps the eye. */
const clockTones = {
  running: 'neutral',
  'due-soon': 'warning',
  overdue: 'danger',
  met: 'success',
  stopped: 'neutral',
} as const satisfies Record<IncidentClock['state'], StatusTone>;

/** Props of {@link ActiveIncidentsCard}. */
export type ActiveIncidentsCardProps = {
  /**
   * False where the page already offers "Declare incident" right above the card (the
   * Dashboard), so the page does not show two buttons with the same name.
   */
  hasDeclareButton?: boolean;
};

/**
 * The Dashboard's card of incidents still being handled (detected, active or stable; exercises
 * marked), newest detection first: severity, status, the title linking to the command page, the
 * time since detection, where its first statement and next update stand (an overdue one in
 * words with a ⚠ badge, not by colour alone) and a link to its war room. Says "No active
 * incidents" otherwise. The clocks are those of the command page and the overdue notifications
 * (one computation, {@link useOpenIncidentClocks}).
 */
export function ActiveIncidentsCard({ hasDeclareButton = true }: ActiveIncidentsCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow(10_000);
  const open = useOpenIncidentClocks(now);
  const levels = useSeverityLevels();
  const clockName = useClockName();
  const headingId = useId();
  const incidents = open?.map((entry) => entry.incident);
  const clocksById = new Map(open?.map((entry) => [entry.incident.id, entry.clocks]));

  /** One clock of the card in words: its state as a badge, then what is due when. */
  function clockLine(clock: IncidentClock) {
    const name = clockName(clock, []);
    const time = clock.dueAt === null ? '' : formatDateTime(clock.dueAt, language);
    const duration =
      clock.remainingMs === null ? '' : formatDurationWords(clock.remainingMs, language);
    let text: string;
    switch (clock.state) {
      case 'running':
      case 'due-soon':
        text = t('incidents.list.card.clocks.due', { clock: name, time, duration });
        break;
      case 'overdue':
        text = t('incidents.list.card.clocks.overdue', { clock: name, time, duration });
        break;
      case 'met':
        text = t('incidents.list.card.clocks.met', {
          clock: name,
          time: clock.metAt === null ? '' : formatDateTime(clock.metAt, language),
        });
        break;
      case 'stopped':
        text =
          clock.stoppedAt === null
            ? t('incidents.list.card.clocks.waiting', { clock: name })
            : t('incidents.list.card.clocks.stopped', { clock: name });
        break;
    }
    return (
      <p
        key={clock.id}
        className={`active-incidents__clock active-incidents__clock--${clock.state}`}
      >
        <StatusBadge tone={clockTones[clock.state]}>
          <span aria-hidden="true">{clockMarks[clock.state]}</span>{' '}
          {t(`incidents.clockStates.${clock.state}`)}
        </StatusBadge>{' '}
        {text}
      </p>
    );
  }

  let body;
  if (incidents === undefined || levels === undefined) {
    body = <p role="status">{t('incidents.list.loading')}</p>;
  } else if (incidents.length === 0) {
    body = <p className="active-incidents__none">{t('incidents.list.card.none')}</p>;
  } else {
    body = (
      <ul className="plain-list active-incidents__list">
        {listedIncidents(incidents, { status: 'open', isIncludingExercises: true }).map(
          (incident) => {
            const path = `~/incidents/${encodeURIComponent(incident.id)}`;
            return (
              <li key={incident.id} className="active-incidents__item">
                <div className="active-incidents__badges">
                  <IncidentSeverityBadge severityId={incident.severityId} levels={levels} />
                  <span className="active-incidents__status">
                    {t(`incidents.statuses.${incident.status}`)}
                  </span>
                  {incident.isExercise && (
                    <StatusBadge tone="busy">{t('incidents.exercise')}</StatusBadge>
                  )}
                </div>
                <p className="active-incidents__title">
                  <span className="active-incidents__reference">{incident.reference}</span>{' '}
                  <Link href={path}>{incident.title}</Link>
                </p>
                {(clocksById.get(incident.id) ?? [])
                  .filter((clock) => cardClockIds.has(clock.id))
                  .map(clockLine)}
                <p className="active-incidents__meta">
                  <time
                    dateTime={new Date(incident.detectedAt).toISOString()}
                    title={formatDateTime(incident.detectedAt, language)}
                  >
                    {t('incidents.list.card.detected', {
                      time: formatRelative(incident.detectedAt, language, now),
                    })}
                  </time>{' '}
                  <Link
                    href={`${path}/war-room`}
                    aria-label={t('incidents.list.card.warRoomLabel', { title: incident.title })}
                  >
                    {t('incidents.list.card.warRoom')}
                  </Link>
                </p>
              </li>
            );
          },
        )}
      </ul>
    );
  }

  return (
    <section className="panel active-incidents" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.list.card.heading')}</h2>
      {body}
      <div className="button-row active-incidents__actions">
        {hasDeclareButton && <DeclareIncidentButton />}
        <Link href="~/incidents">{t('incidents.list.card.showAll')}</Link>
      </div>
    </section>
  );
}
