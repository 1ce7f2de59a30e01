import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessagingHandle, Person } from '../../../../../shared/domain/roster/person';
import { ContactAction } from '../ContactAction';
import { personDisplayName } from '../rosterLabels';

/** Props of {@link PersonContactSection}. */
export type PersonContactSectionProps = {
  person: Person;
};

/**
 * How to reach the person: a call button per phone number and an email button per address
 * (each asks before opening the phone or mail app), and their messaging handles as text, since
 * those apps have no link the external opener allows.
 */
export function PersonContactSection({ person }: PersonContactSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const messagingHeadingId = useId();
  const name = personDisplayName(person);
  const isEmpty =
    person.phones.length === 0 && person.emails.length === 0 && person.messaging.length === 0;

  /** The service's name; an `other` handle shows the name the user gave it when there is one. */
  function serviceName(handle: MessagingHandle): string {
    return handle.service === 'other' && handle.label !== ''
      ? handle.label
      : t(`roster.messagingServices.${handle.service}`);
  }

  return (
    <section aria-labelledby={headingId} className="panel person-section">
      <h3 id={headingId}>{t('roster.people.person.contact.heading')}</h3>
      {isEmpty && <p>{t('roster.people.person.contact.none')}</p>}
      {(person.phones.length > 0 || person.emails.length > 0) && (
        <ul className="plain-list person-contact__actions">
          {person.phones.map((phone, index) => (
            // A number may be listed twice (work and mobile alike); its position tells them apart.
            <li key={`phone-${index}-${phone.number}`}>
              <ContactAction
                kind="call"
                address={phone.number}
                personName={name}
                detail={t(`roster.phoneKinds.${phone.kind}`)}
              />
            </li>
          ))}
          {person.emails.map((email, index) => (
            <li key={`email-${index}-${email.address}`}>
              <ContactAction
                kind="email"
                address={email.address}
                personName={name}
                detail={t(`roster.emailKinds.${email.kind}`)}
              />
            </li>
          ))}
        </ul>
      )}
      {person.messaging.length > 0 && (
        <>
          <h4 id={messagingHeadingId}>{t('roster.people.person.contact.messagingLabel')}</h4>
          <ul className="plain-list person-contact__messaging" aria-labelledby={messagingHeadingId}>
            {person.messaging.map((handle, index) => (
              <li key={`${index}-${handle.service}-${handle.handle}`} className="person-text">
                {t('roster.people.person.contact.handle', {
                  service: serviceName(handle),
                  handle: handle.handle,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
