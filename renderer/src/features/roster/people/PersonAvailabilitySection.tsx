import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  availabilityAt,
  coversInstant,
  currentAndUpcomingAbsences,
} from '../../../../../shared/domain/roster/availability';
import { isKnownTimeZone } from '../../../../../shared/domain/roster/person';
import type { Person } from '../../../../../shared/domain/roster/person';
import { FactList } from '../../../components/FactList';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { dateLocaleFor, formatDateTime } from '../../../lib/dates';
import { markAvailable, rosterIssueMessageKey } from '../rosterCommands';
import { personDisplayName } from '../rosterLabels';
import { MarkUnavailableDialog } from './MarkUnavailableDialog';
import { useAvailabilityText } from './useAvailabilityText';
import { workingHoursText } from './workingHoursText';

/** Props of {@link PersonAvailabilitySection}. */
export type PersonAvailabilitySectionProps = {
  person: Person;
  /** The current time (epoch ms), ticking, so the status moves when an absence ends. */
  now: number;
};

/**
 * Whether the person can be called now and why not, their time zone and local time, working
 * hours, and their current and upcoming absences, with the quick actions "Mark unavailable"
 * (an absence from now) and, while they are away, "Mark available".
 */
export function PersonAvailabilitySection({ person, now }: PersonAvailabilitySectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const absencesHeadingId = useId();
  const availabilityText = useAvailabilityText();
  const [isMarkingUnavailable, setIsMarkingUnavailable] = useState(false);
  const [isMarkingAvailable, setIsMarkingAvailable] = useState(false);
  const [markError, setMarkError] = useState<string | null>(null);

  const availability = availabilityAt(person.availability, person.timeZone, now);
  const shown = availabilityText(availability);
  const absences = currentAndUpcomingAbsences(person.availability, now);
  const isAway = availability.reason === 'away';
  const name = personDisplayName(person);
  const localTime = isKnownTimeZone(person.timeZone)
    ? format(new TZDate(now, person.timeZone), 'EEE p (O)', { locale: dateLocaleFor(language) })
    : null;
  const hours = person.availability.workingHours;

  async function makeAvailable() {
    setIsMarkingAvailable(true);
    setMarkError(null);
    try {
      const result = await markAvailable(person.id);
      if (!result.ok) {
        setMarkError(
          t('roster.people.person.markAvailable.failed', {
            name,
            reason: t(rosterIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
          }),
        );
      }
    } finally {
      setIsMarkingAvailable(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="panel person-section">
      <h3 id={headingId}>{t('roster.people.person.availability.heading')}</h3>
      <FactList
        facts={[
          {
            id: 'now',
            label: t('roster.people.person.availability.now'),
            value: <StatusBadge tone={shown.tone}>{shown.text}</StatusBadge>,
          },
          {
            id: 'time-zone',
            label: t('roster.people.person.availability.timeZone'),
            value: person.timeZone,
          },
          ...(localTime === null
            ? []
            : [
                {
                  id: 'local-time',
                  label: t('roster.people.person.availability.localTime'),
                  value: localTime,
                },
              ]),
          {
            id: 'working-hours',
            label: t('roster.people.person.availability.workingHours'),
            value:
              hours === null ? (
                t('roster.people.person.availability.anyTime')
              ) : (
                <>
                  <span className="fact-list__line">{workingHoursText(hours, t, language)}</span>
                  <span className="fact-list__line">
                    {hours.callableOutsideHours
                      ? t('roster.people.person.availability.callableOutsideHours')
                      : t('roster.people.person.availability.notCallableOutsideHours')}
                  </span>
                </>
              ),
          },
        ]}
      />
      <div className="button-row person-section__actions">
        {isAway ? (
          <button type="button" disabled={isMarkingAvailable} onClick={() => void makeAvailable()}>
            {t('roster.people.person.markAvailable.button')}
          </button>
        ) : (
          <button type="button" onClick={() => setIsMarkingUnavailable(true)}>
            {t('roster.people.person.markUnavailable.button')}
          </button>
        )}
      </div>
      <div role="alert">{markError !== null && <p className="field__error">{markError}</p>}</div>
      <h4 id={absencesHeadingId}>{t('roster.people.person.availability.absencesHeading')}</h4>
      {absences.length === 0 ? (
        <p>{t('roster.people.person.availability.noAbsences')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={absencesHeadingId}>
            <thead>
              <tr>
                <th scope="col">{t('roster.people.person.availability.columns.reason')}</th>
                <th scope="col">{t('roster.people.person.availability.columns.from')}</th>
                <th scope="col">{t('roster.people.person.availability.columns.until')}</th>
                <th scope="col">{t('roster.people.person.availability.columns.note')}</th>
              </tr>
            </thead>
            <tbody>
              {absences.map((absence) => (
                <tr key={absence.id}>
                  <th scope="row" className="person-absence__reason">
                    {t(`roster.absenceReasons.${absence.reason}`)}{' '}
                    {coversInstant(absence, now) ? (
                      <StatusBadge tone="danger">
                        {t('roster.people.person.availability.current')}
                      </StatusBadge>
                    ) : (
                      <StatusBadge tone="neutral">
                        {t('roster.people.person.availability.upcoming')}
                      </StatusBadge>
                    )}
                  </th>
                  <td>
                    <time dateTime={new Date(absence.start).toISOString()}>
                      {formatDateTime(absence.start, language)}
                    </time>
                  </td>
                  <td>
                    {absence.end === null ? (
                      t('roster.people.person.availability.untilMarkedAvailable')
                    ) : (
                      <time dateTime={new Date(absence.end).toISOString()}>
                        {formatDateTime(absence.end, language)}
                      </time>
                    )}
                  </td>
                  <td className="person-text">{absence.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isMarkingUnavailable && (
        <MarkUnavailableDialog person={person} onClose={() => setIsMarkingUnavailable(false)} />
      )}
    </section>
  );
}
