import { z } from 'zod';
import { availabilityAt } from './availability';
import type { AvailabilityAt } from './availability';
import type { CrisisRole } from './crisisRoles';
import type { Person } from './person';

/**
 * The call tree (escalation list): for each severity level, who is called and in what order. A
 * step names a role (its primary is called, or the first available backup) or one person. The
 * tree is a setting; resolving it against the roster at an instant gives "who to call now".
 */

/** Most steps in one severity level's list. */
export const maxCallSteps = 40;

/** One step of a severity level's call list. */
export const callStepSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('role'),
      id: z.string().min(1).max(64),
      roleId: z.string().min(1).max(80),
      note: z.string().trim().max(200, 'too-long'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('person'),
      id: z.string().min(1).max(64),
      personId: z.string().min(1).max(64),
      note: z.string().trim().max(200, 'too-long'),
    })
    .strict(),
]);

/** See {@link callStepSchema}. */
export type CallStep = z.output<typeof callStepSchema>;

/** The call list of one severity level. */
export const callListSchema = z
  .object({
    severityId: z.string().min(1).max(40),
    steps: z.array(callStepSchema).max(maxCallSteps, 'too-many'),
  })
  .strict();

/** See {@link callListSchema}. */
export type CallList = z.output<typeof callListSchema>;

/** The whole call tree: one list per severity level (a level without a list calls nobody). */
export const callTreeSchema = z
  .array(callListSchema)
  .max(6)
  .refine((lists) => new Set(lists.map((list) => list.severityId)).size === lists.length, {
    message: 'duplicate-severity',
  });

/** See {@link callTreeSchema}. */
export type CallTree = z.output<typeof callTreeSchema>;

/** A role step with a stable id made from the level and role (the default tree is data). */
function roleStep(severityId: string, roleId: string): CallStep {
  return { kind: 'role', id: `${severityId}-${roleId}`, roleId, note: '' };
}

/** The call tree every roster starts with: more roles are woken the worse the severity. */
export const defaultCallTree: CallTree = [
  {
    severityId: 'sev-1',
    steps: [
      'commander',
      'deputy-commander',
      'spokesperson',
      'legal-counsel',
      'public-relations',
      'technical-expert',
      'customer-service',
      'internal-liaison',
      'external-liaison',
      'scribe',
      'logistics',
    ].map((roleId) => roleStep('sev-1', roleId)),
  },
  {
    severityId: 'sev-2',
    steps: [
      'commander',
      'deputy-commander',
      'spokesperson',
      'legal-counsel',
      'public-relations',
      'customer-service',
      'scribe',
    ].map((roleId) => roleStep('sev-2', roleId)),
  },
  {
    severityId: 'sev-3',
    steps: ['deputy-commander', 'public-relations', 'customer-service', 'scribe'].map((roleId) =>
      roleStep('sev-3', roleId),
    ),
  },
  {
    severityId: 'sev-4',
    steps: ['public-relations', 'customer-service'].map((roleId) => roleStep('sev-4', roleId)),
  },
];

/** One person a step could call, with their availability at the instant resolved. */
export type CallCandidate = {
  personId: string;
  /** 0 = the role's primary (or the named person), 1 = first backup, … */
  position: number;
  availability: AvailabilityAt;
};

/**
 * What a step resolves to:
 * - `call`: call `personId` (the first available candidate);
 * - `already-called`: the first available candidate was called by an earlier step (one person
 *   holding two roles is called once);
 * - `nobody-available`: every candidate is away;
 * - `nobody-assigned`: the role has no holder, or the role or person no longer exists.
 */
export type CallStepStatus = 'call' | 'already-called' | 'nobody-available' | 'nobody-assigned';

/** One resolved step of a call list. */
export type ResolvedCallStep = {
  step: CallStep;
  /** 1-based position in the list. */
  order: number;
  status: CallStepStatus;
  /** Who to call (or who was called already); null when nobody can be. */
  personId: string | null;
  /** Every candidate in order, with availability. */
  candidates: CallCandidate[];
  /** Candidates passed over because they are unavailable (before `personId`). */
  skipped: CallCandidate[];
  /** Order of the earlier step that already calls `personId` (for `already-called`). */
  calledAtOrder: number | null;
};

/** The candidates of a step, in call order: a role's holders, or the named person. */
function stepCandidates(
  step: CallStep,
  rolesById: ReadonlyMap<string, CrisisRole>,
  peopleById: ReadonlyMap<string, Person>,
  at: number,
): CallCandidate[] {
  // Positions follow the role: 0 is the primary, n the n-th backup, also when there is no primary.
  const holders: { personId: string; position: number }[] = [];
  if (step.kind === 'person') {
    holders.push({ personId: step.personId, position: 0 });
  } else {
    const role = rolesById.get(step.roleId);
    if (role !== undefined) {
      if (role.primaryPersonId !== null) {
        holders.push({ personId: role.primaryPersonId, position: 0 });
      }
      role.backupPersonIds.forEach((personId, index) => {
        holders.push({ personId, position: index + 1 });
      });
    }
  }
  return holders.flatMap(({ personId, position }) => {
    const person = peopleById.get(personId);
    if (person === undefined) {
      return [];
    }
    return [
      {
        personId,
        position,
        availability: availabilityAt(person.availability, person.timeZone, at),
      },
    ];
  });
}

/**
 * Resolves a call list at `at`: for each step, the first available candidate, skipping people who
 * are away or outside hours they may not be called in; a person already called by an earlier
 * step is not called twice.
 */
export function resolveCallList(
  steps: readonly CallStep[],
  roles: readonly CrisisRole[],
  people: readonly Person[],
  at: number,
): ResolvedCallStep[] {
  const rolesById = new Map(roles.map((role) => [role.id, role]));
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const calledAt = new Map<string, number>();
  return steps.map((step, index) => {
    const order = index + 1;
    const candidates = stepCandidates(step, rolesById, peopleById, at);
    const chosenIndex = candidates.findIndex((candidate) => candidate.availability.isAvailable);
    const chosen = candidates[chosenIndex];
    if (chosen === undefined) {
      return {
        step,
        order,
        status: candidates.length === 0 ? 'nobody-assigned' : 'nobody-available',
        personId: null,
        candidates,
        skipped: candidates,
        calledAtOrder: null,
      };
    }
    const skipped = candidates.slice(0, chosenIndex);
    const earlier = calledAt.get(chosen.personId);
    if (earlier !== undefined) {
      return {
        step,
        order,
        status: 'already-called',
        personId: chosen.personId,
        candidates,
        skipped,
        calledAtOrder: earlier,
      };
    }
    calledAt.set(chosen.personId, order);
    return {
      step,
      order,
      status: 'call',
      personId: chosen.personId,
      candidates,
      skipped,
      calledAtOrder: null,
    };
  });
}

/** The call list of `severityId` in the tree (empty when the level has none). */
export function callListFor(tree: CallTree, severityId: string): CallStep[] {
  return tree.find((list) => list.severityId === severityId)?.steps ?? [];
}
