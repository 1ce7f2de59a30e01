import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';
import {
  qualificationAlerts,
  qualificationState,
} from '../../../../../shared/domain/roster/qualifications';
import type { QualificationState } from '../../../../../shared/domain/roster/qualifications';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate } from '../../../lib/dates';
import { useQualificationName } from '../rosterLabels';

/** Props of {@link PersonQualificationsSection}. */
export type PersonQualificationsSectionProps = {
  person: Person;
  /** Today (`YYYY-MM-DD`), which decides what is expiring or expired. */
  today: string;
};

/** The badge tone of each qualification state: expired is a problem, expiring a warning. */
const stateTones = {
  valid: 'success',
  'no-expiry': 'success',
  expiring: 'warning',
  expired: 'danger',
  'not-yet-awarded': 'neutral',
} as const satisfies Record<QualificationState, StatusTone>;

/**
 * The qualifications the person holds: type, when awarded, when it expires and its state today.
 * Expiring and expired ones are named in a sentence above the table as well as marked in it, so
 * the warning is read, not only seen (one renewed by a newer entry is not repeated there).
 */
export function PersonQualificationsSection({ person, today }: PersonQualificationsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const qualificationName = useQualificationName();
  const alerts = qualificationAlerts(person.qualifications, today);
  const alertNames = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    alerts.map(({ qualification, state }) =>
      t('roster.people.qualificationAlert', {
        qualification: qualificationName(qualification.typeId),
        state: t(`roster.qualificationStates.${state}`),
      }),
    ),
  );

  return (
    <section aria-labelledby={headingId} className="panel person-section">
      <h3 id={headingId}>{t('roster.people.person.qualifications.heading')}</h3>
      {alerts.length > 0 && (
        <p className="person-alert">
          {t('roster.people.person.qualifications.attention', {
            count: alerts.length,
            names: alertNames,
          })}
        </p>
      )}
      {person.qualifications.length === 0 ? (
        <p>{t('roster.people.person.qualifications.none')}</p>
      ) : (
        <div className="table-scroll">
          <table
            className="data-table"
            aria-label={t('roster.people.person.qualifications.tableLabel')}
          >
            <thead>
              <tr>
                <th scope="col">{t('roster.people.person.qualifications.columns.type')}</th>
                <th scope="col">{t('roster.people.person.qualifications.columns.awarded')}</th>
                <th scope="col">{t('roster.people.person.qualifications.columns.expires')}</th>
                <th scope="col">{t('roster.people.person.qualifications.columns.state')}</th>
              </tr>
            </thead>
            <tbody>
              {person.qualifications.map((qualification) => {
                const state = qualificationState(qualification, today);
                const needsAttention = state === 'expired' || state === 'expiring';
                return (
                  <tr
                    key={qualification.id}
                    className={needsAttention ? `person-qualification--${state}` : undefined}
                  >
                    <th scope="row">
                      {qualificationName(qualification.typeId)}
                      {qualification.note !== '' && (
                        <span className="person-qualification__note person-text">
                          {qualification.note}
                        </span>
                      )}
                    </th>
                    <td>
                      {qualification.awardedOn === null ? (
                        t('roster.people.notSet')
                      ) : (
                        <time dateTime={qualification.awardedOn}>
                          {formatCalendarDate(qualification.awardedOn, language)}
                        </time>
                      )}
                    </td>
                    <td>
                      {qualification.expiresOn === null ? (
                        t('roster.people.person.qualifications.noExpiry')
                      ) : (
                        <time dateTime={qualification.expiresOn}>
                          {formatCalendarDate(qualification.expiresOn, language)}
                        </time>
                      )}
                    </td>
                    <td>
                      <StatusBadge tone={stateTones[state]}>
                        {t(`roster.qualificationStates.${state}`)}
                      </StatusBadge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
