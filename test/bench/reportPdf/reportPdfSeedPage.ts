import type { TimelineEntryInput } from '../../../shared/domain/incidents/timeline';
import type { PostmortemContent } from '../../../shared/domain/postmortems/postmortem';
import { appendTimelineEntries } from '../../../renderer/src/db/repositories/incidentRepository';
import {
  changeStatus,
  declareIncident,
} from '../../../renderer/src/features/incidents/incidentCommands';
import {
  createPostmortem,
  saveActionItem,
  savePostmortemContent,
} from '../../../renderer/src/features/postmortems/postmortemCommands';

/**
 * Runs inside Chromium on the app's own origin (the report PDF bench evaluates this bundle in the
 * app's page, so it writes the database the app reads): stores, through the app's own commands,
 * one closed incident with `count` timeline entries and its postmortem with causes, lessons and
 * action items. Bench data, labelled as such, never shown to users. Returns what the runner needs
 * to find the report and to build the plain baseline page with the same rows.
 */

/** A timeline row as the plain baseline page shows it. */
export interface SeededRow {
  at: number;
  kind: string;
  author: string;
  text: string;
}

/** What the seed stored. */
export interface ReportSeed {
  incidentId: string;
  title: string;
  /** Text of the newest bench entry: the report is complete once it is on the page. */
  lastEntryText: string;
  rows: SeededRow[];
}

const kinds = ['decision', 'action', 'communication', 'update', 'note'] as const;

/** A bench entry: varied kinds, authors and lengths, some in Chinese, some external. */
function benchEntry(sequence: number, at: number): TimelineEntryInput {
  const text =
    sequence % 5 === 0
      ? `第 ${sequence} 則：已通知主機商並要求保留日誌，法務確認通報時限。Follow-up with legal on notification duty (bench entry ${sequence}).`
      : `Bench entry ${sequence}: checked the status page and the monitoring dashboard; error rate back under 1 %.`;
  return {
    kind: kinds[sequence % kinds.length] ?? 'note',
    at,
    author: sequence % 3 === 0 ? '王小明' : 'Priya Nair',
    source: 'manual',
    isExternal: sequence % 11 === 0,
    text,
    supersedesId: null,
  };
}

/** Throws with the issues of a failed command. */
function orThrow<T>(
  step: string,
  result: { ok: true; value: T } | { ok: false; issues: unknown },
): T {
  if (!result.ok) throw new Error(`${step} failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Seeds the incident, its `count` entries and its postmortem. */
async function seedReportBench(count: number): Promise<ReportSeed> {
  const title = `Bench report incident (${count.toLocaleString('en-US')} entries)`;
  const incident = orThrow(
    'Declaring',
    await declareIncident(
      {
        title,
        crisisTypeId: 'data-breach',
        severityId: 'sev-1',
        priority: 'p1',
        detectionSource: 'monitoring',
        detectionNote: 'Error rates on the billing portal rose above 30 % (bench).',
        summary: 'Customer data of the billing portal may have been exposed (bench data).',
        startedAt: null,
        detectedAt: Date.now() - 60_000,
        affectedAudiences: [],
        tags: ['bench', 'data-breach'],
        visibility: 'normal',
        riskIds: [],
        isExercise: false,
      },
      { declareNow: true, by: 'Bench', entryText: 'Declared', roles: [] },
    ),
  );
  const start = incident.createdAt;
  const inputs = Array.from({ length: count }, (_, offset) =>
    benchEntry(offset + 1, start + (offset + 1) * 1_000),
  );
  for (let from = 0; from < count; from += 500) {
    const batch = inputs
      .slice(from, from + 500)
      .map((input, offset) => ({ id: `bench-${from + offset + 1}`, input }));
    await appendTimelineEntries(incident.id, batch, Date.now());
  }
  orThrow('Closing', await changeStatus(incident.id, 'closed', 'Bench', 'Closed (bench)'));

  const postmortem = orThrow(
    'Creating the postmortem',
    await createPostmortem(incident.id, 'TWD', 'Bench'),
  );
  const content: PostmortemContent = {
    ...postmortem.content,
    trigger: 'An expired certificate on the billing gateway (bench).',
    causes: [
      {
        id: 'cause-1',
        kind: 'root',
        category: 'technology',
        text: 'No alert on certificate expiry.',
      },
      { id: 'cause-2', kind: 'contributing', category: 'process', text: '憑證更新沒有負責人。' },
    ],
    wentWell: 'The holding statement went out within 40 minutes.',
    wentBadly: 'Legal approval took two hours.',
    result: 'Contained on the first day; no further exposure.',
    lessons: [
      { id: 'lesson-1', text: 'Alert on certificate expiry 30 days ahead.' },
      { id: 'lesson-2', text: '指定聲明法務核准的代理人。' },
    ],
  };
  orThrow('Saving the postmortem', await savePostmortemContent(postmortem.id, content));
  for (let number = 1; number <= 6; number += 1) {
    orThrow(
      'Saving an action item',
      await saveActionItem(postmortem.id, null, {
        title: `Bench action ${number}: ${number % 2 === 0 ? '更新憑證監控' : 'Review certificate alerts'}`,
        description: 'Bench action item.',
        ownerPersonId: null,
        dueOn: `2027-0${number}-15`,
        type: number % 2 === 0 ? 'prevent' : 'process',
        status: number === 1 ? 'done' : 'open',
        link: null,
        lessonId: number % 2 === 0 ? 'lesson-2' : 'lesson-1',
      }),
    );
  }
  const last = inputs.at(-1);
  return {
    incidentId: incident.id,
    title,
    lastEntryText: last?.text ?? '',
    rows: inputs.map((input) => ({
      at: input.at,
      kind: input.kind,
      author: input.author,
      text: input.text,
    })),
  };
}

Object.assign(globalThis, { seedReportBench });
