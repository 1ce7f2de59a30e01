import { useTranslation } from 'react-i18next';
import type { ResolvedCallStep } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { useRoleName } from '../rosterLabels';
import { stepHolders } from './printedCallCard';

/** Props of {@link PrintedCallStep}. */
export type PrintedCallStepProps = {
  resolved: ResolvedCallStep;
  rolesById: ReadonlyMap<string, CrisisRole>;
  peopleById: ReadonlyMap<string, Person>;
};

/**
 * One step of a call list on the printed card: its number and role, then the primary and every
 * backup in calling order by name only, and a word on anyone who could not be reached when the
 * card was printed. Phone numbers are in the card's contact table, once per person, so a
 * dozen people fit one page however many steps they hold.
 */
export function PrintedCallStep({ resolved, rolesById, peopleById }: PrintedCallStepProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const { step, order } = resolved;
  const role = step.kind === 'role' ? rolesById.get(step.roleId) : undefined;
  const title =
    step.kind === 'person'
      ? t('roster.callTree.print.namedPerson')
      : role === undefined
        ? t('roster.callTree.now.deletedRole')
        : roleName(role);
  const holders = stepHolders(step, rolesById, peopleById);

  function positionLabel(position: number | null): string | null {
    if (position === null) {
      return null;
    }
    return position === 0
      ? t('roster.callTree.print.primary')
      : t('roster.callTree.print.backup', { number: position });
  }

  function unavailableMark(personId: string): string | null {
    const candidate = resolved.candidates.find((entry) => entry.personId === personId);
    switch (candidate?.availability.reason) {
      case 'away':
        return t('roster.callTree.print.away');
      case 'outside-hours':
        return t('roster.callTree.print.outsideHours');
      default:
        return null;
    }
  }

  return (
    <li className="printed-step">
      <span className="printed-step__order">{order}</span>{' '}
      <span className="printed-step__role">{title}</span>
      {step.note !== '' && <span className="printed-step__note"> ({step.note})</span>}{' '}
      {holders.length === 0 ? (
        <span className="printed-step__nobody">{t('roster.callTree.print.nobodyAssigned')}</span>
      ) : (
        <ul className="printed-step__holders">
          {holders.map(({ person, position }) => {
            const label = positionLabel(position);
            const mark = unavailableMark(person.id);
            return (
              <li key={person.id} className="printed-step__holder">
                {/* Position and name stay on one line, so a search of the printed text (or a
                    reader's eye) finds the name whole and next to its position. */}
                <span className="printed-step__who">
                  {label !== null && (
                    <>
                      <span className="printed-step__position">{label}</span>
                      {'\u00a0'}
                    </>
                  )}
                  <span className="printed-step__name">{person.name}</span>
                </span>
                {mark !== null && (
                  <>
                    {' '}
                    <span className="printed-step__mark">[{mark}]</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
