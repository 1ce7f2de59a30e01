import {
  changeStatus,
  declareIncident,
} from '../../../../renderer/src/features/incidents/incidentCommands';
import {
  createPostmortem,
  savePostmortemContent,
} from '../../../../renderer/src/features/postmortems/postmortemCommands';
import type { CommandResult } from '../../../../renderer/src/lib/commandResult';
import type { Incident, IncidentInput } from '../../../../shared/domain/incidents/incident';
import type {
  Postmortem,
  PostmortemContent,
} from '../../../../shared/domain/postmortems/postmortem';
import { incidentInput } from '../../../shared/domain/postmortems/eventTestSupport';

/**
 * Seeding shared by the postmortem and report screen tests: incidents declared and closed and
 * their postmortems written through the real commands (over fake-indexeddb), so the screens read
 * what the app stores.
 */

/** The value of a successful command; a failure fails the test with its issues. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/**
 * Declares an incident detected at `detectedAt` (a data breach at SEV 2 unless overridden), on
 * behalf of `by`.
 */
export async function declare(
  title: string,
  detectedAt: number,
  overrides: Partial<IncidentInput> = {},
  by = '陳美玲',
): Promise<Incident> {
  return valueOf(
    await declareIncident(incidentInput(title, detectedAt, overrides), {
      declareNow: true,
      by,
      entryText: `Declared: ${title}`,
      roles: [],
    }),
  );
}

/** Closes `incident` and creates its postmortem (a draft, TWD), on behalf of `by`. */
export async function closeAndCreatePostmortem(
  incident: Incident,
  by = '陳美玲',
): Promise<Postmortem> {
  valueOf(await changeStatus(incident.id, 'closed', by, 'Closed'));
  return valueOf(await createPostmortem(incident.id, 'TWD', by));
}

/** Closes `incident` and writes its postmortem (a draft) with `content` over what was pulled in. */
export async function writePostmortem(
  incident: Incident,
  content: Partial<PostmortemContent>,
  by = '陳美玲',
): Promise<Postmortem> {
  const created = await closeAndCreatePostmortem(incident, by);
  return valueOf(await savePostmortemContent(created.id, { ...created.content, ...content }));
}
