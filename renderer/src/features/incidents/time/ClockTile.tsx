import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  IncidentClock,
  IncidentClockState,
} from '../../../../../shared/domain/incidents/clocks';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { formatCountdown, formatDurationWords } from './clockFormat';

/** Props of {@link ClockTile}. */
export type ClockTileProps = {
  clock: IncidentClock;
  /** The clock's name, translated ("First statement", "Deadline: Regulator notification"). */
  name: string;
  /** The moment the clock was read at, for the time since detection. */
  now: number;
};

/** A mark beside each state, so states differ in shape as well as colour (hidden from readers). */
const stateIcons = {
  running: '◷',
  'due-soon': '⏳',
  overdue: '⚠',
  met: '✓',
  stopped: '■',
} as const satisfies Record<IncidentClockState, string>;

/**
 * One clock as a large tile in a list: its name, its state in words with a mark, the time left
 * (or elapsed) in digits for the eye with the same length in words for screen readers, and when
 * it is due. An overdue clock says "OVERDUE by …" in visible text on a thick edge, a met one says
 * when and whether it was late, and a stopped one why it stopped. The digits are hidden from
 * screen readers and the tile is not a live region: it changes every second.
 */
export function ClockTile({ clock, name, now }: ClockTileProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameId = useId();
  const words = (milliseconds: number) => formatDurationWords(milliseconds, language);
  const time = (at: number) => formatDateTime(at, language);

  function reading() {
    if (clock.id === 'since-detection') {
      const elapsed = (clock.stoppedAt ?? now) - clock.startedAt;
      return {
        digits: formatCountdown(elapsed),
        spoken: t('incidents.time.clocks.elapsed', { duration: words(elapsed) }),
        isSpokenVisible: false,
      };
    }
    if (clock.state === 'overdue' && clock.remainingMs !== null) {
      return {
        digits: `+${formatCountdown(clock.remainingMs)}`,
        spoken: t('incidents.time.clocks.overdueBy', { duration: words(clock.remainingMs) }),
        isSpokenVisible: true,
      };
    }
    if ((clock.state === 'running' || clock.state === 'due-soon') && clock.remainingMs !== null) {
      return {
        digits: formatCountdown(clock.remainingMs),
        spoken: t('incidents.time.clocks.left', { duration: words(clock.remainingMs) }),
        isSpokenVisible: false,
      };
    }
    return null;
  }

  function detail(): string | null {
    if (clock.id === 'since-detection') {
      return clock.stoppedAt === null
        ? t('incidents.time.clocks.detectedAt', { time: time(clock.startedAt) })
        : t('incidents.time.clocks.stopped', { time: time(clock.stoppedAt) });
    }
    if (clock.state === 'met' && clock.metAt !== null && clock.remainingMs !== null) {
      return clock.remainingMs < 0
        ? t('incidents.time.clocks.metLate', {
            time: time(clock.metAt),
            duration: words(clock.remainingMs),
          })
        : t('incidents.time.clocks.metEarly', {
            time: time(clock.metAt),
            duration: words(clock.remainingMs),
          });
    }
    if (clock.state === 'stopped') {
      return clock.stoppedAt === null
        ? t('incidents.time.clocks.waiting')
        : t('incidents.time.clocks.stopped', { time: time(clock.stoppedAt) });
    }
    return null;
  }

  const shown = reading();
  const detailText = detail();
  return (
    <li className={`incident-clock incident-clock--${clock.state}`} aria-labelledby={nameId}>
      <h3 id={nameId} className="incident-clock__name">
        {name}
      </h3>
      <p className="incident-clock__state">
        <span className="incident-clock__icon" aria-hidden="true">
          {stateIcons[clock.state]}
        </span>{' '}
        {t(`incidents.clockStates.${clock.state}`)}
      </p>
      {shown !== null && (
        <p className="incident-clock__reading">
          <span className="incident-clock__digits" aria-hidden="true">
            {shown.digits}
          </span>{' '}
          <span
            className={shown.isSpokenVisible ? 'incident-clock__alarm' : 'incident-clock__spoken'}
          >
            {shown.spoken}
          </span>
        </p>
      )}
      {clock.dueAt !== null && clock.state !== 'met' && (
        <p className="incident-clock__due">
          {t('incidents.time.clocks.due', { time: time(clock.dueAt) })}
        </p>
      )}
      {detailText !== null && <p className="incident-clock__detail">{detailText}</p>}
    </li>
  );
}
