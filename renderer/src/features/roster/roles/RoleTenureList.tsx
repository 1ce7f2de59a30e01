import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { personDisplayName } from '../rosterLabels';
import { usePeopleById, useRoleTenures } from '../useRosterData';

/** Props of {@link RoleTenureList}. */
export type RoleTenureListProps = {
  roleId: string;
};

/**
 * The standing roster's tenures of one role, newest first: "Ana Lee: primary since …" for the
 * current holder, "from … to …" for earlier ones. A person removed from the roster meanwhile is
 * named as such rather than dropped, so the record stays complete.
 */
export function RoleTenureList({ roleId }: RoleTenureListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tenures = useRoleTenures(roleId);
  const peopleById = usePeopleById();
  if (tenures === undefined || peopleById === undefined) {
    return <p role="status">{t('roster.roles.history.loading')}</p>;
  }
  if (tenures.length === 0) {
    return <p>{t('roster.roles.history.empty')}</p>;
  }
  return (
    <ol className="role-history__list">
      {tenures.map((tenure) => {
        const person = peopleById.get(tenure.personId);
        const name =
          person === undefined ? t('roster.roles.unknownPerson') : personDisplayName(person);
        const from = formatDateTime(tenure.from, language);
        return (
          <li key={tenure.id}>
            {tenure.to === null
              ? t('roster.roles.history.current', { name, from })
              : t('roster.roles.history.past', {
                  name,
                  from,
                  to: formatDateTime(tenure.to, language),
                })}
          </li>
        );
      })}
    </ol>
  );
}
