import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useNow, useToday } from '../../../lib/useNow';
import { personDisplayName } from '../rosterLabels';
import { availabilityInstant, usePerson, useRoles } from '../useRosterData';
import { DeletePersonButton } from './DeletePersonButton';
import { PersonAvailabilitySection } from './PersonAvailabilitySection';
import { PersonContactSection } from './PersonContactSection';
import { EditPersonButton } from './PersonFormDialog';
import { PersonQualificationsSection } from './PersonQualificationsSection';
import { PersonRoleHistorySection } from './PersonRoleHistorySection';
import { PersonRolesSection } from './PersonRolesSection';
import { rolesHeldBy } from './personRoles';

/**
 * One member of the crisis team (`#/roster/people/<id>`): how to reach them, whether they can be
 * called now (live: the clock ticks every 30 seconds) with "Mark unavailable" / "Mark available",
 * their qualifications with expiry warnings, the roles they hold and held, and notes, with edit
 * and delete at hand. An unknown id says so and links back to the list.
 */
export function PersonPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const notesHeadingId = useId();
  const person = usePerson(personId);
  const roles = useRoles();
  const clock = useNow();
  const today = useToday();
  const heldRoles = useMemo(
    () => (roles === undefined ? [] : rolesHeldBy(roles, personId)),
    [roles, personId],
  );

  const backLink = (
    <p>
      {/* Absolute: a nested link to '/' would address `#/roster/` with a trailing slash. */}
      <Link href="~/roster">{t('roster.people.person.back')}</Link>
    </p>
  );
  if (person === undefined || roles === undefined) {
    return <p role="status">{t('roster.people.person.loading')}</p>;
  }
  if (person === null) {
    return (
      <section className="person-page">
        {backLink}
        <p>{t('roster.people.person.notFound')}</p>
      </section>
    );
  }

  const now = availabilityInstant(clock, [person]);
  const subtitle = [person.title, person.department].filter((part) => part !== '').join(' · ');
  return (
    <article aria-labelledby={headingId} className="person-page">
      {backLink}
      <h2 id={headingId} className="person-page__heading">
        {personDisplayName(person)}
      </h2>
      {subtitle !== '' && <p className="person-page__subtitle">{subtitle}</p>}
      <div className="button-row toolbar">
        <EditPersonButton person={person} />
        <DeletePersonButton person={person} heldRoles={heldRoles} />
      </div>
      <PersonContactSection person={person} />
      <PersonAvailabilitySection person={person} now={now} />
      <PersonQualificationsSection person={person} today={today} />
      <PersonRolesSection heldRoles={heldRoles} />
      <PersonRoleHistorySection personId={person.id} roles={roles} />
      <section aria-labelledby={notesHeadingId} className="panel person-section">
        <h3 id={notesHeadingId}>{t('roster.people.person.notes.heading')}</h3>
        {person.notes === '' ? (
          <p>{t('roster.people.person.notes.none')}</p>
        ) : (
          <p className="person-text">{person.notes}</p>
        )}
      </section>
    </article>
  );
}
