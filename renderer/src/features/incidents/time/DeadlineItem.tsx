import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../../../shared/domain/incidents/clocks';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { incidentIssueMessageKey, setDeadlineMet } from '../incidentCommands';
import { formatDurationWords } from './clockFormat';
import { useDueText } from './useDueText';

/** Props of {@link DeadlineItem}. */
export type DeadlineItemProps = {
  deadline: Deadline;
  /** The moment the list was read at. */
  now: number;
  /** This device's IANA time zone. */
  deviceZone: string;
  /** Opens the form on this deadline. */
  onEdit: () => void;
};

/**
 * One deadline in the list: what is due, when (in the zone it was given in and in this device's),
 * whether it is met (and whether late), due or overdue ("OVERDUE by …" on a thick edge), who set
 * it and the note; with "Mark met" / "Mark not met" and "Edit", each named after the deadline.
 */
export function DeadlineItem({ deadline, now, deviceZone, onEdit }: DeadlineItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dueText = useDueText();
  const labelId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const isOverdue = deadline.metAt === null && deadline.dueAt < now;

  function statusText(): string {
    if (deadline.metAt !== null) {
      const time = formatDateTime(deadline.metAt, language);
      return deadline.metAt > deadline.dueAt
        ? t('incidents.time.deadlines.metLate', {
            time,
            duration: formatDurationWords(deadline.metAt - deadline.dueAt, language),
          })
        : t('incidents.time.deadlines.metOnTime', { time });
    }
    const duration = formatDurationWords(deadline.dueAt - now, language);
    return isOverdue
      ? t('incidents.time.deadlines.overdueBy', { duration })
      : t('incidents.time.deadlines.dueIn', { duration });
  }

  async function toggleMet() {
    setFailure(null);
    const result = await setDeadlineMet(deadline.incidentId, deadline.id, deadline.metAt === null);
    if (!result.ok) {
      const code = result.issues[0]?.code ?? 'write-failed';
      setFailure(
        t('incidents.time.deadlines.changeFailed', { reason: t(incidentIssueMessageKey(code)) }),
      );
    }
  }

  const state = deadline.metAt !== null ? 'met' : isOverdue ? 'overdue' : 'open';
  return (
    <li className={`deadline deadline--${state}`} aria-labelledby={labelId}>
      <h3 id={labelId} className="deadline__label">
        {deadline.label}
      </h3>
      <p className="deadline__due">{dueText(deadline.dueAt, deadline.timeZone, deviceZone)}</p>
      <p className="deadline__status">
        <span className="deadline__icon" aria-hidden="true">
          {state === 'met' ? '✓' : state === 'overdue' ? '⚠' : '◷'}
        </span>{' '}
        {statusText()}
      </p>
      {deadline.setBy !== '' && (
        <p className="deadline__meta">
          {t('incidents.time.deadlines.setBy', { name: deadline.setBy })}
        </p>
      )}
      {deadline.note !== '' && <p className="deadline__note">{deadline.note}</p>}
      {failure !== null && (
        <p role="alert" className="field__error">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          aria-label={
            deadline.metAt === null
              ? t('incidents.time.deadlines.markMetNamed', { label: deadline.label })
              : t('incidents.time.deadlines.markNotMetNamed', { label: deadline.label })
          }
          onClick={() => void toggleMet()}
        >
          {deadline.metAt === null
            ? t('incidents.time.deadlines.markMet')
            : t('incidents.time.deadlines.markNotMet')}
        </button>
        <button
          type="button"
          aria-label={t('incidents.time.deadlines.editNamed', { label: deadline.label })}
          onClick={onEdit}
        >
          {t('incidents.time.deadlines.edit')}
        </button>
      </div>
    </li>
  );
}
