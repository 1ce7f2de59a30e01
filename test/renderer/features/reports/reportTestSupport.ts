import {
  addTimelineEntry,
  declareIncident,
} from '../../../../renderer/src/features/incidents/incidentCommands';
import { createPerson } from '../../../../renderer/src/features/roster/rosterCommands';
import type { Incident } from '../../../../shared/domain/incidents/incident';
import type { TimelineEntryInput } from '../../../../shared/domain/incidents/timeline';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import { incidentInput } from '../../../shared/domain/postmortems/eventTestSupport';
import { valueOf } from '../postmortems/postmortemTestSupport';

/** When the seeded incident was detected: 2025-11-22 01:00 UTC, 09:00 in Taipei. */
export const detectedAt = Date.UTC(2025, 10, 22, 1, 0);

/** The commander's mobile number, which only the internal report may show. */
export const commanderPhone = '+886 912 345 678';

/** Text of the internal-only timeline entry. */
export const internalEntryText = '法務建議暫緩對外說明';

/** Text of the external-facing timeline entry (02:30 UTC, 10:30 in Taipei). */
export const externalEntryText = '已於官網發布第一份聲明 https://example.com.tw/news';

/** Adds a typed timeline entry `minutesAfter` detection, by Ana Lee. */
async function addEntry(
  incidentId: string,
  entry: Pick<TimelineEntryInput, 'kind' | 'isExternal' | 'text'>,
  minutesAfter: number,
): Promise<void> {
  valueOf(
    await addTimelineEntry(incidentId, {
      ...entry,
      at: detectedAt + minutesAfter * 60_000,
      author: 'Ana Lee',
      source: 'manual',
      supersedesId: null,
    }),
  );
}

/**
 * Declares an incident with `title`, a commander from the roster who has a phone number, and two
 * typed timeline entries: one internal, one external-facing. Through the real commands, so the
 * report reads what the app stores.
 */
export async function seedReportIncident(title: string): Promise<Incident> {
  const commander = valueOf(
    await createPerson({
      ...emptyPersonInput('Asia/Taipei'),
      name: '王小明',
      phones: [{ kind: 'mobile', number: commanderPhone }],
      emails: [{ kind: 'work', address: 'ming@example.com.tw' }],
    }),
  );
  const incident = valueOf(
    await declareIncident(
      incidentInput(title, detectedAt, {
        severityId: 'sev-1',
        priority: 'p1',
        summary: '會員資料疑似外洩，已啟動應變。',
      }),
      {
        declareNow: true,
        by: 'Ana Lee',
        entryText: 'Incident declared',
        roles: [{ roleId: 'commander', personId: commander.id, entryText: 'Commander: 王小明' }],
      },
    ),
  );
  await addEntry(incident.id, { kind: 'decision', isExternal: false, text: internalEntryText }, 60);
  await addEntry(
    incident.id,
    { kind: 'communication', isExternal: true, text: externalEntryText },
    90,
  );
  return incident;
}
