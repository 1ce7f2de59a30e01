import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallStep } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { TextField } from '../../../components/fields/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import { personDisplayName, useRoleName } from '../rosterLabels';

/** A request to focus a step's move button after it moved (the row's DOM node moved with it). */
export type StepFocusRequest = {
  stepId: string;
  direction: 'up' | 'down';
  /** Grows with each request, so moving the same step twice focuses twice. */
  serial: number;
};

/** Props of {@link CallStepRow}. */
export type CallStepRowProps = {
  step: CallStep;
  /** 0-based position in the list. */
  index: number;
  /** How many steps the list has. */
  count: number;
  rolesById: ReadonlyMap<string, CrisisRole>;
  peopleById: ReadonlyMap<string, Person>;
  /** Why the saved tree refused this step (an unknown role or person), if it did. */
  stepError: string | undefined;
  /** Why the note was refused, if it was. */
  noteError: string | undefined;
  focusRequest: StepFocusRequest | null;
  onNoteChange: (note: string) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

/**
 * One step of the call list being edited: its number, the role (with who holds it now) or the
 * person it calls, a note, and buttons to move it up or down or remove it. Each button names its
 * step ("Move step 2 up"), since every row has the same three.
 */
export function CallStepRow({
  step,
  index,
  count,
  rolesById,
  peopleById,
  stepError,
  noteError,
  focusRequest,
  onNoteChange,
  onMove,
  onRemove,
}: CallStepRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleName = useRoleName();
  const titleId = useId();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const handledSerial = useRef(0);
  const order = index + 1;
  const isFirst = index === 0;
  const isLast = index === count - 1;

  useEffect(() => {
    // Only a new request moves focus; the row changing position for another reason must not.
    if (
      focusRequest === null ||
      focusRequest.stepId !== step.id ||
      focusRequest.serial === handledSerial.current
    ) {
      return;
    }
    handledSerial.current = focusRequest.serial;
    // At the top or bottom the requested button is disabled: the other one keeps focus in the row.
    const wantsUp = focusRequest.direction === 'up' ? !isFirst : isLast;
    (wantsUp ? upRef : downRef).current?.focus();
  }, [focusRequest, step.id, isFirst, isLast]);

  function name(personId: string | null): string {
    const person = personId === null ? undefined : peopleById.get(personId);
    return person === undefined ? t('roster.callTree.editor.noHolder') : personDisplayName(person);
  }

  let kind: string;
  let target: string;
  let holders: string | null = null;
  if (step.kind === 'role') {
    const role = rolesById.get(step.roleId);
    kind = t('roster.callTree.editor.roleStep');
    target = role === undefined ? t('roster.callTree.now.deletedRole') : roleName(role);
    if (role !== undefined) {
      const backups = role.backupPersonIds.map((id) => name(id));
      holders = t('roster.callTree.editor.holders', {
        primary: name(role.primaryPersonId),
        backups:
          backups.length === 0
            ? t('roster.callTree.editor.noBackups')
            : // The language's own list punctuation: "A, B, and C", "A、B和C".
              new Intl.ListFormat(language, { type: 'conjunction' }).format(backups),
      });
    }
  } else {
    const person = peopleById.get(step.personId);
    kind = t('roster.callTree.editor.personStep');
    target =
      person === undefined ? t('roster.callTree.editor.unknownPerson') : personDisplayName(person);
  }

  return (
    <li className="call-step-row" aria-labelledby={titleId}>
      <div className="call-step-row__summary">
        <p id={titleId} className="call-step-row__title">
          <span className="call-step-row__order">{t('roster.callTree.now.step', { order })}</span>{' '}
          <span className="call-step-row__kind">{kind}</span>{' '}
          <strong className="call-step-row__target">{target}</strong>
        </p>
        {holders !== null && <p className="call-step-row__holders">{holders}</p>}
        {stepError !== undefined && <p className="field__error">{stepError}</p>}
      </div>
      <TextField
        label={t('roster.callTree.editor.note', { order })}
        error={noteError}
        value={step.note}
        isWide
        onChange={onNoteChange}
      />
      <div className="button-row button-row--compact">
        <button
          ref={upRef}
          type="button"
          aria-label={t('roster.callTree.editor.moveUp', { order })}
          disabled={isFirst}
          onClick={() => onMove(-1)}
        >
          {t('roster.callTree.editor.up')}
        </button>
        <button
          ref={downRef}
          type="button"
          aria-label={t('roster.callTree.editor.moveDown', { order })}
          disabled={isLast}
          onClick={() => onMove(1)}
        >
          {t('roster.callTree.editor.down')}
        </button>
        <button
          type="button"
          aria-label={t('roster.callTree.editor.remove', { order })}
          onClick={onRemove}
        >
          {t('roster.callTree.editor.removeShort')}
        </button>
      </div>
    </li>
  );
}
