import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { maxBackups, roleHolderIds } from '../../../../../shared/domain/roster/crisisRoles';
import type { CrisisRole, RoleHolders } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { assignRole } from '../rosterCommands';
import { personDisplayName, usePositionLabel } from '../rosterLabels';
import {
  withBackupAdded,
  withBackupMoved,
  withBackupRemoved,
  withPrimary,
} from './roleHolderChanges';
import { RoleSaveError } from './RoleSaveError';
import { useStagedWrite } from './useStagedWrite';

/** Where focus goes once a change has rendered: a backup's button, or the "Backup to add" select. */
type FocusTarget = { action: 'up' | 'down' | 'remove'; personId: string } | { action: 'add' };

/** The `data-focus-key` of a focus target. */
function focusKey(target: FocusTarget): string {
  return target.action === 'add' ? 'add' : `${target.action}:${target.personId}`;
}

/** Props of {@link RoleHoldersEditor}. */
export type RoleHoldersEditorProps = {
  role: CrisisRole;
  /** The role's name in the UI language, for the controls' accessible names. */
  roleName: string;
  /** Everyone in the roster, by name. */
  people: readonly Person[];
  /** Everyone in the roster by id. */
  peopleById: ReadonlyMap<string, Person>;
};

/**
 * Who holds one role: the primary (a choice of the people not backing it up) and the ordered
 * backups, with add, move up, move down and remove. Each change is saved at once through
 * `assignRole`, which records a tenure when the primary changes. Focus follows a moved backup and
 * goes to the next one after a removal, so a keyboard user keeps their place.
 */
export function RoleHoldersEditor({ role, roleName, people, peopleById }: RoleHoldersEditorProps) {
  const { t } = useTranslation();
  const positionLabel = usePositionLabel();
  const primaryId = useId();
  const primaryHintId = useId();
  const addId = useId();
  const addProblemId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ target: FocusTarget; order: string } | null>(null);
  const holders = useStagedWrite<RoleHolders>(
    { primaryPersonId: role.primaryPersonId, backupPersonIds: role.backupPersonIds },
    role.updatedAt,
  );
  const [personToAdd, setPersonToAdd] = useState('');
  const [isChoiceMissing, setIsChoiceMissing] = useState(false);
  const shown = holders.value;
  const held = new Set(roleHolderIds(shown));
  const primaryCandidates = people.filter(
    (person) => person.id === shown.primaryPersonId || !held.has(person.id),
  );
  const addCandidates = people.filter((person) => !held.has(person.id));
  const orderKey = shown.backupPersonIds.join(' ');
  const chosen = addCandidates.some((person) => person.id === personToAdd) ? personToAdd : '';

  useEffect(() => {
    // After every render: a change asked for focus once its result is on screen. A render of
    // something else (a live update) can come first; moving the focused element afterwards would
    // drop the focus, so it waits for the render showing the changed order.
    const pending = pendingFocus.current;
    const container = containerRef.current;
    if (pending === null || container === null || pending.order !== orderKey) {
      return;
    }
    pendingFocus.current = null;
    const { target } = pending;
    const candidates = [...container.querySelectorAll<HTMLElement>('[data-focus-key]')];
    const find = (key: string) =>
      candidates.find(
        (element) =>
          element.dataset.focusKey === key &&
          !(element instanceof HTMLButtonElement && element.disabled),
      );
    const fallbackKey =
      target.action === 'up'
        ? `down:${target.personId}`
        : target.action === 'down'
          ? `up:${target.personId}`
          : 'add';
    (find(focusKey(target)) ?? find(fallbackKey) ?? find('add'))?.focus();
  });

  async function save(next: RoleHolders, focus?: FocusTarget) {
    const request =
      focus === undefined ? null : { target: focus, order: next.backupPersonIds.join(' ') };
    pendingFocus.current = request;
    await holders.write(next, (value) => assignRole(role.id, value));
    // The changed order rendered long before the answer; after a refusal it never will.
    if (pendingFocus.current === request) {
      pendingFocus.current = null;
    }
  }

  function removeBackup(index: number) {
    const next = withBackupRemoved(shown, index);
    const neighbour = next.backupPersonIds[index] ?? next.backupPersonIds[index - 1];
    void save(
      next,
      neighbour === undefined ? { action: 'add' } : { action: 'remove', personId: neighbour },
    );
  }

  function addBackup() {
    if (chosen === '') {
      setIsChoiceMissing(true);
      return;
    }
    setIsChoiceMissing(false);
    setPersonToAdd('');
    const next = withBackupAdded(shown, chosen);
    // With nobody left to add (or no room left), the add controls go: focus the new backup.
    const isAddGone = addCandidates.length === 1 || next.backupPersonIds.length >= maxBackups;
    void save(next, isAddGone ? { action: 'remove', personId: chosen } : undefined);
  }

  const nameOf = (personId: string) => {
    const person = peopleById.get(personId);
    return person === undefined ? t('roster.roles.unknownPerson') : personDisplayName(person);
  };

  let addControls;
  if (shown.backupPersonIds.length >= maxBackups) {
    addControls = <p>{t('roster.roles.holders.full', { count: maxBackups })}</p>;
  } else if (addCandidates.length === 0) {
    addControls = people.length === 0 ? null : <p>{t('roster.roles.holders.everyoneHolds')}</p>;
  } else {
    addControls = (
      <div className="role-holders__add">
        <div className="field">
          <label htmlFor={addId}>{t('roster.roles.holders.backupToAdd')}</label>
          <select
            id={addId}
            data-focus-key="add"
            aria-label={t('roster.roles.holders.backupToAddLabel', { role: roleName })}
            aria-describedby={isChoiceMissing ? addProblemId : undefined}
            aria-invalid={isChoiceMissing ? true : undefined}
            value={chosen}
            onChange={(event) => {
              setPersonToAdd(event.currentTarget.value);
              setIsChoiceMissing(false);
            }}
          >
            <option value="">{t('roster.roles.holders.choosePerson')}</option>
            {addCandidates.map((person) => (
              <option key={person.id} value={person.id}>
                {personDisplayName(person)}
              </option>
            ))}
          </select>
          {isChoiceMissing && (
            <p id={addProblemId} className="field__error">
              {t('roster.roles.holders.chooseFirst')}
            </p>
          )}
        </div>
        <button
          type="button"
          aria-label={t('roster.roles.holders.addBackupLabel', { role: roleName })}
          onClick={addBackup}
        >
          {t('roster.roles.holders.addBackup')}
        </button>
      </div>
    );
  }

  return (
    <div ref={containerRef} className="role-holders">
      <h3 className="role-card__subheading">{t('roster.roles.holders.heading')}</h3>
      <div className="field">
        <label htmlFor={primaryId}>{t('roster.roles.holders.primary')}</label>
        {shown.backupPersonIds.length > 0 && (
          <p id={primaryHintId} className="field__description">
            {t('roster.roles.holders.primaryHint')}
          </p>
        )}
        <select
          id={primaryId}
          aria-label={t('roster.roles.holders.primaryLabel', { role: roleName })}
          aria-describedby={shown.backupPersonIds.length > 0 ? primaryHintId : undefined}
          value={shown.primaryPersonId ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void save(withPrimary(shown, value === '' ? null : value));
          }}
        >
          <option value="">{t('roster.roles.holders.nobody')}</option>
          {shown.primaryPersonId !== null && !peopleById.has(shown.primaryPersonId) && (
            <option value={shown.primaryPersonId}>{nameOf(shown.primaryPersonId)}</option>
          )}
          {primaryCandidates.map((person) => (
            <option key={person.id} value={person.id}>
              {personDisplayName(person)}
            </option>
          ))}
        </select>
      </div>
      <p className="role-holders__label">{t('roster.roles.holders.backups')}</p>
      {shown.backupPersonIds.length === 0 ? (
        <p className="role-holders__empty">{t('roster.roles.holders.noBackups')}</p>
      ) : (
        <ol
          className="role-backups"
          aria-label={t('roster.roles.holders.backupsLabel', { role: roleName })}
        >
          {shown.backupPersonIds.map((personId, index) => {
            const position = positionLabel(index + 1);
            const isLast = index === shown.backupPersonIds.length - 1;
            return (
              <li key={personId} className="role-backups__item">
                <span className="role-backups__position">{position}</span>
                <span className="role-backups__name">
                  {peopleById.has(personId) ? (
                    <Link href={`~/roster/people/${personId}`}>{nameOf(personId)}</Link>
                  ) : (
                    nameOf(personId)
                  )}
                </span>
                <span className="button-row button-row--compact role-backups__actions">
                  <button
                    type="button"
                    data-focus-key={`up:${personId}`}
                    aria-label={t('roster.roles.holders.moveUpLabel', {
                      position,
                      role: roleName,
                    })}
                    disabled={index === 0}
                    onClick={() =>
                      void save(withBackupMoved(shown, index, -1), { action: 'up', personId })
                    }
                  >
                    {t('roster.roles.holders.moveUp')}
                  </button>
                  <button
                    type="button"
                    data-focus-key={`down:${personId}`}
                    aria-label={t('roster.roles.holders.moveDownLabel', {
                      position,
                      role: roleName,
                    })}
                    disabled={isLast}
                    onClick={() =>
                      void save(withBackupMoved(shown, index, 1), { action: 'down', personId })
                    }
                  >
                    {t('roster.roles.holders.moveDown')}
                  </button>
                  <button
                    type="button"
                    data-focus-key={`remove:${personId}`}
                    aria-label={t('roster.roles.holders.removeLabel', {
                      position,
                      role: roleName,
                    })}
                    onClick={() => removeBackup(index)}
                  >
                    {t('roster.roles.holders.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {addControls}
      <RoleSaveError issues={holders.issues} roleName={roleName} />
    </div>
  );
}
