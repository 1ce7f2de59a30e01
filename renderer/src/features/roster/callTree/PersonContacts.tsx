import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';
import { ContactAction } from '../ContactAction';
import { personDisplayName } from '../rosterLabels';

/** Props of {@link PersonContacts}. */
export type PersonContactsProps = {
  person: Person;
};

/**
 * How to reach the person a step calls: each phone number and email address as a contact button
 * (it asks before opening the phone or email app), and messaging handles as text, since the app
 * cannot open those services. Says so plainly when nothing is recorded.
 */
export function PersonContacts({ person }: PersonContactsProps) {
  const { t } = useTranslation();
  const name = personDisplayName(person);
  if (person.phones.length === 0 && person.emails.length === 0 && person.messaging.length === 0) {
    return <p className="call-step__warning">{t('roster.callTree.now.noContacts')}</p>;
  }
  return (
    <ul
      className="call-step__contacts plain-list"
      aria-label={t('roster.callTree.now.contactsLabel', { name })}
    >
      {person.phones.map((phone, index) => (
        // A number may be listed twice (work and mobile alike); its position tells them apart.
        <li key={`phone-${index}`}>
          <ContactAction
            kind="call"
            address={phone.number}
            personName={name}
            detail={t(`roster.phoneKinds.${phone.kind}`)}
          />
        </li>
      ))}
      {person.emails.map((email, index) => (
        <li key={`email-${index}`}>
          <ContactAction
            kind="email"
            address={email.address}
            personName={name}
            detail={t(`roster.emailKinds.${email.kind}`)}
          />
        </li>
      ))}
      {person.messaging.map((handle, index) => (
        <li key={`messaging-${index}`} className="call-step__messaging">
          {t('roster.callTree.now.messaging', {
            service:
              handle.service === 'other' && handle.label !== ''
                ? handle.label
                : t(`roster.messagingServices.${handle.service}`),
            handle: handle.handle,
          })}
        </li>
      ))}
    </ul>
  );
}
