import { useTranslation } from 'react-i18next';
import type { Deadline, IncidentClock } from '../../../../../shared/domain/incidents/clocks';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useClockText } from './useClockText';

/** Props of {@link WarRoomClocks}. */
export type WarRoomClocksProps = {
  clocks: readonly IncidentClock[];
  /** The incident's deadlines, which name the `deadline:<id>` clocks. */
  deadlines: readonly Deadline[];
  /** The current time (epoch ms), ticking every second. */
  now: number;
  headingId: string;
};

/**
 * The clocks as big tiles: what each one counts, its time in large figures with what it means in
 * words ("12:04 left", "Overdue by 0:05:00", "Met 0:10:00 early"), its state as a badge and its due
 * time. An overdue clock is unmissable without colour: a warning sign, the word "Overdue" in its
 * badge, a thick doubled border and a striped background.
 */
export function WarRoomClocks({ clocks, deadlines, now, headingId }: WarRoomClocksProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clockText = useClockText();

  function labelOf(clock: IncidentClock): string {
    if (clock.id.startsWith('deadline:')) {
      const deadlineId = clock.id.slice('deadline:'.length);
      const label = deadlines.find((deadline) => deadline.id === deadlineId)?.label ?? deadlineId;
      return t('incidents.clocks.deadline', { label });
    }
    switch (clock.id) {
      case 'since-detection':
      case 'first-statement':
      case 'next-update':
      case 'next-sitrep':
        return t(`incidents.clocks.${clock.id}`);
      default:
        return clock.id;
    }
  }

  function valueOf(clock: IncidentClock): string {
    if (clock.id === 'since-detection') {
      return t('incidents.warRoom.clock.elapsed', {
        time: clockText((clock.stoppedAt ?? now) - clock.startedAt),
      });
    }
    const remaining = clock.remainingMs;
    switch (clock.state) {
      case 'running':
      case 'due-soon':
        return t('incidents.warRoom.clock.left', { time: clockText(remaining ?? 0) });
      case 'overdue':
        return t('incidents.warRoom.clock.overdue', { time: clockText(remaining ?? 0) });
      case 'met':
        return t(
          (remaining ?? 0) < 0
            ? 'incidents.warRoom.clock.metLate'
            : 'incidents.warRoom.clock.metEarly',
          { time: clockText(remaining ?? 0) },
        );
      case 'stopped':
        return clock.dueAt === null && clock.stoppedAt === null
          ? t('incidents.warRoom.clock.waiting')
          : t('incidents.warRoom.clock.stopped');
    }
  }

  return (
    <ul className="warroom-clocks" aria-labelledby={headingId}>
      {clocks.map((clock) => {
        const isOverdue = clock.state === 'overdue';
        return (
          <li key={clock.id} className={`warroom-clock warroom-clock--${clock.state}`}>
            <p className="warroom-clock__label">{labelOf(clock)}</p>
            <p className="warroom-clock__value">
              {isOverdue && (
                <span className="warroom-clock__sign" aria-hidden="true">
                  ⚠
                </span>
              )}
              {valueOf(clock)}
            </p>
            <p className="warroom-clock__meta">
              <span className={`warroom-badge warroom-badge--${clock.state}`}>
                {t(`incidents.clockStates.${clock.state}`)}
              </span>
              {clock.dueAt !== null && (
                <span>
                  {t('incidents.warRoom.clock.due', {
                    time: formatDateTime(clock.dueAt, language),
                  })}
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
