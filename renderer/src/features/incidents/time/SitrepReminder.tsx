import { useTranslation } from 'react-i18next';
import type { IncidentClock } from '../../../../../shared/domain/incidents/clocks';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { formatDurationWords } from './clockFormat';

/** Props of {@link SitrepReminder}. */
export type SitrepReminderProps = {
  /** The incident's `next-sitrep` clock. */
  clock: IncidentClock;
};

/**
 * The reminder line above the report history: when the next situation report is due by the
 * severity's cadence, "OVERDUE by …" with a mark and a thick edge once it is late, or why none
 * is due (not declared yet, closed).
 */
export function SitrepReminder({ clock }: SitrepReminderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (clock.dueAt === null || clock.remainingMs === null || clock.state === 'stopped') {
    return (
      <p className="sitrep-reminder">
        {clock.stoppedAt === null
          ? t('incidents.time.sitreps.waiting')
          : t('incidents.time.sitreps.stopped')}
      </p>
    );
  }
  const parts = {
    duration: formatDurationWords(clock.remainingMs, language),
    time: formatDateTime(clock.dueAt, language),
  };
  if (clock.state === 'overdue') {
    return (
      <p className="sitrep-reminder sitrep-reminder--overdue">
        <span className="sitrep-reminder__icon" aria-hidden="true">
          ⚠
        </span>{' '}
        <strong>{t('incidents.time.sitreps.overdue', parts)}</strong>
      </p>
    );
  }
  return (
    <p className={`sitrep-reminder sitrep-reminder--${clock.state}`}>
      {t('incidents.time.sitreps.nextDue', parts)}
    </p>
  );
}
