import { describe, expect, it } from 'vitest';
import {
  currentIssues,
  newSopEditorDraft,
  newStepDraft,
  parseWholeNumberText,
  placeSopIssues,
  sopContentFingerprint,
  toSopContent,
  toSopSettings,
  withItemInserted,
  withItemMoved,
  withSeverityToggled,
} from '../../../../../renderer/src/features/sops/editor/sopEditorDraft';
import type { SopEditorDraft } from '../../../../../renderer/src/features/sops/editor/sopEditorDraft';

/** A draft with two steps; the second has two checklist items. */
function twoStepDraft(): SopEditorDraft {
  return {
    ...newSopEditorDraft('step-a'),
    steps: [
      newStepDraft('step-a'),
      {
        ...newStepDraft('step-b'),
        checklist: [
          { id: 'item-1', text: '' },
          { id: 'item-2', text: 'Call legal' },
        ],
      },
    ],
  };
}

describe('SOP editor draft', () => {
  it('turns positions in issue paths into step and item ids', () => {
    const draft = twoStepDraft();
    expect(
      placeSopIssues(
        [
          { path: 'content.title', code: 'required' },
          { path: 'content.severityIds.2', code: 'duplicate-id' },
          { path: 'content.steps', code: 'too-many' },
          { path: 'content.steps.1.title', code: 'required' },
          { path: 'content.steps.1.checklist.0.text', code: 'required' },
          { path: 'content.steps.1.checklist', code: 'too-many' },
          { path: 'content.steps.0.resources.3', code: 'too-long' },
          { path: 'content.steps.0.targetMinutes', code: 'invalid' },
          { path: 'reviewIntervalDays', code: 'interval-range' },
          { path: '', code: 'storage-full' },
        ],
        draft,
      ),
    ).toEqual([
      { path: 'title', code: 'required' },
      { path: 'severityIds', code: 'duplicate-id' },
      { path: 'stepList', code: 'too-many' },
      { path: 'steps.step-b.title', code: 'required' },
      { path: 'steps.step-b.checklist.item-1.text', code: 'required' },
      { path: 'steps.step-b.checklist', code: 'too-many' },
      { path: 'steps.step-a.resources', code: 'too-long' },
      // NaN from an unreadable entry is "invalid" to the schema; the editor says what to type.
      { path: 'steps.step-a.targetMinutes', code: 'target-range' },
      { path: 'reviewIntervalDays', code: 'interval-range' },
      { path: '', code: 'storage-full' },
    ]);
  });

  it('settles the issues of removed steps and checklist items', () => {
    const draft = twoStepDraft();
    const placed = [
      { path: 'title', code: 'required' },
      { path: 'steps.step-a.title', code: 'required' },
      { path: 'steps.step-b.checklist.item-1.text', code: 'required' },
      { path: 'steps.step-b.checklist', code: 'too-many' },
    ];
    const withoutItem: SopEditorDraft = {
      ...draft,
      steps: [{ ...newStepDraft('step-b'), checklist: [{ id: 'item-2', text: 'Call legal' }] }],
    };
    expect(currentIssues(placed, withoutItem)).toEqual([
      { path: 'title', code: 'required' },
      { path: 'steps.step-b.checklist', code: 'too-many' },
    ]);
  });

  it('reads typed numbers: blank is none, full-width digits count, anything else is unreadable', () => {
    expect(parseWholeNumberText('  ')).toBeNull();
    expect(parseWholeNumberText('９０')).toBe(90);
    expect(parseWholeNumberText('1.5')).toBe(1.5);
    expect(parseWholeNumberText('1h')).toBeNaN();
    expect(toSopSettings({ ...newSopEditorDraft('s'), reviewIntervalText: '' })).toEqual({
      ownerRoleId: null,
      reviewIntervalDays: Number.NaN,
    });
  });

  it('builds content: none choices as null, resources one per line without blanks', () => {
    const draft: SopEditorDraft = {
      ...newSopEditorDraft('step-a'),
      title: 'Recall',
      crisisTypeId: 'product-safety',
      steps: [
        {
          ...newStepDraft('step-a'),
          title: 'Stop shipping',
          targetText: '45',
          resourcesText: ' Warehouse list \n\n  \nRecall letter',
        },
      ],
    };
    const content = toSopContent(draft);
    expect(content.crisisTypeId).toBe('product-safety');
    expect(content.steps[0]).toEqual({
      id: 'step-a',
      title: 'Stop shipping',
      ownerRoleId: null,
      targetMinutes: 45,
      checklist: [],
      resources: ['Warehouse list', 'Recall letter'],
      notes: '',
    });
    expect(toSopContent({ ...draft, crisisTypeId: '' }).crisisTypeId).toBeNull();
  });

  it('moves, reinserts and toggles in order', () => {
    expect(withItemMoved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(withItemMoved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(withItemInserted(['a', 'c'], 1, 'b')).toEqual(['a', 'b', 'c']);
    expect(withItemInserted(['a'], 5, 'b')).toEqual(['a', 'b']);
    const levels = ['sev-1', 'sev-2', 'sev-3'];
    expect(withSeverityToggled(['sev-3', 'old'], 'sev-1', true, levels)).toEqual([
      'sev-1',
      'sev-3',
      'old',
    ]);
    expect(withSeverityToggled(['sev-1', 'sev-3'], 'sev-1', false, levels)).toEqual(['sev-3']);
  });

  it('fingerprints SOP content by what it says, not by how its objects were built', () => {
    const content = toSopContent({
      ...twoStepDraft(),
      title: 'Recall',
      severityIds: ['sev-1', 'sev-2'],
    });
    const [first, second] = content.steps;
    if (first === undefined || second === undefined) {
      throw new Error('expected two steps');
    }
    // The same content with keys in another order and the severity levels the other way round.
    const rebuilt = {
      steps: [
        {
          notes: first.notes,
          resources: first.resources,
          checklist: first.checklist,
          targetMinutes: first.targetMinutes,
          ownerRoleId: first.ownerRoleId,
          title: first.title,
          id: first.id,
        },
        { ...second, checklist: second.checklist.map(({ text, id }) => ({ text, id })) },
      ],
      severityIds: ['sev-2', 'sev-1'],
      title: 'Recall',
      crisisTypeId: content.crisisTypeId,
      purpose: content.purpose,
      triggerCriteria: content.triggerCriteria,
    };
    expect(sopContentFingerprint(rebuilt)).toBe(sopContentFingerprint(content));
    expect(sopContentFingerprint({ ...content, title: 'Recall!' })).not.toBe(
      sopContentFingerprint(content),
    );
    expect(
      sopContentFingerprint({
        ...content,
        steps: [second, first],
      }),
    ).not.toBe(sopContentFingerprint(content));
  });
});
