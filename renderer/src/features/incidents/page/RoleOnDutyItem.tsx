import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { RoleTenure } from '../../../../../shared/domain/roster/crisisRoles';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { personDisplayName } from '../../roster';
import { HandOverDialog } from './HandOverDialog';

/** Props of {@link RoleOnDutyItem}. */
export type RoleOnDutyItemProps = {
  incidentId: string;
  roleId: string;
  /** The role's name in the UI language. */
  roleName: string;
  /** This role's tenures in the incident, oldest first. */
  tenures: readonly RoleTenure[];
  peopleById: ReadonlyMap<string, Person>;
  /** The operator's name, recorded as who made a hand-over. */
  operator: string;
};

/**
 * One role of an incident in the "Roles on duty" list: who holds it and since when (or nobody),
 * "Hand over…" (named after the role, as every role has one), and a disclosure with who held it from when to when in this incident.
 */
export function RoleOnDutyItem({
  incidentId,
  roleId,
  roleName,
  tenures,
  peopleById,
  operator,
}: RoleOnDutyItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameId = useId();
  const [isHandingOver, setIsHandingOver] = useState(false);
  const current = tenures.findLast((tenure) => tenure.to === null);
  const holder = current === undefined ? null : (peopleById.get(current.personId) ?? null);
  const unknownPerson = t('incidents.page.roles.unknownPerson');
  const nameOf = (personId: string) => {
    const person = peopleById.get(personId);
    return person === undefined ? unknownPerson : personDisplayName(person);
  };

  return (
    <li aria-labelledby={nameId} className="incident-role">
      <div className="incident-role__summary">
        <span id={nameId} className="incident-role__name">
          {roleName}
        </span>
        {current === undefined ? (
          <span className="incident-role__holder incident-role__holder--empty">
            {t('incidents.page.roles.nobody')}
          </span>
        ) : (
          <span className="incident-role__holder">
            <strong>{nameOf(current.personId)}</strong>{' '}
            <span className="incident-role__since">
              {t('incidents.page.roles.since', {
                time: formatDateTime(current.from, language),
              })}
            </span>
          </span>
        )}
        <button
          type="button"
          aria-label={t('incidents.page.roles.handOverNamed', { role: roleName })}
          onClick={() => setIsHandingOver(true)}
        >
          {t('incidents.page.roles.handOver')}
        </button>
      </div>
      <details className="incident-role__history">
        <summary>{t('incidents.page.roles.history')}</summary>
        {tenures.length === 0 ? (
          <p>{t('incidents.page.roles.historyEmpty')}</p>
        ) : (
          <ol className="plain-list">
            {tenures.map((tenure) => (
              <li key={tenure.id}>
                {tenure.to === null
                  ? t('incidents.page.roles.holding', {
                      person: nameOf(tenure.personId),
                      from: formatDateTime(tenure.from, language),
                    })
                  : t('incidents.page.roles.held', {
                      person: nameOf(tenure.personId),
                      from: formatDateTime(tenure.from, language),
                      to: formatDateTime(tenure.to, language),
                    })}
              </li>
            ))}
          </ol>
        )}
      </details>
      {isHandingOver && (
        <HandOverDialog
          incidentId={incidentId}
          roleId={roleId}
          roleName={roleName}
          currentHolder={holder}
          currentHolderName={current !== undefined && holder === null ? unknownPerson : null}
          operator={operator}
          onClose={() => setIsHandingOver(false)}
        />
      )}
    </li>
  );
}
