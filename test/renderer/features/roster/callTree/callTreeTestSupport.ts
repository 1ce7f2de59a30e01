import { screen, within } from '@testing-library/react';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';
import {
  assignRole,
  createPerson,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';

/** The time zone of the machine running the tests, so people's local time matches the device's. */
export const testTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The value of a command that must succeed; a refusal fails the test with its issues. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected the command to succeed, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/**
 * Adds a person through the real command: `name`, one mobile number, in this machine's time zone
 * and always available unless `overrides` say otherwise.
 */
export async function addPerson(
  name: string,
  mobile: string,
  overrides: Partial<PersonInput> = {},
): Promise<Person> {
  return valueOf(
    await createPerson({
      ...emptyPersonInput(testTimeZone),
      name,
      phones: [{ kind: 'mobile', number: mobile }],
      ...overrides,
    }),
  );
}

/** Makes `primary` and `backups` (in order) the holders of a role. */
export async function assign(
  roleId: string,
  primary: Person | null,
  backups: readonly Person[] = [],
): Promise<CrisisRole> {
  return valueOf(
    await assignRole(roleId, {
      primaryPersonId: primary?.id ?? null,
      backupPersonIds: backups.map(({ id }) => id),
    }),
  );
}

/** The "Who to call now" region. */
export function whoToCallNow(): HTMLElement {
  return screen.getByRole('region', { name: 'Who to call now' });
}

/** The step of "who to call now" whose title names `roleName`. */
export function callStep(roleName: string): HTMLElement {
  return within(whoToCallNow()).getByRole('listitem', {
    name: new RegExp(`^Step \\d+ ${roleName} `, 'u'),
  });
}
