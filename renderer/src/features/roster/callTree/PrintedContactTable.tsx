import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';

/** Props of {@link PrintedContactTable}. */
export type PrintedContactTableProps = {
  /** Everyone the card's steps name, each once, in the order to print them. */
  people: readonly Person[];
};

/**
 * The printed card's contact table: each person the call lists name, once, with their other
 * name, every phone number with its kind, and every email address, as plain text (paper cannot
 * dial). The steps above it carry names only, so the card grows with the team, not with steps.
 */
export function PrintedContactTable({ people }: PrintedContactTableProps) {
  const { t } = useTranslation();
  if (people.length === 0) {
    return null;
  }
  return (
    <table className="printed-contacts">
      <caption className="printed-contacts__caption">{t('roster.callTree.print.contacts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('roster.callTree.print.contactName')}</th>
          <th scope="col">{t('roster.callTree.print.contactPhones')}</th>
          <th scope="col">{t('roster.callTree.print.contactEmails')}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row" className="printed-contacts__person">
              {/* Name and other name each stay on one line, so a search of the printed text
                  (or a reader's eye) finds them whole. */}
              <span className="printed-contacts__name">{person.name}</span>
              {person.otherName !== '' && (
                <>
                  {' '}
                  <span className="printed-contacts__other-name">({person.otherName})</span>
                </>
              )}
            </th>
            <td>
              {person.phones.length === 0 ? (
                <span className="printed-contacts__none">{t('roster.callTree.print.noPhone')}</span>
              ) : (
                <ul className="printed-contacts__items">
                  {person.phones.map((phone, index) => (
                    // A number may be listed twice; its position tells the two apart.
                    <li key={`${index}-${phone.number}`} className="printed-contacts__item">
                      <span className="printed-contacts__number">{phone.number}</span>{' '}
                      <span className="printed-contacts__kind">
                        {t(`roster.phoneKinds.${phone.kind}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              {person.emails.length === 0 ? (
                <span className="printed-contacts__none">{t('roster.callTree.print.noEmail')}</span>
              ) : (
                <ul className="printed-contacts__items">
                  {person.emails.map((email, index) => (
                    <li key={`${index}-${email.address}`} className="printed-contacts__item">
                      <span className="printed-contacts__address">{email.address}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
