import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';
import { deviceTimeZone } from '../../../lib/dates';
import { createPerson, updatePerson } from '../rosterCommands';
import { PersonDialog } from './form/PersonDialog';

/** The current time, for the start of a new time away. */
function currentTime(): number {
  return Date.now();
}

/** The part of a stored person the form edits (without id and times). */
function personInputOf(person: Person): PersonInput {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = person;
  return input;
}

/**
 * "Add person": opens the person form on an empty person in the device's time zone and, once
 * saved, opens the person's page (`#/roster/people/<id>`). An unsaved new person is kept as a
 * draft and comes back the next time the form opens.
 */
export function NewPersonButton() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [opened, setOpened] = useState<{ initial: PersonInput; zone: string } | null>(null);
  return (
    <>
      <button
        type="button"
        className="button--primary"
        onClick={() => {
          const zone = deviceTimeZone();
          setOpened({ initial: emptyPersonInput(zone), zone });
        }}
      >
        {t('roster.personForm.addPerson')}
      </button>
      {opened !== null && (
        <PersonDialog
          mode="create"
          initial={opened.initial}
          save={createPerson}
          draftKey="person-form:new"
          basedOn={null}
          deviceTimeZone={opened.zone}
          now={currentTime}
          onSaved={(person) => {
            setOpened(null);
            // Absolute: the button may sit in the roster's nested router or anywhere else.
            navigate(`~/roster/people/${person.id}`);
          }}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  );
}

/** Props of {@link EditPersonButton}. */
export type EditPersonButtonProps = {
  /** The person as stored now; the form edits a copy taken when it opens. */
  person: Person;
};

/**
 * "Edit": opens the person form on the person as stored and closes it once saved. Unsaved
 * changes are kept as a draft of this person, restored only while the person has not changed
 * since.
 */
export function EditPersonButton({ person }: EditPersonButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<{
    person: Person;
    initial: PersonInput;
    zone: string;
  } | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          setOpened({ person, initial: personInputOf(person), zone: deviceTimeZone() })
        }
      >
        {t('roster.personForm.edit')}
      </button>
      {opened !== null && (
        <PersonDialog
          mode="edit"
          initial={opened.initial}
          save={(input) => updatePerson(opened.person.id, input)}
          draftKey={`person-form:${opened.person.id}`}
          basedOn={opened.person.updatedAt}
          deviceTimeZone={opened.zone}
          now={currentTime}
          onSaved={() => setOpened(null)}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  );
}
