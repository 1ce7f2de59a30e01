import { describe, expect, it } from 'vitest';
import {
  emptyDeclareDraft,
  parseLocalDateTime,
  restoreDeclareDraft,
  storedDeclareDraftSchema,
  splitTags,
  toLocalDateTimeText,
} from '../../../../../renderer/src/features/incidents/declare/declareDraft';
import {
  chosenPersonId,
  isSopChosen,
  proposeRoles,
} from '../../../../../renderer/src/features/incidents/declare/declareProposals';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { Person } from '../../../../../shared/domain/roster/person';

/** A role with the given holders. */
function role(
  id: string,
  primaryPersonId: string | null,
  backupPersonIds: string[] = [],
): CrisisRole {
  return {
    id,
    name: '',
    description: '',
    isRequired: false,
    requiredQualificationTypeId: null,
    primaryPersonId,
    backupPersonIds,
    isBuiltIn: true,
    order: 0,
    createdAt: 0,
    updatedAt: 0,
  };
}

/** People by id. */
function peopleNamed(...ids: string[]): Map<string, Person> {
  return new Map(
    ids.map((id) => [
      id,
      { ...emptyPersonInput('Asia/Taipei'), name: id, id, createdAt: 0, updatedAt: 0 },
    ]),
  );
}

describe('role proposals', () => {
  it('proposes the primary holder, else the first backup still on the roster, else nobody', () => {
    const people = peopleNamed('mei', 'hao', 'ana');
    const proposals = proposeRoles(
      [
        role('commander', 'mei', ['hao']),
        role('spokesperson', null, ['hao', 'ana']),
        role('scribe', 'removed', ['ana']),
        role('legal-counsel', null),
        role('logistics', null),
        role('customer-service', null, ['ana']),
      ],
      people,
    );
    expect(proposals.map((proposal) => [proposal.role.id, proposal.personId])).toEqual([
      ['commander', 'mei'],
      ['spokesperson', 'hao'],
      ['scribe', 'ana'],
      // Key roles are offered even when nobody holds them; other empty roles are left out.
      ['legal-counsel', null],
      ['customer-service', 'ana'],
    ]);
  });

  it('keeps what the user chose over the proposal, including nobody', () => {
    const [proposal] = proposeRoles([role('commander', 'mei')], peopleNamed('mei', 'hao'));
    if (proposal === undefined) {
      throw new Error('expected a proposal');
    }
    expect(chosenPersonId(proposal, {})).toBe('mei');
    expect(chosenPersonId(proposal, { commander: 'hao' })).toBe('hao');
    expect(chosenPersonId(proposal, { commander: '' })).toBeNull();
  });

  it('ticks only the first proposed SOP until the user decides', () => {
    const sops = [
      { sopId: 'a', title: 'A', version: 1 },
      { sopId: 'b', title: 'B', version: 3 },
    ];
    expect(isSopChosen(sops, {}, 'a')).toBe(true);
    expect(isSopChosen(sops, {}, 'b')).toBe(false);
    expect(isSopChosen(sops, { a: false, b: true }, 'a')).toBe(false);
    expect(isSopChosen(sops, { a: false, b: true }, 'b')).toBe(true);
  });
});

describe('declare form values', () => {
  it('reads datetime-local values in the device zone and refuses days that do not exist', () => {
    const at = new Date(2026, 10, 22, 9, 5).getTime();
    expect(toLocalDateTimeText(at)).toBe('2026-11-22T09:05');
    expect(parseLocalDateTime('2026-11-22T09:05')).toBe(at);
    expect(parseLocalDateTime('2026-02-30T09:05')).toBeNull();
    expect(parseLocalDateTime('22/11/2026 09:05')).toBeNull();
    expect(parseLocalDateTime('')).toBeNull();
  });

  it('refreshes an untyped detection time of a restored draft and keeps a typed one', () => {
    const savedAt = new Date(2026, 10, 22, 9, 5).getTime();
    const reopenedAt = new Date(2026, 10, 22, 11, 40).getTime();
    const untouched = emptyDeclareDraft(savedAt, 'Ann');
    expect(restoreDeclareDraft(untouched, reopenedAt)).toEqual({
      ...untouched,
      detectedAtText: '2026-11-22T11:40',
    });
    const typed = { ...untouched, detectedAtText: '2026-11-22T08:30', isDetectedAtEdited: true };
    expect(restoreDeclareDraft(typed, reopenedAt)).toEqual(typed);
  });

  it('treats a stored draft that does not say whether its time was typed as typed', () => {
    const { isDetectedAtEdited: _dropped, ...older } = emptyDeclareDraft(0, '');
    const parsed = storedDeclareDraftSchema.parse({ basedOn: null, draft: older });
    expect(parsed.draft.isDetectedAtEdited).toBe(true);
  });

  it('splits tags at ASCII and Chinese commas, each once', () => {
    expect(splitTags(' 個資, 外洩，個資、 press ,, ')).toEqual(['個資', '外洩', 'press']);
  });
});
