import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type {
  CallStepStatus,
  ResolvedCallStep,
} from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { personDisplayName, usePositionLabel, useRoleName } from '../rosterLabels';
import { holderPosition } from './callTreeEditing';
import { formatZonedTime, isOtherClock } from './callTreeTime';
import { PersonContacts } from './PersonContacts';
import { useUnavailableText } from './useUnavailableText';

/** Props of {@link ResolvedCallStepItem}. */
export type ResolvedCallStepItemProps = {
  resolved: ResolvedCallStep;
  rolesById: ReadonlyMap<string, CrisisRole>;
  peopleById: ReadonlyMap<string, Person>;
  /** The instant the step was resolved at (for the person's local time). */
  at: number;
};

/** How each status reads at a glance; the badge's words carry the meaning. */
const statusTones = {
  call: 'success',
  'already-called': 'neutral',
  'nobody-available': 'danger',
  'nobody-assigned': 'danger',
} as const satisfies Record<CallStepStatus, StatusTone>;

/**
 * One step of "who to call now": its number and role (or "Named person"), then whom to call with
 * their phones and emails as contact buttons and their local time when their clock differs, or
 * that they were already called at an earlier step, or that nobody can be called. Skipped
 * candidates are listed with why and until when. The item is named by its title and outcome, so
 * "Step 3 Spokesperson Call Mei Chen" is what a screen reader (and a test) finds.
 */
export function ResolvedCallStepItem({
  resolved,
  rolesById,
  peopleById,
  at,
}: ResolvedCallStepItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleName = useRoleName();
  const positionLabel = usePositionLabel();
  const unavailableText = useUnavailableText();
  const titleId = useId();
  const outcomeId = useId();
  const { step, order, status } = resolved;
  const role = step.kind === 'role' ? rolesById.get(step.roleId) : undefined;
  const title =
    step.kind === 'person'
      ? t('roster.callTree.now.namedPerson')
      : role === undefined
        ? t('roster.callTree.now.deletedRole')
        : roleName(role);
  const person = resolved.personId === null ? undefined : peopleById.get(resolved.personId);
  const position =
    role === undefined || person === undefined ? null : holderPosition(role, person.id);
  const statusText =
    status === 'already-called'
      ? t('roster.callStatuses.already-called', { order: resolved.calledAtOrder ?? 0 })
      : t(`roster.callStatuses.${status}`);

  function candidateName(personId: string): string {
    const candidate = peopleById.get(personId);
    return candidate === undefined ? '' : personDisplayName(candidate);
  }

  return (
    <li className={`call-step call-step--${status}`} aria-labelledby={`${titleId} ${outcomeId}`}>
      <p id={titleId} className="call-step__title">
        <span className="call-step__order">{t('roster.callTree.now.step', { order })}</span>{' '}
        <span className="call-step__role">{title}</span>
      </p>
      <p id={outcomeId} className="call-step__outcome">
        <StatusBadge tone={statusTones[status]}>{statusText}</StatusBadge>
        {person !== undefined && (
          <>
            {' '}
            {status === 'call' ? (
              <Link href={`~/roster/people/${person.id}`} className="call-step__person">
                {personDisplayName(person)}
              </Link>
            ) : (
              <span className="call-step__person">{personDisplayName(person)}</span>
            )}
            {position !== null && position > 0 && (
              <> {t('roster.callTree.now.position', { position: positionLabel(position) })}</>
            )}
          </>
        )}
      </p>
      {status === 'call' && person !== undefined && (
        <>
          {isOtherClock(person.timeZone, at) && (
            <p className="call-step__local-time">
              {t('roster.callTree.now.localTime', {
                time: formatZonedTime(at, person.timeZone, language),
                timeZone: person.timeZone,
              })}
            </p>
          )}
          <PersonContacts person={person} />
        </>
      )}
      {status === 'nobody-available' && (
        <p className="call-step__warning">
          {step.kind === 'role'
            ? t('roster.callTree.now.nobodyAvailableRole')
            : t('roster.callTree.now.nobodyAvailablePerson')}
        </p>
      )}
      {status === 'nobody-assigned' && (
        <p className="call-step__warning">
          {step.kind === 'person' ? (
            t('roster.callTree.now.nobodyAssignedPerson')
          ) : (
            <>
              {t('roster.callTree.now.nobodyAssignedRole')}{' '}
              {role !== undefined && (
                <Link href="~/roster/roles">{t('roster.callTree.now.assignHolders')}</Link>
              )}
            </>
          )}
        </p>
      )}
      {resolved.skipped.length > 0 && (
        <ul className="call-step__skipped">
          {resolved.skipped.map((candidate) => (
            <li key={candidate.personId}>
              {t('roster.callTree.now.skipped', {
                name: candidateName(candidate.personId),
                reason: unavailableText(candidate.availability),
              })}
            </li>
          ))}
        </ul>
      )}
      {step.note !== '' && (
        <p className="call-step__note">{t('roster.callTree.now.note', { note: step.note })}</p>
      )}
    </li>
  );
}
