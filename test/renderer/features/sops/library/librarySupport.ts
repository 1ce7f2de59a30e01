import { insertSop } from '../../../../../renderer/src/db/repositories/sopRepository';
import {
  createSop,
  publishSop,
  saveSopDraft,
} from '../../../../../renderer/src/features/sops/sopCommands';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import type { Sop, SopContent } from '../../../../../shared/domain/sops/sop';

/** Shared seeding of the SOP library's screen tests: real commands over fake-indexeddb. */

/** The value of a successful result; fails the test with the issues otherwise. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** A two-step SOP about a data breach, with `overrides` applied. */
export function sopContent(overrides: Partial<SopContent> = {}): SopContent {
  return {
    title: 'Data breach response',
    crisisTypeId: 'data-breach',
    purpose: 'Contain the breach **fast** and tell people the truth.',
    triggerCriteria: '- Personal data was exposed',
    severityIds: ['sev-1'],
    steps: [
      {
        id: 'step-1',
        title: 'Convene the team',
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          { id: 'item-1', text: 'Call the commander' },
          { id: 'item-2', text: 'Open the war room' },
        ],
        resources: ['War room B'],
        notes: '',
      },
      {
        id: 'step-2',
        title: 'Notify the regulator',
        ownerRoleId: 'legal-counsel',
        targetMinutes: 90,
        checklist: [],
        resources: [],
        notes: 'The law allows *72 hours*.',
      },
    ],
    ...overrides,
  };
}

/** `content` with step 2 renamed, the edit the version tests publish. */
export function withRenamedSecondStep(content: SopContent, title: string): SopContent {
  return {
    ...content,
    steps: content.steps.map((step) => (step.id === 'step-2' ? { ...step, title } : step)),
  };
}

/** Creates an SOP (unpublished) through the command. */
export async function seedDraftSop(content: SopContent = sopContent()): Promise<Sop> {
  return valueOf(await createSop(content, { ownerRoleId: 'commander', reviewIntervalDays: 365 }));
}

/** Creates an SOP and publishes its draft as version 1. */
export async function seedPublishedSop(content: SopContent = sopContent()): Promise<Sop> {
  const sop = await seedDraftSop(content);
  valueOf(await publishSop(sop.id, 'First version', 'Mei Lin'));
  return sop;
}

/** Saves a new draft over an SOP. */
export async function saveDraft(sopId: string, content: SopContent): Promise<void> {
  valueOf(await saveSopDraft(sopId, content));
}

/** Stores an SOP whose review is long overdue (last reviewed in 2020, every 30 days). */
export async function seedOverdueSop(content: SopContent = sopContent()): Promise<Sop> {
  return insertSop({
    id: 'overdue-sop',
    content,
    ownerRoleId: 'spokesperson',
    reviewIntervalDays: 30,
    lastReviewedOn: '2020-01-01',
    lastValidatedByDrillId: null,
    publishedVersion: null,
    createdAt: Date.parse('2019-12-01T00:00:00Z'),
    updatedAt: Date.parse('2019-12-01T00:00:00Z'),
    isStarter: false,
  });
}
