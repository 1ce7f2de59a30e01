import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline, DeadlineInput } from '../../../../../shared/domain/incidents/clocks';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { deviceTimeZone } from '../../../lib/dates';
import { useNow } from '../../../lib/useNow';
import { useOperatorName } from '../../../lib/useOperatorName';
import { useIncidentDeadlines } from '../useIncidentData';
import { DeadlineFormDialog } from './DeadlineFormDialog';
import { DeadlineItem } from './DeadlineItem';

/** Props of {@link DeadlinesSection}. */
export type DeadlinesSectionProps = { incident: Incident };

/** Which form is open: none, a new deadline, or one being changed. */
type OpenForm = { deadlineId: string | null; initial: DeadlineInput } | null;

/** The form's values for an existing deadline. */
function inputOf(deadline: Deadline): DeadlineInput {
  return {
    label: deadline.label,
    local: deadline.local,
    timeZone: deadline.timeZone,
    note: deadline.note,
    setBy: deadline.setBy,
  };
}

/**
 * The incident's custom deadlines (a regulator's notification window, a contractual report),
 * earliest first, each shown in the zone it was given in and in this device's zone, with "Mark
 * met" and "Edit"; and "Add deadline", whose form defaults to this device's zone and the name of
 * the person at the keyboard. Each deadline is also a clock on the clocks panel.
 */
export function DeadlinesSection({ incident }: DeadlinesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const deadlines = useIncidentDeadlines(incident.id);
  const now = useNow(10_000);
  const [operatorName] = useOperatorName();
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const deviceZone = deviceTimeZone();

  return (
    <section className="incident-deadlines" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.time.deadlines.heading')}</h2>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            setOpenForm({
              deadlineId: null,
              initial: {
                label: '',
                local: '',
                timeZone: deviceZone,
                note: '',
                setBy: operatorName,
              },
            })
          }
        >
          {t('incidents.time.deadlines.add')}
        </button>
      </div>
      {deadlines === undefined ? (
        <p role="status">{t('incidents.time.deadlines.loading')}</p>
      ) : deadlines.length === 0 ? (
        <p>{t('incidents.time.deadlines.empty')}</p>
      ) : (
        <ul
          className="incident-deadlines__list"
          aria-label={t('incidents.time.deadlines.listLabel')}
        >
          {deadlines.map((deadline) => (
            <DeadlineItem
              key={deadline.id}
              deadline={deadline}
              now={now}
              deviceZone={deviceZone}
              onEdit={() => setOpenForm({ deadlineId: deadline.id, initial: inputOf(deadline) })}
            />
          ))}
        </ul>
      )}
      {openForm !== null && (
        <DeadlineFormDialog
          incidentId={incident.id}
          deadlineId={openForm.deadlineId}
          initial={openForm.initial}
          onClose={() => setOpenForm(null)}
        />
      )}
    </section>
  );
}
