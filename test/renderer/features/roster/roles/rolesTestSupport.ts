import { screen, within } from '@testing-library/react';
import { createPerson } from '../../../../../renderer/src/features/roster/rosterCommands';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';

/**
 * Stores a person through the real command (validation, qualification types) and returns them; a
 * refusal fails the test at once, since seeding data must be valid. Nobody has working hours, so
 * everyone is available unless a test marks them away.
 */
export async function createValidPerson(
  name: string,
  overrides: Partial<PersonInput> = {},
): Promise<Person> {
  const result = await createPerson({ ...emptyPersonInput('Asia/Taipei'), name, ...overrides });
  if (!result.ok) {
    throw new Error(`expected a valid person, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** The roles page's region of one role, found by the role's name. */
export async function roleRegion(roleName: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name: roleName });
}

/** The texts of a select's options, in order. */
export function optionTexts(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}
