import { describe, expect, it } from 'vitest';
import type { SopContent, SopStep } from '../../../../shared/domain/sops/sop';
import {
  diffSopVersions,
  diffText,
  isSameSopContent,
  latestVersion,
  nextVersion,
  sopVersionSchema,
} from '../../../../shared/domain/sops/sopVersions';
import type { SopDiff, SopStepDiff, SopVersion } from '../../../../shared/domain/sops/sopVersions';

/** A valid step `id` titled `title`, then `overrides`. */
function step(id: string, title = `Step ${id}`, overrides: Partial<SopStep> = {}): SopStep {
  return {
    id,
    title,
    ownerRoleId: 'spokesperson',
    targetMinutes: 60,
    checklist: [],
    resources: [],
    notes: '',
    ...overrides,
  };
}

/** A valid content with steps a, b, c, then `overrides`. */
function content(overrides: Partial<SopContent> = {}): SopContent {
  return {
    title: 'Data breach response',
    crisisTypeId: 'data-breach',
    purpose: 'Contain the breach.\nInform people honestly.',
    triggerCriteria: 'Personal data left the company.',
    severityIds: ['sev-1', 'sev-2'],
    steps: [step('a'), step('b'), step('c')],
    ...overrides,
  };
}

/** 2026-05-04 10:00 UTC, when versions are published. */
const publishedAt = Date.UTC(2026, 4, 4, 10, 0, 0);

/** Publishes `draft` after `existing`, failing the test when refused. */
function publish(existing: SopVersion[], draft: SopContent, sopId = 'sop-1'): SopVersion {
  const result = nextVersion(existing, sopId, draft, 'Reviewed', publishedAt, 'Mei Lin');
  if (!result.ok) {
    throw new Error(`publishing was refused: ${result.code}`);
  }
  return result.value;
}

/** The diff of two contents, checked to agree with isSameSopContent. */
function diff(older: SopContent, newer: SopContent): SopDiff {
  const result = diffSopVersions(older, newer);
  expect(result.hasChanges).toBe(!isSameSopContent(older, newer));
  return result;
}

/** The kept step `stepId` in `result`, failing the test when it is not there. */
function keptStep(result: SopDiff, stepId: string): Extract<SopStepDiff, { kind: 'kept' }> {
  const found = result.steps.find((entry) => entry.kind === 'kept' && entry.stepId === stepId);
  if (found?.kind !== 'kept') {
    throw new Error(`step ${stepId} was not kept`);
  }
  return found;
}

/** A compact reading of the step list: `+id`, `-id`, `id` (kept), `id>` (moved), `id*` (changed). */
function stepOutline(result: SopDiff): string[] {
  return result.steps.map((entry) => {
    if (entry.kind === 'added') {
      return `+${entry.step.id}`;
    }
    if (entry.kind === 'removed') {
      return `-${entry.step.id}`;
    }
    return `${entry.stepId}${entry.isMoved ? '>' : ''}${entry.changes.length > 0 ? '*' : ''}`;
  });
}

describe('nextVersion', () => {
  it('numbers versions 1, 2, 3 … per SOP', () => {
    const first = publish([], content());
    const second = publish([first], content({ title: 'Data breach response v2' }));
    const third = publish([second, first], content({ title: 'Data breach response v3' }));
    expect([first.version, second.version, third.version]).toEqual([1, 2, 3]);
    expect(third).toEqual({
      sopId: 'sop-1',
      version: 3,
      content: content({ title: 'Data breach response v3' }),
      changeNote: 'Reviewed',
      publishedAt,
      publishedBy: 'Mei Lin',
    });
  });

  it('follows the highest existing number and ignores other SOPs’ versions', () => {
    const other = { ...publish([], content(), 'sop-2'), version: 9 };
    const fourth = { ...publish([], content()), version: 4 };
    expect(publish([other], content()).version).toBe(1);
    expect(publish([fourth, other], content({ title: 'Changed' })).version).toBe(5);
    expect(latestVersion([fourth, other], 'sop-1')).toBe(fourth);
    expect(latestVersion([other], 'sop-1')).toBeUndefined();
  });

  it('returns a deeply frozen copy that later draft edits cannot reach', () => {
    const draft = content();
    const existing: SopVersion[] = [];
    const version = publish(existing, draft);
    draft.title = 'Edited after publishing';
    draft.steps.push(step('d'));
    expect(version.content.title).toBe('Data breach response');
    expect(version.content.steps).toHaveLength(3);
    expect(existing).toEqual([]);
    expect(Object.isFrozen(version)).toBe(true);
    expect(Object.isFrozen(version.content.steps[0])).toBe(true);
    expect(Object.isFrozen(version.content.steps[0]?.checklist)).toBe(true);
    expect(() => {
      version.content.steps.push(step('e'));
    }).toThrow(TypeError);
    expect(() => {
      version.changeNote = 'rewritten';
    }).toThrow(TypeError);
  });

  it('refuses content equal to the latest version’s, even before asking for a note', () => {
    const first = publish([], content());
    expect(nextVersion([first], 'sop-1', content(), 'Again', publishedAt, 'Mei Lin')).toEqual({
      ok: false,
      code: 'no-changes',
    });
    expect(nextVersion([first], 'sop-1', content(), '', publishedAt, 'Mei Lin')).toEqual({
      ok: false,
      code: 'no-changes',
    });
    // Surrounding blanks are trimmed and severity order carries no meaning.
    const sameMeaning = content({
      title: ' Data breach response ',
      severityIds: ['sev-2', 'sev-1'],
    });
    expect(nextVersion([first], 'sop-1', sameMeaning, 'Again', publishedAt, 'Mei Lin')).toEqual({
      ok: false,
      code: 'no-changes',
    });
  });

  it('compares with the latest version, not an older one', () => {
    const first = publish([], content());
    const second = publish([first], content({ title: 'Renamed' }));
    expect(publish([first, second], content()).version).toBe(3);
  });

  it('requires a change note, also for the first version', () => {
    for (const note of ['', '   ']) {
      expect(nextVersion([], 'sop-1', content(), note, publishedAt, 'Mei Lin')).toEqual({
        ok: false,
        code: 'change-note-required',
      });
    }
  });

  it('refuses invalid content, notes and publishers with coded issues', () => {
    const invalidContent = nextVersion(
      [],
      'sop-1',
      content({ steps: [step('a'), step('a')] }),
      'First',
      publishedAt,
      'Mei Lin',
    );
    expect(invalidContent.ok === false && invalidContent.code).toBe('invalid');
    expect(
      invalidContent.ok === false && invalidContent.code === 'invalid'
        ? invalidContent.issues.map(({ path, message }) => [path.join('.'), message])
        : [],
    ).toEqual([['content.steps.1.id', 'duplicate-id']]);

    const longNote = nextVersion([], 'sop-1', content(), 'x'.repeat(1001), publishedAt, '');
    expect(
      longNote.ok === false && longNote.code === 'invalid'
        ? longNote.issues.map(({ path, message }) => [path.join('.'), message])
        : [],
    ).toEqual([
      ['changeNote', 'too-long'],
      ['publishedBy', 'required'],
    ]);
  });

  it('produces versions the version schema accepts', () => {
    expect(sopVersionSchema.safeParse(publish([], content())).success).toBe(true);
  });
});

describe('diffText', () => {
  it('diffs lines, with word detail inside a replaced line', () => {
    expect(
      diffText('Line A\nLine B\nLine C', 'Line A\nLine B changed\nLine C\nLine D').parts,
    ).toEqual([
      { kind: 'same', lines: ['Line A'] },
      {
        kind: 'changed',
        before: ['Line B'],
        after: ['Line B changed'],
        words: [
          { kind: 'same', text: 'Line B' },
          { kind: 'added', text: ' changed' },
        ],
      },
      { kind: 'same', lines: ['Line C'] },
      { kind: 'added', lines: ['Line D'] },
    ]);
  });

  it('treats an empty text as no lines and Windows line ends as line ends', () => {
    expect(diffText('', 'New').parts).toEqual([{ kind: 'added', lines: ['New'] }]);
    expect(diffText('Old', '').parts).toEqual([{ kind: 'removed', lines: ['Old'] }]);
    expect(diffText('a\r\nb', 'a\nb\nc').parts).toEqual([
      { kind: 'same', lines: ['a', 'b'] },
      { kind: 'added', lines: ['c'] },
    ]);
  });

  it('diffs Chinese character by character', () => {
    expect(diffText('資料外洩應變程序', '個資外洩應變程序').parts).toEqual([
      {
        kind: 'changed',
        before: ['資料外洩應變程序'],
        after: ['個資外洩應變程序'],
        words: [
          { kind: 'added', text: '個' },
          { kind: 'same', text: '資' },
          { kind: 'removed', text: '料' },
          { kind: 'same', text: '外洩應變程序' },
        ],
      },
    ]);
  });

  it('gives up word detail on wholly different long texts instead of stalling', () => {
    const before = Array.from({ length: 1000 }, (_, index) => `甲${index}乙`).join('');
    const after = Array.from({ length: 1000 }, (_, index) => `丙${index}丁`).join('');
    const started = performance.now();
    const result = diffText(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.parts).toEqual([
      { kind: 'changed', before: [before], after: [after], words: null },
    ]);
  });
});

describe('diffSopVersions', () => {
  it('finds nothing between equal contents', () => {
    const result = diff(content(), content({ severityIds: ['sev-2', 'sev-1'] }));
    expect(result).toMatchObject({
      hasChanges: false,
      fields: [],
      summary: { added: 0, removed: 0, moved: 0, changed: 0 },
    });
    expect(stepOutline(result)).toEqual(['a', 'b', 'c']);
  });

  it('reports a title change with its word diff', () => {
    const result = diff(content(), content({ title: 'Personal data breach response' }));
    expect(result.fields).toEqual([
      {
        field: 'title',
        before: 'Data breach response',
        after: 'Personal data breach response',
        text: {
          before: 'Data breach response',
          after: 'Personal data breach response',
          parts: [
            {
              kind: 'changed',
              before: ['Data breach response'],
              after: ['Personal data breach response'],
              words: [
                { kind: 'removed', text: 'Data' },
                { kind: 'added', text: 'Personal' },
                { kind: 'same', text: ' ' },
                { kind: 'added', text: 'data ' },
                { kind: 'same', text: 'breach response' },
              ],
            },
          ],
        },
      },
    ]);
    expect(stepOutline(result)).toEqual(['a', 'b', 'c']);
  });

  it('reports purpose lines added and changed, and the other SOP fields', () => {
    const result = diff(
      content(),
      content({
        purpose: 'Contain the breach within an hour.\nInform people honestly.\nKeep evidence.',
        crisisTypeId: 'impersonation',
        severityIds: ['sev-2', 'sev-3'],
      }),
    );
    expect(result.fields.map(({ field }) => field)).toEqual([
      'crisisTypeId',
      'purpose',
      'severityIds',
    ]);
    expect(result.fields).toContainEqual({
      field: 'crisisTypeId',
      before: 'data-breach',
      after: 'impersonation',
    });
    expect(result.fields).toContainEqual({
      field: 'severityIds',
      added: ['sev-3'],
      removed: ['sev-1'],
    });
    const purpose = result.fields.find((change) => change.field === 'purpose');
    expect(purpose !== undefined && 'text' in purpose ? purpose.text.parts : []).toEqual([
      {
        kind: 'changed',
        before: ['Contain the breach.'],
        after: ['Contain the breach within an hour.'],
        words: [
          { kind: 'same', text: 'Contain the breach' },
          { kind: 'added', text: ' within an hour' },
          { kind: 'same', text: '.' },
        ],
      },
      { kind: 'same', lines: ['Inform people honestly.'] },
      { kind: 'added', lines: ['Keep evidence.'] },
    ]);
  });

  it('reports a step added where it arrives', () => {
    const result = diff(
      content(),
      content({ steps: [step('a'), step('new'), step('b'), step('c')] }),
    );
    expect(stepOutline(result)).toEqual(['a', '+new', 'b', 'c']);
    expect(result.steps[1]).toEqual({ kind: 'added', step: step('new'), toIndex: 1 });
    expect(result.summary).toEqual({ added: 1, removed: 0, moved: 0, changed: 0 });
  });

  it('reports a step removed where it stood', () => {
    const result = diff(content(), content({ steps: [step('a'), step('c')] }));
    expect(stepOutline(result)).toEqual(['a', '-b', 'c']);
    expect(result.steps[1]).toEqual({ kind: 'removed', step: step('b'), fromIndex: 1 });
    expect(keptStep(result, 'c')).toMatchObject({ fromIndex: 2, toIndex: 1, isMoved: false });
    expect(result.summary).toEqual({ added: 0, removed: 1, moved: 0, changed: 0 });
  });

  it('marks only the step that moved, at its new place', () => {
    const older = content({ steps: [step('a'), step('b'), step('c'), step('d')] });
    const newer = content({ steps: [step('a'), step('c'), step('d'), step('b')] });
    const result = diff(older, newer);
    expect(stepOutline(result)).toEqual(['a', 'c', 'd', 'b>']);
    expect(keptStep(result, 'b')).toMatchObject({ fromIndex: 1, toIndex: 3, isMoved: true });
    expect(result.summary).toEqual({ added: 0, removed: 0, moved: 1, changed: 0 });
  });

  it('follows a step through a move, a removal and an addition at once', () => {
    const result = diff(
      content({ steps: [step('a'), step('b'), step('c'), step('e')] }),
      content({ steps: [step('e', 'Step e first'), step('a'), step('c'), step('d')] }),
    );
    expect(stepOutline(result)).toEqual(['e>*', 'a', '-b', 'c', '+d']);
    expect(keptStep(result, 'e')).toMatchObject({ fromIndex: 3, toIndex: 0, isMoved: true });
    expect(result.summary).toEqual({ added: 1, removed: 1, moved: 1, changed: 1 });
  });

  it('reports a step’s owner and target time changes', () => {
    const result = diff(
      content(),
      content({
        steps: [
          step('a'),
          step('b', 'Step b', { ownerRoleId: 'public-relations', targetMinutes: 30 }),
          step('c', 'Step c', { targetMinutes: null }),
        ],
      }),
    );
    expect(keptStep(result, 'b').changes).toEqual([
      { field: 'ownerRoleId', before: 'spokesperson', after: 'public-relations' },
      { field: 'targetMinutes', before: 60, after: 30 },
    ]);
    expect(keptStep(result, 'c').changes).toEqual([
      { field: 'targetMinutes', before: 60, after: null },
    ]);
    expect(stepOutline(result)).toEqual(['a', 'b*', 'c*']);
    expect(result.summary.changed).toBe(2);
  });

  it('reports checklist items added, removed, reworded and moved', () => {
    const checklistBefore = [
      { id: 'i1', text: 'Draft the statement' },
      { id: 'i2', text: 'Legal review' },
      { id: 'i3', text: 'Send to media' },
      { id: 'i4', text: 'Log the time' },
    ];
    const checklistAfter = [
      { id: 'i4', text: 'Log the time' },
      { id: 'i1', text: 'Draft the statement' },
      { id: 'i3', text: 'Send to media and staff' },
      { id: 'i5', text: 'Brief the call centre' },
    ];
    const result = diff(
      content({ steps: [step('a', 'Step a', { checklist: checklistBefore })] }),
      content({ steps: [step('a', 'Step a', { checklist: checklistAfter })] }),
    );
    const [checklist] = keptStep(result, 'a').changes;
    expect(checklist?.field).toBe('checklist');
    const items = checklist?.field === 'checklist' ? checklist.items : [];
    expect(
      items.map((item) =>
        item.kind === 'kept'
          ? { kind: item.kind, id: item.itemId, isMoved: item.isMoved, hasText: item.text !== null }
          : { kind: item.kind, id: item.item.id },
      ),
    ).toEqual([
      { kind: 'kept', id: 'i4', isMoved: true, hasText: false },
      { kind: 'kept', id: 'i1', isMoved: false, hasText: false },
      { kind: 'removed', id: 'i2' },
      { kind: 'kept', id: 'i3', isMoved: false, hasText: true },
      { kind: 'added', id: 'i5' },
    ]);
    expect(items.find((item) => item.kind === 'kept' && item.itemId === 'i3')).toMatchObject({
      fromIndex: 2,
      toIndex: 2,
      text: {
        parts: [
          {
            kind: 'changed',
            words: [
              { kind: 'same', text: 'Send to media' },
              { kind: 'added', text: ' and staff' },
            ],
          },
        ],
      },
    });
  });

  it('leaves the checklist out when only other fields of the step changed', () => {
    const checklist = [{ id: 'i1', text: 'Draft' }];
    const result = diff(
      content({ steps: [step('a', 'Step a', { checklist })] }),
      content({ steps: [step('a', 'Step a', { checklist, notes: 'Call **legal** first.' })] }),
    );
    expect(keptStep(result, 'a').changes.map(({ field }) => field)).toEqual(['notes']);
  });

  it('reports resources as an ordered list diff', () => {
    const result = diff(
      content({ steps: [step('a', 'Step a', { resources: ['Room 3', 'Hotline script'] })] }),
      content({
        steps: [step('a', 'Step a', { resources: ['Room 3', 'https://status.example'] })],
      }),
    );
    expect(keptStep(result, 'a').changes).toEqual([
      {
        field: 'resources',
        parts: [
          { kind: 'same', values: ['Room 3'] },
          { kind: 'removed', values: ['Hotline script'] },
          { kind: 'added', values: ['https://status.example'] },
        ],
      },
    ]);
  });

  it('diffs Traditional and Simplified Chinese steps and text', () => {
    const older = content({
      title: '資料外洩應變程序',
      purpose: '通知受影响的用户。\n向监管机构报告。',
      steps: [
        step('a', '發布暫時聲明', { checklist: [{ id: 'i1', text: '法務審閱' }] }),
        step('b', '通知主管機關'),
      ],
    });
    const newer = content({
      title: '個資外洩應變程序',
      purpose: '在72小时内通知受影响的用户。\n向监管机构报告。\n保存证据。',
      steps: [
        step('a', '一小時內發布暫時聲明', { checklist: [{ id: 'i1', text: '法務長審閱' }] }),
        step('b', '通知主管機關'),
      ],
    });
    const result = diff(older, newer);
    expect(result.fields.map(({ field }) => field)).toEqual(['title', 'purpose']);
    const purpose = result.fields[1];
    expect(purpose !== undefined && 'text' in purpose ? purpose.text.parts : []).toEqual([
      {
        kind: 'changed',
        before: ['通知受影响的用户。'],
        after: ['在72小时内通知受影响的用户。'],
        words: [
          { kind: 'added', text: '在72小时内' },
          { kind: 'same', text: '通知受影响的用户。' },
        ],
      },
      { kind: 'same', lines: ['向监管机构报告。'] },
      { kind: 'added', lines: ['保存证据。'] },
    ]);
    const [title, checklist] = keptStep(result, 'a').changes;
    expect(title?.field === 'title' ? title.text.parts : []).toEqual([
      {
        kind: 'changed',
        before: ['發布暫時聲明'],
        after: ['一小時內發布暫時聲明'],
        words: [
          { kind: 'added', text: '一小時內' },
          { kind: 'same', text: '發布暫時聲明' },
        ],
      },
    ]);
    expect(
      checklist?.field === 'checklist'
        ? checklist.items.map((item) => (item.kind === 'kept' ? item.text?.parts : null))
        : [],
    ).toEqual([
      [
        {
          kind: 'changed',
          before: ['法務審閱'],
          after: ['法務長審閱'],
          words: [
            { kind: 'same', text: '法務' },
            { kind: 'added', text: '長' },
            { kind: 'same', text: '審閱' },
          ],
        },
      ],
    ]);
    expect(stepOutline(result)).toEqual(['a*', 'b']);
  });
});
