import { createPerson } from '../../../../../renderer/src/features/roster/rosterCommands';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';

/** An hour in milliseconds. */
export const hourMs = 60 * 60 * 1000;

/**
 * A valid person in Asia/Taipei with no working hours (callable any time), with `overrides`
 * applied. Tests state only the fields their rule is about.
 */
export function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return { ...emptyPersonInput('Asia/Taipei'), name: 'Chen Mei', ...overrides };
}

/**
 * Stores a person through the real command (validation, reference checks) and returns them; a
 * refusal fails the test at once with the issues, since seeding data must be valid.
 */
export async function createValidPerson(overrides: Partial<PersonInput> = {}): Promise<Person> {
  const result = await createPerson(personInput(overrides));
  if (!result.ok) {
    throw new Error(`expected a valid person, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}
