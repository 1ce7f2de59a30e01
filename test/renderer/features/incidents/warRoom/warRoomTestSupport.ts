import { declareIncident } from '../../../../../renderer/src/features/incidents/incidentCommands';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';

/** A minute in milliseconds. */
export const minuteMs = 60_000;

/** The value of a successful result; fails the test with the issues otherwise. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** A data-breach incident's fields, detected at `detectedAt`, with `overrides` applied. */
export function incidentInput(
  detectedAt: number,
  overrides: Partial<IncidentInput> = {},
): IncidentInput {
  return {
    title: 'Customer records exposed',
    crisisTypeId: 'data-breach',
    severityId: 'sev-1',
    priority: 'p1',
    detectionSource: 'monitoring',
    detectionNote: '',
    summary: '',
    startedAt: null,
    detectedAt,
    affectedAudiences: ['customers'],
    tags: [],
    visibility: 'normal',
    riskIds: [],
    isExercise: false,
    ...overrides,
  };
}

/** Declares an incident through the real command, with the given roles. */
export async function declare(
  input: IncidentInput,
  roles: { roleId: string; personId: string }[] = [],
): Promise<Incident> {
  return valueOf(
    await declareIncident(input, {
      declareNow: true,
      by: 'Chen Mei',
      entryText: 'Declared the incident',
      roles: roles.map((role) => ({ ...role, entryText: `Role given: ${role.roleId}` })),
    }),
  );
}
